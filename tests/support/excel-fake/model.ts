/**
 * The in-memory workbook behind the Excel fake: sheets of sparse cells (value, formula with its
 * last calculated result, number format, fill, font, locked), notes, threaded comments, tables,
 * page layout, data validation, protection, custom XML parts. Plain data that tests seed and
 * inspect directly; the Office.js-shaped proxies read and change it only when a request is synced.
 * Self-contained (no Node imports): it also runs in a browser.
 */
import { evaluateFormula } from "./formulas";


export type FakeError = { error: string };
export type FakeValue = string | number | boolean | FakeError;

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  /** Lighter (> 0) or darker (< 0) than `color`, as a theme colour's tint; absent is 0. */
  tintAndShade?: number;
}

export interface FakeCell {
  value?: FakeValue;
  formula?: string;
  /**
   * The formula's result as last calculated. Excel keeps it until it calculates again: a value a
   * formula depends on, written while calculation is suspended, leaves it stale. Absent: not
   * calculated since seeding (calculated when read).
   */
  result?: FakeValue;
  /** `format.protection.locked` (ExcelApi 1.2): every cell is locked unless set to false. */
  locked?: boolean;
  numberFormat?: string;
  fill?: FakeFill;
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  wrapText?: boolean;
  verticalAlignment?: string;
}

export interface FakeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeValidation {
  rect: FakeRect;
  rule: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeTable {
  id: string;
  name: string;
  rect: FakeRect;
  hasHeaders: boolean;
  style: string;
  showTotals: boolean;
  showBandedRows: boolean;
}

/** A chart on a worksheet (`worksheet.charts.add`): what the add-in set, as Excel keeps it. */
export interface FakeChart {
  id: string;
  name: string;
  /** `Excel.ChartType`, e.g. "ColumnClustered". */
  type: string;
  /** The source range as given to `charts.add`, e.g. "Overzicht!C5:D9". */
  source: string;
  seriesBy: "Auto" | "Columns" | "Rows";
  /** The series Excel made from the source: name (from a header row or column, else "Series1"…) and values. */
  series: { name: string; values: string }[];
  /** Category (x-axis) labels: from `categoryAxis.setCategoryNames`, else from a label column or row of the source. */
  categories?: string;
  title?: string;
  /** From `setPosition(startCell, endCell?)`. */
  position?: { start: string; end?: string };
}

export interface FakePageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  printTitleRows?: string;
  printArea?: string;
  headersFooters: Record<string, string>;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function key(row: number, col: number): number {
  return row * (MAX_COLS + 1) + col;
}

export function colLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectAddress(rect: FakeRect): string {
  const a = `${colLetters(rect.left)}${rect.top}`;
  return rect.top === rect.bottom && rect.left === rect.right ? a : `${a}:${colLetters(rect.right)}${rect.bottom}`;
}

/** "A1", "A1:C9", "3:7", "C:E", "$A$1" → a rectangle; undefined when not an address. */
export function parseRect(text: string): FakeRect | undefined {
  const t = text.trim().replace(/\$/g, "");
  let m = /^(\d+):(\d+)$/.exec(t);
  if (m) return norm({ top: Number(m[1]), bottom: Number(m[2]), left: 1, right: MAX_COLS });
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(t);
  if (m) return norm({ top: 1, bottom: MAX_ROWS, left: colNumber(m[1] as string), right: colNumber(m[2] as string) });
  m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(t);
  if (!m) return undefined;
  const top = Number(m[2]);
  const left = colNumber(m[1] as string);
  const rect = norm({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNumber(m[3]) : left });
  if (rect.top < 1 || rect.bottom > MAX_ROWS || rect.left < 1 || rect.right > MAX_COLS) return undefined;
  return rect;
}

function norm(r: FakeRect): FakeRect {
  return { top: Math.min(r.top, r.bottom), bottom: Math.max(r.top, r.bottom), left: Math.min(r.left, r.right), right: Math.max(r.left, r.right) };
}

export function cellsIn(rect: FakeRect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersect(a: FakeRect, b: FakeRect): FakeRect | undefined {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?$/;

/**
 * What Excel stores for a value set through `range.values`: input is parsed as if typed, so
 * "=…" becomes a formula, "00123" the number 123, "1-2" a date and "TRUE" a boolean; a leading
 * apostrophe keeps the rest as text.
 */
export function parseInput(input: unknown): { value?: FakeValue; formula?: string } {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const t = input.trim();
  if (/^[=+\-@]/.test(t) && !NUMBER.test(t)) return { formula: t.startsWith("=") ? t : `=${t}` };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (DATE.test(t) || TIME.test(t)) return { value: 45000 };
  if (/^(true|false|waar|onwaar)$/i.test(t)) return { value: /^(true|waar)$/i.test(t) };
  return { value: input };
}

/** Formula cells being calculated (to see a circular reference). */
const CALCULATING = new Set<FakeCell>();

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly notes = new Map<string, string>();
  /** Threaded comments (ExcelApi 1.10) by cell address ("B7"). */
  readonly comments = new Map<string, { id: string; content: string }>();
  /** `worksheet.protection.protected`: locked cells and formats cannot be changed. */
  isProtected = false;
  readonly hiddenRows = new Set<number>();
  /** Merged ranges; as in Excel, only a merge's top-left cell holds its value. */
  readonly merges: FakeRect[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points set through `format.rowHeight`. */
  readonly rowHeights = new Map<number, number>();
  readonly validations: FakeValidation[] = [];
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  pageLayout: FakePageLayout = { headersFooters: {} };
  freezeRows = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(key(row, col));
  }

  ensure(row: number, col: number): FakeCell {
    let cell = this.cells.get(key(row, col));
    if (!cell) this.cells.set(key(row, col), (cell = {}));
    return cell;
  }

  /** What a cell holds now: its value, or its formula's last calculated result. */
  contentAt(row: number, col: number): FakeValue | undefined {
    const cell = this.cell(row, col);
    if (!cell) return undefined;
    if (cell.formula !== undefined) return cell.result ?? this.calculate(cell);
    return cell.value;
  }

  /** A formula's value; a circular reference (a formula that reaches itself) is 0, as Excel shows it. */
  private calculate(cell: FakeCell): FakeValue {
    if (CALCULATING.has(cell)) return 0;
    CALCULATING.add(cell);
    try {
      return evaluateFormula(cell.formula as string, this);
    } finally {
      CALCULATING.delete(cell);
    }
  }

  /** The value `range.values` reports ("" for empty, the (English) error text for an error). */
  valueAt(row: number, col: number): string | number | boolean {
    const v = this.contentAt(row, col);
    if (v === undefined) return "";
    if (typeof v === "object") return v.error;
    return v;
  }

  /** Calculates every formula again (Excel's automatic calculation, or `application.calculate`). */
  recalculate(): void {
    for (const cell of this.cells.values()) if (cell.formula !== undefined) delete cell.result;
    for (const cell of this.cells.values()) if (cell.formula !== undefined) cell.result = this.calculate(cell);
  }

  /** The rectangle of cells holding something (values only, or formats too); undefined when none. */
  usedRect(valuesOnly: boolean): FakeRect | undefined {
    let rect: FakeRect | undefined;
    for (const [k, cell] of this.cells) {
      const has = cell.value !== undefined || cell.formula !== undefined || (!valuesOnly && (cell.fill !== undefined || cell.numberFormat !== undefined || cell.font !== undefined));
      if (!has) continue;
      const row = Math.floor(k / (MAX_COLS + 1));
      const col = k % (MAX_COLS + 1);
      if (!rect) rect = { top: row, bottom: row, left: col, right: col };
      else {
        rect.top = Math.min(rect.top, row);
        rect.bottom = Math.max(rect.bottom, row);
        rect.left = Math.min(rect.left, col);
        rect.right = Math.max(rect.right, col);
      }
    }
    return rect;
  }

  /** The fill a cell shows (undefined: no fill). */
  fillAt(row: number, col: number): FakeFill | undefined {
    return this.cell(row, col)?.fill;
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** `workbook.protection.protected`: the structure is protected (no sheets added, deleted, renamed or hidden). */
  structureProtected = false;
  parts: { id: string; xml: string }[] = [];
  activeSheetId = "";
  selection: { sheetId: string; address: string } | undefined;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new FakeSheet(this.newId("sheet"), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** By name (without regard to case, as Excel) or by id. */
  sheet(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  get activeSheet(): FakeSheet {
    return (this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0]) as FakeSheet;
  }

  recalculate(): void {
    for (const sheet of this.sheets) sheet.recalculate();
  }

  allTables(): { sheet: FakeSheet; table: FakeTable }[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  /** A deep copy of everything a saved file keeps (for "save and reopen"). */
  clone(): FakeWorkbook {
    const copy = new FakeWorkbook();
    copy.nextId = this.nextId;
    copy.activeSheetId = this.activeSheetId;
    copy.structureProtected = this.structureProtected;
    copy.parts = this.parts.map((p) => ({ ...p }));
    for (const sheet of this.sheets) {
      const s = new FakeSheet(sheet.id, sheet.name);
      s.visibility = sheet.visibility;
      s.isProtected = sheet.isProtected;
      for (const [k, v] of sheet.comments) s.comments.set(k, { ...v });
      s.freezeRows = sheet.freezeRows;
      s.pageLayout = JSON.parse(JSON.stringify(sheet.pageLayout)) as FakePageLayout;
      for (const [k, cell] of sheet.cells) s.cells.set(k, JSON.parse(JSON.stringify(cell)) as FakeCell);
      for (const [k, v] of sheet.notes) s.notes.set(k, v);
      for (const r of sheet.hiddenRows) s.hiddenRows.add(r);
      s.merges.push(...sheet.merges.map((m) => ({ ...m })));
      for (const [k, v] of sheet.columnWidths) s.columnWidths.set(k, v);
      for (const [k, v] of sheet.rowHeights) s.rowHeights.set(k, v);
      s.validations.push(...(JSON.parse(JSON.stringify(sheet.validations)) as FakeValidation[]));
      s.tables.push(...sheet.tables.map((t) => ({ ...t, rect: { ...t.rect } })));
      s.charts.push(...(JSON.parse(JSON.stringify(sheet.charts)) as FakeChart[]));
      copy.sheets.push(s);
    }
    return copy;
  }
}
