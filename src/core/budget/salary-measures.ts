/**
 * General salary measures of the Cao Gemeenten (and the user's own expected ones) as data: a
 * percentage, a fixed amount, a fixed amount then a percentage, or a wage floor (minimumloon), each
 * with the date it takes effect. The zod schema is the single source of truth; the bundled list is
 * src/data/cao-gemeenten-loonontwikkeling.json, with a source for every measure.
 */
import { z } from "zod";
import development from "../../data/cao-gemeenten-loonontwikkeling.json";
import { describeSchemaIssues } from "../schema-problems";
import { localize, type Localized } from "../localized";
import { isRealDate } from "./load-salary-table";
import type { SalaryTableProblem } from "./load-salary-table";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const common = {
  /** The date the measure takes effect (ISO). */
  date: IsoDate,
  /** The cao that agreed it ("2025-2027"). */
  cao: z.string().optional(),
  note: z.string().optional(),
  /** What is not certain about it (the bundled data says so where sources disagree). */
  uncertain: z.string().optional(),
  sources: z.array(z.string()).default([]),
  /** The user's own expectation (an uitgangspunt of the begroting), not an agreed measure. */
  own: z.boolean().optional(),
};

export const SalaryMeasureSchema = z.discriminatedUnion("type", [
  /** Every amount × (1 + value / 100). */
  z.object({ ...common, type: z.literal("pct"), value: z.number().gt(-100).lt(100) }),
  /** Every amount + value euro. */
  z.object({ ...common, type: z.literal("fixed"), value: z.number().gt(-10_000).lt(10_000) }),
  /** Every amount + fixed_eur, then × (1 + then_pct / 100). */
  z.object({ ...common, type: z.literal("fixed_then_pct"), value: z.object({ fixed_eur: z.number().gt(-10_000).lt(10_000), then_pct: z.number().gt(-100).lt(100) }) }),
  /** Every amount of a regular scale below value euro a month is raised to value. */
  z.object({ ...common, type: z.literal("floor"), value: z.number().positive().lt(100_000) }),
]);

export type SalaryMeasure = z.infer<typeof SalaryMeasureSchema>;

/** A file of measures: `{ "measures": [...] }` (the bundled file's shape) or the list alone. */
const MeasuresObjectSchema = z.object({ measures: z.array(SalaryMeasureSchema) }).loose();
const MeasuresListSchema = z.array(SalaryMeasureSchema);

export const SalaryDevelopmentSchema = z
  .object({
    name: z.string(),
    purpose: z.string(),
    method: z.string(),
    measures: z.array(SalaryMeasureSchema),
    ikb: z.object({ percent: z.number(), since: IsoDate, note: z.string().optional() }).loose(),
  })
  .loose();

export type SalaryDevelopment = z.infer<typeof SalaryDevelopmentSchema>;

let cached: SalaryDevelopment | undefined;

/** The bundled list of Cao Gemeenten measures after the table of 1 July 2020, with their sources. */
export function bundledSalaryDevelopment(): SalaryDevelopment {
  if (!cached) {
    const parsed = SalaryDevelopmentSchema.safeParse(development);
    if (!parsed.success) throw new Error(`The bundled salary measures do not load: ${parsed.error.message}`);
    cached = { ...parsed.data, measures: sortMeasures(parsed.data.measures) };
  }
  return cached;
}

/** The bundled measures (agreed in a cao, with sources), in date order. */
export function knownMeasures(): readonly SalaryMeasure[] {
  return bundledSalaryDevelopment().measures;
}

/** In date order; measures on the same date keep the order given (a fixed amount before a floor). */
export function sortMeasures<T extends { date: string }>(measures: readonly T[]): T[] {
  return measures
    .map((measure, i) => ({ measure, i }))
    .sort((a, b) => (a.measure.date < b.measure.date ? -1 : a.measure.date > b.measure.date ? 1 : a.i - b.i))
    .map((m) => m.measure);
}

const MESSAGES = {
  notJson: { nl: "Het bestand met verhogingen is geen geldige JSON: {detail}", en: "The file of increases is not valid JSON: {detail}" },
  date: { nl: "{path} moet een datum zijn als 2028-01-01, niet '{found}'.", en: "{path} must be a date like 2028-01-01, not '{found}'." },
  tooLarge: { nl: "Het bestand met verhogingen is te groot ({size} kB; de grens is {max} kB).", en: "The file of increases is too large ({size} kB; the limit is {max} kB)." },
} satisfies Record<string, Localized>;

/** A measures file is a short list: larger files are refused before parsing. */
export const MAX_MEASURES_BYTES = 256 * 1024;

export type MeasuresLoadResult = { ok: true; measures: SalaryMeasure[] } | { ok: false; problems: SalaryTableProblem[] };

/**
 * The user's own expected measures from JSON text: `{ "measures": [{ "date": "2028-01-01",
 * "type": "pct", "value": 3 }] }` or the list alone. Every measure is marked as the user's own.
 */
export function parseMeasuresText(text: string): MeasuresLoadResult {
  if (text.length > MAX_MEASURES_BYTES) return { ok: false, problems: [{ path: "$", message: localize(MESSAGES.tooLarge, { size: Math.round(text.length / 1024), max: MAX_MEASURES_BYTES / 1024 }) }] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, problems: [{ path: "$", message: localize(MESSAGES.notJson, { detail: error instanceof Error ? error.message : String(error) }) }] };
  }
  // The shape decides the schema, so a problem is reported inside the list, not as "wrong kind" of file.
  const bare = Array.isArray(json);
  const parsed = bare ? MeasuresListSchema.safeParse(json) : MeasuresObjectSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeSchemaIssues(parsed.error.issues, json, { format: { nl: "een datum als 2028-01-01", en: "a date like 2028-01-01" } }) };
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.measures;
  const prefix = bare ? "$" : "$.measures";
  const problems = list.flatMap((m, i) => (isRealDate(m.date) ? [] : [{ path: `${prefix}[${i}].date`, message: localize(MESSAGES.date, { path: `${prefix}[${i}].date`, found: m.date }) }]));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, measures: sortMeasures(list.map((m) => ({ ...m, own: true }))) };
}
