/**
 * The Vergelijk tab's work in the check engine: the checked sheet against the other formation,
 * read as `validate` reads a sheet, compared by the core (src/core/mutaties/) and priced exactly as
 * the Formatiebudget (the same salary table, begrotingsjaar, own raises and settings); the Mutaties
 * tables, and the totals and the budget's warnings the tab shows. No text for people of its own:
 * a sheet that cannot be compared is said by the pane (messages.ts).
 */
import type { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { Grid } from "../../core/formatie/grid";
import { mutatieReport } from "../../core/mutaties/mutatie-report";
import { validateGrid, type ValidationResult } from "../../core/rules/engine";
import type { ColumnChoice, CompareOptions, CompareOutcome } from "./check-protocol";
import { pricingInputs } from "./pricing-inputs";

export function compareSheets(current: ValidationResult, otherGrid: Grid, index: FunctieboekIndex, otherColumns: ColumnChoice | undefined, options: CompareOptions): CompareOutcome {
  // Read as `validate` reads it; the rules themselves are not needed to compare.
  const other = validateGrid(otherGrid, index.book, { index, rules: [], ...(otherColumns ? { columns: otherColumns.columns, headerRow: otherColumns.headerRow } : {}) });
  const [old, next] = options.otherIs === "old" ? [other, current] : [current, other];
  if (!old.formatie || !next.formatie) {
    // Which sheet, and the check's own finding about it; the pane words it (messages.ts).
    const unusable = current.formatie ? other : current;
    const reason = unusable.findings[0]?.message;
    return { usable: false, unusable: { sheet: unusable.sheet, ...(reason ? { reason } : {}) }, oldSheet: old.sheet, newSheet: next.sheet, tables: [], warnings: [], notes: [] };
  }
  const [oldSource, newSource] = options.otherIs === "old" ? [options.sources.other, options.sources.sheet] : [options.sources.sheet, options.sources.other];
  const { mutaties, tables } = mutatieReport(old.formatie, next.formatie, index, { pricing: pricingInputs(options), sources: { old: oldSource, new: newSource }, language: options.language });
  return {
    usable: true,
    oldSheet: old.sheet,
    newSheet: next.sheet,
    tables,
    totals: mutaties.totals,
    year: mutaties.pricing.basis.year,
    warnings: mutaties.pricing.warnings,
    notes: mutaties.notes,
  };
}
