/**
 * "Controleer formatie" without the pane: the active sheet is read (with the state the workbook
 * keeps, in the same requests), checked against the workbook's own functieboek (else the bundled
 * one) and its findings marked. Domain logic is the core's; Office.js is the adapter's.
 */
import { bundledFunctieboek } from "../core/functieboek/bundled";
import { parseFunctieboekText } from "../core/functieboek/load-functieboek";
import type { Functieboek } from "../core/functieboek/schema";
import type { StoredState } from "../core/workbook-port";
import { validateGrid } from "../core/rules/engine";
import { OfficeWorkbook, type MarkResult } from "../excel/office-workbook";

/** The book to check with: the workbook's own when it loads cleanly, else the bundled one. */
export function bookOf(state: StoredState | undefined): Functieboek {
  if (state?.functieboekJson !== undefined) {
    const loaded = parseFunctieboekText(state.functieboekJson);
    if (loaded.ok) return loaded.book;
  }
  return bundledFunctieboek();
}

export interface CheckOutcome {
  sheet: string;
  errors: number;
  warnings: number;
  infos: number;
  marks: MarkResult;
}

/** Reads the active sheet, validates it and marks the findings (earlier marks are replaced). */
export async function checkActiveSheet(workbook: OfficeWorkbook = new OfficeWorkbook()): Promise<CheckOutcome> {
  const { grid, state } = await workbook.readSheetAndState();
  const mapping = state?.columns?.[grid.sheet];
  const result = validateGrid(grid, bookOf(state), mapping ? { columns: mapping.columns, headerRow: mapping.headerRow } : {});
  const marks = await workbook.mark(result.findings);
  return { sheet: grid.sheet, errors: result.summary.errors, warnings: result.summary.warnings, infos: result.summary.infos, marks };
}
