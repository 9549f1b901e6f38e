/**
 * The workbook port on a .xlsx file held in memory (ExcelJS), in Node and in the browser: the
 * task pane's file mode works on it, and `toBytes()` gives the checked copy to download. The
 * original bytes are never changed.
 *
 * Everything goes through the ExcelJS side of src/xlsx/: sheets are read with `worksheetGrid`,
 * marks made and cleared with annotate.ts (fills and notes saved first in the very-hidden sheet
 * "Formatiecheck_status"), tables written with write-tables.ts, user text with write-text.ts. The
 * add-in's own state (functieboek, column mappings, settings) is the custom XML part the Office.js
 * adapter keeps (urn:formatiecheck:state), so a file checked here opens with the same settings in
 * Excel, and the other way round.
 *
 * A file has no user editing it while the pane looks at it: there are no change or selection
 * events (`onSheetChanged`/`onSelectionChanged` are absent), and "selecting" a cell only records it
 * for the pane to show (`selection`, `onSelect`).
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../core/findings";
import type { CellValue, Grid } from "../core/formatie/grid";
import type { Language, Localized } from "../core/localized";
import type { DataTable } from "../core/plaatsing/data-table";
import { parseCell, parseRect } from "../core/range-addresses";
import type { EntryList, SheetInfo, StoredState, WorkbookPort, WriteTablesOptions, WriteTablesResult } from "../core/workbook-port";
import { parseStoredStateXml, STATE_NAMESPACE, storedStateXml } from "../core/stored-state";
import { annotateWorkbook, clearMarks, createdSheets } from "./annotate";
import { toCoreValue } from "./cell-values";
import { newPartProps, partText, readCustomXmlParts, withCustomXmlParts, type CustomXmlPart } from "./custom-xml-parts";
import { setEntryLists } from "./entry-lists";
import { chooseSheet, DEFAULT_LIMITS, loadWorkbook, WorkbookInputError, worksheetGrid, type WorkbookLimits } from "./read-workbook";
import { writeTables } from "./write-tables";
import { setText } from "./write-text";

export interface FileWorkbookOptions {
  /** The file's name, for the Controle sheet's title and the download's name. */
  fileName?: string;
  /** Language of notes, the Controle sheet and the tables (default Dutch). */
  language?: Language;
  limits?: WorkbookLimits;
  /** Today as an ISO date, in the tables' footers (default: today). */
  today?: () => string;
  /** The name of the bundled functieboek, for table headers when the file carries no book of its own. */
  bundledBookName?: () => Promise<string>;
}

/** The cell the user last chose in the pane, with its value as the file has it. */
export interface FileSelection {
  sheet: string;
  address: string;
  value: CellValue;
}

/** Cells read at once by `readRange` at most (a few rows are what live checking asks for). */
const MAX_RANGE_CELLS = 200_000;

const MESSAGES = {
  noSheet: (sheet: string): Localized => ({ nl: `Werkblad '${sheet}' bestaat niet in dit bestand.`, en: `Sheet '${sheet}' does not exist in this file.` }),
  badAddress: (address: string): Localized => ({ nl: `'${address}' is geen geldig celadres.`, en: `'${address}' is not a valid cell address.` }),
  rangeTooLarge: (address: string): Localized => ({ nl: `Bereik ${address} is te groot om in één keer te lezen.`, en: `Range ${address} is too large to read at once.` }),
  notANumber: { nl: "Die waarde is geen getal.", en: "That value is not a number." },
};

export class FileWorkbook implements WorkbookPort {
  readonly fileName: string;
  readonly language: Language;
  /** What could not be read of the add-in's state in the file (damaged, or from a newer version). */
  readonly stateProblem: Localized | undefined;
  /** The cell last selected through the port (a click on a finding). */
  selection: FileSelection | undefined;

  private state: StoredState | undefined;
  private readonly listeners = new Set<(selection: FileSelection) => void>();

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    /** The file's custom XML parts other than the add-in's own, written back unchanged. */
    private readonly otherParts: readonly CustomXmlPart[],
    /** The add-in's own part as the file had it (its properties keep their id). */
    private readonly ownPart: CustomXmlPart | undefined,
    state: { state?: StoredState; problem?: Localized },
    private readonly options: FileWorkbookOptions,
  ) {
    this.fileName = options.fileName ?? "werkmap.xlsx";
    this.language = options.language ?? "nl";
    this.state = state.state;
    this.stateProblem = state.problem;
  }

  /**
   * Opens a .xlsx file from its bytes. Input the user can get wrong (not a workbook, damaged, too
   * large) is refused with a `WorkbookInputError` that says what is wrong, in Dutch and English.
   */
  static async fromBytes(bytes: Uint8Array, options: FileWorkbookOptions = {}): Promise<FileWorkbook> {
    const workbook = await loadWorkbook(bytes, options.limits ?? DEFAULT_LIMITS);
    const parts = await readCustomXmlParts(bytes).catch(() => [] as CustomXmlPart[]);
    const own = parts.find((part) => isStatePart(part));
    let state: { state?: StoredState; problem?: Localized } = {};
    if (own) {
      const parsed = parseStoredStateXml(partText(own.item));
      state = parsed.ok ? { state: parsed.state } : { problem: parsed.problem };
    }
    return new FileWorkbook(
      workbook,
      parts.filter((part) => part !== own),
      own,
      state,
      options,
    );
  }

  // ---- sheets ----

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible" }));
  }

  /** A file has no sheet in view: the one formation sheet, else the sheet the file was saved on. */
  async activeSheet(): Promise<string | undefined> {
    const choice = chooseSheet(this.workbook, undefined, createdSheets(this.workbook));
    if (choice.ok) return choice.worksheet.name;
    const tab = this.workbook.views?.[0]?.activeTab ?? 0;
    return this.workbook.worksheets[tab]?.name ?? this.workbook.worksheets[0]?.name;
  }

  async readSheet(name: string): Promise<Grid> {
    return worksheetGrid(this.worksheet(name));
  }

  async readRange(sheet: string, address: string): Promise<Grid> {
    const worksheet = this.worksheet(sheet);
    const rect = parseRect(address);
    if (!rect) throw new WorkbookInputError(MESSAGES.badAddress(address));
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_RANGE_CELLS) throw new WorkbookInputError(MESSAGES.rangeTooLarge(address));
    const rows: CellValue[][] = [];
    const hiddenRows = new Set<number>();
    for (let r = rect.top; r <= rect.bottom; r++) {
      // findRow/findCell: reading never adds rows or cells to the file.
      const row = worksheet.findRow(r);
      if (row?.hidden) hiddenRows.add(r);
      const line: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(row ? toCoreValue(row.findCell(c)?.value) : null);
      rows.push(line);
    }
    return { sheet, rows, originRow: rect.top, originCol: rect.left, hiddenRows };
  }

  // ---- marks and tables ----

  async markFindings(findings: readonly Finding[]): Promise<void> {
    annotateWorkbook(this.workbook, findings, { language: this.language, title: `Formatiecheck — ${this.fileName}` });
  }

  async clearMarks(): Promise<number> {
    return clearMarks(this.workbook);
  }

  async writeTables(tables: readonly DataTable[], options: WriteTablesOptions = {}): Promise<WriteTablesResult> {
    const own = new Set([...createdSheets(this.workbook)].map((n) => n.toLowerCase()));
    const userSheets = new Set(this.workbook.worksheets.map((ws) => ws.name.toLowerCase()).filter((n) => !own.has(n)));
    const result = writeTables(this.workbook, tables, {
      functieboekName: await this.functieboekName(),
      date: this.options.today?.() ?? todayIso(),
      language: options.language ?? this.language,
      ...(options.sourceSheet !== undefined ? { sourceSheet: options.sourceSheet } : {}),
    });
    return {
      sheets: result.written.map((w) => ({
        table: w.table,
        sheet: w.sheet,
        renamed: w.sheet.toLowerCase() !== w.table.toLowerCase() && userSheets.has(w.table.toLowerCase()),
      })),
    };
  }

  // ---- cells ----

  async selectCell(sheet: string, address: string): Promise<void> {
    const worksheet = this.worksheet(sheet);
    const rect = parseRect(address);
    if (!rect) throw new WorkbookInputError(MESSAGES.badAddress(address));
    const value = toCoreValue(worksheet.findRow(rect.top)?.findCell(rect.left)?.value);
    this.selection = { sheet: worksheet.name, address, value };
    for (const listener of this.listeners) listener(this.selection);
  }

  /** Calls the listener with each cell selected through the port; returns the unsubscriber. */
  onSelect(listener: (selection: FileSelection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async setCellValue(sheet: string, address: string, value: string | number): Promise<void> {
    const worksheet = this.worksheet(sheet);
    const cell = parseCell(address);
    if (!cell) throw new WorkbookInputError(MESSAGES.badAddress(address));
    if (typeof value === "number" && !Number.isFinite(value)) throw new WorkbookInputError(MESSAGES.notANumber);
    const target = worksheet.getCell(cell.row, cell.col);
    if (typeof value === "string") setText(target, value);
    else target.value = value;
    if (this.selection?.sheet === worksheet.name && parseCell(this.selection.address)?.row === cell.row && parseCell(this.selection.address)?.col === cell.col) {
      this.selection = { ...this.selection, value };
    }
  }

  // ---- state ----

  async loadState(): Promise<StoredState | undefined> {
    return this.state;
  }

  async saveState(state: StoredState): Promise<void> {
    this.state = { ...state, schemaVersion: 1 };
  }

  // ---- entry lists ----

  async installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    this.worksheet(sheet);
    setEntryLists(this.workbook, sheet, lists, this.language);
  }

  async removeEntryLists(sheet: string): Promise<void> {
    this.worksheet(sheet);
    setEntryLists(this.workbook, sheet, [], this.language);
  }

  // ---- the file ----

  /** The workbook as it is now, as .xlsx bytes: marks, Controle sheet, tables, the add-in's state. */
  async toBytes(): Promise<Uint8Array> {
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    const parts = [...this.otherParts];
    if (this.state) {
      const item = new TextEncoder().encode(storedStateXml(this.state));
      parts.push({ item, props: this.ownPart?.props ?? newPartProps(STATE_NAMESPACE) });
    } else if (this.ownPart) {
      parts.push(this.ownPart);
    }
    return withCustomXmlParts(written, parts);
  }

  /** "formatie.xlsx" → "formatie-gecontroleerd.xlsx". */
  checkedFileName(): string {
    const base = this.fileName.replace(/\.xlsx$/i, "") || "werkmap";
    return `${base}-gecontroleerd.xlsx`;
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.workbook.getWorksheet(name);
    if (!worksheet) throw new WorkbookInputError(MESSAGES.noSheet(name));
    return worksheet;
  }

  private async functieboekName(): Promise<string> {
    const json = this.state?.functieboekJson;
    if (json !== undefined) {
      try {
        const name = (JSON.parse(json) as { name?: unknown }).name;
        if (typeof name === "string" && name !== "") return name;
      } catch {
        // A damaged book: the pane already said so and uses the bundled one.
      }
    }
    if (this.options.bundledBookName) return this.options.bundledBookName();
    const { bundledFunctieboek } = await import(/* webpackChunkName: "functieboek" */ "../core/functieboek/bundled");
    return bundledFunctieboek().name;
  }
}

function isStatePart(part: CustomXmlPart): boolean {
  const head = partText(part.item.subarray(0, 4096));
  return /<(?:\w+:)?formatiecheck\b[^>]*xmlns(?::\w+)?="urn:formatiecheck:state"/.test(head);
}

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
