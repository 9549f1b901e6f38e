/**
 * The one place that calls `Excel.run`, and what the adapter's concerns share: what it knows of
 * the workbook between calls (whether the status sheet exists and what it held, the state part's
 * id, the sheets seen, each sheet's merged areas).
 *
 * Two kinds of call:
 * - `read`: changes nothing. Runs with `delayForCellEdit` (Excel.RunOptions): while the user types
 *   in a cell, Excel holds the request until the cell is left instead of failing it — live
 *   re-reads and selection-following reads come exactly then. A read that named an object it
 *   believed to exist (the status sheet, the state part) and found it gone is run once more
 *   without the guess.
 * - `change`: a read phase, then a write phase, in one `Excel.run`. Only the read phase is ever
 *   run again: Excel does not roll back a failed request ("All other commands after the failed
 *   command in the batch are not executed", OfficeExtension.Error), so a write phase that failed
 *   half-way is never replayed from a plan made before it — every write phase is ordered so that
 *   what it leaves when it stops at any command loses nothing (tests/excel/fault-injection.test.ts).
 *
 * Every failure leaves as a `WorkbookError` with a Dutch and English `userMessage`.
 */
import type { Language } from "../core/localized";
import type { MergedRange } from "../core/formatie/grid";
import { officeErrorCode, toWorkbookError } from "./office-errors";
import { STATUS_SHEET } from "./status-sheet";
import type { StatusSnapshot } from "./status-store";

export type Context = Excel.RequestContext;

/** Codes after which a guess about the workbook (an object known to exist) may be wrong. */
const STALE_GUESS = new Set(["ItemNotFound", "InvalidOperation"]);

export class ExcelSession {
  /** Whether the status sheet exists, as last seen (undefined: not known yet). */
  statusSheetKnown: boolean | undefined;
  /** The status sheet as last read or written. */
  status: StatusSnapshot | undefined;
  /** The custom XML part's id (null: known to be absent; undefined: not known yet). */
  statePartId: string | null | undefined;
  /** What the last state read could not read (a damaged or newer state), if anything. */
  stateProblem: { nl: string; en: string } | undefined;
  /** Sheets seen in the last listing (so reads only name sheets that exist). */
  knownSheets: Set<string> | undefined;
  /** Per sheet (lower case): the merged areas of its last read, to put a mark on a merge's top-left cell. */
  readonly merges = new Map<string, readonly MergedRange[]>();

  constructor(readonly language: Language) {}

  /** Sheets as just listed: what is known of the status sheet follows. */
  learnSheets(names: readonly string[]): void {
    this.knownSheets = new Set(names);
    const exists = names.some((n) => n.toLowerCase() === STATUS_SHEET.toLowerCase());
    if (!exists) this.status = undefined;
    this.statusSheetKnown = exists;
  }

  /** Drops every guess (after a failure nothing cached can be trusted). */
  forget(): void {
    this.statusSheetKnown = undefined;
    this.status = undefined;
    this.statePartId = undefined;
  }

  /** A batch that changes nothing; waits while the user edits a cell; retried once without guesses. */
  async read<T>(batch: (context: Context, guess: boolean) => Promise<T>): Promise<T> {
    try {
      return await excelRun((context) => batch(context, true), { delayForCellEdit: true });
    } catch (error) {
      if (!STALE_GUESS.has(officeErrorCode(error) ?? "")) throw error;
      this.forget();
      return excelRun((context) => batch(context, false), { delayForCellEdit: true });
    }
  }

  /**
   * Reads, then writes, in one Excel.run. A failure while reading may be retried (without guesses);
   * a failure once writing has begun never is: the error goes to the caller.
   */
  async change<P, T>(read: (context: Context, guess: boolean) => Promise<P>, write: (context: Context, plan: P) => Promise<T>): Promise<T> {
    let writing = false;
    const attempt = (guess: boolean) =>
      excelRun(async (context) => {
        const plan = await read(context, guess);
        writing = true;
        return write(context, plan);
      });
    try {
      return await attempt(true);
    } catch (error) {
      this.forget();
      if (writing || !STALE_GUESS.has(officeErrorCode(error) ?? "")) throw error;
      return attempt(false);
    }
  }
}

/**
 * Excel.run with every failure turned into a WorkbookError; `reuse` runs on an earlier request
 * context (removing an event handler must use the context that added it).
 */
export async function excelRun<T>(batch: (context: Context) => Promise<T>, options: { delayForCellEdit?: boolean; reuse?: OfficeExtension.ClientRequestContext } = {}): Promise<T> {
  try {
    if (options.reuse) return await Excel.run(options.reuse, batch);
    return options.delayForCellEdit ? await Excel.run({ delayForCellEdit: true }, batch) : await Excel.run(batch);
  } catch (error) {
    throw toWorkbookError(error);
  }
}
