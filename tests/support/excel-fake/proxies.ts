/**
 * Office.js-shaped proxy objects over the fake model. Like the real API, nothing happens when a
 * method is called or a property set: the command is queued, and runs (in order) at
 * `context.sync()`; loaded properties can be read only after that sync (else PropertyNotLoaded).
 * Each queued command counts the bytes a real request would carry (its arguments as JSON plus an
 * overhead), each load the bytes of its answer; a request or response above the limit is refused
 * like Excel refuses it, and so is an address longer than 8,192 characters.
 */
import {
  cellsIn,
  colLetters,
  intersect,
  key,
  MAX_COLS,
  MAX_ROWS,
  parseInput,
  parseRect,
  rectAddress,
  type FakeCell,
  type FakeChart,
  type FakeFill,
  type FakePageLayout,
  type FakeRect,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
} from "./model";

/** `Range.getMergedAreasOrNullObject` fails beyond this many areas (Office.js reference). */
export const MAX_MERGED_AREAS = 512;

export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(location !== undefined ? { errorLocation: location } : {}) };
  }
}

export interface FormatCall {
  sheet: string;
  target: "Range" | "RangeAreas";
  cells: number;
  areas: number;
  property: string;
}

export interface RequestRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

export interface FakeStats {
  syncs: number;
  requests: RequestRecord[];
  formatCalls: FormatCall[];
  /** Values written (cells), by sheet. */
  valueWrites: number;
}

export interface FakeLimits {
  requestBytes: number;
  responseBytes: number;
  addressChars: number;
}

type Handler = (args: unknown) => unknown;
interface Registration {
  id: number;
  kind: "changed" | "selection";
  sheetId: string | undefined;
  handler: Handler;
}

/** What all contexts of one fake share: the model, limits, statistics and event handlers. */
export class FakeHost {
  readonly stats: FakeStats = { syncs: 0, requests: [], formatCalls: [], valueWrites: 0 };
  enableEvents = true;
  readonly registrations: Registration[] = [];
  private nextRegistration = 1;
  private deliveries: Promise<void>[] = [];

  constructor(
    public model: FakeWorkbook,
    readonly limits: FakeLimits,
    /** Highest ExcelApi version supported ("1.18"). */
    readonly apiVersion: string,
  ) {}

  supports(version: string): boolean {
    const [a, b] = this.apiVersion.split(".").map(Number) as [number, number];
    const [c, d] = version.split(".").map(Number) as [number, number];
    return a > c || (a === c && b >= d);
  }

  register(kind: Registration["kind"], sheetId: string | undefined, handler: Handler): number {
    const id = this.nextRegistration++;
    this.registrations.push({ id, kind, sheetId, handler });
    return id;
  }

  unregister(id: number): void {
    const index = this.registrations.findIndex((r) => r.id === id);
    if (index >= 0) this.registrations.splice(index, 1);
  }

  /** Queues a change event; delivered after the current request, as Excel does. */
  fireChanged(sheet: FakeSheet, address: string, fromAddin: boolean): void {
    if (fromAddin && !this.enableEvents) return;
    const args = {
      address,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      ...(this.supports("1.14") ? { triggerSource: fromAddin ? "ThisLocalAddin" : "Unknown" } : {}),
    };
    for (const r of this.registrations) if (r.kind === "changed" && (r.sheetId === undefined || r.sheetId === sheet.id)) this.deliver(r.handler, args);
  }

  fireSelection(sheet: FakeSheet, address: string): void {
    const args = { address, type: "WorksheetSelectionChanged", worksheetId: sheet.id };
    for (const r of this.registrations) if (r.kind === "selection" && (r.sheetId === undefined || r.sheetId === sheet.id)) this.deliver(r.handler, args);
  }

  private deliver(handler: Handler, args: unknown): void {
    this.deliveries.push(
      new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
        await handler(args);
      }),
    );
  }

  /** Waits until every event so far has been handled. */
  async settle(): Promise<void> {
    while (this.deliveries.length > 0) {
      const pending = this.deliveries.splice(0);
      await Promise.all(pending);
    }
  }
}

interface Action {
  bytes: number;
  run: () => void;
}

/** Bytes of a value as JSON text (UTF-8). */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value) ?? "null";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += text.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

const ACTION_OVERHEAD = 60;

export class FakeContext {
  private pending: Action[] = [];
  responseBytes = 0;
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly host: FakeHost) {
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
    this.application = this.workbook.application;
  }

  queue(bytes: number, run: () => void): void {
    this.pending.push({ bytes: bytes + ACTION_OVERHEAD, run });
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    this.host.stats.syncs++;
    const requestBytes = 200 + actions.reduce((sum, a) => sum + a.bytes, 0);
    const record: RequestRecord = { requestBytes, responseBytes: 0, actions: actions.length };
    this.host.stats.requests.push(record);
    await Promise.resolve();
    if (requestBytes > this.host.limits.requestBytes) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    this.responseBytes = 0;
    for (const action of actions) action.run();
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.host.limits.responseBytes) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.responseBytes} bytes) has exceeded the limit.`);
    }
  }

  checkAddress(address: string): void {
    if (address.length > this.host.limits.addressChars) throw new OfficeError("InvalidArgument", `The address is longer than ${this.host.limits.addressChars} characters.`);
  }
}

function notLoaded(name: string): OfficeError {
  return new OfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

const UNRESOLVED = Symbol("unresolved");

/** The base of every proxy: a target resolved at sync time, loaded properties, queued commands. */
abstract class ClientObject<T> {
  protected loaded: Record<string, unknown> = {};
  private resolvedTarget: T | null | typeof UNRESOLVED = UNRESOLVED;

  constructor(
    readonly context: FakeContext,
    private readonly parent?: ClientObject<unknown>,
  ) {}

  /** Queues finding the target (the "object path"); the resolver may throw an OfficeError. */
  resolveWith(bytes: number, resolver: () => T | null): this {
    this.context.queue(bytes, () => {
      this.resolvedTarget = resolver();
    });
    return this;
  }

  protected setTarget(target: T | null): void {
    this.resolvedTarget = target;
  }

  /** The target as known now (navigation children follow their parent). */
  protected current(): T | null | undefined {
    if (this.resolvedTarget !== UNRESOLVED) return this.resolvedTarget;
    if (this.parent) return this.derive(this.parent.currentRaw());
    return undefined;
  }

  currentRaw(): unknown {
    return this.current();
  }

  /** For navigation properties: the target from the parent's target. */
  protected derive(_parent: unknown): T | null | undefined {
    return undefined;
  }

  protected target(what = "object"): T {
    const t = this.current();
    if (t === null || t === undefined) throw new OfficeError("InvalidObjectPath", `The ${what} does not exist.`);
    return t;
  }

  get isNullObject(): boolean {
    const t = this.current();
    if (t === undefined) throw notLoaded("isNullObject");
    return t === null;
  }

  protected prop<V>(name: string): V {
    if (!(name in this.loaded)) throw notLoaded(name);
    return this.loaded[name] as V;
  }

  load(what?: string | string[] | { select?: string }): this {
    const list = (typeof what === "string" ? what.split(",") : Array.isArray(what) ? what : (what?.select ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    const scalars: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of list) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      if (slash < 0 || head === "items") scalars.push(path);
      else nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
    }
    // One load command in the request, however deep its paths go.
    for (const [head, rest] of nested) {
      const child = (this as unknown as Record<string, unknown>)[head];
      if (child instanceof ClientObject) child.loadNested(rest);
    }
    if (scalars.length === 0 && nested.size > 0) {
      this.context.queue(20 + list.join(",").length, () => undefined);
      return this;
    }
    this.queueLoad(scalars, 20 + list.join(",").length);
    return this;
  }

  /** A load that is part of a parent's load (no request bytes of its own). */
  loadNested(paths: string[]): void {
    const scalars = paths.filter((p) => !p.includes("/"));
    const deeper = new Map<string, string[]>();
    for (const p of paths.filter((q) => q.includes("/"))) {
      const [head, ...rest] = p.split("/");
      deeper.set(head as string, [...(deeper.get(head as string) ?? []), rest.join("/")]);
    }
    for (const [head, rest] of deeper) {
      const child = (this as unknown as Record<string, unknown>)[head];
      if (child instanceof ClientObject) child.loadNested(rest);
    }
    if (scalars.length > 0) this.queueLoad(scalars, -ACTION_OVERHEAD);
  }

  private queueLoad(scalars: string[], bytes: number): void {
    this.context.queue(bytes, () => {
      const t = this.current();
      if (t === null || t === undefined) return;
      const data: Record<string, unknown> = {};
      for (const name of scalars.length > 0 ? scalars : this.defaultProps()) data[name] = this.read(name, t);
      Object.assign(this.loaded, this.afterLoad(data));
      this.context.responseBytes += jsonSize(data);
    });
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** Reads one property from the target at sync time. */
  protected abstract read(name: string, target: T): unknown;

  /** Turns loaded data into what the getters give (collections build their items here). */
  protected afterLoad(data: Record<string, unknown>): Record<string, unknown> {
    return data;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.loaded };
  }
}

class ClientResult<V> {
  private result: { value: V } | undefined;
  set(value: V): void {
    this.result = { value };
  }
  get value(): V {
    if (!this.result) throw notLoaded("value");
    return this.result.value;
  }
}

// -------------------------------------------------------------------------------------------------
// Events

class EventHandlers {
  constructor(
    private readonly context: FakeContext,
    private readonly kind: Registration["kind"],
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

class EventHandlerResult {
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

class RuntimeProxy extends ClientObject<FakeHost> {
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

class ApplicationProxy extends ClientObject<FakeWorkbook> {
  suspendedScreen = 0;
  calculationSuspended = 0;
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.queue(30, () => {
      this.suspendedScreen++;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(30, () => {
      this.calculationSuspended++;
    });
  }
  set calculationMode(_value: string) {
    this.context.queue(30, () => undefined);
  }
  protected read(name: string): unknown {
    return name === "calculationMode" ? "Automatic" : undefined;
  }
}

class WorkbookProxy extends ClientObject<FakeWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host.model);
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

class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
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

class WorksheetProxy extends ClientObject<FakeSheet> {
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
      this.target("worksheet").name = value;
    });
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(value: string) {
    this.context.queue(20, () => {
      const sheet = this.target("worksheet");
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
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, this);
  }
  get freezePanes(): { freezeRows: (count: number) => void } {
    return {
      freezeRows: (count: number) =>
        this.context.queue(20, () => {
          this.target("worksheet").freezeRows = count;
        }),
    };
  }
  resolvedSheet(): FakeSheet | null | undefined {
    return this.current();
  }
}

// -------------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: FakeSheet;
  rect: FakeRect;
}

function quote(name: string): string {
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
class FormatTargets {
  constructor(
    readonly sheet: FakeSheet,
    readonly rects: FakeRect[],
    readonly kind: "Range" | "RangeAreas",
  ) {}
  record(host: FakeHost, property: string): void {
    host.stats.formatCalls.push({ sheet: this.sheet.name, target: this.kind, cells: this.rects.reduce((n, r) => n + cellsIn(r), 0), areas: this.rects.length, property });
  }
  setCells(host: FakeHost, property: string, fn: (cell: FakeCell) => void): void {
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

type FormatSource = () => FormatTargets | null | undefined;

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
      this.target("range").setCells(this.context.host, "fill.color", (cell) => {
        const pattern = cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid";
        cell.fill = { ...cell.fill, color, pattern };
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
  set tintAndShade(value: number) {
    this.context.queue(12, () => {
      this.target("range").setCells(this.context.host, "fill.tintAndShade", (cell) => {
        if (cell.fill) cell.fill = { ...cell.fill, tintAndShade: value };
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
    return undefined;
  }
  protected override defaultProps(): string[] {
    return ["color", "pattern", "patternColor"];
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

class RangeFormatProxy extends ClientObject<FormatTargets> {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  constructor(
    context: FakeContext,
    private readonly source: FormatSource,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, source);
    this.font = new RangeFontProxy(context, source);
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

class RangeProxy extends ClientObject<RangeTarget> {
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
    let count = 0;
    this.eachInput(t, input, (cell, value) => {
      count++;
      if (value === "") {
        delete cell.value;
        delete cell.formula;
        return;
      }
      const parsed = parseInput(value);
      delete cell.value;
      delete cell.formula;
      if (parsed.formula !== undefined) cell.formula = parsed.formula;
      else if (parsed.value !== undefined) cell.value = parsed.value;
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
        return grid((row, col) => sheet.valueAt(row, col));
      case "formulas":
        return grid((row, col) => sheet.cell(row, col)?.formula ?? sheet.valueAt(row, col));
      case "numberFormat":
        return grid((row, col) => sheet.cell(row, col)?.numberFormat ?? "General");
      case "valueTypes":
        return grid((row, col) => {
          const v = sheet.cell(row, col)?.value;
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
  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context).resolveWith(30, () => {
      const t = this.current();
      if (!t) return null;
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
      for (const [k, cell] of t.sheet.cells) {
        const row = Math.floor(k / (MAX_COLS + 1));
        const col = k % (MAX_COLS + 1);
        if (row < t.rect.top || row > t.rect.bottom || col < t.rect.left || col > t.rect.right) continue;
        if (applyTo === undefined || applyTo === "All" || applyTo === "Contents") {
          delete cell.value;
          delete cell.formula;
        }
        if (applyTo === undefined || applyTo === "All" || applyTo === "Formats") {
          delete cell.fill;
          delete cell.font;
          delete cell.numberFormat;
        }
      }
    });
  }
  resolvedRange(): RangeTarget | null | undefined {
    return this.current();
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  rects: FakeRect[];
}

class RangeAreasProxy extends ClientObject<AreasTarget> {
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

// -------------------------------------------------------------------------------------------------
// Tables

class TableCollectionProxy extends ClientObject<FakeWorkbook> {
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

class ChartCollectionProxy extends ClientObject<FakeSheet> {
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

class PageLayoutProxy extends ClientObject<FakeSheet> {
  readonly headersFooters: { defaultForAllPages: HeaderFooterProxy };
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
    this.headersFooters = { defaultForAllPages: new HeaderFooterProxy(context, () => this.sheet().pageLayout) };
    const settable: (keyof FakePageLayout)[] = ["paperSize", "orientation", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];
    for (const name of settable) {
      Object.defineProperty(this, name, {
        set: (value: unknown) =>
          this.context.queue(jsonSize(value), () => {
            if (name === "orientation" && value !== "Portrait" && value !== "Landscape") throw new OfficeError("InvalidArgument", "orientation");
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

// -------------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18)

class NoteCollectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
  }
  private sheet(): FakeSheet {
    if (!this.context.host.supports("1.18")) throw new OfficeError("ApiNotFound", "Notes need ExcelApi 1.18.");
    const sheet = this.worksheet.resolvedSheet();
    if (!sheet) throw new OfficeError("InvalidObjectPath", "worksheet");
    return sheet;
  }
  private cellKey(address: string): string {
    const rect = parseRect(address);
    if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new OfficeError("InvalidArgument", `InvalidCellAddress: '${address}'`);
    return rectAddress(rect);
  }
  add(address: string, content: string): NoteProxy {
    return new NoteProxy(this.context).resolveWith(jsonSize(address) + jsonSize(content), () => {
      const sheet = this.sheet();
      const cell = this.cellKey(address);
      if (sheet.notes.has(cell)) throw new OfficeError("InvalidArgument", `Cell ${cell} already has a note.`);
      sheet.notes.set(cell, String(content));
      return { sheet, cell };
    });
  }
  getItem(address: string): NoteProxy {
    return new NoteProxy(this.context).resolveWith(jsonSize(address), () => {
      const sheet = this.sheet();
      const cell = this.cellKey(address);
      if (!sheet.notes.has(cell)) throw new OfficeError("ItemNotFound", `No note on ${cell}.`);
      return { sheet, cell };
    });
  }
  getItemOrNullObject(address: string): NoteProxy {
    return new NoteProxy(this.context).resolveWith(jsonSize(address), () => {
      const sheet = this.sheet();
      const cell = this.cellKey(address);
      return sheet.notes.has(cell) ? { sheet, cell } : null;
    });
  }
  protected read(): unknown {
    return undefined;
  }
}

interface NoteTarget {
  sheet: FakeSheet;
  cell: string;
}

class NoteProxy extends ClientObject<NoteTarget> {
  get content(): string {
    return this.prop("content");
  }
  set content(value: string) {
    this.context.queue(jsonSize(value), () => {
      const t = this.target("note");
      t.sheet.notes.set(t.cell, String(value));
    });
  }
  delete(): void {
    this.context.queue(10, () => {
      const t = this.target("note");
      t.sheet.notes.delete(t.cell);
    });
  }
  protected read(name: string, t: NoteTarget): unknown {
    return name === "content" ? t.sheet.notes.get(t.cell) : undefined;
  }
}

// -------------------------------------------------------------------------------------------------
// Custom XML parts

function namespaceOf(xml: string): string {
  return /<(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\s[^>]*\bxmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}

class CustomXmlPartCollectionProxy extends ClientObject<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host.model);
  }
  add(xml: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(jsonSize(xml), () => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml)) throw new OfficeError("InvalidArgument", "Not XML.");
      const part = { id: this.context.host.model.newId("part"), xml };
      this.context.host.model.parts.push(part);
      return part;
    });
  }
  getByNamespace(ns: string): CustomXmlPartScopedProxy {
    return new CustomXmlPartScopedProxy(this.context, ns);
  }
  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(jsonSize(id), () => {
      const part = this.context.host.model.parts.find((p) => p.id === id);
      if (!part) throw new OfficeError("ItemNotFound", `No custom XML part ${id}.`);
      return part;
    });
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(jsonSize(id), () => this.context.host.model.parts.find((p) => p.id === id) ?? null);
  }
  protected read(): unknown {
    return undefined;
  }
}

class CustomXmlPartScopedProxy extends ClientObject<FakeWorkbook> {
  private itemList: CustomXmlPartProxy[] | undefined;
  constructor(
    context: FakeContext,
    private readonly ns: string,
  ) {
    super(context);
    this.setTarget(context.host.model);
  }
  private parts(): { id: string; xml: string }[] {
    return this.context.host.model.parts.filter((p) => namespaceOf(p.xml) === this.ns);
  }
  get items(): CustomXmlPartProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  override load(): this {
    this.context.queue(30, () => {
      this.itemList = this.parts().map((part) => {
        const proxy = new CustomXmlPartProxy(this.context);
        proxy.adopt(part);
        return proxy;
      });
      this.context.responseBytes += jsonSize(this.itemList.map((p) => p.toJSON()));
    });
    return this;
  }
  getOnlyItem(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(30, () => {
      const parts = this.parts();
      if (parts.length !== 1) throw new OfficeError(parts.length === 0 ? "ItemNotFound" : "InvalidOperation", `The collection has ${parts.length} items.`);
      return parts[0] as { id: string; xml: string };
    });
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(30, () => {
      const parts = this.parts();
      return parts.length === 1 ? (parts[0] as { id: string; xml: string }) : null;
    });
  }
  protected read(): unknown {
    return undefined;
  }
}

class CustomXmlPartProxy extends ClientObject<{ id: string; xml: string }> {
  adopt(part: { id: string; xml: string }): void {
    this.setTarget(part);
    this.loaded.id = part.id;
    this.loaded.namespaceUri = namespaceOf(part.xml);
  }
  get id(): string {
    return this.prop("id");
  }
  get namespaceUri(): string {
    return this.prop("namespaceUri");
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.context.queue(10, () => {
      const xml = this.target("custom XML part").xml;
      result.set(xml);
      this.context.responseBytes += jsonSize(xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.context.queue(jsonSize(xml), () => {
      this.target("custom XML part").xml = xml;
    });
  }
  delete(): void {
    this.context.queue(10, () => {
      const part = this.target("custom XML part");
      const parts = this.context.host.model.parts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
  protected read(name: string, part: { id: string; xml: string }): unknown {
    if (name === "id") return part.id;
    if (name === "namespaceUri") return namespaceOf(part.xml);
    return undefined;
  }
}

export type { FakeFill, RangeProxy, RangeAreasProxy, WorksheetProxy };
export { key };
