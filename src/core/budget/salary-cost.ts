/**
 * What one FTE of a scale costs per year:
 *   salary over the year × (1 + IKB 17,05 %) × (1 + werkgeverslasten %)   (charges on salary and IKB)
 *   salary over the year × (1 + IKB 17,05 % + werkgeverslasten %)         (charges on salary alone)
 * The salary over the year is 12 × the monthly salary when one table holds all year, else the sum
 * of the twelve months (see budget-pricing.ts). The monthly salary is the scale's maximum (the
 * usual basis for a formation budget) or a chosen step (trede). The IKB (individueel keuzebudget,
 * Cao Gemeenten) holds holiday pay and the end-of-year payment; werkgeverslasten (pension, social
 * insurance) differ per employer and are a setting, as is what they are a percentage of.
 */
import { roundEuro } from "../plaatsing/data-table";
import { scaleKey, type SalaryTable } from "./salary-table-schema";

/** Individueel keuzebudget, Cao Gemeenten: 17,05 % of the salary. */
export const IKB_PERCENT = 17.05;

export type SalaryBasis = { kind: "maximum" } | { kind: "step"; step: number };

/** What the werkgeverslasten are a percentage of: salary and IKB (the default), or the salary alone. */
export type EmployerChargesBase = "salary-and-ikb" | "salary";

export interface BudgetSettings {
  basis: SalaryBasis;
  /** Employer charges, in percent (30 = 30 %). */
  employerChargesPercent: number;
  /** What the employer charges are a percentage of. */
  employerChargesBase: EmployerChargesBase;
  ikbPercent: number;
}

/** Werkgeverslasten default: an estimate for Dutch municipalities, shown on every budget so users replace it. */
export const DEFAULT_EMPLOYER_CHARGES_PERCENT = 30;

export const DEFAULT_BUDGET_SETTINGS: BudgetSettings = {
  basis: { kind: "maximum" },
  employerChargesPercent: DEFAULT_EMPLOYER_CHARGES_PERCENT,
  employerChargesBase: "salary-and-ikb",
  ikbPercent: IKB_PERCENT,
};

export type ScaleCost =
  | { ok: true; scale: string; monthly: number; yearlyPerFte: number }
  | { ok: false; scale: string; reason: "no-scale" | "no-step" };

export function scaleCost(table: SalaryTable, scale: number | string, settings: BudgetSettings): ScaleCost {
  const key = scaleKey(String(scale));
  const entry = table.scales.find((s) => s.scale === key);
  if (!entry) return { ok: false, scale: key, reason: "no-scale" };
  const monthly = settings.basis.kind === "maximum" ? Math.max(...entry.steps) : entry.steps[settings.basis.step];
  if (monthly === undefined) return { ok: false, scale: key, reason: "no-step" };
  return { ok: true, scale: key, monthly, yearlyPerFte: yearlyCost(monthly, settings) };
}

/** The formula for one monthly salary held all year, on its own so the budget sheet and the tests can name it. */
export function yearlyCost(monthly: number, settings: Pick<BudgetSettings, "ikbPercent" | "employerChargesPercent"> & Partial<Pick<BudgetSettings, "employerChargesBase">>): number {
  return costOfYearSalary(monthly * 12, settings);
}

/** Cost per FTE per year from the salary over the year: IKB on top, werkgeverslasten on salary and IKB or on salary alone. */
export function costOfYearSalary(yearSalary: number, settings: Pick<BudgetSettings, "ikbPercent" | "employerChargesPercent"> & Partial<Pick<BudgetSettings, "employerChargesBase">>): number {
  const ikb = settings.ikbPercent / 100;
  const charges = settings.employerChargesPercent / 100;
  const factor = (settings.employerChargesBase ?? "salary-and-ikb") === "salary" ? 1 + ikb + charges : (1 + ikb) * (1 + charges);
  return roundEuro(yearSalary * factor);
}

/** The highest step every scale of the table has (for checking a chosen trede). */
export function commonMaxStep(table: SalaryTable): number {
  return Math.min(...table.scales.map((s) => s.steps.length)) - 1;
}
