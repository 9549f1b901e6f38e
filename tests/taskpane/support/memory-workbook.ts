/**
 * An in-memory workbook behind the WorkbookPort, for the pane's tests: sheets as rows of values,
 * every call recorded, user edits and selections simulated, failures injectable per method.
 */
import type { Finding } from "../../../src/core/findings";
import { columnNumber, type CellValue, type Grid } from "../../../src/core/formatie/grid";
import type { DataTable } from "../../../src/core/plaatsing/data-table";
import type { TemplateSheet } from "../../../src/core/functieboek/workbook/book-template";
import type { CellBefore, EntryList, SheetInfo, StoredState, Unsubscribe, WorkbookPort, WriteTablesOptions, WriteTablesResult } from "../../../src/core/workbook-port";

export interface Call {
  method: string;
  args: unknown[];
}

interface MemorySheet {
  rows: CellValue[][];
  visibility: SheetInfo["visibility"];
  hidden: Set<number>;
}

export interface MemoryWorkbookOptions {
  active?: string;
  state?: StoredState;
  /** Whether the workbook has change and selection events (a live workbook); default true. */
  events?: boolean;
}

type Method = Exclude<keyof WorkbookPort, "onSheetChanged" | "onSelectionChanged"> | "onSheetChanged" | "onSelectionChanged";

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, MemorySheet>();
  readonly calls: Call[] = [];
  state: StoredState | undefined;
  active: string | undefined;
  readonly written: DataTable[][] = [];
  /** The options of each writeTables call (language, source sheet). */
  readonly writtenWith: WriteTablesOptions[] = [];
  readonly entryLists = new Map<string, EntryList[]>();
  /** Cells marked by the last markFindings call (cleared by clearMarks). */
  marked: Finding[] = [];
  private readonly failures = new Map<Method, unknown>();
  private readonly changeHandlers = new Map<string, Set<(address: string) => void>>();
  private readonly selectionHandlers = new Set<(sheet: string, row: number) => void>();
  private readonly gates = new Map<Method, Promise<void>>();

  onSheetChanged?: (sheet: string, handler: (address: string) => void) => Promise<Unsubscribe>;
  onSelectionChanged?: (handler: (sheet: string, row: number) => void) => Promise<Unsubscribe>;

  constructor(sheets: Record<string, CellValue[][]>, options: MemoryWorkbookOptions = {}) {
    for (const [name, rows] of Object.entries(sheets)) this.sheets.set(name, { rows: rows.map((r) => [...r]), visibility: "visible", hidden: new Set() });
    this.active = options.active ?? Object.keys(sheets)[0];
    this.state = options.state;
    if (options.events !== false) {
      this.onSheetChanged = async (sheet, handler) => {
        this.record("onSheetChanged", [sheet]);
        const set = this.changeHandlers.get(sheet) ?? new Set();
        set.add(handler);
        this.changeHandlers.set(sheet, set);
        return async () => {
          this.record("unsubscribeSheetChanged", [sheet]);
          set.delete(handler);
        };
      };
      this.onSelectionChanged = async (handler) => {
        this.record("onSelectionChanged", []);
        this.selectionHandlers.add(handler);
        return async () => {
          this.record("unsubscribeSelectionChanged", []);
          this.selectionHandlers.delete(handler);
        };
      };
    }
  }

  // ---- test controls ----

  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Calls of `method` wait until the returned function is called (to see progress). */
  hold(method: Method): () => void {
    let release = () => undefined as void;
    this.gates.set(
      method,
      new Promise<void>((resolve) => {
        release = () => {
          this.gates.delete(method);
          resolve();
        };
      }),
    );
    return () => release();
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** The user types a value: the cell changes and change listeners hear of it. */
  userEdits(sheet: string, address: string, value: CellValue): void {
    this.setCell(sheet, address, value);
    for (const handler of this.changeHandlers.get(sheet) ?? []) handler(address);
  }

  /** The user selects a cell in a row. */
  userSelects(sheet: string, row: number): void {
    for (const handler of this.selectionHandlers) handler(sheet, row);
  }

  listeners(sheet: string): number {
    return this.changeHandlers.get(sheet)?.size ?? 0;
  }

  selectionListeners(): number {
    return this.selectionHandlers.size;
  }

  cell(sheet: string, address: string): CellValue | undefined {
    const { row, col } = parseCell(address);
    return this.sheet(sheet).rows[row - 1]?.[col - 1];
  }

  // ---- the port ----

  async listSheets(): Promise<SheetInfo[]> {
    await this.enter("listSheets", []);
    return [...this.sheets].map(([name, s]) => ({ name, visibility: s.visibility }));
  }

  async activeSheet(): Promise<string | undefined> {
    await this.enter("activeSheet", []);
    return this.active;
  }

  async readSheet(name: string): Promise<Grid> {
    await this.enter("readSheet", [name]);
    const sheet = this.sheet(name);
    return { sheet: name, rows: sheet.rows.map((r) => [...r]), originRow: 1, originCol: 1, hiddenRows: new Set(sheet.hidden) };
  }

  async readRange(name: string, address: string): Promise<Grid> {
    await this.enter("readRange", [name, address]);
    const [from, to = from] = address.split(":") as [string, string?];
    const a = parseCell(from);
    const b = parseCell(to);
    const sheet = this.sheet(name);
    const rows: CellValue[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const row: CellValue[] = [];
      for (let c = a.col; c <= b.col; c++) row.push(sheet.rows[r - 1]?.[c - 1] ?? null);
      rows.push(row);
    }
    return { sheet: name, rows, originRow: a.row, originCol: a.col, hiddenRows: new Set([...sheet.hidden].filter((r) => r >= a.row && r <= b.row)) };
  }

  async markFindings(findings: readonly Finding[]): Promise<void> {
    await this.enter("markFindings", [findings]);
    this.marked = [...findings];
  }

  async clearMarks(): Promise<number> {
    await this.enter("clearMarks", []);
    const cells = new Set(this.marked.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size;
    this.marked = [];
    return cells;
  }

  async writeTables(tables: readonly DataTable[], options: WriteTablesOptions = {}): Promise<WriteTablesResult> {
    await this.enter("writeTables", [tables]);
    this.written.push([...tables]);
    this.writtenWith.push(options);
    // A user's own sheet with the table's name is never replaced: the table goes next to it.
    return {
      sheets: tables.map((t) => {
        const renamed = this.sheets.has(t.name);
        return { table: t.name, sheet: renamed ? `${t.name} (2)` : t.name, renamed };
      }),
    };
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.enter("selectCell", [sheet, address]);
  }

  async setCellValue(sheet: string, address: string, value: string | number): Promise<CellBefore> {
    await this.enter("setCellValue", [sheet, address, value]);
    const before = this.cell(sheet, address) ?? null;
    this.setCell(sheet, address, value);
    return { sheet, address, value: before };
  }

  async restoreCell(before: CellBefore, written: string | number): Promise<boolean> {
    await this.enter("restoreCell", [before.sheet, before.address]);
    if (this.cell(before.sheet, before.address) !== written) return false;
    this.setCell(before.sheet, before.address, before.value);
    return true;
  }


  async loadState(): Promise<StoredState | undefined> {
    await this.enter("loadState", []);
    return this.state;
  }

  async saveState(state: StoredState): Promise<void> {
    await this.enter("saveState", [state]);
    this.state = JSON.parse(JSON.stringify(state)) as StoredState;
  }

  async installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    await this.enter("installEntryLists", [sheet, lists]);
    this.entryLists.set(sheet, [...lists]);
  }

  async removeEntryLists(sheet: string): Promise<void> {
    await this.enter("removeEntryLists", [sheet]);
    this.entryLists.delete(sheet);
  }

  /** Template sheets as plain rows: the header row first, then the data (no title block). */
  async insertSheets(sheets: readonly TemplateSheet[]): Promise<string[]> {
    await this.enter("insertSheets", [sheets.map((s) => s.table.name)]);
    const clash = sheets.find((s) => this.sheets.has(s.table.name));
    if (clash) throw new Error(`Sheet ${clash.table.name} exists`);
    for (const { table } of sheets) this.sheets.set(table.name, { rows: [table.columns.map((c) => c.label), ...table.rows.map((r) => [...r])], visibility: "visible", hidden: new Set() });
    return sheets.map((s) => s.table.name);
  }

  // ---- internals ----

  private record(method: string, args: unknown[]): void {
    this.calls.push({ method, args });
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.record(method, args);
    const gate = this.gates.get(method);
    if (gate) await gate;
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw Object.assign(new Error(`No sheet ${name}`), { code: "ItemNotFound" });
    return sheet;
  }

  private setCell(sheet: string, address: string, value: CellValue): void {
    const { row, col } = parseCell(address);
    const rows = this.sheet(sheet).rows;
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1] as CellValue[];
    while (cells.length < col) cells.push(null);
    cells[col - 1] = value;
  }
}

function parseCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Bad address ${address}`);
  return { col: columnNumber(match[1] as string) as number, row: Number(match[2]) };
}
