/**
 * Loading a salary table never throws: the result is the table, or the problems that stop it from
 * loading, each with its JSON path (or sheet cell) and a Dutch and English message.
 */
import { parseIsoDate } from "../format";
import { localize, type Localized } from "../localized";
import { describeSchemaIssues } from "../schema-problems";
import { SalaryTableSchema, type SalaryTable } from "./salary-table-schema";

export interface SalaryTableProblem {
  /** JSON path (`$.scales[3].steps`) or, for a sheet, the cell (`Salaristabel!C7`). */
  path: string;
  message: Localized;
}

export type SalaryTableLoadResult = { ok: true; table: SalaryTable } | { ok: false; problems: SalaryTableProblem[] };

/** Tables larger than this are refused before parsing (the published table is about 5 kB). */
export const MAX_SALARY_TABLE_BYTES = 1024 * 1024;

const MESSAGES = {
  tooLarge: {
    nl: "De salaristabel is te groot ({size} kB; de grens is {max} kB).",
    en: "The salary table is too large ({size} kB; the limit is {max} kB).",
  },
  notJson: { nl: "De salaristabel is geen geldige JSON: {detail}", en: "The salary table is not valid JSON: {detail}" },
  date: { nl: "{path} moet een datum zijn als 2024-07-01, niet '{found}'.", en: "{path} must be a date like 2024-07-01, not '{found}'." },
  duplicate: { nl: "Schaal {scale} staat meer dan eens in de salaristabel ({paths}).", en: "Scale {scale} appears more than once in the salary table ({paths})." },
  decreasing: {
    nl: "Schaal {scale}: trede {step} ({amount:euro}) is lager dan trede {previous} ({previousAmount:euro}); is er een bedrag verkeerd overgenomen?",
    en: "Scale {scale}: step {step} ({amount:euro}) is lower than step {previous} ({previousAmount:euro}); was an amount copied wrongly?",
  },
  bound: {
    nl: "Schaal {scale}: {which} {given:euro} past niet bij de treden (die geven {expected:euro}).",
    en: "Scale {scale}: {whichEn} {given:euro} does not match the steps (they give {expected:euro}).",
  },
} satisfies Record<string, Localized>;

/** What a date in a salary table looks like (for a value of the wrong form). */
const DATE_FORMAT: Localized = { nl: "een datum als 2024-07-01", en: "a date like 2024-07-01" };

/** Parses a salary table from JSON text (a file's content). */
export function parseSalaryTableText(text: string): SalaryTableLoadResult {
  if (text.length > MAX_SALARY_TABLE_BYTES) {
    return fail("$", localize(MESSAGES.tooLarge, { size: Math.round(text.length / 1024), max: MAX_SALARY_TABLE_BYTES / 1024 }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail("$", localize(MESSAGES.notJson, { detail: error instanceof Error ? error.message : String(error) }));
  }
  return loadSalaryTable(json);
}

/** Checks parsed JSON against the schema, then the amounts against each other. */
export function loadSalaryTable(json: unknown): SalaryTableLoadResult {
  const parsed = SalaryTableSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeSchemaIssues(parsed.error.issues, json, { format: DATE_FORMAT }) };
  const problems = consistencyProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, table: parsed.data };
}

function fail(path: string, message: Localized): SalaryTableLoadResult {
  return { ok: false, problems: [{ path, message }] };
}

/** Things the schema cannot see: a real date, one entry per scale, steps that go up, min/max that match. */
function consistencyProblems(table: SalaryTable): SalaryTableProblem[] {
  const problems: SalaryTableProblem[] = [];
  if (!isRealDate(table.validFrom)) problems.push({ path: "$.validFrom", message: localize(MESSAGES.date, { path: "$.validFrom", found: table.validFrom }) });
  const seen = new Map<string, number[]>();
  table.scales.forEach((scale, i) => seen.set(scale.scale, [...(seen.get(scale.scale) ?? []), i]));
  for (const [scale, indexes] of seen) {
    if (indexes.length < 2) continue;
    const paths = indexes.map((i) => `$.scales[${i}]`);
    problems.push({ path: paths[1] ?? "$.scales", message: localize(MESSAGES.duplicate, { scale, paths: paths.join(", ") }) });
  }
  table.scales.forEach((scale, i) => {
    scale.steps.forEach((amount, step) => {
      const previous = scale.steps[step - 1];
      if (previous === undefined || amount >= previous) return;
      problems.push({
        path: `$.scales[${i}].steps[${step}]`,
        message: localize(MESSAGES.decreasing, { scale: scale.scale, step, amount, previous: step - 1, previousAmount: previous }),
      });
    });
    const bounds = [
      ["min", scale.min, Math.min(...scale.steps), { nl: "het minimum", en: "the minimum" }],
      ["max", scale.max, Math.max(...scale.steps), { nl: "het maximum", en: "the maximum" }],
    ] as const;
    for (const [key, given, expected, which] of bounds) {
      if (given === undefined || given === expected) continue;
      const message = localize(MESSAGES.bound, { scale: scale.scale, which: which.nl, whichEn: which.en, given, expected });
      problems.push({ path: `$.scales[${i}].${key}`, message });
    }
  });
  return problems;
}

/** True for an ISO date that exists (2021-02-30 does not). */
export function isRealDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && parseIsoDate(iso) !== undefined;
}
