/**
 * What a change costs per year, priced the way the Formatiebudget prices a formation: the same
 * salary table, salary basis (maximum or trede), IKB and werkgeverslasten. This is the one place
 * the Mutaties touch the budget's API (src/core/budget/), so they follow it when it changes.
 */
import { scaleCost, DEFAULT_BUDGET_SETTINGS, type BudgetSettings } from "../budget/salary-cost";
import { salaryAgeWarning } from "../budget/salary-table-age";
import type { SalaryTable } from "../budget/salary-table-schema";
import { localize, type Localized } from "../localized";

export interface PricingOptions {
  salaryTable: SalaryTable;
  /** The Formatiebudget's settings (werkgeverslasten, basis); defaults as there. */
  settings?: Partial<BudgetSettings>;
  /** The reference date (ISO) for the salary table's age warning. */
  today: string;
}

/** Yearly cost of one FTE at a scale; null where the salary table has no amount for it. */
export interface Pricing {
  yearlyPerFte(scale: number | string): number | null;
  /** How the costs were computed, for the notes above the tables. */
  notes: Localized[];
}

const NOTES = {
  basis: {
    nl: "De kosten per jaar zijn een raming, berekend zoals in het Formatiebudget: salaristabel {name} (geldig vanaf {validFrom:date}), {basis}, × 12 × (1 + IKB {ikb:percent}) × (1 + werkgeverslasten {charges:percent}), per rij op de schaal in het werkblad (anders die van het functieboek).",
    en: "The yearly costs are an estimate, computed as in the formation budget: salary table {name} (in force from {validFrom:date}), {basis}, × 12 × (1 + IKB {ikb:percent}) × (1 + employer charges {charges:percent}), per row at the scale in the sheet (else the function book's).",
  },
  maximum: { nl: "maximum van de schaal", en: "scale maximum" },
  step: { nl: "trede {step}", en: "step {step}" },
} satisfies Record<string, Localized>;

export function budgetPricing(options: PricingOptions): Pricing {
  const settings: BudgetSettings = { ...DEFAULT_BUDGET_SETTINGS, ...options.settings };
  const cache = new Map<string, number | null>();
  const basis = settings.basis.kind === "maximum" ? NOTES.maximum : localize(NOTES.step, { step: settings.basis.step });
  const data = { name: options.salaryTable.name, validFrom: options.salaryTable.validFrom, ikb: settings.ikbPercent, charges: settings.employerChargesPercent };
  const notes: Localized[] = [{ nl: localize(NOTES.basis, { ...data, basis: basis.nl }).nl, en: localize(NOTES.basis, { ...data, basis: basis.en }).en }];
  // As the Formatiebudget warns: a table older than the year's last twelve months gives costs too low.
  const old = salaryAgeWarning(options.salaryTable.validFrom, Number(options.today.slice(0, 4)));
  if (old) notes.push(old);
  return {
    yearlyPerFte(scale) {
      const key = String(scale);
      let cost = cache.get(key);
      if (cost === undefined) {
        const found = scaleCost(options.salaryTable, scale, settings);
        cost = found.ok ? found.yearlyPerFte : null;
        cache.set(key, cost);
      }
      return cost;
    },
    notes,
  };
}
