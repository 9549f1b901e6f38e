/**
 * An in-memory, recording fake of the part of Office.js the add-in uses, for tests in Node and in
 * a browser (an end-to-end test installs it as `window.Excel` / `window.Office`). It has no Node
 * imports.
 *
 * What it covers: worksheets (add, delete, activate, visibility), ranges (values, formulas with
 * calculated results, number formats, fill with tint, font, wrap, column widths, locked cells,
 * getCellProperties, used range, intersections, special cells, delete), RangeAreas, tables with
 * totals rows, charts, page layout, freeze panes, notes (ExcelApi 1.18), threaded comments
 * (1.10), data validation, custom XML parts, protection, change events with their change type and
 * selection events, `runtime.enableEvents`, screen-updating and calculation suspension,
 * `Office.context.requirements.isSetSupported` and dialogs (`displayDialogAsync`).
 *
 * It is as strict as Excel where the add-in's safety depends on it; each behaviour cites its
 * source where it is modelled:
 * - a failing command ends its request and what ran before it stays done (context.ts, host.ts);
 *   `fake.failCommand(k)` makes the k-th command fail, to prove that nothing is lost at any step;
 * - protection of the workbook's structure and of sheets (protection.ts);
 * - a request while the user types in a cell fails unless `delayForCellEdit` (host.ts);
 * - change events carry their change type; inserting and deleting rows, columns and cells moves
 *   the cells after them (host.ts, structure.ts, user.ts);
 * - calculation suspended by `suspendApiCalculationUntilNextSync` leaves formulas stale until
 *   calculated again (context.ts, model.ts);
 * - error values read in Excel's language ("#N/B"), recognisable only by `valueTypes` or special
 *   cells (range-proxies.ts);
 * - theme colours with a tint: setting a colour drops the tint (format-proxies.ts);
 * - notes refused on merged and threaded-comment cells (annotation-proxies.ts);
 * - merging keeps only the upper-left value, row by row with `merge(true)` (range-proxies.ts);
 * - requests and responses above 5 MB, addresses above 8,192 characters, values that do not
 *   match the range, unknown sheets, properties read before they were loaded, APIs above the
 *   supported version. Text set through `values` is parsed like typed input ("=…" becomes a
 *   formula, "00123" a number) unless it starts with an apostrophe.
 *
 * What it records: every `context.sync()` with the bytes of its request and response, every
 * command, every format call (with how many cells and areas it covered) and every value written.
 */
import { FakeWorkbook, parseInput, parseRect, type FakeCell, type FakeChart, type FakeFill, type FakeSheet, type FakeValue } from "./model";
import { FakeContext, FakeHost, OfficeError, type FakeLimits, type FakeRunOptions, type FakeStats, type FormatCall, type RequestRecord } from "./proxies";
import { fakeUser, type FakeUser } from "./user";

export { FakeWorkbook, OfficeError };
export type { FakeCell, FakeChart, FakeFill, FakeSheet, FakeStats, FakeUser, FakeValue, FormatCall, RequestRecord };

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
  /** Simulates the user: edits, selections and inserted rows fire events as Excel does. */
  readonly user: FakeUser;
  /** Dialogs opened with `Office.context.ui.displayDialogAsync` (Dialog API 1.1). */
  readonly dialogs: FakeDialog[];
  /** Makes the k-th command from now fail (once), with `code` (default InvalidOperation). */
  failCommand(k: number, code?: string): void;
  /** Whether a failure armed with `failCommand` has not happened yet. */
  readonly failureArmed: boolean;
  disarm(): void;
  /** Waits until every event fired so far has been handled. */
  settle(): Promise<void>;
  resetStats(): void;
  /** A fake of the same workbook as saved and opened again: only what a file keeps. */
  reopen(options?: Omit<ExcelFakeOptions, "workbook">): ExcelFake;
  /** Seeds a block of values (no events, no statistics): `seed("Blad1", "A1", [[…]])`. */
  seed(sheet: string, topLeft: string, rows: (FakeValue | null)[][]): void;
}

/** A dialog the add-in opened: its page, and the events its handlers would get. */
export interface FakeDialog {
  url: string;
  options: unknown;
  closed: boolean;
  /** The user closes the dialog (the handler gets DialogEventReceived, error 12006). */
  closeByUser(): void;
  /** The dialog page calls `Office.context.ui.messageParent(message)`. */
  message(text: string): void;
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
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
    columnInserted: "ColumnInserted",
    columnDeleted: "ColumnDeleted",
    cellInserted: "CellInserted",
    cellDeleted: "CellDeleted",
  },
  SpecialCellValueType: { all: "All", errors: "Errors", logical: "Logical", numbers: "Numbers", text: "Text" },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  ErrorCodes: {
    itemNotFound: "ItemNotFound",
    invalidArgument: "InvalidArgument",
    generalException: "GeneralException",
    accessDenied: "AccessDenied",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
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
  const displayLanguage = options.displayLanguage ?? "nl-NL";
  host.displayLanguage = displayLanguage;
  const actions = new Map<string, (event: { completed: () => void }) => unknown>();
  const dialogs: FakeDialog[] = [];

  /** Excel.run(batch), Excel.run(options, batch), Excel.run(object, batch). */
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: FakeContext) => Promise<T>;
    const given = args.length > 1 ? (args[0] as ({ context?: unknown } & FakeRunOptions) | FakeContext) : undefined;
    const context =
      given instanceof FakeContext
        ? given
        : given && given.context instanceof FakeContext
          ? given.context
          : new FakeContext(host, { delayForCellEdit: (given as FakeRunOptions | undefined)?.delayForCellEdit === true });
    const result = await batch(context);
    // Office.js sends what is still queued when the batch ends.
    if (context.hasPending) await context.sync();
    return result;
  }

  /** Office.context.ui.displayDialogAsync (Dialog API 1.1): the page opens; the handlers get its events. */
  function displayDialogAsync(url: string, dialogOptions: unknown, callback?: (result: unknown) => void): void {
    const handlers = new Map<string, ((args: unknown) => void)[]>();
    const emit = (type: string, args: unknown) => for_(handlers.get(type), (handler) => handler(args));
    const dialog: FakeDialog = {
      url,
      options: dialogOptions,
      closed: false,
      closeByUser() {
        dialog.closed = true;
        emit("dialogEventReceived", { error: 12006 });
      },
      message(text: string) {
        emit("dialogMessageReceived", { message: text, origin: undefined });
      },
    };
    const office = {
      addEventHandler: (type: string, handler: (args: unknown) => void) => handlers.set(type, [...(handlers.get(type) ?? []), handler]),
      close: () => void (dialog.closed = true),
      messageChild: () => undefined,
    };
    // The dialog is open once the add-in hears it is (its handlers are added in that callback).
    setTimeout(() => {
      dialogs.push(dialog);
      callback?.({ status: "succeeded", value: office });
    }, 0);
  }

  const Excel: Record<string, unknown> = { run, ...ENUMS, RequestContext: FakeContext };
  const Office: Record<string, unknown> = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          (name === "ExcelApi" && versionAtLeast(apiVersion, version ?? "1.1")) || (name === "DialogApi" && versionAtLeast("1.2", version ?? "1.1")),
      },
      ui: { displayDialogAsync },
    },
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => unknown) => actions.set(name, fn) },
  };

  const fake: ExcelFake = {
    get workbook() {
      return host.model;
    },
    stats: host.stats,
    Excel,
    Office,
    actions,
    dialogs,
    install(target = globalThis as unknown as Record<string, unknown>) {
      const before = { Excel: target.Excel, Office: target.Office };
      target.Excel = Excel;
      target.Office = Office;
      return () => {
        target.Excel = before.Excel;
        target.Office = before.Office;
      };
    },
    user: fakeUser(host),
    failCommand: (k, code) => host.failCommand(k, code),
    get failureArmed() {
      return host.failureArmed;
    },
    disarm: () => host.disarm(),
    settle: () => host.settle(),
    resetStats() {
      host.stats.syncs = 0;
      host.stats.requests.length = 0;
      host.stats.formatCalls.length = 0;
      host.stats.valueWrites = 0;
      host.stats.commands = 0;
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

function for_<T>(list: readonly T[] | undefined, fn: (item: T) => void): void {
  for (const item of list ?? []) fn(item);
}

/** Sets a value as Excel would store typed input (for tests that seed formulas or numbers-as-text). */
export function typedInput(value: string): Pick<FakeCell, "value" | "formula"> {
  return parseInput(value);
}
