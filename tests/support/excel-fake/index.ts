/**
 * An in-memory, recording fake of the part of Office.js the add-in uses, for tests in Node and in
 * a browser (an end-to-end test installs it as `window.Excel` / `window.Office`). It has no Node
 * imports.
 *
 * What it covers: worksheets (add, delete, activate, visibility), ranges (values, formulas, number
 * formats, fill, font, wrap, column widths, getCellProperties, used range, intersections, visible
 * cells), RangeAreas (`getRanges`), tables with totals rows, charts (`charts.add` with Excel's
 * detection of series names and categories, title, `setPosition`, `setCategoryNames` from ExcelApi
 * 1.7), page layout with headers and footers,
 * freeze panes, notes (ExcelApi 1.18), data validation, custom XML parts, change and selection
 * events, `runtime.enableEvents`, screen-updating and calculation suspension, and
 * `Office.context.requirements.isSetSupported`.
 *
 * What it records: every `context.sync()` with the bytes of its request and response, every
 * format call (with how many cells and areas it covered) and every value written. It refuses what
 * Excel refuses where it matters: a request or response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), an address above 8,192
 * characters, values whose dimensions do not match the range, unknown sheets (ItemNotFound),
 * reading a property that was not loaded (PropertyNotLoaded), notes below ExcelApi 1.18
 * (ApiNotFound). Text set through `values` is parsed like typed input ("=…" becomes a formula,
 * "00123" a number) unless it starts with an apostrophe.
 */
import { FakeWorkbook, parseInput, parseRect, type FakeCell, type FakeChart, type FakeFill, type FakeSheet, type FakeValue } from "./model";
import { FakeContext, FakeHost, OfficeError, type FakeLimits, type FakeStats, type FormatCall, type RequestRecord } from "./proxies";

export { FakeWorkbook, OfficeError };
export type { FakeCell, FakeChart, FakeFill, FakeSheet, FakeStats, FakeValue, FormatCall, RequestRecord };

export const MB = 1024 * 1024;

export interface ExcelFakeOptions {
  /** Highest ExcelApi requirement set the fake supports (default "1.18": notes available). */
  apiVersion?: string;
  displayLanguage?: string;
  limits?: Partial<FakeLimits>;
  /** Start from this workbook (default: one empty sheet "Blad1"). */
  workbook?: FakeWorkbook;
}

export interface ExcelFake {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeStats;
  /** The `Excel` namespace (run, enums) to install as a global. */
  readonly Excel: Record<string, unknown>;
  /** The `Office` namespace (onReady, context, actions). */
  readonly Office: Record<string, unknown>;
  /** Installs `Excel` and `Office` on the given global object; returns the uninstaller. */
  install(target?: Record<string, unknown>): () => void;
  /** Functions registered with Office.actions.associate. */
  readonly actions: Map<string, (event: { completed: () => void }) => unknown>;
  /** Simulates the user: edits and selections fire events as Excel does. */
  readonly user: {
    setValue(sheet: string, address: string, value: FakeValue): void;
    setFill(sheet: string, address: string, fill: FakeFill | undefined): void;
    select(sheet: string, address: string): void;
  };
  /** Waits until every event fired so far has been handled. */
  settle(): Promise<void>;
  resetStats(): void;
  /** A fake of the same workbook as saved and opened again: only what a file keeps. */
  reopen(options?: Omit<ExcelFakeOptions, "workbook">): ExcelFake;
  /** Seeds a block of values (no events, no statistics): `seed("Blad1", "A1", [[…]])`. */
  seed(sheet: string, topLeft: string, rows: (FakeValue | null)[][]): void;
}

const DEFAULT_LIMITS: FakeLimits = { requestBytes: 5 * MB, responseBytes: 5 * MB, addressChars: 8192 };

const ENUMS = {
  SpecialCellType: { visible: "Visible", blanks: "Blanks", constants: "Constants", formulas: "Formulas" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  FillPattern: { none: "None", solid: "Solid" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line", pie: "Pie" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  ErrorCodes: {
    itemNotFound: "ItemNotFound",
    invalidArgument: "InvalidArgument",
    generalException: "GeneralException",
    accessDenied: "AccessDenied",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number) as [number, number];
  const [c, d] = want.split(".").map(Number) as [number, number];
  return a > c || (a === c && b >= d);
}

export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const workbook = options.workbook ?? new FakeWorkbook();
  if (workbook.sheets.length === 0) workbook.addSheet("Blad1");
  const apiVersion = options.apiVersion ?? "1.18";
  const host = new FakeHost(workbook, { ...DEFAULT_LIMITS, ...options.limits }, apiVersion);
  const actions = new Map<string, (event: { completed: () => void }) => unknown>();

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: FakeContext) => Promise<T>;
    const given = args.length > 1 ? (args[0] as { context?: unknown } | FakeContext) : undefined;
    const context = given instanceof FakeContext ? given : given && given.context instanceof FakeContext ? given.context : new FakeContext(host);
    const result = await batch(context);
    // Office.js sends what is still queued when the batch ends.
    if (context.hasPending) await context.sync();
    return result;
  }

  const Excel: Record<string, unknown> = { run, ...ENUMS, RequestContext: FakeContext };
  const Office: Record<string, unknown> = {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? "nl-NL",
      requirements: { isSetSupported: (name: string, version?: string) => name === "ExcelApi" && versionAtLeast(apiVersion, version ?? "1.1") },
    },
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => unknown) => actions.set(name, fn) },
  };

  const sheetOf = (name: string): FakeSheet => {
    const sheet = host.model.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };

  const fake: ExcelFake = {
    get workbook() {
      return host.model;
    },
    stats: host.stats,
    Excel,
    Office,
    actions,
    install(target = globalThis as unknown as Record<string, unknown>) {
      const before = { Excel: target.Excel, Office: target.Office };
      target.Excel = Excel;
      target.Office = Office;
      return () => {
        target.Excel = before.Excel;
        target.Office = before.Office;
      };
    },
    user: {
      setValue(sheet, address, value) {
        const s = sheetOf(sheet);
        const rect = parseRect(address);
        if (!rect) throw new Error(address);
        const cell = s.ensure(rect.top, rect.left);
        delete cell.formula;
        cell.value = value;
        host.fireChanged(s, address, false);
      },
      setFill(sheet, address, fill) {
        const s = sheetOf(sheet);
        const rect = parseRect(address);
        if (!rect) throw new Error(address);
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) {
          const cell = s.ensure(r, c);
          if (fill) cell.fill = { ...fill };
          else delete cell.fill;
        }
      },
      select(sheet, address) {
        const s = sheetOf(sheet);
        host.model.activeSheetId = s.id;
        host.model.selection = { sheetId: s.id, address };
        host.fireSelection(s, address);
      },
    },
    settle: () => host.settle(),
    resetStats() {
      host.stats.syncs = 0;
      host.stats.requests.length = 0;
      host.stats.formatCalls.length = 0;
      host.stats.valueWrites = 0;
    },
    reopen(more = {}) {
      return createExcelFake({ apiVersion, displayLanguage: options.displayLanguage, limits: options.limits, ...more, workbook: host.model.clone() });
    },
    seed(sheet, topLeft, rows) {
      const s = host.model.sheet(sheet) ?? host.model.addSheet(sheet);
      const start = parseRect(topLeft);
      if (!start) throw new Error(topLeft);
      rows.forEach((row, i) =>
        row.forEach((value, j) => {
          if (value === null || value === "") return;
          const cell = s.ensure(start.top + i, start.left + j);
          cell.value = value;
        }),
      );
    },
  };
  return fake;
}

/** Sets a value as Excel would store typed input (for tests that seed formulas or numbers-as-text). */
export function typedInput(value: string): Pick<FakeCell, "value" | "formula"> {
  return parseInput(value);
}
