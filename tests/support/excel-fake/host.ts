/**
 * What all request contexts of one fake share: the model, limits, statistics, event handlers, and
 * the host's own state that Excel keeps between requests — whether the user is editing a cell,
 * whether calculation was suspended, and a failure armed for the k-th command (fault injection).
 */
import { OfficeError } from "./client-object";
import type { FakeSheet, FakeWorkbook } from "./model";

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
  /** Commands run (queued method calls, property sets and loads), counting from the last reset. */
  commands: number;
}

export interface FakeLimits {
  requestBytes: number;
  responseBytes: number;
  addressChars: number;
}

/**
 * `WorksheetChangedEventArgs.changeType` (ExcelApi 1.7, Excel.DataChangeType): how the cells
 * changed. Inserting or deleting rows, columns or cells moves every cell after them.
 */
export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted" | "Unknown";

type Handler = (args: unknown) => unknown;
interface Registration {
  id: number;
  kind: "changed" | "selection";
  sheetId: string | undefined;
  handler: Handler;
}

/** A failure armed for one command: the `at`-th command run from now fails with `code`. */
interface ArmedFailure {
  at: number;
  code: string;
  seen: number;
}

export class FakeHost {
  readonly stats: FakeStats = { syncs: 0, requests: [], formatCalls: [], valueWrites: 0, commands: 0 };
  enableEvents = true;
  readonly registrations: Registration[] = [];
  private nextRegistration = 1;
  private deliveries: Promise<void>[] = [];
  private armed: ArmedFailure | undefined;
  /** The cell the user is typing in, if any (see `checkCellEdit`). */
  editing: { sheet: string; address: string } | undefined;
  private editEnded: (() => void)[] = [];
  /** Office.context.displayLanguage: Excel's language decides how error values read ("#N/B"). */
  displayLanguage = "en-US";

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

  // ---- fault injection ----

  /**
   * Makes the `at`-th command from now fail with `code` (once). Excel runs a batch's commands in
   * order and stops at a failing one: "All other commands after the failed command in the batch
   * are not executed" (OfficeExtension.Error, Office.js reference); the commands before it stay
   * done — Excel has no rollback of a batch.
   */
  failCommand(at: number, code = "InvalidOperation"): void {
    this.armed = { at, code, seen: 0 };
  }

  /** Called before each command runs; throws where a failure is armed for it. */
  beforeCommand(): void {
    this.stats.commands++;
    const armed = this.armed;
    if (!armed) return;
    armed.seen++;
    if (armed.seen < armed.at) return;
    this.armed = undefined;
    throw new OfficeError(armed.code, `Injected failure of command ${armed.at}.`, "FaultInjection");
  }

  get failureArmed(): boolean {
    return this.armed !== undefined;
  }

  disarm(): void {
    this.armed = undefined;
  }

  // ---- cell-edit mode ----

  startEditing(sheet: string, address: string): void {
    this.editing = { sheet, address };
  }

  stopEditing(): void {
    this.editing = undefined;
    for (const resume of this.editEnded.splice(0)) resume();
  }

  /**
   * A request while the user edits a cell: "When false, if the user is in cell edit when the batch
   * request is processed by the host, the batch automatically fails. When true, [...] the batch
   * request is delayed until the user exits cell edit mode." (Excel.RunOptions.delayForCellEdit,
   * Office.js reference; the failure's code is InvalidOperationInCellEditMode, Excel.ErrorCodes.)
   */
  async checkCellEdit(delayForCellEdit: boolean): Promise<void> {
    if (!this.editing) return;
    if (!delayForCellEdit) throw new OfficeError("InvalidOperationInCellEditMode", "The operation is not available while Excel is in cell-edit mode.");
    await new Promise<void>((resume) => this.editEnded.push(resume));
  }

  // ---- events ----

  register(kind: Registration["kind"], sheetId: string | undefined, handler: Handler): number {
    const id = this.nextRegistration++;
    this.registrations.push({ id, kind, sheetId, handler });
    return id;
  }

  unregister(id: number): void {
    const index = this.registrations.findIndex((r) => r.id === id);
    if (index >= 0) this.registrations.splice(index, 1);
  }

  /**
   * Queues a change event; delivered after the current request, as Excel does. Events carry the
   * change type (ExcelApi 1.7) and, from ExcelApi 1.14, who made the change (`triggerSource`).
   */
  fireChanged(sheet: FakeSheet, address: string, fromAddin: boolean, changeType: ChangeType = "RangeEdited"): void {
    if (fromAddin && !this.enableEvents) return;
    const args = {
      address,
      changeType,
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
