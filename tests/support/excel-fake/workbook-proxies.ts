/**
 * The workbook, its runtime and application, and its worksheets. What Excel refuses here: a sheet
 * added, deleted, renamed or hidden while the workbook's structure is protected, and changes on a
 * protected sheet (see `protection.ts`).
 */
import { ClientObject, jsonSize, notLoaded, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import { CustomXmlPartCollectionProxy } from "./custom-xml-proxies";
import type { FakeHost } from "./host";
import { MAX_COLS, parseRect, type FakeRect, type FakeSheet, type FakeWorkbook } from "./model";
import { CommentCollectionProxy, NoteCollectionProxy } from "./annotation-proxies";
import { assertStructureUnprotected, assertUnprotected, WorkbookProtectionProxy, WorksheetProtectionProxy } from "./protection";
import { RangeAreasProxy, RangeProxy } from "./range-proxies";
import { ChartCollectionProxy, PageLayoutProxy, TableCollectionProxy } from "./sheet-part-proxies";

type Handler = (args: unknown) => unknown;

// -------------------------------------------------------------------------------------------------
// Events

export class EventHandlers {
  constructor(
    private readonly context: FakeContext,
    private readonly kind: "changed" | "selection",
    private readonly sheet: () => FakeSheet | undefined,
  ) {}

  add(handler: Handler): EventHandlerResult {
    const result = new EventHandlerResult(this.context);
    this.context.queue(40, () => {
      result.id = this.context.host.register(this.kind, this.sheet()?.id, handler);
    });
    return result;
  }
}

export class EventHandlerResult {
  id = 0;
  constructor(readonly context: FakeContext) {}
  remove(): void {
    // A handler is removed through any context of the same fake (as Office.js allows with Excel.run(result.context, …)).
    const context = this.context;
    context.queue(20, () => context.host.unregister(this.id));
  }
}

// -------------------------------------------------------------------------------------------------
// Workbook, runtime, application

export class RuntimeProxy extends ClientObject<FakeHost> {
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host);
  }
  get enableEvents(): boolean {
    return this.prop("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.context.queue(30, () => {
      this.context.host.enableEvents = value;
    });
  }
  protected read(name: string, host: FakeHost): unknown {
    return name === "enableEvents" ? host.enableEvents : undefined;
  }
}

export class ApplicationProxy extends ClientObject<FakeWorkbook> {
  suspendedScreen = 0;
  calculationSuspended = 0;
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queue(30, () => {
      this.suspendedScreen++;
    });
  }
  /** Calculation stays off for the rest of this request; formulas that depend on what it writes stay stale. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(30, () => {
      this.calculationSuspended++;
      this.context.calculationSuspended = true;
    });
  }
  /** `Application.calculate(calculationType)` (ExcelApi 1.1): calculates every formula again. */
  calculate(_type: string): void {
    this.context.queue(30, () => this.context.host.model.recalculate());
  }
  set calculationMode(_value: string) {
    this.context.queue(30, () => undefined);
  }
  protected read(name: string): unknown {
    return name === "calculationMode" ? "Automatic" : undefined;
  }
}

export class WorkbookProxy extends ClientObject<FakeWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host.model);
    this.protection = new WorkbookProtectionProxy(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.customXmlParts = new CustomXmlPartCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, undefined);
    this.application = new ApplicationProxy(context);
  }
  protected read(): unknown {
    return undefined;
  }
}

// -------------------------------------------------------------------------------------------------
// Worksheets

export class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  readonly onSelectionChanged: EventHandlers;
  readonly onChanged: EventHandlers;
  private itemList: WorksheetProxy[] | undefined;
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host.model);
    this.onSelectionChanged = new EventHandlers(context, "selection", () => undefined);
    this.onChanged = new EventHandlers(context, "changed", () => undefined);
  }
  get items(): WorksheetProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  private model(): FakeWorkbook {
    return this.context.host.model;
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context).resolveWith(jsonSize(key), () => {
      const sheet = this.model().sheet(key);
      if (!sheet) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist. (worksheet '${key}')`, "WorksheetCollection.getItem");
      return sheet;
    });
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context).resolveWith(jsonSize(key), () => this.model().sheet(key) ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context).resolveWith(10, () => this.model().activeSheet);
  }
  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(this.context).resolveWith(jsonSize(name ?? ""), () => {
      const model = this.model();
      let sheetName = name;
      if (sheetName === undefined) for (let n = 1; sheetName === undefined || model.sheet(sheetName); n++) sheetName = `Blad${n}`;
      if (model.sheet(sheetName)) throw new OfficeError("ItemAlreadyExists", `A sheet named '${sheetName}' already exists.`, "WorksheetCollection.add");
      if (sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName) || sheetName.trim() === "") throw new OfficeError("InvalidArgument", `'${sheetName}' is not a valid sheet name.`);
      assertStructureUnprotected(model, "WorksheetCollection.add");
      return model.addSheet(sheetName);
    });
  }
  protected read(): unknown {
    return undefined;
  }
  override load(what?: string | string[] | { select?: string }): this {
    const props = (typeof what === "string" ? what.split(",") : Array.isArray(what) ? what : []).map((p) => p.trim().replace(/^items\//, "")).filter((p) => p !== "" && p !== "items");
    this.context.queue(20 + props.join(",").length, () => {
      const sheets = this.model().sheets;
      this.itemList = sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.context);
        proxy.adopt(sheet, props.length > 0 ? props : ["id", "name", "visibility", "position"]);
        return proxy;
      });
      this.context.responseBytes += jsonSize(this.itemList.map((p) => p.toJSON()));
    });
    return this;
  }
}

export class WorksheetProxy extends ClientObject<FakeSheet> {
  readonly onChanged: EventHandlers;
  readonly onSelectionChanged: EventHandlers;
  constructor(context: FakeContext) {
    super(context);
    this.onChanged = new EventHandlers(context, "changed", () => this.current() ?? undefined);
    this.onSelectionChanged = new EventHandlers(context, "selection", () => this.current() ?? undefined);
  }
  /** For collection items: the target and loaded properties are known at once. */
  adopt(sheet: FakeSheet, props: string[]): void {
    this.setTarget(sheet);
    for (const p of props) this.loaded[p] = this.read(p, sheet);
  }
  get id(): string {
    return this.prop("id");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.context.queue(jsonSize(value), () => {
      assertStructureUnprotected(this.context.host.model, "Worksheet.name");
      this.target("worksheet").name = value;
    });
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(value: string) {
    this.context.queue(20, () => {
      const sheet = this.target("worksheet");
      assertStructureUnprotected(this.context.host.model, "Worksheet.visibility");
      if (value === "Visible" || value === "Hidden" || value === "VeryHidden") sheet.visibility = value;
      else throw new OfficeError("InvalidArgument", `Bad visibility ${value}`);
    });
  }
  get position(): number {
    return this.prop("position");
  }
  protected read(name: string, sheet: FakeSheet): unknown {
    if (name === "id") return sheet.id;
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.context.host.model.sheets.indexOf(sheet);
    return undefined;
  }
  private sheetOrNull = (): FakeSheet | null => {
    const t = this.current();
    if (t === undefined) throw new OfficeError("InvalidObjectPath", "worksheet not resolved");
    return t;
  };
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context).resolveWith(jsonSize(address ?? ""), () => {
      const sheet = this.sheetOrNull();
      if (!sheet) return null;
      if (address === undefined) return { sheet, rect: { top: 1, left: 1, bottom: 1048576, right: MAX_COLS } };
      this.context.checkAddress(address);
      const rect = parseRect(address);
      if (!rect) throw new OfficeError("InvalidArgument", `'${address}' is not a valid address.`, "Worksheet.getRange");
      return { sheet, rect };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context).resolveWith(40, () => {
      const sheet = this.sheetOrNull();
      if (!sheet) return null;
      if (row < 0 || col < 0 || rows < 1 || cols < 1) throw new OfficeError("InvalidArgument", "Bad indexes.");
      return { sheet, rect: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols } };
    });
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context).resolveWith(jsonSize(address), () => {
      const sheet = this.sheetOrNull();
      if (!sheet) return null;
      this.context.checkAddress(address);
      const rects = address.split(",").map((part) => parseRect(part));
      if (rects.some((r) => r === undefined)) throw new OfficeError("InvalidArgument", `'${address.slice(0, 50)}…' is not a valid address.`, "Worksheet.getRanges");
      return { sheet, rects: rects as FakeRect[] };
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context).resolveWith(10, () => {
      const sheet = this.sheetOrNull();
      if (!sheet) return null;
      return { sheet, rect: sheet.usedRect(valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context).resolveWith(10, () => {
      const sheet = this.sheetOrNull();
      const rect = sheet?.usedRect(valuesOnly === true);
      return sheet && rect ? { sheet, rect } : null;
    });
  }
  delete(): void {
    this.context.queue(20, () => {
      const sheet = this.target("worksheet");
      const model = this.context.host.model;
      assertStructureUnprotected(model, "Worksheet.delete");
      if (model.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) throw new OfficeError("InvalidOperation", "A workbook must keep one visible sheet.");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheetId === sheet.id) model.activeSheetId = (model.sheets.find((s) => s.visibility === "Visible") as FakeSheet).id;
    });
  }
  activate(): void {
    this.context.queue(20, () => {
      const sheet = this.target("worksheet");
      if (sheet.visibility !== "Visible") throw new OfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.host.model.activeSheetId = sheet.id;
    });
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, this);
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, this);
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, this);
  }
  get comments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context, this);
  }
  get protection(): WorksheetProtectionProxy {
    return new WorksheetProtectionProxy(this.context, () => this.current());
  }
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, this);
  }
  get freezePanes(): { freezeRows: (count: number) => void } {
    return {
      freezeRows: (count: number) =>
        this.context.queue(20, () => {
          const sheet = this.target("worksheet");
          assertUnprotected(sheet, "WorksheetFreezePanes.freezeRows");
          sheet.freezeRows = count;
        }),
    };
  }
  resolvedSheet(): FakeSheet | null | undefined {
    return this.current();
  }
}

