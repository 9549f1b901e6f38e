/**
 * The very-hidden sheet "Formatiecheck_status" in a file: what the tool changed, so it can be
 * undone, and which sheets it made. Its first seven columns are the layout the Office.js adapter
 * reads and writes too (src/excel/status-sheet.ts), so marks made by the CLI are cleared in Excel
 * and the other way round:
 *
 *   sheet | cell | fill | note | createdSheets | markFill | markNote | style | markStyle
 *
 * `fill` and `note` are JSON of the cell's own fill and note before marking ("null": none);
 * `markFill` (ARGB) and `markNote` are what the tool put there. The last two columns are the file
 * layer's own: the cell's format index before marking with a fingerprint of that format ("7@1a2b3c4d";
 * "" for no format, "-" for no cell at all) and the index the tool gave it, so an unchanged copy is
 * restored to exactly the bytes it had. Excel ignores them; when a program has saved the file in
 * between and the numbers no longer mean the same formats, the fill is restored from `fill` instead. Cells with equal values share a row, `cell` holding an address list.
 */
import type { CellValue, Grid } from "../../core/formatie/grid";
import { cellRuns, chunkAddresses, expandAddressList, rectAddress, type CellRef } from "../../core/range-addresses";
import type { OwnSheetModel } from "./own-sheet-xml";

export const STATE_SHEET = "Formatiecheck_status";
const HEADER = ["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote", "style", "markStyle"];

export interface SavedCell {
  sheet: string;
  row: number;
  col: number;
  fill: string;
  note: string;
  markFill?: string;
  markNote?: string;
  /** Format index before marking: a number as text, "" for no `s` attribute, "-" for no cell; absent when unknown. */
  style?: string;
  markStyle?: string;
}

export interface StatusContent {
  cells: SavedCell[];
  createdSheets: string[];
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** The state as its sheet holds it (the sheet's grid, header row first). */
export function parseStatus(grid: Grid | undefined): StatusContent {
  const cells: SavedCell[] = [];
  const created: string[] = [];
  (grid?.rows ?? []).forEach((row, i) => {
    if (i === 0) return;
    const [sheet, address, fill, note, createdSheet, markFill, markNote, style, markStyle] = HEADER.map((_, j) => text(row[j]));
    if (createdSheet && !created.includes(createdSheet)) created.push(createdSheet);
    if (!sheet || !address) return;
    const refs = expandAddressList(address) ?? [];
    const hasOwnColumns = row.length > 7 && (row[7] !== null || row[8] !== null);
    for (const ref of refs) {
      const saved: SavedCell = { sheet, row: ref.row, col: ref.col, fill: fill || "null", note: note || "null" };
      if (markFill) saved.markFill = markFill;
      if (markFill || markNote) saved.markNote = markNote;
      if (hasOwnColumns && markStyle) {
        saved.style = style;
        saved.markStyle = markStyle;
      }
      cells.push(saved);
    }
  });
  return { cells, createdSheets: created };
}

/** The state sheet's model: a header, one row per group of equal cells, one per created sheet. */
export function statusSheetModel(content: StatusContent): OwnSheetModel {
  const groups = new Map<string, { head: SavedCell; refs: CellRef[] }>();
  for (const cell of content.cells) {
    const key = JSON.stringify([cell.sheet, cell.fill, cell.note, cell.markFill ?? "", cell.markNote ?? "", cell.style ?? "", cell.markStyle ?? ""]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { head: cell, refs: [] }));
    group.refs.push({ row: cell.row, col: cell.col });
  }
  const lines: string[][] = [HEADER];
  for (const { head, refs } of groups.values()) {
    for (const list of chunkAddresses(cellRuns(refs).map(rectAddress))) {
      lines.push([head.sheet, list, head.fill, head.note, "", head.markFill ?? "", head.markNote ?? "", head.style ?? "", head.markStyle ?? ""]);
    }
  }
  for (const name of content.createdSheets) lines.push(["", "", "", "", name, "", "", "", ""]);
  return { plain: true, rows: lines.map((line, i) => ({ index: i + 1, cells: line.map((value) => (value === "" ? undefined : { value })) })) };
}
