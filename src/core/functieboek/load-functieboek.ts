/**
 * Loading a functieboek never throws: the result is the book, or the problems that stop it from
 * loading, each with its JSON path and a Dutch and English message.
 */
import type { z } from "zod";
import { localize, type Localized } from "../localized";
import { FunctieboekSchema, type Functieboek } from "./schema";

export interface LoadProblem {
  /** JSON path of the offending value, e.g. `$.functions[3].scale`. */
  path: string;
  message: Localized;
}

export type LoadResult = { ok: true; book: Functieboek } | { ok: false; problems: LoadProblem[] };

/** Books larger than this are refused before parsing (a real functieboek is well under 1 MB). */
export const MAX_FUNCTIEBOEK_BYTES = 10 * 1024 * 1024;

/** Parses a functieboek from JSON text (a file's content). */
export function parseFunctieboekText(text: string): LoadResult {
  if (text.length > MAX_FUNCTIEBOEK_BYTES) {
    return fail("$", {
      nl: "Het functieboek is te groot ({size} MB; de grens is {max} MB).",
      en: "The function book is too large ({size} MB; the limit is {max} MB).",
    }, { size: Math.round(text.length / 1024 / 1024), max: MAX_FUNCTIEBOEK_BYTES / 1024 / 1024 });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail("$", {
      nl: "Het functieboek is geen geldige JSON: {detail}",
      en: "The function book is not valid JSON: {detail}",
    }, { detail });
  }
  return loadFunctieboek(json);
}

/** Checks parsed JSON against the schema. */
export function loadFunctieboek(json: unknown): LoadResult {
  const parsed = FunctieboekSchema.safeParse(json);
  if (parsed.success) return { ok: true, book: parsed.data };
  // Values that are there but wrong first: they say most about what went wrong (a book that is
  // not a functieboek at all would otherwise only list missing fields).
  const issues = [...parsed.error.issues].sort((a, b) => Number(valueAt(json, a.path) === undefined) - Number(valueAt(json, b.path) === undefined));
  return { ok: false, problems: issues.map((issue) => describeIssue(issue, json)) };
}

function fail(path: string, message: Localized, data: Record<string, string | number>): LoadResult {
  return { ok: false, problems: [{ path, message: localize(message, data) }] };
}

export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let text = "$";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) text += `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

const TYPE_NAMES: Record<string, Localized> = {
  array: { nl: "een lijst", en: "a list" },
  object: { nl: "een object", en: "an object" },
  string: { nl: "tekst", en: "text" },
  number: { nl: "een getal", en: "a number" },
  boolean: { nl: "ja/nee (true/false)", en: "true/false" },
  null: { nl: "leeg (null)", en: "empty (null)" },
  undefined: { nl: "niets (ontbreekt)", en: "nothing (missing)" },
};

function typeName(type: string, language: keyof Localized): string {
  return TYPE_NAMES[type]?.[language] ?? type;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = json;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown): LoadProblem {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const found = typeOf(valueAt(json, issue.path));
      if (found === "undefined") {
        return {
          path,
          message: {
            nl: `${path} ontbreekt: verwacht ${typeName(issue.expected, "nl")}.`,
            en: `${path} is missing: expected ${typeName(issue.expected, "en")}.`,
          },
        };
      }
      return {
        path,
        message: {
          nl: `${path} moet ${typeName(issue.expected, "nl")} zijn, maar is ${typeName(found, "nl")}.`,
          en: `${path} must be ${typeName(issue.expected, "en")}, but is ${typeName(found, "en")}.`,
        },
      };
    }
    case "invalid_value":
      if (valueAt(json, issue.path) === undefined) {
        return { path, message: { nl: `${path} ontbreekt.`, en: `${path} is missing.` } };
      }
      return {
        path,
        message: {
          nl: `${path} moet een van deze waarden zijn: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
          en: `${path} must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        },
      };
    case "too_small":
      return {
        path,
        message: issue.origin === "string"
          ? { nl: `${path} mag niet leeg zijn.`, en: `${path} must not be empty.` }
          : { nl: `${path} is te klein (minimaal ${String(issue.minimum)}).`, en: `${path} is too small (at least ${String(issue.minimum)}).` },
      };
    case "too_big":
      return {
        path,
        message: { nl: `${path} is te groot (maximaal ${String(issue.maximum)}).`, en: `${path} is too large (at most ${String(issue.maximum)}).` },
      };
    default:
      return { path, message: { nl: `${path} is ongeldig: ${issue.message}`, en: `${path} is invalid: ${issue.message}` } };
  }
}
