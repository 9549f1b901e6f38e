/**
 * The write phase of a change: requests kept under Excel's payload limit (RequestBudget), screen
 * updating and the add-in's own events off while writing, and 2-D value blocks in pieces.
 *
 * Calculation is suspended (`suspendApiCalculationUntilNextSync`) only where no formula can depend
 * on what is written: Excel leaves dependent formulas stale until it calculates again ("it is the
 * developer's responsibility to re-calc the workbook", Application reference). Marks (formats and
 * the hidden status sheet) and the dropdowns' hidden list sheet qualify; a user's cell and the
 * generated tables (totals rows are SUBTOTAL formulas) do not.
 */
import type { Context } from "./excel-run";
import { jsonBytes, RequestBudget } from "./request-budget";

export function writeBudget(context: Context, { suspendCalculation }: { suspendCalculation: boolean }): RequestBudget {
  return new RequestBudget(context, () => {
    context.application.suspendScreenUpdatingUntilNextSync();
    if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    context.runtime.enableEvents = false;
  });
}

/** Runs the writes, then turns events back on with the last request; on failure turns them on anyway. */
export async function finishWrite(context: Context, budget: RequestBudget, work: () => Promise<void>): Promise<void> {
  let done = false;
  try {
    await work();
    await budget.reserve(40);
    context.runtime.enableEvents = true;
    await budget.flush();
    done = true;
  } finally {
    if (!done) {
      try {
        context.runtime.enableEvents = true;
        await context.sync();
      } catch {
        // The workbook is gone or busy; events come back with the next session.
      }
    }
  }
}

export type CellRow = readonly (string | number | boolean | null)[];

/** Writes a 2-D block of values in pieces that fit the request budget (short rows padded with ""). */
export async function writeRows(worksheet: Excel.Worksheet, budget: RequestBudget, top: number, left: number, rows: readonly CellRow[], width?: number): Promise<void> {
  let start = 0;
  while (start < rows.length) {
    let bytes = 0;
    let end = start;
    while (end < rows.length && (end === start || bytes + jsonBytes(rows[end]) < 1_000_000)) {
      bytes += jsonBytes(rows[end]);
      end++;
    }
    const part = rows.slice(start, end);
    const columns = width ?? Math.max(1, ...part.map((r) => r.length));
    await budget.reserve(bytes + 60);
    worksheet.getRangeByIndexes(top - 1 + start, left - 1, part.length, columns).values = part.map((r) => (r.length === columns ? [...r] : [...r, ...Array.from({ length: columns - r.length }, () => "")]));
    start = end;
  }
}
