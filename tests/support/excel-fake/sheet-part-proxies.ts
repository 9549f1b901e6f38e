/**
 * What the add-in puts on its own sheets: Excel tables with totals rows, charts (with Excel's
 * detection of series names and categories), and page layout with headers and footers.
 */
import { ClientObject, jsonSize, notLoaded, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import { intersect, parseRect, rectAddress, type FakeChart, type FakePageLayout, type FakeSheet, type FakeTable, type FakeWorkbook } from "./model";
import { assertUnprotected } from "./protection";
import { quote, RangeProxy, type RangeTarget } from "./range-proxies";
import type { WorksheetProxy } from "./workbook-proxies";

export class TableCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemList: TableProxy[] | undefined;
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy | undefined,
  ) {
    super(context);
    this.setTarget(context.host.model);
  }
  get items(): TableProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    return new TableProxy(this.context).resolveWith(jsonSize(address), () => {
      const sheet = this.worksheet?.resolvedSheet();
      if (!sheet) throw new OfficeError("InvalidArgument", "Tables are added on a worksheet in this fake.");
      assertUnprotected(sheet, "TableCollection.add");
      const rect = parseRect(address);
      if (!rect) throw new OfficeError("InvalidArgument", `'${address}' is not a valid address.`);
      if (sheet.tables.some((t) => intersect(t.rect, rect))) throw new OfficeError("InvalidOperation", "A table can't overlap another table.");
      const model = this.context.host.model;
      const table: FakeTable = { id: model.newId("table"), name: `Table${model.allTables().length + 1}`, rect, hasHeaders, style: "TableStyleMedium2", showTotals: false, showBandedRows: true };
      sheet.tables.push(table);
      return { sheet, table };
    }) as unknown as TableProxy;
  }
  override load(what?: string | string[] | { select?: string }): this {
    const props = (typeof what === "string" ? what.split(",") : Array.isArray(what) ? what : []).map((p) => p.trim().replace(/^items\//, "")).filter((p) => p !== "" && p !== "items");
    this.context.queue(20 + props.join(",").length, () => {
      const sheet = this.worksheet?.resolvedSheet();
      const found = this.context.host.model.allTables().filter((t) => !this.worksheet || t.sheet === sheet);
      this.itemList = found.map(({ sheet: s, table }) => {
        const proxy = new TableProxy(this.context);
        proxy.adopt({ sheet: s, table }, props.length > 0 ? props : ["id", "name", "style", "showTotals"]);
        return proxy;
      });
      this.context.responseBytes += jsonSize(this.itemList.map((p) => p.toJSON()));
    });
    return this;
  }
  protected read(): unknown {
    return undefined;
  }
}

interface TableTarget {
  sheet: FakeSheet;
  table: FakeTable;
}

class TableProxy extends ClientObject<TableTarget> {
  private worksheetProxy: { name: string } | undefined;
  adopt(target: TableTarget, props: string[]): void {
    this.setTarget(target);
    for (const p of props) {
      if (p === "worksheet/name") this.worksheetProxy = { name: target.sheet.name };
      else this.loaded[p] = this.read(p, target);
    }
  }
  get worksheet(): { name: string } {
    if (!this.worksheetProxy) throw notLoaded("worksheet");
    return this.worksheetProxy;
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.context.queue(jsonSize(value), () => {
      const t = this.target("table");
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value)) throw new OfficeError("InvalidArgument", `'${value}' is not a valid table name.`);
      if (this.context.host.model.allTables().some(({ table }) => table !== t.table && table.name.toLowerCase() === value.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `A table named '${value}' exists.`);
      t.table.name = value;
    });
  }
  set style(value: string) {
    this.context.queue(jsonSize(value), () => void (this.target("table").table.style = value));
  }
  set showBandedRows(value: boolean) {
    this.context.queue(10, () => void (this.target("table").table.showBandedRows = value));
  }
  set showTotals(value: boolean) {
    this.context.queue(10, () => {
      const { table } = this.target("table");
      if (table.showTotals === value) return;
      table.showTotals = value;
      table.rect = { ...table.rect, bottom: table.rect.bottom + (value ? 1 : -1) };
    });
  }
  getTotalRowRange(): RangeProxy {
    return new RangeProxy(this.context).resolveWith(10, () => {
      const { sheet, table } = this.target("table");
      if (!table.showTotals) throw new OfficeError("ItemNotFound", "The table has no totals row.");
      return { sheet, rect: { ...table.rect, top: table.rect.bottom } };
    }) as unknown as RangeProxy;
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.context).resolveWith(10, () => {
      const { sheet, table } = this.target("table");
      return { sheet, rect: { ...table.rect, bottom: table.rect.top } };
    }) as unknown as RangeProxy;
  }
  protected read(name: string, t: TableTarget): unknown {
    if (name === "name") return t.table.name;
    if (name === "id") return t.table.id;
    if (name === "style") return t.table.style;
    if (name === "showTotals") return t.table.showTotals;
    return undefined;
  }
}

// -------------------------------------------------------------------------------------------------
// Charts (ExcelApi 1.1; `ChartAxis.setCategoryNames` 1.7)

const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

/** A range argument as Excel gets it: a Range proxy, or an address on the chart's own sheet. */
function rangeArgument(arg: unknown, sheet: FakeSheet, what: string): RangeTarget {
  if (typeof arg === "string") {
    const rect = parseRect(arg);
    if (!rect) throw new OfficeError("InvalidArgument", `'${arg}' is not a valid address (${what}).`);
    return { sheet, rect };
  }
  const target = arg instanceof RangeProxy ? arg.resolvedRange() : undefined;
  if (!target) throw new OfficeError("InvalidArgument", `The ${what} is not a range.`);
  return target;
}

function qualified(t: RangeTarget): string {
  return `${quote(t.sheet.name)}!${rectAddress(t.rect)}`;
}

/**
 * The series Excel makes from a source range, with its auto-detection of labels: series run down
 * the columns (or along the rows); a first row (column) of text gives the series names, a first
 * column (row) of text the category labels. "Auto" takes columns unless the range is wider than tall.
 */
function chartSeries(source: RangeTarget, seriesBy: FakeChart["seriesBy"]): Pick<FakeChart, "series" | "categories"> {
  const { sheet, rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.bottom - rect.top >= rect.right - rect.left);
  // Work in (series index, point index) terms: along = where the points run, across = one per series.
  const along = byColumns ? { first: rect.top, last: rect.bottom } : { first: rect.left, last: rect.right };
  const across = byColumns ? { first: rect.left, last: rect.right } : { first: rect.top, last: rect.bottom };
  const at = (a: number, b: number) => (byColumns ? sheet.valueAt(a, b) : sheet.valueAt(b, a));
  const isText = (v: unknown) => typeof v === "string" && v !== "";
  const span = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const labelLine = across.last > across.first && along.last > along.first && span(along.first + 1, along.last).every((a) => isText(at(a, across.first)));
  const firstSeries = labelLine ? across.first + 1 : across.first;
  const nameLine = along.last > along.first && span(firstSeries, across.last).every((b) => isText(at(along.first, b)));
  const firstPoint = nameLine ? along.first + 1 : along.first;
  const line = (b: number): RangeTarget => ({
    sheet,
    rect: byColumns ? { top: firstPoint, bottom: along.last, left: b, right: b } : { left: firstPoint, right: along.last, top: b, bottom: b },
  });
  const series = span(firstSeries, across.last).map((b, i) => ({ name: nameLine ? String(at(along.first, b)) : `Series${i + 1}`, values: qualified(line(b)) }));
  return { series, ...(labelLine ? { categories: qualified(line(across.first)) } : {}) };
}

export class ChartCollectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
  }
  protected override current(): FakeSheet | null | undefined {
    return this.worksheet.resolvedSheet();
  }
  add(type: string, sourceData: RangeProxy, seriesBy: FakeChart["seriesBy"] = "Auto"): ChartProxy {
    return new ChartProxy(this.context).resolveWith(jsonSize(type) + jsonSize(seriesBy) + 20, () => {
      const sheet = this.target("worksheet");
      assertUnprotected(sheet, "ChartCollection.add");
      if (typeof type !== "string" || !/^[A-Za-z0-9]+$/.test(type) || type === "Invalid") throw new OfficeError("InvalidArgument", `'${String(type)}' is not a chart type.`);
      if (!SERIES_BY.includes(seriesBy)) throw new OfficeError("InvalidArgument", `'${String(seriesBy)}' is not a ChartSeriesBy value.`);
      const source = rangeArgument(sourceData, sheet, "source data");
      const model = this.context.host.model;
      const count = model.sheets.reduce((n, s) => n + s.charts.length, 0);
      const chart: FakeChart = { id: model.newId("chart"), name: `Chart ${count + 1}`, type, source: qualified(source), seriesBy, ...chartSeries(source, seriesBy) };
      sheet.charts.push(chart);
      return { sheet, chart };
    });
  }
  protected read(): unknown {
    return undefined;
  }
}

interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChart;
}

class ChartProxy extends ClientObject<ChartTarget> {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { setCategoryNames(sourceData: RangeProxy): void } };
  constructor(context: FakeContext) {
    super(context);
    const title = {};
    Object.defineProperty(title, "text", {
      set: (value: string) => this.context.queue(jsonSize(value), () => void (this.target("chart").chart.title = String(value))),
      get: () => this.current()?.chart.title,
    });
    this.title = title as { text: string };
    this.axes = {
      categoryAxis: {
        setCategoryNames: (sourceData: RangeProxy) =>
          this.context.queue(20, () => {
            if (!this.context.host.supports("1.7")) throw new OfficeError("ApiNotFound", "ChartAxis.setCategoryNames needs ExcelApi 1.7.");
            const t = this.target("chart");
            t.chart.categories = qualified(rangeArgument(sourceData, t.sheet, "category names"));
          }),
      },
    };
  }
  get name(): string {
    return this.prop("name");
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this.context.queue(jsonSize(typeof startCell === "string" ? startCell : "") + jsonSize(typeof endCell === "string" ? endCell : ""), () => {
      const t = this.target("chart");
      const start = rectAddress(rangeArgument(startCell, t.sheet, "start cell").rect);
      const end = endCell === undefined ? undefined : rectAddress(rangeArgument(endCell, t.sheet, "end cell").rect);
      t.chart.position = { start, ...(end !== undefined ? { end } : {}) };
    });
  }
  delete(): void {
    this.context.queue(10, () => {
      const t = this.target("chart");
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    });
  }
  protected read(name: string, t: ChartTarget): unknown {
    if (name === "name") return t.chart.name;
    if (name === "id") return t.chart.id;
    return undefined;
  }
}

// -------------------------------------------------------------------------------------------------
// Page layout

class HeaderFooterProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly layout: () => FakePageLayout,
  ) {
    for (const name of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"]) {
      Object.defineProperty(this, name, {
        set: (value: string) =>
          this.context.queue(jsonSize(value), () => {
            this.layout().headersFooters[name] = value;
          }),
        get: () => this.layout().headersFooters[name],
      });
    }
  }
}

export class PageLayoutProxy extends ClientObject<FakeSheet> {
  readonly headersFooters: { defaultForAllPages: HeaderFooterProxy };
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
    this.headersFooters = { defaultForAllPages: new HeaderFooterProxy(context, () => this.sheet().pageLayout) };
    const settable: (keyof FakePageLayout)[] = ["paperSize", "orientation", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin", "firstPageNumber"];
    for (const name of settable) {
      Object.defineProperty(this, name, {
        set: (value: unknown) =>
          this.context.queue(jsonSize(value), () => {
            if (name === "orientation" && value !== "Portrait" && value !== "Landscape") throw new OfficeError("InvalidArgument", "orientation");
            // PageLayout.firstPageNumber (ExcelApi 1.9): a number, or "" for automatic numbering.
            if (name === "firstPageNumber" && value !== "" && !(typeof value === "number" && Number.isInteger(value) && value >= 0)) throw new OfficeError("InvalidArgument", "firstPageNumber");
            (this.sheet().pageLayout as unknown as Record<string, unknown>)[name] = value;
          }),
        get: () => this.prop(name),
      });
    }
  }
  private sheet(): FakeSheet {
    const sheet = this.worksheet.resolvedSheet();
    if (!sheet) throw new OfficeError("InvalidObjectPath", "worksheet");
    return sheet;
  }
  protected override current(): FakeSheet | null | undefined {
    return this.worksheet.resolvedSheet();
  }
  setPrintTitleRows(rows: string): void {
    this.context.queue(jsonSize(rows), () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new OfficeError("InvalidArgument", "Print title rows must span entire rows.");
      this.sheet().pageLayout.printTitleRows = rows;
    });
  }
  setPrintArea(area: string): void {
    this.context.queue(jsonSize(area), () => {
      if (!parseRect(area)) throw new OfficeError("InvalidArgument", "print area");
      this.sheet().pageLayout.printArea = area;
    });
  }
  protected read(name: string, sheet: FakeSheet): unknown {
    return (sheet.pageLayout as unknown as Record<string, unknown>)[name];
  }
}

