/**
 * The very-hidden sheet "Formatiecheck_status": what the tool changed, so it can be undone, and
 * which sheets it made. The layout is the ExcelJS adapter's (src/xlsx/annotate.ts), so a workbook
 * marked by the CLI can be cleared in Excel:
 *
 *   sheet | cell | fill | note | createdSheets | markFill | markNote
 *
 * `fill` and `note` are JSON of the cell's own fill and note before marking ("null": none);
 * `markFill` (ARGB) and `markNote` are what the tool put there. The CLI writes one row per cell;
 * this adapter writes one row per group of cells with the same values, `cell` holding a
 * run-merged address list ("A4:A50003,E7"), which keeps the state small at 50,000 rows.
 */
import type { CellRef } from "../core/range-addresses";
import { cellRuns, chunkAddresses, expandAddressList, rectAddress } from "../core/range-addresses";

/** The same name as the ExcelJS adapter's STATE_SHEET. */
export const STATUS_SHEET = "Formatiecheck_status";
export const STATUS_HEADER = ["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote"] as const;
export const STATUS_COLUMNS = STATUS_HEADER.length;

export interface SavedMark {
  sheet: string;
  cells: CellRef[];
  /** JSON of the cell's own fill before marking. */
  fill: string;
  /** JSON of the cell's own note before marking (a string, an ExcelJS comment, or null). */
  note: string;
  /** The ARGB colour the tool set; absent in rows of older CLI versions. */
  markFill?: string;
  /** The note text the tool set ("" when it set none); absent in rows of older CLI versions. */
  markNote?: string;
}

export interface StatusContent {
  marks: SavedMark[];
  createdSheets: string[];
}

export const EMPTY_STATUS: StatusContent = { marks: [], createdSheets: [] };

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** Reads the sheet's values (header row first). Rows that do not parse are skipped. */
export function parseStatusRows(values: readonly (readonly unknown[])[]): StatusContent {
  const marks: SavedMark[] = [];
  const created: string[] = [];
  values.forEach((row, i) => {
    if (i === 0) return;
    const [sheet, cell, fill, note, createdSheet, markFill, markNote] = Array.from({ length: STATUS_COLUMNS }, (_, j) => text(row[j]));
    if (createdSheet && !created.includes(createdSheet)) created.push(createdSheet);
    if (!sheet || !cell) return;
    const cells = expandAddressList(cell);
    if (!cells || cells.length === 0) return;
    const mark: SavedMark = { sheet, cells, fill: fill || "null", note: note || "null" };
    if (markFill) mark.markFill = markFill;
    // A CLI row without a markNote column predates it; this adapter always writes the column.
    if (markFill || markNote) mark.markNote = markNote ?? "";
    marks.push(mark);
  });
  return { marks, createdSheets: created };
}

export interface MarkedCell {
  sheet: string;
  row: number;
  col: number;
  fill: string;
  note: string;
  markFill: string;
  markNote: string;
}

/** The sheet's rows for a state: cells with equal values share a row (address lists ≤ 7,000 characters). */
export function statusRows(marks: readonly MarkedCell[], createdSheets: readonly string[]): string[][] {
  const groups = new Map<string, { head: MarkedCell; cells: CellRef[] }>();
  for (const mark of marks) {
    const key = JSON.stringify([mark.sheet, mark.fill, mark.note, mark.markFill, mark.markNote]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { head: mark, cells: [] }));
    group.cells.push({ row: mark.row, col: mark.col });
  }
  const rows: string[][] = [[...STATUS_HEADER]];
  for (const { head, cells } of groups.values()) {
    for (const list of chunkAddresses(cellRuns(cells).map(rectAddress))) {
      rows.push([head.sheet, list, head.fill, head.note, "", head.markFill, head.markNote]);
    }
  }
  for (const name of createdSheets) rows.push(["", "", "", "", name, "", ""]);
  return rows;
}
