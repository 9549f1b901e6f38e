/**
 * An estimated salary table (raming): an official table with the general measures after its date
 * applied, the method of the bundled data file (src/data/cao-gemeenten-loonontwikkeling.json):
 * for each measure in date order, pct multiplies every amount by (1 + value/100); fixed adds value
 * euro; fixed_then_pct adds fixed_eur, then multiplies; floor raises every amount of a regular
 * scale below the monthly floor to the floor. Amounts stay unrounded between measures and are
 * rounded half up to whole euros at the end. Derived amounts are never official: every output
 * says so.
 */
import type { SalaryMeasure } from "./salary-measures";
import type { SalaryTable } from "./salary-table-schema";

/**
 * A wage floor applies to the regular scales: the numbered ones (1 … 18, 10A, 11A). A scale that
 * is no number (the trainee "schaal A") is left alone, as the cao does.
 */
export function isRegularScale(scale: string): boolean {
  return /^\d/.test(scale);
}

/** One measure applied to one unrounded amount of a scale. */
export function applyMeasure(amount: number, measure: SalaryMeasure, scale: string): number {
  switch (measure.type) {
    case "pct":
      return amount * (1 + measure.value / 100);
    case "fixed":
      return amount + measure.value;
    case "fixed_then_pct":
      return (amount + measure.value.fixed_eur) * (1 + measure.value.then_pct / 100);
    case "floor":
      return isRegularScale(scale) && amount < measure.value ? measure.value : amount;
  }
}

/**
 * Whole euros, half up. The amount is first cut to six decimals, so 4494,4999999 (a float for
 * 4494,5) counts as the half it is. Not format's `roundDecimal`: that rounds the double's own
 * shortest decimal (4494,4999999 → 4494), which is right for a number shown, not for an amount
 * that float arithmetic left a hair under the half.
 */
export function roundHalfUp(amount: number): number {
  const cut = Math.round(amount * 1e6) / 1e6;
  return Math.sign(cut) * Math.floor(Math.abs(cut) + 0.5);
}

/** One amount with the measures applied in the order given; undefined measures: the amount as it is. */
export function estimateAmount(amount: number, measures: readonly SalaryMeasure[], scale: string): number {
  if (measures.length === 0) return amount;
  return roundHalfUp(measures.reduce((value, measure) => applyMeasure(value, measure, scale), amount));
}

export interface EstimatedTable {
  table: SalaryTable;
  /** Scales where a wage floor raised at least one amount: their step structure no longer follows the official one. */
  flooredScales: string[];
}

/**
 * The table with the measures applied (in the order given: pass them in date order). Without
 * measures it is the table itself. The result keeps the official table's name, date and source;
 * the caller says it is an estimate and as of when.
 */
export function estimateTable(table: SalaryTable, measures: readonly SalaryMeasure[]): EstimatedTable {
  if (measures.length === 0) return { table, flooredScales: [] };
  const floored = new Set<string>();
  const scales = table.scales.map((scale) => ({
    scale: scale.scale,
    steps: scale.steps.map((amount) => {
      let value = amount;
      for (const measure of measures) {
        const next = applyMeasure(value, measure, scale.scale);
        if (measure.type === "floor" && next !== value) floored.add(scale.scale);
        value = next;
      }
      return roundHalfUp(value);
    }),
  }));
  const { name, validFrom, currency, period, source } = table;
  return { table: { name, validFrom, currency, period, source, ...(table.fullTimeHoursPerWeek !== undefined ? { fullTimeHoursPerWeek: table.fullTimeHoursPerWeek } : {}), scales }, flooredScales: [...floored] };
}
