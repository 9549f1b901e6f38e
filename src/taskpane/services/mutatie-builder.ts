/**
 * The Vergelijk tab's work in the check engine: the checked sheet against the other formation,
 * read as `validate` reads a sheet, compared by the core (src/core/mutaties/) and priced exactly as
 * the Formatiebudget (the same salary table, begrotingsjaar, own raises and settings); the Mutaties
 * tables, and the totals and the budget's warnings the tab shows.
 */
import type { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { Grid } from "../../core/formatie/grid";
import { localize, type Localized } from "../../core/localized";
import { compareFormaties } from "../../core/mutaties/compare-formaties";
import { buildMutatieTables } from "../../core/mutaties/mutatie-tables";
import { budgetPricing } from "../../core/mutaties/mutation-cost";
import { validateGrid, type ValidationResult } from "../../core/rules/engine";
import type { ColumnChoice, CompareOptions, CompareOutcome } from "./check-protocol";
import { pricingInputs } from "./pricing-inputs";

const UNUSABLE: Localized = {
  nl: "Werkblad '{sheet}' is niet als formatie te lezen: {reason}",
  en: "Sheet '{sheet}' cannot be read as a formation: {reason}",
};

export function compareSheets(current: ValidationResult, otherGrid: Grid, index: FunctieboekIndex, otherColumns: ColumnChoice | undefined, options: CompareOptions): CompareOutcome {
  // Read as `validate` reads it; the rules themselves are not needed to compare.
  const other = validateGrid(otherGrid, index.book, { index, rules: [], ...(otherColumns ? { columns: otherColumns.columns, headerRow: otherColumns.headerRow } : {}) });
  const [old, next] = options.otherIs === "old" ? [other, current] : [current, other];
  const unusable = [current, other].find((r) => !r.formatie);
  if (unusable || !old.formatie || !next.formatie) {
    const result = unusable ?? current;
    const reason = result.findings[0]?.message ?? { nl: "onbruikbaar werkblad", en: "unusable sheet" };
    const problem: Localized = { nl: localize(UNUSABLE, { sheet: result.sheet, reason: reason.nl }).nl, en: localize(UNUSABLE, { sheet: result.sheet, reason: reason.en }).en };
    return { usable: false, problem, oldSheet: old.sheet, newSheet: next.sheet, tables: [], warnings: [], notes: [] };
  }
  const mutaties = compareFormaties(old.formatie, next.formatie, index, { pricing: budgetPricing(pricingInputs(options)) });
  const [oldSource, newSource] = options.otherIs === "old" ? [options.sources.other, options.sources.sheet] : [options.sources.sheet, options.sources.other];
  return {
    usable: true,
    oldSheet: old.sheet,
    newSheet: next.sheet,
    tables: buildMutatieTables(mutaties, { old: oldSource, new: newSource, language: options.language }),
    totals: mutaties.totals,
    year: mutaties.pricing.basis.year,
    warnings: mutaties.pricing.warnings,
    notes: mutaties.notes,
  };
}
