/**
 * Schema problems (zod issues) as messages a user can act on: the JSON path of the value and what
 * is wrong with it, in Dutch and English. Shared by every loader of user-supplied JSON (the
 * functieboek, the salary table), so they explain problems alike.
 */
import type { z } from "zod";
import type { Localized } from "./localized";

export interface SchemaProblem {
  /** JSON path of the offending value, e.g. `$.functions[3].scale`. */
  path: string;
  message: Localized;
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

function typeName(type: string): Localized {
  return TYPE_NAMES[type] ?? { nl: type, en: type };
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = json;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export interface DescribeOptions {
  /** What a value with the wrong format should look like ("een datum als 2024-07-01"). */
  format?: Localized;
}

/**
 * Every issue as a problem. Values that are there but wrong come first: they say most about what
 * went wrong (a file that is not this kind of JSON at all would otherwise only list missing fields).
 */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[], json: unknown, options: DescribeOptions = {}): SchemaProblem[] {
  const missing = (issue: z.core.$ZodIssue) => Number(valueAt(json, issue.path) === undefined);
  return [...issues].sort((a, b) => missing(a) - missing(b)).map((issue) => describeIssue(issue, json, options));
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown, options: DescribeOptions): SchemaProblem {
  const path = formatJsonPath(issue.path);
  const found = valueAt(json, issue.path);
  const problem = (nl: string, en: string): SchemaProblem => ({ path, message: { nl: `${path} ${nl}`, en: `${path} ${en}` } });
  if (found === undefined && issue.code !== "too_small" && issue.code !== "too_big" && issue.code !== "custom") {
    if (issue.code === "invalid_type") {
      const expected = typeName(issue.expected);
      return problem(`ontbreekt: verwacht ${expected.nl}.`, `is missing: expected ${expected.en}.`);
    }
    return problem("ontbreekt.", "is missing.");
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(issue.expected);
      const actual = typeName(typeOf(found));
      return problem(`moet ${expected.nl} zijn, maar is ${actual.nl}.`, `must be ${expected.en}, but is ${actual.en}.`);
    }
    case "invalid_union": {
      const actual = typeName(typeOf(found));
      return problem(`heeft een waarde van de verkeerde soort (${actual.nl}).`, `has a value of the wrong kind (${actual.en}).`);
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v));
      if (values.length === 1) return problem(`moet ${values[0]} zijn.`, `must be ${values[0]}.`);
      return problem(`moet een van deze waarden zijn: ${values.join(", ")}.`, `must be one of: ${values.join(", ")}.`);
    }
    case "invalid_format": {
      const shown = JSON.stringify(found);
      if (options.format) return problem(`moet ${options.format.nl} zijn, niet ${shown}.`, `must be ${options.format.en}, not ${shown}.`);
      return problem(`heeft niet de juiste vorm: ${shown}.`, `does not have the right form: ${shown}.`);
    }
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return problem("mag niet leeg zijn.", "must not be empty.");
      if (Number(issue.minimum) === 0) return problem("mag niet negatief zijn.", "must not be negative.");
      return problem(`is te klein (minimaal ${String(issue.minimum)}).`, `is too small (at least ${String(issue.minimum)}).`);
    case "too_big":
      return problem(`is te groot (maximaal ${String(issue.maximum)}).`, `is too large (at most ${String(issue.maximum)}).`);
    default:
      return problem(`is ongeldig: ${issue.message}`, `is invalid: ${issue.message}`);
  }
}
