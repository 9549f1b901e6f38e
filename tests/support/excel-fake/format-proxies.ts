/**
 * Formats of a Range or RangeAreas: fill (with a theme colour's tint), font, wrap and alignment,
 * indent, borders, column width, row height, locked cells, dropdowns (data validation). Each
 * change is recorded (which property, how many cells and areas) and refused on a protected sheet.
 *
 * Limits modelled from the Office.js reference (RangeFormat, RangeBorder): `indentLevel` is "an
 * integer from 0 to 250"; `horizontalAlignment` and a border's `style`/`weight` take only their
 * enum's values; a row is at most 409 points high (Excel specifications and limits: "Row height
 * 409 points") — what Office.js does above that is not documented, so the fake refuses it rather
 * than guess, and a layout that asks for more fails a test.
 */
import { ClientObject, jsonSize, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import type { FakeHost } from "./host";
import { cellsIn, intersect, MAX_COLS, type FakeCell, type FakeFill, type FakeRect, type FakeSheet } from "./model";
import { assertUnprotected } from "./protection";

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
      // exactly this colour). RangeFill.tintAndShade (ExcelApi 1.9) "lightens or darkens a color
      // for the range fill"; that setting `color` drops it is what issue 12's report ("a clear may
      // restore a darker colour") implies — modelled so, not confirmed on a live Excel.
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
  get color(): string | null {
    return this.prop("color");
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

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];
/** Excel's highest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

/** `format.borders.getItem(index)`: one edge's line. The edge of a range is its outer cells' (EdgeTop: the top row). */
class RangeBorderProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly source: FormatSource,
    private readonly index: string,
  ) {
    if (!BORDER_INDEX.includes(index)) throw new OfficeError("InvalidArgument", `'${index}' is not a border index.`);
  }
  private set(property: "style" | "weight", value: string, allowed: string[]): void {
    this.context.queue(jsonSize(value), () => {
      if (!allowed.includes(value)) throw new OfficeError("InvalidArgument", `'${value}' is not a border ${property}.`);
      const t = this.source();
      if (!t) throw new OfficeError("InvalidObjectPath", "range");
      const edge = this.index === "EdgeTop" ? t.rects.map((r) => ({ ...r, bottom: r.top })) : t.rects;
      new FormatTargets(t.sheet, edge, t.kind).setCells(this.context.host, `borders.${this.index}.${property}`, (cell) => {
        cell.borders = { ...cell.borders, [this.index]: { ...cell.borders?.[this.index], [property]: value } };
      });
    });
  }
  set style(value: string) {
    this.set("style", value, BORDER_STYLE);
  }
  set weight(value: string) {
    this.set("weight", value, BORDER_WEIGHT);
  }
}

class RangeBorderCollectionProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly source: FormatSource,
  ) {}
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, this.source, index);
  }
}

export class RangeFormatProxy extends ClientObject<FormatTargets> {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly protection: FormatProtectionProxy;
  readonly borders: RangeBorderCollectionProxy;
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, source);
    this.font = new RangeFontProxy(context, source);
    this.protection = new FormatProtectionProxy(context, source);
    this.borders = new RangeBorderCollectionProxy(context, source);
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
  set horizontalAlignment(value: string) {
    this.context.queue(jsonSize(value), () => {
      if (!HORIZONTAL.includes(value)) throw new OfficeError("InvalidArgument", `'${value}' is not a horizontal alignment.`);
      this.target("range").setCells(this.context.host, "horizontalAlignment", (cell) => void (cell.horizontalAlignment = value));
    });
  }
  set indentLevel(value: number) {
    this.context.queue(12, () => {
      if (!Number.isInteger(value) || value < 0 || value > 250) throw new OfficeError("InvalidArgument", `Indent level ${String(value)} is outside 0…250.`);
      this.target("range").setCells(this.context.host, "indentLevel", (cell) => void (cell.indentLevel = value));
    });
  }
  /** The height of every row of the range (whole rows; a RangeAreas sets each of its areas). */
  set rowHeight(value: number) {
    this.context.queue(12, () => {
      const t = this.target("range");
      assertUnprotected(t.sheet, "Range.format.rowHeight");
      if (typeof value !== "number" || !(value >= 0) || value > MAX_ROW_HEIGHT) throw new OfficeError("InvalidArgument", `Row height ${String(value)} is outside 0…${MAX_ROW_HEIGHT} points.`);
      t.record(this.context.host, "rowHeight");
      for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) t.sheet.rowHeights.set(row, value);
    });
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
    if (name === "rowHeight") return t.sheet.rowHeights.get(t.rects[0]?.top ?? 1) ?? 15;
    if (name === "wrapText") return t.uniform((c) => c?.wrapText ?? false);
    if (name === "columnWidth") return t.sheet.columnWidths.get(t.rects[0]?.left ?? 1) ?? 48;
    if (name === "horizontalAlignment") return t.uniform((c) => c?.horizontalAlignment ?? "General");
    if (name === "indentLevel") return t.uniform((c) => c?.indentLevel ?? 0);
    if (name === "rowHeight") {
      const heights = new Set<number>();
      for (const r of t.rects) for (let row = r.top; row <= r.bottom && heights.size < 2; row++) heights.add(t.sheet.rowHeights.get(row) ?? 15);
      return heights.size === 1 ? [...heights][0] : null;
    }
    return undefined;
  }
}

export class DataValidationProxy extends ClientObject<FormatTargets> {
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

