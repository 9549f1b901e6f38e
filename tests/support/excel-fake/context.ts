/**
 * One request context (what `Excel.run` hands its batch): queues commands and sends them at
 * `sync()`. Each queued command counts the bytes a real request would carry (its arguments as JSON
 * plus an overhead), each load the bytes of its answer; a request or response above the limit is
 * refused like Excel refuses it, and so is an address longer than 8,192 characters.
 */
import { ACTION_OVERHEAD, OfficeError } from "./client-object";
import type { FakeHost, RequestRecord } from "./host";
import { ApplicationProxy, RuntimeProxy, WorkbookProxy } from "./workbook-proxies";

interface Action {
  bytes: number;
  run: () => void;
}

export interface FakeRunOptions {
  /** Excel.RunOptions.delayForCellEdit: wait while the user edits a cell instead of failing. */
  delayForCellEdit?: boolean;
}

export class FakeContext {
  private pending: Action[] = [];
  responseBytes = 0;
  /** Set while a sync runs: a command wrote values or formulas. */
  valuesWritten = false;
  /** Set while a sync runs: `suspendApiCalculationUntilNextSync` was called in this request. */
  calculationSuspended = false;
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly host: FakeHost,
    readonly options: FakeRunOptions = {},
  ) {
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
    await this.host.checkCellEdit(this.options.delayForCellEdit === true);
    if (requestBytes > this.host.limits.requestBytes) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    this.responseBytes = 0;
    this.valuesWritten = false;
    this.calculationSuspended = false;
    try {
      // In order; a failing command ends the request, and what ran before it stays done.
      for (const action of actions) {
        this.host.beforeCommand();
        action.run();
      }
    } finally {
      // Automatic calculation after the request, unless the add-in suspended it
      // (Application.suspendApiCalculationUntilNextSync: "it is the developer's responsibility to
      // re-calc the workbook, to ensure that any dependencies are propagated").
      if (this.valuesWritten && !this.calculationSuspended) this.host.model.recalculate();
    }
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.host.limits.responseBytes) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.responseBytes} bytes) has exceeded the limit.`);
    }
  }

  checkAddress(address: string): void {
    if (address.length > this.host.limits.addressChars) throw new OfficeError("InvalidArgument", `The address is longer than ${this.host.limits.addressChars} characters.`);
  }
}
