/**
 * The workbook port on the live workbook in Excel (Office.js): one class that hands each call to
 * the file of its concern, all around one small `Excel.run` helper (excel-run.ts):
 *
 * - sheet-reader.ts — the sheet list, the active sheet, a sheet's used extent, part of a sheet;
 * - marks.ts — marking findings and clearing marks (plan: marking-plan.ts; fills: fill-reader.ts,
 *   fill-state.ts; records: status-sheet.ts, status-store.ts);
 * - tables.ts — generated sheets with their print setup (layout: table-layout.ts);
 * - entry-lists.ts — the dropdowns of "Invoerlijsten";
 * - state-part.ts — the add-in's settings in a custom XML part;
 * - events.ts — change and selection events; cell-actions.ts — select a cell, apply a suggestion;
 * - protection.ts, write-batch.ts, request-budget.ts, api-support.ts — what they share.
 *
 * State the add-in keeps in the workbook:
 * - "Formatiecheck_status" (very hidden): each marked cell's own fill and note, and the sheets the
 *   tool made (the ExcelJS adapter's layout, so marks made by the CLI can be cleared here);
 * - "Formatiecheck_lijsten" (very hidden): the values of the dropdowns "Invoerlijsten" installs;
 * - a custom XML part (urn:formatiecheck:state): functieboek, column mappings and settings.
 *
 * Every failure leaves as a `WorkbookError` with a Dutch and English `userMessage`.
 */
import type { Finding } from "../core/findings";
import type { Grid } from "../core/formatie/grid";
import type { Language } from "../core/localized";
import type { DataTable } from "../core/plaatsing/data-table";
import type { CellBefore, EntryList, SheetInfo, StoredState, Unsubscribe, WorkbookPort } from "../core/workbook-port";
import { CellActions } from "./cell-actions";
import { changeEntryLists } from "./entry-lists";
import { ExcelSession } from "./excel-run";
import { WorkbookEvents } from "./events";
import { Marks, type MarkResult } from "./marks";
import { SheetReader } from "./sheet-reader";
import { loadState, saveState } from "./state-part";
import { writeTables, type OfficeWriteTablesOptions, type OfficeWriteTablesResult } from "./tables";

export { LISTS_SHEET } from "./entry-lists";
export { MAX_NOTES, type MarkResult } from "./marks";
export { BLOCK_ROWS, FIRST_BLOCK_ROWS, MAX_READ_CELLS, READ_RESPONSE_BUDGET } from "./sheet-reader";
export type { OfficeWriteTablesOptions, OfficeWriteTablesResult } from "./tables";

export interface OfficeWorkbookOptions {
  /** Language of notes and generated sheets (default: Excel's display language). */
  language?: Language;
}

function displayLanguage(): Language {
  try {
    return typeof Office !== "undefined" && /^nl/i.test(Office.context?.displayLanguage ?? "") ? "nl" : "en";
  } catch {
    return "nl";
  }
}

import type { TemplateSheet } from "../core/functieboek/workbook/book-template";
import type { InsertSheetsOptions } from "../core/workbook-port";
import { insertTemplateSheets } from "./template-sheets";

export class OfficeWorkbook implements WorkbookPort {
  readonly language: Language;
  private readonly session: ExcelSession;
  private readonly reader: SheetReader;
  private readonly marks: Marks;
  private readonly events: WorkbookEvents;
  private readonly cells: CellActions;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.language = options.language ?? displayLanguage();
    this.session = new ExcelSession(this.language);
    this.reader = new SheetReader(this.session);
    this.marks = new Marks(this.session);
    this.events = new WorkbookEvents(this.session);
    this.cells = new CellActions(this.session, this.events);
  }

  /** What the last `loadState` could not read (a damaged or newer state), if anything. */
  get stateProblem(): { nl: string; en: string } | undefined {
    return this.session.stateProblem;
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.reader.listSheets();
  }

  activeSheet(): Promise<string | undefined> {
    return this.reader.activeSheet();
  }

  async readSheet(name: string): Promise<Grid> {
    return (await this.reader.readSheet(name, false)).grid;
  }

  /**
   * Reads a sheet (default: the active one) and, in the same requests, the state the workbook
   * keeps: for the ribbon command, one user action in as few syncs as possible.
   */
  readSheetAndState(name?: string): Promise<{ grid: Grid; state: StoredState | undefined }> {
    return this.reader.readSheet(name, true);
  }

  readRange(sheet: string, address: string): Promise<Grid> {
    return this.reader.readRange(sheet, address);
  }

  async markFindings(findings: readonly Finding[]): Promise<void> {
    await this.marks.mark(findings);
  }

  /** `markFindings`, saying what it did (for the ribbon command and the pane's status line). */
  mark(findings: readonly Finding[]): Promise<MarkResult> {
    return this.marks.mark(findings);
  }

  clearMarks(): Promise<number> {
    return this.marks.clear();
  }

  writeTables(tables: readonly DataTable[], options: OfficeWriteTablesOptions = {}): Promise<OfficeWriteTablesResult> {
    return writeTables(this.session, tables, options);
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.cells.selectCell(sheet, address);
  }

  setCellValue(sheet: string, address: string, value: string | number): Promise<CellBefore> {
    return this.cells.setCellValue(sheet, address, value);
  }

  restoreCell(before: CellBefore, written: string | number): Promise<boolean> {
    return this.cells.restoreCell(before, written);
  }

  loadState(): Promise<StoredState | undefined> {
    return loadState(this.session);
  }

  saveState(state: StoredState): Promise<void> {
    return saveState(this.session, state);
  }

  onSheetChanged(sheet: string, handler: (address: string, structural?: boolean) => void): Promise<Unsubscribe> {
    return this.events.onSheetChanged(sheet, handler);
  }

  onSelectionChanged(handler: (sheet: string, row: number) => void): Promise<Unsubscribe> {
    return this.events.onSelectionChanged(handler);
  }

  installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    return changeEntryLists(this.session, sheet, lists);
  }

  removeEntryLists(sheet: string): Promise<void> {
    return changeEntryLists(this.session, sheet, []);
  }

  insertSheets(sheets: readonly TemplateSheet[], options?: InsertSheetsOptions): Promise<string[]> {
    return insertTemplateSheets(this.session, sheets, options);
  }
}
