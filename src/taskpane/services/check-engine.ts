/**
 * The pane's handle on the check engine (see check-protocol.ts). The grid goes over in blocks of
 * rows with a turn for the browser between blocks, so even handing over 50,000 rows never blocks
 * the pane for long, and progress can be shown. Two transports: a Web Worker (in Excel) and the
 * handler called directly (tests, and where no worker starts).
 */
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import type { Functieboek } from "../../core/functieboek/schema";
import type { CellValue, Grid } from "../../core/formatie/grid";
import type { CheckHandler } from "./check-handler";
import type { CheckOutcome, CheckReply, CheckRequest, ColumnChoice, CompareOptions, GridSlot, PackedCompareOutcome, PackedTablesOutcome, TablesOptions } from "./check-protocol";
import { pairedChannel, type PairedWorker } from "./worker-channel";
import { yieldToUi as defaultYield, type YieldToUi } from "./yield-to-ui";

export type Transport = (request: CheckRequest) => Promise<CheckReply>;

export interface CheckEngine {
  setBook(book: Functieboek): Promise<void>;
  /** Hands over a whole sheet (the checked one, or the other formation to compare with); `onProgress` gets the rows handed over so far. */
  setGrid(grid: Grid, onProgress?: (done: number, total: number) => void, slot?: GridSlot): Promise<void>;
  /** Replaces rows from `firstRow` on (1-based), aligned to the grid's first column. */
  patchRows(firstRow: number, rows: CellValue[][], hidden: boolean[]): Promise<void>;
  /** Checks the grid; the treden against `salaryTable` (absent: the bundled table). */
  validate(columns?: ColumnChoice, salaryTable?: SalaryTable): Promise<CheckOutcome>;
  /** The tables of the checked grid; the treden checked against the budget's own table (`options.salaryTable`). */
  buildTables(options: TablesOptions, columns?: ColumnChoice): Promise<PackedTablesOutcome>;
  /** The Mutaties between the checked sheet and the other grid; the treden checked against `options.salaryTable`. */
  compare(options: CompareOptions, columns?: ColumnChoice, otherColumns?: ColumnChoice): Promise<PackedCompareOutcome>;
  dispose(): void;
}

/** Rows per block: a block's structured clone takes a few milliseconds. */
export const GRID_BLOCK_ROWS = 2000;

export class TransportCheckEngine implements CheckEngine {
  /** The salary table the engine holds (undefined: the bundled one); null when unknown after a failure. */
  private salaryTableSent: SalaryTable | undefined | null = undefined;

  constructor(
    private readonly transport: Transport,
    private readonly options: { blockRows?: number; yieldToUi?: YieldToUi; onDispose?: () => void } = {},
  ) {}

  async setBook(book: Functieboek): Promise<void> {
    await this.expectDone({ type: "set-book", book });
  }

  async setGrid(grid: Grid, onProgress?: (done: number, total: number) => void, slot?: GridSlot): Promise<void> {
    const total = grid.rows.length;
    const block = this.options.blockRows ?? GRID_BLOCK_ROWS;
    const pause = this.options.yieldToUi ?? defaultYield;
    await this.expectDone({
      type: "start-grid",
      sheet: grid.sheet,
      originRow: grid.originRow ?? 1,
      originCol: grid.originCol ?? 1,
      rowCount: total,
      hiddenRows: [...(grid.hiddenRows ?? [])],
      merges: (grid.merges ?? []).map((m) => ({ ...m })),
      ...(slot === "other" ? { slot } : {}),
    });
    for (let offset = 0; offset < total; offset += block) {
      await pause();
      await this.expectDone({ type: "grid-rows", offset, rows: grid.rows.slice(offset, offset + block), ...(slot === "other" ? { slot } : {}) });
      onProgress?.(Math.min(offset + block, total), total);
    }
  }

  async patchRows(firstRow: number, rows: CellValue[][], hidden: boolean[]): Promise<void> {
    await this.expectDone({ type: "patch-rows", firstRow, rows, hidden });
  }

  async validate(columns?: ColumnChoice, salaryTable?: SalaryTable): Promise<CheckOutcome> {
    const reply = await this.sendWithTable(salaryTable, { type: "validate", ...(columns ? { columns } : {}) });
    if (reply.type !== "validated") throw unexpected(reply);
    return reply.outcome;
  }

  async buildTables(options: TablesOptions, columns?: ColumnChoice): Promise<PackedTablesOutcome> {
    const reply = await this.sendWithTable(options.salaryTable, { type: "build-tables", options, ...(columns ? { columns } : {}) });
    if (reply.type !== "tables") throw unexpected(reply);
    return reply.outcome;
  }

  async compare(options: CompareOptions, columns?: ColumnChoice, otherColumns?: ColumnChoice): Promise<PackedCompareOutcome> {
    const reply = await this.sendWithTable(options.salaryTable, { type: "compare", options, ...(columns ? { columns } : {}), ...(otherColumns ? { otherColumns } : {}) });
    if (reply.type !== "compared") throw unexpected(reply);
    return reply.outcome;
  }

  dispose(): void {
    this.options.onDispose?.();
  }

  private async expectDone(request: CheckRequest): Promise<void> {
    const reply = await this.send(request);
    if (reply.type !== "done") throw unexpected(reply);
  }

  private send(request: CheckRequest): Promise<CheckReply> {
    return this.transport(request);
  }

  /**
   * Sends `request` to be worked with `table` (undefined: the bundled one). The table goes over only
   * when it is another object than the engine holds, so the engine keys its last validation by a
   * version instead of the table's contents. Both are sent at once: nothing comes in between.
   */
  private async sendWithTable(table: SalaryTable | undefined, request: CheckRequest): Promise<CheckReply> {
    if (table === this.salaryTableSent) return this.send(request);
    this.salaryTableSent = table;
    const set = this.send({ type: "set-salary-table", ...(table ? { salaryTable: table } : {}) });
    const sent = this.send(request);
    try {
      const [setReply, reply] = await Promise.all([set, sent]);
      if (setReply.type !== "done") throw unexpected(setReply);
      return reply;
    } catch (error) {
      // Whether the engine took the table is not known: it goes over again next time.
      this.salaryTableSent = null;
      throw error;
    }
  }
}

function unexpected(reply: CheckReply): Error {
  return new Error(reply.type === "failed" ? `Check engine: ${reply.message}` : `Check engine: unexpected reply ${reply.type}`);
}

/** Calls the handler in the pane's own thread, after giving the browser a turn. */
export function inlineTransport(handler: CheckHandler, pause: YieldToUi = defaultYield): Transport {
  return async (request) => {
    await pause();
    return handler(request);
  };
}

/** Like `inlineTransport`, loading the handler (and with it the rules) on first use. */
export function lazyInlineTransport(load: () => Promise<CheckHandler>, pause: YieldToUi = defaultYield): Transport {
  let loading: Promise<CheckHandler> | undefined;
  return async (request) => {
    loading ??= load();
    const handler = await loading;
    await pause();
    return handler(request);
  };
}

/** What the transport needs of a Worker (a fake in tests). */
export type WorkerLike = PairedWorker<CheckRequest, CheckReply>;

/** Sends each request to a worker and pairs replies by id; a worker error fails every open request. */
export function workerTransport(worker: WorkerLike): { transport: Transport; dispose: () => void } {
  const channel = pairedChannel(worker, {
    stopped: (detail) => new Error(`Check engine stopped: ${detail}`),
    disposed: () => new Error("Check engine disposed"),
  });
  return { transport: (request) => channel.send(request), dispose: channel.dispose };
}
