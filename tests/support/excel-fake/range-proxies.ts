/**
 * Ranges and RangeAreas: values (error values in Excel's language), formulas, number formats,
 * special cells, merged areas, cell properties, delete; their formats are in format-proxies.ts.
 */
import { ClientObject, ClientResult, jsonSize, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import type { FakeHost } from "./host";
import { DataValidationProxy, FormatTargets, RangeFormatProxy, type FormatSource } from "./format-proxies";
import { cellsIn, colLetters, intersect, MAX_COLS, MAX_ROWS, parseInput, rectAddress, type FakeCell, type FakeRect, type FakeSheet, type FakeValue } from "./model";
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
  /**
   * `Range.merge(across)` (ExcelApi 1.2): "Merge the range cells into one region in the worksheet";
   * with `across`, "merge cells in each row of the specified range as separate merged cells"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
   * As when merging in Excel, "only the contents of the upper-left cell will remain"
   * (https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf);
   * merged areas it overlaps are replaced.
   */
  merge(across = false): void {
    this.context.queue(16, () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "Range.merge");
      const rects: FakeRect[] = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [{ ...t.rect }];
      for (const rect of rects) {
        for (let i = t.sheet.merges.length - 1; i >= 0; i--) {
          const m = t.sheet.merges[i] as FakeRect;
          if (m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left) t.sheet.merges.splice(i, 1);
        }
        for (const [k, cell] of t.sheet.cells) {
          const row = Math.floor(k / (MAX_COLS + 1));
          const col = k % (MAX_COLS + 1);
          if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right || (row === rect.top && col === rect.left)) continue;
          delete cell.value;
          delete cell.formula;
          delete cell.result;
        }
        if (rect.bottom > rect.top || rect.right > rect.left) t.sheet.merges.push(rect);
      }
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

