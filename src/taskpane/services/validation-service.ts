/**
 * Reading a sheet through the port and checking it with the check engine. It keeps the last
 * grid read, so a live change re-reads only the changed rows (`port.readRange`) and the engine
 * gets only those rows; the header row, whole columns or many scattered changes mean a full read.
 */
import { cellAddress, columnNumber, type CellValue, type Grid } from "../../core/formatie/grid";
import { detectHeader, HEADER_SEARCH_ROWS } from "../../core/formatie/header-detection";
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import { rowKey } from "../../core/acceptance";
import type { Functieboek } from "../../core/functieboek/schema";
import type { WorkbookPort } from "../../core/workbook-port";
import type { RowChange, RowSpan } from "./changed-rows";
import type { CheckEngine } from "./check-engine";
import type { CheckOutcome, ColumnChoice, CompareOptions, PackedCompareOutcome, PackedTablesOutcome, TablesOptions } from "./check-protocol";

/** What the pane knows of the sheet it read: its extent, first rows and detected header. */
export interface SheetView {
  sheet: string;
  originRow: number;
  originCol: number;
  lastRow: number;
  lastCol: number;
  /** The first rows (for choosing the header row); `topRows[i][j]` is at row originRow + i, column originCol + j. */
  topRows: CellValue[][];
  /** The header the core finds by itself. */
  detected?: ColumnChoice;
}

export type Progress =
  | { phase: "reading"; sheet: string }
  | { phase: "sending"; done: number; total: number }
  | { phase: "checking" }
  | { phase: "rows" }
  | { phase: "tables" }
  | { phase: "comparing" }
  | { phase: "writing" };

export type OnProgress = (progress: Progress) => void;

/** Above this many changed rows or separate runs of rows, the whole sheet is read again. */
export const MAX_PATCH_ROWS = 5000;
export const MAX_PATCH_RUNS = 20;

export class ValidationService {
  private grid: Grid | undefined;
  private hidden = new Set<number>();
  private bookSent: Functieboek | undefined;
  private sheetView: SheetView | undefined;

  constructor(
    private readonly port: WorkbookPort,
    private readonly engine: CheckEngine,
  ) {}

  get view(): SheetView | undefined {
    return this.sheetView;
  }

  async setBook(book: Functieboek): Promise<void> {
    if (this.bookSent === book) return;
    await this.engine.setBook(book);
    this.bookSent = book;
  }

  /** Reads the whole sheet and hands it to the engine. */
  async load(sheet: string, onProgress: OnProgress = () => undefined): Promise<SheetView> {
    onProgress({ phase: "reading", sheet });
    const grid = await this.port.readSheet(sheet);
    const own: Grid = { ...grid, sheet: grid.sheet || sheet, rows: [...grid.rows] };
    await this.engine.setGrid(own, (done, total) => onProgress({ phase: "sending", done, total }));
    this.grid = own;
    this.hidden = new Set(grid.hiddenRows ?? []);
    this.sheetView = viewOf(own);
    return this.sheetView;
  }

  async validate(columns: ColumnChoice | undefined, onProgress: OnProgress = () => undefined, salaryTable?: SalaryTable): Promise<CheckOutcome> {
    if (!this.grid) throw new Error("No sheet read");
    onProgress({ phase: "checking" });
    return this.engine.validate(columns, salaryTable);
  }

  /**
   * Brings the engine's grid up to date after a change: only the changed rows where possible.
   * Returns "rows" when only rows were read, "sheet" when the whole sheet was.
   */
  async refresh(sheet: string, change: RowChange, headerRow: number | undefined, onProgress: OnProgress = () => undefined): Promise<"rows" | "sheet"> {
    const grid = this.grid;
    if (!grid || grid.sheet !== sheet || change.kind === "sheet" || !this.patchable(change.spans, headerRow)) {
      await this.load(sheet, onProgress);
      return "sheet";
    }
    onProgress({ phase: "rows" });
    const originRow = grid.originRow ?? 1;
    const originCol = grid.originCol ?? 1;
    const lastCol = Math.max(originCol, this.sheetView?.lastCol ?? originCol);
    for (const span of change.spans) {
      const part = await this.port.readRange(sheet, `${cellAddress(span.first, originCol)}:${cellAddress(span.last, lastCol)}`);
      const rows: CellValue[][] = [];
      const hidden: boolean[] = [];
      for (let row = span.first; row <= span.last; row++) {
        const values = alignRow(part, row, span.first, originCol, lastCol);
        rows.push(values);
        const isHidden = part.hiddenRows?.has(row) ?? false;
        hidden.push(isHidden);
        const at = row - originRow;
        while (grid.rows.length < at) grid.rows.push([]);
        grid.rows[at] = values;
        if (isHidden) this.hidden.add(row);
        else this.hidden.delete(row);
      }
      await this.engine.patchRows(span.first, rows, hidden);
    }
    grid.hiddenRows = this.hidden;
    if (this.sheetView) this.sheetView = { ...this.sheetView, lastRow: Math.max(this.sheetView.lastRow, originRow + grid.rows.length - 1) };
    return "rows";
  }

  /** Values of one row as last read, at the given sheet columns (for a finding's context). */
  rowValues(row: number, columns: readonly number[]): CellValue[] | undefined {
    const grid = this.grid;
    if (!grid) return undefined;
    const cells = grid.rows[row - (grid.originRow ?? 1)];
    if (!cells) return undefined;
    return columns.map((col) => cells[col - (grid.originCol ?? 1)] ?? null);
  }

  /** A row's key (all its values as last read) for accepted findings; undefined when not read. */
  rowKeyOf(row: number): string | undefined {
    const cells = this.grid?.rows[row - (this.grid.originRow ?? 1)];
    return cells ? rowKey(cells) : undefined;
  }

  /** The value of one cell as last read (for showing what a suggestion replaces). */
  cellValue(address: string): CellValue | undefined {
    const grid = this.grid;
    const match = /^([A-Za-z]{1,3})(\d+)$/.exec(address);
    if (!grid || !match) return undefined;
    const col = columnNumber(match[1] as string);
    if (col === undefined) return undefined;
    return grid.rows[Number(match[2]) - (grid.originRow ?? 1)]?.[col - (grid.originCol ?? 1)];
  }

  async buildTables(options: TablesOptions, columns: ColumnChoice | undefined): Promise<PackedTablesOutcome> {
    if (!this.grid) throw new Error("No sheet read");
    return this.engine.buildTables(options, columns);
  }

  /** Hands the other formation (the Vergelijk tab's) to the engine, next to the checked sheet. */
  async loadOther(grid: Grid, onProgress: OnProgress = () => undefined): Promise<void> {
    await this.engine.setGrid(grid, (done, total) => onProgress({ phase: "sending", done, total }), "other");
  }

  async compare(options: CompareOptions, columns: ColumnChoice | undefined, otherColumns: ColumnChoice | undefined): Promise<PackedCompareOutcome> {
    if (!this.grid) throw new Error("No sheet read");
    return this.engine.compare(options, columns, otherColumns);
  }

  private patchable(spans: readonly RowSpan[], headerRow: number | undefined): boolean {
    if (headerRow === undefined || spans.length > MAX_PATCH_RUNS) return false;
    let rows = 0;
    for (const span of spans) {
      if (span.first <= headerRow) return false;
      rows += span.last - span.first + 1;
    }
    return rows <= MAX_PATCH_ROWS;
  }
}

function viewOf(grid: Grid): SheetView {
  const originRow = grid.originRow ?? 1;
  const originCol = grid.originCol ?? 1;
  let width = 0;
  for (const row of grid.rows) if (row.length > width) width = row.length;
  const detected = detectHeader(grid);
  return {
    sheet: grid.sheet,
    originRow,
    originCol,
    lastRow: originRow + Math.max(grid.rows.length, 1) - 1,
    lastCol: originCol + Math.max(width, 1) - 1,
    topRows: grid.rows.slice(0, HEADER_SEARCH_ROWS),
    ...(detected ? { detected: { headerRow: detected.headerRow, columns: { ...detected.columns } } } : {}),
  };
}

/**
 * The values of one sheet row of a part read, from `originCol` to `lastCol`. A part without its
 * own origin starts where it was asked to (the range's first row and column).
 */
function alignRow(part: Grid, row: number, firstRow: number, originCol: number, lastCol: number): CellValue[] {
  const partRow = part.rows[row - (part.originRow ?? firstRow)] ?? [];
  const partCol = part.originCol ?? originCol;
  const values: CellValue[] = [];
  for (let col = originCol; col <= lastCol; col++) values.push(partRow[col - partCol] ?? null);
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}
