/**
 * The one port through which front ends talk to a workbook. Two adapters implement it:
 * src/excel/ (the live workbook in Excel) and src/xlsx/ (a workbook file in Node or the
 * browser). The task pane and the ribbon commands only ever see this interface.
 */
import type { AcceptedFinding } from "./acceptance";
import type { Finding } from "./findings";
import type { ColumnMap } from "./formatie/columns";
import type { CellValue, Grid } from "./formatie/grid";
import type { Language } from "./localized";
import type { DataTable } from "./plaatsing/data-table";
import type { ValidationSummary } from "./rules/engine";
import type { TemplateSheet } from "./functieboek/workbook/book-template";

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

/** What the add-in keeps inside the workbook, so the workbook carries its own book to a colleague. */
export interface StoredState {
  schemaVersion: 1;
  /** The functieboek as JSON text (absent: use the bundled book). */
  functieboekJson?: string;
  /** Column mapping per sheet name, as the user corrected it. */
  columns?: Record<string, { headerRow: number; columns: ColumnMap }>;
  /** Findings the user accepted with a reason (core/acceptance.ts). */
  accepted?: AcceptedFinding[];
  settings?: {
    werkgeverslasten?: number;
    salaryStep?: number | "max";
    language?: "nl" | "en";
    liveValidation?: boolean;
    /** The budget's year; absent: the current year. */
    begrotingsjaar?: number;
    /** What the werkgeverslasten are a percentage of; absent: salary and IKB. */
    werkgeverslastenOver?: "salary-and-ikb" | "salary";
    /** The user's own expected raises (uitgangspunten of the begroting). */
    ownMeasures?: { date: string; type: "pct" | "fixed"; value: number }[];
  };
}

export interface MarkOptions {
  /** The check's summary: counts and FTE against the formation. */
  summary?: ValidationSummary;
  /** The functieboek checked against, by name. */
  functieboekName?: string;
}

export interface WriteTablesOptions {
  /** The language of titles, notes and print headers (default: the adapter's own). */
  language?: Language;
  /** The formation sheet the tables are made from, under each title. */
  sourceSheet?: string;
}

export interface WriteTablesResult {
  /** The sheet name each table was written to (another name where a user's sheet had the name). */
  sheets: { table: string; sheet: string; renamed: boolean }[];
}

/** A dropdown list installed on a column of a formation sheet ("Invoerlijsten"). */
export interface EntryList {
  /** 1-based sheet column. */
  column: number;
  firstRow: number;
  lastRow: number;
  /** The allowed values (function titles, normfuncties, scales), kept on a tool-owned hidden sheet. */
  values: string[];
}

export interface InsertSheetsOptions {
  language?: Language;
  /** The book's name, in the title block and page header. */
  functieboekName?: string;
}

export type Unsubscribe = () => Promise<void>;

/**
 * What a cell held before the tool set it (a suggestion applied), so "Ongedaan maken" can put it
 * back exactly: its value, its formula, and — in a file — the cell element as it was.
 */
export interface CellBefore {
  sheet: string;
  address: string;
  /** What the cell showed: its value, or its formula's last result. */
  value: CellValue;
  /** Its formula ("=C11/36"), when it held one. */
  formula?: string;
  /** The file layer's exact form of the cell (its XML element); absent: the cell did not exist. */
  xml?: string;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** The sheet the user is looking at, if the adapter knows. */
  activeSheet(): Promise<string | undefined>;
  /** The sheet's values within its real data extent. */
  readSheet(name: string): Promise<Grid>;
  /**
   * Colours and notes the findings' cells; the original fills are saved first. A file also gets its
   * Controle sheet, which opens with the check's summary where it is given.
   */
  markFindings(findings: readonly Finding[], options?: MarkOptions): Promise<void>;
  /** Restores every fill and note the tool changed; returns how many cells were restored. */
  clearMarks(): Promise<number>;
  /** Writes (or replaces) the tool's own generated sheets: the core's tables as they are. */
  writeTables(tables: readonly DataTable[], options?: WriteTablesOptions): Promise<WriteTablesResult>;
  /** Selects a cell for the user (a click on a finding). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Sets one cell: only ever called when the user applies a suggestion. Returns what it held before. */
  setCellValue(sheet: string, address: string, value: string | number): Promise<CellBefore>;
  /**
   * Puts a cell back as it was before `setCellValue` wrote `written` (the user chose "Ongedaan
   * maken"): value, formula and all. Only while the cell still holds `written`: false, and nothing
   * changed, when someone changed it since.
   */
  restoreCell(before: CellBefore, written: string | number): Promise<boolean>;
  /**
   * A workbook file held in memory: whether it was written to since it was opened or last saved
   * (the pane asks before leaving such a copy). Absent for live Excel, which saves its own way.
   */
  hasUnsavedChanges?(): boolean;
  loadState(): Promise<StoredState | undefined>;
  saveState(state: StoredState): Promise<void>;
  /** Reads only part of a sheet (A1 range), for live re-validation of changed rows. */
  readRange(sheet: string, address: string): Promise<Grid>;
  /**
   * Calls the handler when the user changes cells of the sheet (not when the tool itself writes);
   * `structural` when rows, columns or cells were inserted or deleted (everything after them
   * moved: the sheet must be read again as a whole). Undefined where the adapter has no live
   * workbook (a file).
   */
  onSheetChanged?(sheet: string, handler: (address: string, structural?: boolean) => void): Promise<Unsubscribe>;
  /** Calls the handler with the sheet and 1-based row the user selects. */
  onSelectionChanged?(handler: (sheet: string, row: number) => void): Promise<Unsubscribe>;
  /** Installs data-validation dropdowns from the book; removable again with `removeEntryLists`. */
  installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void>;
  removeEntryLists(sheet: string): Promise<void>;
  /**
   * Adds sheets the user owns from then on (the functieboek template): each a table laid out for
   * A4, text written as text, with its dropdowns. Refuses, changing nothing, when a sheet of one of
   * their names exists. Returns the names of the sheets added.
   */
  insertSheets(sheets: readonly TemplateSheet[], options?: InsertSheetsOptions): Promise<string[]>;
}
