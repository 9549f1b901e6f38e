/**
 * The Mutaties of two formations as every front end makes them: priced as the Formatiebudget
 * (mutation-cost.ts on the budget's inputs), compared (compare-formaties.ts) and laid out as the
 * three tables of the Mutaties sheets (mutatie-tables.ts). The CLI's `compare` and the pane's
 * Vergelijk tab both call this, so the two cannot drift apart.
 */
import type { PricingInputs } from "../budget/year-pricing";
import type { FormatieSheet } from "../formatie/read-formatie";
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { Language } from "../localized";
import type { DataTable } from "../plaatsing/data-table";
import { compareFormaties, type Mutaties } from "./compare-formaties";
import { buildMutatieTables, type SideSource } from "./mutatie-tables";
import { budgetPricing } from "./mutation-cost";

export interface MutatieReportOptions {
  /** The Formatiebudget's inputs: salary tables, begrotingsjaar, own raises, settings, today. */
  pricing: PricingInputs;
  sources: { old: SideSource; new: SideSource };
  language: Language;
}

export function mutatieReport(oldSheet: FormatieSheet, newSheet: FormatieSheet, index: FunctieboekIndex, options: MutatieReportOptions): { mutaties: Mutaties; tables: DataTable[] } {
  const mutaties = compareFormaties(oldSheet, newSheet, index, { pricing: budgetPricing(options.pricing) });
  return { mutaties, tables: buildMutatieTables(mutaties, { ...options.sources, language: options.language }) };
}
