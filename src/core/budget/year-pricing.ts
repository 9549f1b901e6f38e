/**
 * The prices of a begrotingsjaar, built once from the budget's inputs — the bundled table (always
 * there for the dates before), the user's table, the agreed measures and the user's own, the year,
 * the calculation date and the settings — and what they rest on (the measures applied, raming or
 * not, the scales a wage floor made unreliable), for the warnings and the Uitgangspunten. The
 * Formatiebudget (formation-budget.ts) and the Mutaties (core/mutaties/mutation-cost.ts) both
 * price through here, so the same inputs give the same cost per FTE in both.
 */
import { BudgetPricing } from "./budget-pricing";
import { bundledSalaryTable } from "./bundled-salary-table";
import { DEFAULT_BUDGET_SETTINGS, type BudgetSettings } from "./salary-cost";
import { knownMeasures, sortMeasures, type SalaryMeasure } from "./salary-measures";
import type { SalaryTable } from "./salary-table-schema";
import { SalaryTimeline } from "./salary-timeline";

export interface PricingInputs {
  /** The official table the user gave, or the bundled one (which is always there for the dates before). */
  salaryTable: SalaryTable;
  /** Agreed measures (default: the bundled Cao Gemeenten measures). */
  measures?: readonly SalaryMeasure[];
  /** The user's own expected measures: uitgangspunten of the begroting. */
  ownMeasures?: readonly SalaryMeasure[];
  /** Begrotingsjaar (default: the year of `today`). */
  year?: number;
  settings?: Partial<BudgetSettings>;
  /** The calculation date (ISO). */
  today: string;
}

export interface YearPricing {
  year: number;
  today: string;
  settings: BudgetSettings;
  timeline: SalaryTimeline;
  pricing: BudgetPricing;
}

/** A year's prices and what they rest on: what the budget's warnings and Uitgangspunten say. */
export interface PricedYear {
  year: number;
  today: string;
  settings: BudgetSettings;
  pricing: BudgetPricing;
  /** Agreed and own measures the year's amounts (or a sheet's salaries) rest on, in date order. */
  measuresApplied: SalaryMeasure[];
  /** Some amount used is derived: a raming. */
  estimated: boolean;
  /** Scales used whose estimate a wage floor changed (unreliable estimate), in scale order. */
  flooredScales: string[];
}

export function yearPricing(inputs: PricingInputs): YearPricing {
  const settings: BudgetSettings = { ...DEFAULT_BUDGET_SETTINGS, ...inputs.settings };
  const year = inputs.year ?? Number(inputs.today.slice(0, 4));
  const bundled = bundledSalaryTable();
  const tables = inputs.salaryTable === bundled ? [bundled] : [bundled, inputs.salaryTable];
  const measures = [...(inputs.measures ?? knownMeasures()), ...(inputs.ownMeasures ?? [])];
  const timeline = new SalaryTimeline({ tables, measures });
  return { year, today: inputs.today, settings, timeline, pricing: new BudgetPricing(timeline, year, inputs.today, settings) };
}

export interface PricesUsed {
  /** The scale keys priced (or asked for). */
  scales: Iterable<string>;
  /** Measures a sheet's salaries rest on besides the year's tables (the Formatiebudget's own salaries). */
  salaryMeasures?: readonly SalaryMeasure[];
  /** A sheet's salary was raised by a measure: a raming too. */
  salaryEstimated?: boolean;
}

/** What the prices used rest on. */
export function pricedYear(priced: YearPricing, used: PricesUsed): PricedYear {
  const { pricing } = priced;
  const periodMeasures = pricing.periods.flatMap((p) => p.inForce.applied);
  const measuresApplied = sortMeasures([...new Set([...periodMeasures, ...(used.salaryMeasures ?? [])])]);
  const floored = new Set(pricing.periods.flatMap((p) => p.inForce.flooredScales));
  return {
    year: priced.year,
    today: priced.today,
    settings: priced.settings,
    pricing,
    measuresApplied,
    estimated: pricing.estimated || used.salaryEstimated === true,
    flooredScales: [...new Set(used.scales)].filter((s) => floored.has(s)).sort(compareScales),
  };
}

/** Scales in their natural order: 1, 2, …, 10, 10A, 11. */
export function compareScales(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (na !== nb && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
