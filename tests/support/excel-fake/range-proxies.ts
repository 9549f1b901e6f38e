/**
 * Ranges and RangeAreas: values, formulas, number formats, fills (with a theme colour's tint),
 * fonts, widths, protection, dropdowns, special cells, merged areas, cell properties, delete.
 */
import { ClientObject, ClientResult, jsonSize, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import type { FakeHost } from "./host";
import { cellsIn, colLetters, intersect, MAX_COLS, MAX_ROWS, parseInput, rectAddress, type FakeCell, type FakeFill, type FakeRect, type FakeSheet, type FakeValue } from "./model";
import { assertCellsWritable, assertUnprotected } from "./protection";
import { deleteCells, deleteRows } from "./structure";

/** `Range.getMergedAreasOrNullObject` fails beyond this many areas (Office.js reference). */
export const MAX_MERGED_AREAS = 512;

/**
 * Error values as a Dutch Excel shows them in `range.values`: issue 12 reports "#N/B", "#WAARDE!"
 * and "#DEEL/0!" from a Dutch Excel; the others are Excel's Dutch names of the same errors. Only
 * `range.valueTypes` ("Error", Excel.RangeValueType) and special cells of type Errors
 * (`getSpecialCells(…, "Errors")`, ExcelApi 1.9) say in every language that a cell is an error.
 */
const DUTCH_ERRORS: Record<string, string> = {
  "#N/A": "#N/B",
  "#VALUE!": "#WAARDE!",
  "#DIV/0!": "#DEEL/0!",
  "#REF!": "#VERW!",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
};

function errorText(host: FakeHost, error: string): string {
  return /^nl/i.test(host.displayLanguage) ? (DUTCH_ERRORS[error] ?? error) : error;
}

/** What `range.values` reports for a cell's content, in the host's language. */
function reported(host: FakeHost, v: FakeValue | undefined): string | number | boolean {
  if (v === undefined) return "";
  if (typeof v === "object") return errorText(host, v.error);
  return v;
}

export interface RangeTarget {
  sheet: FakeSheet;
  rect: FakeRect;
}

export function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function normalizeColor(color: string): string {
  const named: Record<string, string> = { white: "#FFFFFF", black: "#000000", red: "#FF0000", yellow: "#FFFF00" };
  const c = named[color.toLowerCase()] ?? color;
  if (!/^#[0-9A-Fa-f]{6}$/.test(c)) throw new OfficeError("InvalidArgument", `'${color}' is not a colour.`);
  return c.toUpperCase();
}

/** Cell-by-cell access to a set of rectangles (a Range is one, a RangeAreas several). */
function eachCell(rects: readonly FakeRect[], fn: (row: number, col: number) => void): void {
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
}

/** Formats on a set of cells: the part Range and RangeAreas share. */
export class FormatTargets {
  constructor(
    readonly sheet: FakeSheet,
    readonly rects: FakeRect[],
    readonly kind: "Range" | "RangeAreas",
  ) {}
  record(host: FakeHost, property: string): void {
    host.stats.formatCalls.push({ sheet: this.sheet.name, target: this.kind, cells: this.rects.reduce((n, r) => n + cellsIn(r), 0), areas: this.rects.length, property });
  }
  setCells(host: FakeHost, property: string, fn: (cell: FakeCell) => void): void {
    assertUnprotected(this.sheet, `Range.format.${property}`);
    this.record(host, property);
    // Whole columns are formatted as a column (not cell by cell) in this model: only existing cells change.
    const whole = this.rects.some((r) => cellsIn(r) > 2_000_000);
    if (whole) {
      for (const [k, cell] of this.sheet.cells) {
        const row = Math.floor(k / (MAX_COLS + 1));
        const col = k % (MAX_COLS + 1);
        if (this.rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) fn(cell);
      }
      return;
    }
    eachCell(this.rects, (row, col) => fn(this.sheet.ensure(row, col)));
  }
  /** The uniform value of a property over the cells, or null when they differ. */
  uniform<V>(get: (cell: FakeCell | undefined) => V): V | null {
    let first: V | undefined;
    let seen = false;
    let same = true;
    eachCell(this.rects, (row, col) => {
      if (!same) return;
      const v = get(this.sheet.cell(row, col));
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
    });
    return same ? (first as V) : null;
  }
}

export type FormatSource = () => FormatTargets | null | undefined;

class RangeFillProxy extends ClientObject<FormatTargets> {
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
  }
  protected override current(): FormatTargets | null | undefined {
    return this.source();
  }
  get color(): string | null {
    return this.prop("color");
  }
  set color(value: string) {
    this.context.queue(jsonSize(value), () => {
      const color = normalizeColor(value);
      // An RGB colour replaces a theme colour: its tint does not carry over (the fill becomes
      // exactly this colour). Issue 12's "a clear may restore a darker colour" is this: a tint
      // that is not read is not restored.
      this.target("range").setCells(this.context.host, "fill.color", (cell) => {
        const pattern = cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid";
        const { tintAndShade: _dropped, ...rest } = cell.fill ?? ({} as FakeFill);
        cell.fill = { ...rest, color, pattern };
      });
    });
  }
  get pattern(): string | null {
    return this.prop("pattern");
  }
  set pattern(value: string) {
    this.context.queue(jsonSize(value), () => {
      this.target("range").setCells(this.context.host, "fill.pattern", (cell) => {
        if (value === "None") delete cell.fill;
        else cell.fill = { color: cell.fill?.color ?? "#FFFFFF", ...cell.fill, pattern: value };
      });
    });
  }
  get patternColor(): string | null {
    return this.prop("patternColor");
  }
  set patternColor(value: string) {
    this.context.queue(jsonSize(value), () => {
      const color = normalizeColor(value);
      this.target("range").setCells(this.context.host, "fill.patternColor", (cell) => {
        if (cell.fill) cell.fill = { ...cell.fill, patternColor: color };
      });
    });
  }
  get tintAndShade(): number | null {
    return this.prop("tintAndShade");
  }
  /** RangeFill.tintAndShade (ExcelApi 1.9): -1 (darkest) … 1 (lightest), 0 the colour itself. */
  set tintAndShade(value: number) {
    this.context.queue(12, () => {
      if (typeof value !== "number" || value < -1 || value > 1) throw new OfficeError("InvalidArgument", `tintAndShade ${String(value)} is outside -1…1.`);
      this.target("range").setCells(this.context.host, "fill.tintAndShade", (cell) => {
        if (!cell.fill) return;
        const { tintAndShade: _old, ...rest } = cell.fill;
        cell.fill = value === 0 ? rest : { ...rest, tintAndShade: value };
      });
    });
  }
  clear(): void {
    this.context.queue(10, () => {
      this.target("range").setCells(this.context.host, "fill.clear", (cell) => {
        delete cell.fill;
      });
    });
  }
  protected read(name: string, t: FormatTargets): unknown {
    if (name === "color") return t.uniform((c) => c?.fill?.color ?? "#FFFFFF");
    if (name === "pattern") return t.uniform((c) => c?.fill?.pattern ?? "None");
    if (name === "patternColor") return t.uniform((c) => c?.fill?.patternColor ?? null);
    if (name === "tintAndShade") return t.uniform((c) => c?.fill?.tintAndShade ?? 0);
    return undefined;
  }
  protected override defaultProps(): string[] {
    return ["color", "pattern", "patternColor", "tintAndShade"];
  }
}

class RangeFontProxy extends ClientObject<FormatTargets> {
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
  }
  protected override current(): FormatTargets | null | undefined {
    return this.source();
  }
  private setFont(property: "bold" | "italic" | "size" | "color", value: boolean | number | string): void {
    this.context.queue(jsonSize(value), () => {
      this.target("range").setCells(this.context.host, `font.${property}`, (cell) => {
        cell.font = { ...cell.font, [property]: value };
      });
    });
  }
  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  set italic(value: boolean) {
    this.setFont("italic", value);
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  set color(value: string) {
    this.setFont("color", value);
  }
  protected read(name: string, t: FormatTargets): unknown {
    return t.uniform((c) => (c?.font as Record<string, unknown> | undefined)?.[name] ?? null);
  }
}

/** `format.protection` (ExcelApi 1.2): whether cells are locked (every cell is, unless set otherwise). */
class FormatProtectionProxy extends ClientObject<FormatTargets> {
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
  }
  protected override current(): FormatTargets | null | undefined {
    return this.source();
  }
  get locked(): boolean | null {
    return this.prop("locked");
  }
  set locked(value: boolean) {
    this.context.queue(10, () => this.target("range").setCells(this.context.host, "protection.locked", (cell) => void (cell.locked = value)));
  }
  protected read(name: string, t: FormatTargets): unknown {
    return name === "locked" ? t.uniform((c) => c?.locked !== false) : undefined;
  }
}

class RangeFormatProxy extends ClientObject<FormatTargets> {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly protection: FormatProtectionProxy;
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, source);
    this.font = new RangeFontProxy(context, source);
    this.protection = new FormatProtectionProxy(context, source);
  }
  protected override current(): FormatTargets | null | undefined {
    return this.source();
  }
  set wrapText(value: boolean) {
    this.context.queue(10, () => this.target("range").setCells(this.context.host, "wrapText", (cell) => void (cell.wrapText = value)));
  }
  set verticalAlignment(value: string) {
    this.context.queue(jsonSize(value), () => this.target("range").setCells(this.context.host, "verticalAlignment", (cell) => void (cell.verticalAlignment = value)));
  }
  set columnWidth(value: number) {
    this.context.queue(12, () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "Range.format.columnWidth");
      t.record(this.context.host, "columnWidth");
      for (const r of t.rects) for (let col = r.left; col <= r.right; col++) t.sheet.columnWidths.set(col, value);
    });
  }
  protected read(name: string, t: FormatTargets): unknown {
    if (name === "wrapText") return t.uniform((c) => c?.wrapText ?? false);
    if (name === "columnWidth") return t.sheet.columnWidths.get(t.rects[0]?.left ?? 1) ?? 48;
    return undefined;
  }
}

class DataValidationProxy extends ClientObject<FormatTargets> {
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
  }
  protected override current(): FormatTargets | null | undefined {
    return this.source();
  }
  private entries(t: FormatTargets): { sheet: FakeSheet; rect: FakeRect }[] {
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }
  private upsert(apply: (v: { rule?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }) => void): void {
    const t = this.target("range");
    assertUnprotected(t.sheet, "Range.dataValidation");
    for (const { sheet, rect } of this.entries(t)) {
      let entry = sheet.validations.find((v) => JSON.stringify(v.rect) === JSON.stringify(rect));
      if (!entry) sheet.validations.push((entry = { rect, rule: undefined }));
      apply(entry);
    }
  }
  set rule(value: unknown) {
    this.context.queue(jsonSize(value), () => {
      const list = (value as { list?: { source?: unknown } }).list;
      if (list && typeof list.source === "string" && list.source.length > 8192) throw new OfficeError("InvalidArgument", "Validation source too long.");
      this.upsert((v) => void (v.rule = value));
    });
  }
  set errorAlert(value: unknown) {
    this.context.queue(jsonSize(value), () => this.upsert((v) => void (v.errorAlert = value)));
  }
  set ignoreBlanks(value: boolean) {
    this.context.queue(10, () => this.upsert((v) => void (v.ignoreBlanks = value)));
  }
  clear(): void {
    this.context.queue(10, () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "DataValidation.clear");
      for (const rect of t.rects) {
        for (let i = t.sheet.validations.length - 1; i >= 0; i--) {
          const v = t.sheet.validations[i];
          if (v && intersect(v.rect, rect)) t.sheet.validations.splice(i, 1);
        }
      }
    });
  }
  protected read(name: string, t: FormatTargets): unknown {
    if (name === "type") {
      const found = t.sheet.validations.filter((v) => t.rects.some((r) => intersect(v.rect, r)));
      return found.length === 0 ? "None" : "List";
    }
    return undefined;
  }
}

export class RangeProxy extends ClientObject<RangeTarget> {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(context: FakeContext) {
    super(context);
    const source: FormatSource = () => {
      const t = this.current();
      return t ? new FormatTargets(t.sheet, [t.rect], "Range") : t;
    };
    this.format = new RangeFormatProxy(context, source);
    this.dataValidation = new DataValidationProxy(context, source);
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(input: unknown) {
    this.context.queue(jsonSize(input), () => this.write(input, "values"));
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(input: unknown) {
    this.context.queue(jsonSize(input), () => this.write(input, "formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.context.queue(jsonSize(input), () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "Range.numberFormat");
      new FormatTargets(t.sheet, [t.rect], "Range").record(this.context.host, "numberFormat");
      this.eachInput(t, input, (cell, v) => {
        if (typeof v === "string") cell.numberFormat = v;
      });
    });
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }

  private eachInput(t: RangeTarget, input: unknown, apply: (cell: FakeCell, value: unknown, row: number, col: number) => void): void {
    const rows = t.rect.bottom - t.rect.top + 1;
    const cols = t.rect.right - t.rect.left + 1;
    if (Array.isArray(input)) {
      if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new OfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
      }
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const value = Array.isArray(input) ? (input[i] as unknown[])[j] : input;
        if (value === null || value === undefined) continue;
        apply(t.sheet.ensure(t.rect.top + i, t.rect.left + j), value, t.rect.top + i, t.rect.left + j);
      }
    }
  }

  private write(input: unknown, _kind: "values" | "formulas"): void {
    const t = this.target("range");
    assertCellsWritable(t.sheet, t.rect, "Range.values");
    let count = 0;
    this.context.valuesWritten = true;
    this.eachInput(t, input, (cell, value) => {
      count++;
      delete cell.value;
      delete cell.formula;
      delete cell.result;
      if (value === "") return;
      const parsed = parseInput(value);
      if (parsed.formula !== undefined) {
        cell.formula = parsed.formula;
        // Entered while calculation is suspended: not calculated until Excel calculates again.
        if (this.context.calculationSuspended) cell.result = 0;
      } else if (parsed.value !== undefined) cell.value = parsed.value;
    });
    this.context.host.stats.valueWrites += count;
    this.context.host.fireChanged(t.sheet, rectAddress(t.rect), true);
  }

  protected read(name: string, t: RangeTarget): unknown {
    const { sheet, rect } = t;
    const grid = (fn: (row: number, col: number) => unknown) => {
      if (cellsIn(rect) > 5_000_000) throw new OfficeError("RangeExceedsLimit", "Too many cells.");
      const out: unknown[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line: unknown[] = [];
        for (let col = rect.left; col <= rect.right; col++) line.push(fn(row, col));
        out.push(line);
      }
      return out;
    };
    switch (name) {
      case "address":
        return `${quote(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.top - 1;
      case "columnIndex":
        return rect.left - 1;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        return grid((row, col) => reported(this.context.host, sheet.contentAt(row, col)));
      case "formulas":
        return grid((row, col) => sheet.cell(row, col)?.formula ?? reported(this.context.host, sheet.contentAt(row, col)));
      case "numberFormat":
        return grid((row, col) => sheet.cell(row, col)?.numberFormat ?? "General");
      case "valueTypes":
        return grid((row, col) => {
          const v = sheet.contentAt(row, col);
          if (v === undefined) return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      default:
        return undefined;
    }
  }
  protected override defaultProps(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values"];
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context).resolveWith(30, () => {
      const a = this.current();
      const b = other.current();
      if (!a || !b || a.sheet !== b.sheet) return null;
      const rect = intersect(a.rect, b.rect);
      return rect ? { sheet: a.sheet, rect } : null;
    });
  }
  /**
   * `getSpecialCellsOrNullObject(cellType, cellValueType?)` (ExcelApi 1.9): the visible cells
   * (per row here), or the constants or formulas, of one value type ("Errors", …), as areas.
   */
  getSpecialCellsOrNullObject(type: string, valueType?: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context).resolveWith(30 + jsonSize(valueType ?? ""), () => {
      const t = this.current();
      if (!t) return null;
      if (type === "Constants" || type === "Formulas") return specialCells(t, type, valueType);
      if (type !== "Visible") throw new OfficeError("NotImplemented", `Special cells ${type} are not in the fake.`);
      const rects: FakeRect[] = [];
      let start: number | undefined;
      for (let row = t.rect.top; row <= t.rect.bottom + 1; row++) {
        const visible = row <= t.rect.bottom && !t.sheet.hiddenRows.has(row);
        if (visible && start === undefined) start = row;
        if (!visible && start !== undefined) {
          rects.push({ top: start, bottom: row - 1, left: t.rect.left, right: t.rect.right });
          start = undefined;
        }
      }
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    });
  }
  /** Row `index` of the range (ExcelApi 1.1). */
  getRow(index: number): RangeProxy {
    return new RangeProxy(this.context).resolveWith(20, () => {
      const t = this.current();
      if (!t) return null;
      if (index < 0 || t.rect.top + index > t.rect.bottom) throw new OfficeError("InvalidArgument", "The row index is outside the range.");
      return { sheet: t.sheet, rect: { ...t.rect, top: t.rect.top + index, bottom: t.rect.top + index } };
    });
  }
  /** The range grown (or shrunk) by rows and columns at its bottom right (ExcelApi 1.7). */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.context).resolveWith(30, () => {
      if (!this.context.host.supports("1.7")) throw new OfficeError("ApiNotFound", "Range.getResizedRange needs ExcelApi 1.7.");
      const t = this.current();
      if (!t) return null;
      const rect = { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns };
      if (rect.bottom < rect.top || rect.right < rect.left || rect.bottom > MAX_ROWS || rect.right > MAX_COLS) throw new OfficeError("InvalidArgument", "The resized range is outside the sheet.");
      return { sheet: t.sheet, rect };
    });
  }
  /**
   * The merged areas whose top-left cell lies in the range (ExcelApi 1.13); as documented, it fails
   * when there are more than 512 of them.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context).resolveWith(20, () => {
      if (!this.context.host.supports("1.13")) throw new OfficeError("ApiNotFound", "Range.getMergedAreasOrNullObject needs ExcelApi 1.13.");
      const t = this.current();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right).map((m) => ({ ...m }));
      if (rects.length > MAX_MERGED_AREAS) throw new OfficeError("GeneralException", `More than ${MAX_MERGED_AREAS} merged areas in the range.`);
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    });
  }
  getCellProperties(options: { address?: boolean; format?: { fill?: Record<string, boolean> } }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.context.queue(jsonSize(options), () => {
      const t = this.target("range");
      const want = options.format?.fill ?? {};
      const out: unknown[][] = [];
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        const line: unknown[] = [];
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          const fill = t.sheet.fillAt(row, col);
          const props: Record<string, unknown> = {};
          if (want.color) props.color = fill?.color ?? "#FFFFFF";
          if (want.pattern) props.pattern = fill?.pattern ?? "None";
          if (want.patternColor) props.patternColor = fill?.patternColor ?? "#000000";
          if (want.tintAndShade) props.tintAndShade = fill?.tintAndShade ?? 0;
          const entry: Record<string, unknown> = { format: { fill: props } };
          if (options.address) entry.address = `${quote(t.sheet.name)}!${colLetters(col)}${row}`;
          line.push(entry);
        }
        out.push(line);
      }
      result.set(out);
      this.context.responseBytes += jsonSize(out);
    });
    return result;
  }
  select(): void {
    this.context.queue(10, () => {
      const t = this.target("range");
      this.context.host.model.selection = { sheetId: t.sheet.id, address: rectAddress(t.rect) };
    });
  }
  clear(applyTo?: string): void {
    this.context.queue(20, () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "Range.clear");
      if (applyTo === undefined || applyTo === "All" || applyTo === "Contents") this.context.valuesWritten = true;
      for (const [k, cell] of t.sheet.cells) {
        const row = Math.floor(k / (MAX_COLS + 1));
        const col = k % (MAX_COLS + 1);
        if (row < t.rect.top || row > t.rect.bottom || col < t.rect.left || col > t.rect.right) continue;
        if (applyTo === undefined || applyTo === "All" || applyTo === "Contents") {
          delete cell.value;
          delete cell.formula;
          delete cell.result;
        }
        if (applyTo === undefined || applyTo === "All" || applyTo === "Formats") {
          delete cell.fill;
          delete cell.font;
          delete cell.numberFormat;
        }
      }
    });
  }
  /**
   * `Range.delete(shift)` (ExcelApi 1.1): whole rows are deleted as rows, other ranges as cells;
   * what lies after them moves up (or left). Fires a change event of that type.
   */
  delete(shift: "Up" | "Left"): void {
    this.context.queue(20, () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "Range.delete");
      this.context.valuesWritten = true;
      const wholeRows = t.rect.left === 1 && t.rect.right === MAX_COLS;
      if (wholeRows) deleteRows(t.sheet, t.rect.top, t.rect.bottom - t.rect.top + 1);
      else if (shift === "Up" || shift === "Left") deleteCells(t.sheet, t.rect, shift);
      else throw new OfficeError("InvalidArgument", `Bad shift ${String(shift)}.`);
      const address = wholeRows ? `${t.rect.top}:${t.rect.bottom}` : rectAddress(t.rect);
      this.context.host.fireChanged(t.sheet, address, true, wholeRows ? "RowDeleted" : "CellDeleted");
    });
  }
  resolvedRange(): RangeTarget | null | undefined {
    return this.current();
  }
}

/** The constants or formulas of a range whose value is of one type, as areas (one per run in a row). */
function specialCells(t: RangeTarget, type: "Constants" | "Formulas", valueType: string | undefined): { sheet: FakeSheet; rects: FakeRect[] } | null {
  const wanted = (row: number, col: number): boolean => {
    const cell = t.sheet.cell(row, col);
    if (!cell || (type === "Formulas") !== (cell.formula !== undefined)) return false;
    const v = t.sheet.contentAt(row, col);
    if (v === undefined) return false;
    const kind = typeof v === "object" ? "Errors" : typeof v === "number" ? "Numbers" : typeof v === "boolean" ? "Logical" : "Text";
    return valueType === undefined || valueType === "All" || valueType === kind;
  };
  const rects: FakeRect[] = [];
  const rows = new Set<number>();
  for (const k of t.sheet.cells.keys()) rows.add(Math.floor(k / (MAX_COLS + 1)));
  for (const row of [...rows].sort((a, b) => a - b)) {
    if (row < t.rect.top || row > t.rect.bottom) continue;
    let start: number | undefined;
    for (let col = t.rect.left; col <= t.rect.right + 1; col++) {
      const hit = col <= t.rect.right && wanted(row, col);
      if (hit && start === undefined) start = col;
      if (!hit && start !== undefined) {
        rects.push({ top: row, bottom: row, left: start, right: col - 1 });
        start = undefined;
      }
    }
  }
  return rects.length > 0 ? { sheet: t.sheet, rects } : null;
}

interface AreasTarget {
  sheet: FakeSheet;
  rects: FakeRect[];
}

export class RangeAreasProxy extends ClientObject<AreasTarget> {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(context: FakeContext) {
    super(context);
    const source: FormatSource = () => {
      const t = this.current();
      return t ? new FormatTargets(t.sheet, t.rects, "RangeAreas") : t;
    };
    this.format = new RangeFormatProxy(context, source);
    this.dataValidation = new DataValidationProxy(context, source);
  }
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  protected read(name: string, t: AreasTarget): unknown {
    if (name === "address") return t.rects.map((r) => `${quote(t.sheet.name)}!${rectAddress(r)}`).join(",");
    if (name === "areaCount") return t.rects.length;
    return undefined;
  }
}

