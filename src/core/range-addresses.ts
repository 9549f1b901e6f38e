/**
 * A1 addresses as Excel takes and gives them: single cells, rectangles, lists of areas
 * ("Blad1!A1:B4, Blad1!D1:D4"), and the run-merged, length-limited address lists that marking uses
 * with `worksheet.getRanges()` (Excel refuses an address longer than 8,192 characters).
 */
import { cellAddress, columnLetter, columnNumber } from "./formatie/grid";

export interface CellRef {
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Address lists are cut well under Excel's 8,192-character limit. */
export const MAX_ADDRESS_CHARS = 7000;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(address: string): CellRef | undefined {
  const match = CELL.exec(address.trim());
  if (!match) return undefined;
  const col = columnNumber(match[1] as string);
  const row = Number(match[2]);
  if (col === undefined || col > 16384 || row < 1 || row > 1048576) return undefined;
  return { row, col };
}

/** "B2:D9", "B2", "3:7" (whole rows) or "C:E" (whole columns); without a sheet name. */
export function parseRect(address: string): Rect | undefined {
  const text = address.trim();
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(text);
  if (rows) return normalize({ top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 });
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(text);
  if (cols) {
    const left = columnNumber(cols[1] as string);
    const right = columnNumber(cols[2] as string);
    if (left === undefined || right === undefined) return undefined;
    return normalize({ top: 1, bottom: 1048576, left, right });
  }
  const [first, second, ...rest] = text.split(":");
  if (first === undefined || rest.length > 0) return undefined;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return undefined;
  return normalize({ top: a.row, left: a.col, bottom: b.row, right: b.col });
}

function normalize(rect: Rect): Rect {
  return {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
}

/** Removes a leading sheet name ("'Blad 1'!A1:B2" → "A1:B2"). */
export function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** The areas of an address list such as `RangeAreas.address` gives ("Blad1!A1:B4, Blad1!D1:D4"). */
export function parseAreas(address: string): Rect[] {
  const rects: Rect[] = [];
  for (const part of splitAreas(address)) {
    const rect = parseRect(withoutSheet(part));
    if (rect) rects.push(rect);
  }
  return rects;
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (current.trim() !== "") parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

export function rectAddress(rect: Rect): string {
  const a = cellAddress(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${cellAddress(rect.bottom, rect.right)}`;
}

/** Whole rows "3:7" as an address. */
export function rowsAddress(first: number, last: number): string {
  return `${first}:${last}`;
}

/** A sheet name as Excel writes it in a reference: quoted when it needs to be. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to a range on a sheet, for formulas and validation sources ("='Lijsten'!$B$2:$B$9"). */
export function absoluteReference(sheet: string, rect: Rect): string {
  const cell = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  const range = rect.top === rect.bottom && rect.left === rect.right ? cell(rect.top, rect.left) : `${cell(rect.top, rect.left)}:${cell(rect.bottom, rect.right)}`;
  return `${quoteSheetName(sheet)}!${range}`;
}

/**
 * Cells as vertical runs, column by column: D5, D6, D7, D9 → "D5:D7", "D9". Duplicates are
 * ignored. The order is stable (by column, then row).
 */
export function cellRuns(cells: Iterable<CellRef>): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    let rows = byCol.get(col);
    if (!rows) byCol.set(col, (rows = []));
    rows.push(row);
  }
  const runs: Rect[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = (byCol.get(col) as number[]).sort((a, b) => a - b);
    let start = rows[0] as number;
    let prev = start;
    for (let i = 1; i <= rows.length; i++) {
      const row = rows[i];
      if (row === prev) continue;
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      runs.push({ top: start, bottom: prev, left: col, right: col });
      if (row === undefined) break;
      start = prev = row;
    }
  }
  return runs;
}

/** Address lists ("D5:D7,D9,F2") of at most `maxChars` characters each. */
export function chunkAddresses(addresses: Iterable<string>, maxChars = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** Every cell of an address list ("A4:A6,C2" → A4, A5, A6, C2); whole rows or columns are refused. */
export function expandAddressList(list: string, maxCells = 2_000_000): CellRef[] | undefined {
  const cells: CellRef[] = [];
  for (const part of splitAreas(list)) {
    const text = withoutSheet(part);
    if (!/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(text.trim())) return undefined;
    const rect = parseRect(text);
    if (!rect) return undefined;
    const size = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (cells.length + size > maxCells) return undefined;
    for (let col = rect.left; col <= rect.right; col++) for (let row = rect.top; row <= rect.bottom; row++) cells.push({ row, col });
  }
  return cells;
}

export function cellKey(row: number, col: number): number {
  return row * 16385 + col;
}
