/**
 * The workbook port for Excel: the Office.js adapter of src/excel/ (`OfficeWorkbook`), loaded
 * only when the pane runs inside Excel, in its own chunk.
 */
import type { Language } from "../core/localized";
import type { WorkbookPort } from "../core/workbook-port";

export async function loadOfficePort(language: Language): Promise<WorkbookPort> {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office-workbook" */ "../excel/office-workbook");
  return new OfficeWorkbook({ language });
}
