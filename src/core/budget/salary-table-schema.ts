/**
 * A salary table (salaristabel) as data: gross monthly amounts per scale and step (trede), with
 * the date it takes effect and its source. The zod schema is the single source of truth: the
 * types are inferred from it. The bundled table is the Cao Gemeenten / CAR-UWO table of 1 July
 * 2020 (src/data/cao-gemeenten-salaristabel-2020-07-01.json); users supply newer ones.
 */
import { z } from "zod";

export const SalaryScaleSchema = z.object({
  /** "1" … "18", "10A", "11A"; a plain number is read as its text. */
  scale: z.union([z.string().trim().min(1), z.number().int().nonnegative()]).transform((value) => scaleKey(String(value))),
  /** Gross monthly amount per step, step 0 first. */
  steps: z.array(z.number().nonnegative()).min(1),
  /** Optional: the lowest and highest amount, as the published table prints them. */
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
});

export const SalaryTableSchema = z.object({
  name: z.string().trim().min(1),
  /** The date the table takes effect (ISO: YYYY-MM-DD). */
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  currency: z.literal("EUR").default("EUR"),
  period: z.literal("month").default("month"),
  fullTimeHoursPerWeek: z.number().positive().optional(),
  /** Where the amounts come from (publication, article, URL). */
  source: z.string().trim().min(1),
  note: z.string().optional(),
  scales: z.array(SalaryScaleSchema).min(1),
});

export type SalaryScale = z.infer<typeof SalaryScaleSchema>;
export type SalaryTable = z.infer<typeof SalaryTableSchema>;
/** What a table file may contain before defaults are filled in. */
export type SalaryTableInput = z.input<typeof SalaryTableSchema>;

/** The key a scale is looked up by: "schaal 10a", "10 A" and "10A" all give "10A". */
export function scaleKey(text: string): string {
  return text.trim().toUpperCase().replace(/^(SALARIS)?SCHAAL\s*/, "").replace(/\s+/g, "");
}
