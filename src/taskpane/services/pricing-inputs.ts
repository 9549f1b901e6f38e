/**
 * The pane's budget inputs (the Plaatsing tab's settings, check-protocol.ts) as the core's pricing
 * inputs: one translation, so "Genereer tabellen" (table-builder.ts) and the Vergelijk tab
 * (mutatie-builder.ts) price with exactly the same table, year, raises and settings.
 */
import type { PricingInputs } from "../../core/budget/year-pricing";
import type { BudgetInputs } from "./check-protocol";

export function pricingInputs(options: BudgetInputs): PricingInputs {
  return {
    salaryTable: options.salaryTable,
    settings: options.budget,
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.ownMeasures ? { ownMeasures: options.ownMeasures } : {}),
    today: options.date,
  };
}
