/**
 * Loading a functieboek never throws: the result is the book, or the problems that stop it from
 * loading, each with its JSON path and a Dutch and English message.
 */
import { localize, type Localized } from "../localized";
import { describeSchemaIssues, type SchemaProblem } from "../schema-problems";
import { FunctieboekSchema, type Functieboek } from "./schema";

export type LoadProblem = SchemaProblem;

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
  return loadFunctieboek(unwrapReport(json));
}

/**
 * The output of `formatiecheck functieboek --format json` ({ functieboek, findings }) is a book too:
 * a functieboek read from Excel can be kept as JSON straight from it.
 */
function unwrapReport(json: unknown): unknown {
  if (json === null || typeof json !== "object" || Array.isArray(json) || "schemaVersion" in json) return json;
  const inner = (json as { functieboek?: unknown }).functieboek;
  return inner !== null && typeof inner === "object" && "schemaVersion" in inner ? inner : json;
}

/** Checks parsed JSON against the schema. */
export function loadFunctieboek(json: unknown): LoadResult {
  const parsed = FunctieboekSchema.safeParse(json);
  if (parsed.success) return { ok: true, book: parsed.data };
  return { ok: false, problems: describeSchemaIssues(parsed.error.issues, json) };
}

function fail(path: string, message: Localized, data: Record<string, string | number>): LoadResult {
  return { ok: false, problems: [{ path, message: localize(message, data) }] };
}
