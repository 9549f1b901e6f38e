/**
 * Reading and writing the very-hidden status sheet (layout: status-sheet.ts) so that no failure
 * at any point loses a record. A rewrite happens in two steps around the visible changes:
 *
 * 1. `appendStatus` — before any cell changes colour: the new rows go *below* the old ones (and
 *    the header into row 1), the old rows stay. Stopped half-way, the sheet lists the old state
 *    and part of the new one: every cell marked before is still listed, and every cell the
 *    change may colour is listed before it is coloured.
 * 2. `dropOldStatus` — after the visible changes: one command deletes the old rows (2…last).
 *
 * In between, a cell may be listed more than once; `planMarking` reads that as "any of these
 * marks may be on the cell", the newest row giving the cell's own fill and note.
 */
import type { Context, ExcelSession } from "./excel-run";
import type { RequestBudget } from "./request-budget";
import { EMPTY_STATUS, parseStatusRows, STATUS_COLUMNS, STATUS_HEADER, STATUS_SHEET, type StatusContent } from "./status-sheet";
import { cellText } from "./cell-text";
import { writeRows } from "./write-batch";

export interface StatusSnapshot {
  /** The values as read, to see a change. */
  raw: string;
  content: StatusContent;
  /** The rows as text, header first (row 1 of the sheet). */
  rows: string[][];
  /** The sheet's last used row (0: empty). */
  lastRow: number;
}

type StatusRead = Excel.Range;

/** Queues reading the status sheet (only where it is known to exist). */
export function queueStatus(session: ExcelSession, context: Context): StatusRead | undefined {
  if (session.statusSheetKnown !== true) return undefined;
  const used = context.workbook.worksheets.getItem(STATUS_SHEET).getUsedRange(true);
  used.load("values,rowIndex");
  return used;
}

/** Takes a status read: updates what the session knows, returns the content. */
export function takeStatus(session: ExcelSession, range: StatusRead): StatusContent {
  const values = range.values.map((row) => row.slice(0, STATUS_COLUMNS).map((v) => (v === null || v === undefined ? "" : String(v))));
  const raw = JSON.stringify([range.rowIndex, values]);
  if (session.status?.raw === raw) return session.status.content;
  const empty = values.length === 1 && values[0]?.every((v) => v === "");
  // The header is row 1; a used range that starts lower has lost it.
  const rows = empty ? [] : range.rowIndex === 0 ? values : [[...STATUS_HEADER], ...values];
  const content = rows.length === 0 ? EMPTY_STATUS : parseStatusRows(rows);
  session.status = { raw, content, rows, lastRow: empty ? 0 : range.rowIndex + values.length };
  return content;
}

/**
 * Step 1: the new rows (without header) below the old ones; creates the sheet, very hidden, where
 * it does not exist. Returns the old last row, for `dropOldStatus`.
 */
export async function appendStatus(context: Context, budget: RequestBudget, session: ExcelSession, entries: readonly string[][], exists: boolean): Promise<number> {
  await budget.reserve(160);
  let worksheet: Excel.Worksheet;
  let lastRow = 0;
  if (exists) {
    worksheet = context.workbook.worksheets.getItem(STATUS_SHEET);
    lastRow = session.status?.lastRow ?? 0;
  } else {
    worksheet = context.workbook.worksheets.add(STATUS_SHEET);
    worksheet.visibility = "VeryHidden";
  }
  await writeRows(worksheet, budget, 1, 1, [STATUS_HEADER.map((v) => cellText(v))]);
  await writeRows(worksheet, budget, Math.max(2, lastRow + 1), 1, entries.map((row) => row.map((v) => cellText(v))), STATUS_COLUMNS);
  return lastRow;
}

/** Step 2: deletes the old rows; what the session knows is the new state. */
export async function dropOldStatus(context: Context, budget: RequestBudget, session: ExcelSession, oldLastRow: number, entries: readonly string[][]): Promise<void> {
  if (oldLastRow >= 2) {
    await budget.reserve(60);
    context.workbook.worksheets.getItem(STATUS_SHEET).getRange(`2:${oldLastRow}`).delete("Up");
  }
  const rows = [[...STATUS_HEADER], ...entries.map((row) => [...row])];
  session.statusSheetKnown = true;
  // The next read compares with this: the values as Excel will give them back.
  session.status = { raw: JSON.stringify([0, rows]), content: parseStatusRows(rows), rows, lastRow: rows.length };
}
