import { isBlankText } from "../text/normalize";

/**
 * The sheet as the core sees it: plain cell values with their sheet coordinates. Adapters
 * (the file reader, the live-Excel adapter) translate their cells into these values at the edge: formulas
 * become their cached result, rich text becomes plain text, error cells become `CellError`.
 */

/** An Excel error value (#N/A, #REF!, #DIV/0!, …). A formula without a cached result is "#UNCALCULATED". */
export interface CellError {
  error: string;
}

export type CellValue = null | string | number | boolean | Date | CellError;

/** A merged range of cells, in 1-based sheet coordinates (inclusive). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name, as findings report it. */
  sheet: string;
  /** Row values; `rows[i][j]` is the cell at sheet row `originRow + i`, column `originCol + j`. */
  rows: CellValue[][];
  /** 1-based sheet row of `rows[0]` (default 1). */
  originRow?: number;
  /** 1-based sheet column of `rows[i][0]` (default 1). */
  originCol?: number;
  /** 1-based sheet rows that are hidden or filtered out. */
  hiddenRows?: ReadonlySet<number>;
  /**
   * Merged ranges. An adapter may give a range's value in every cell of it or only in its top-left
   * cell; the core decides what a merge means (see `merged-cells.ts`).
   */
  merges?: readonly MergedRange[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as CellError).error === "string";
}

/** Empty: no value, or text of nothing but spaces and invisible characters (soft hyphens too). */
export function isEmptyCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const first = value.charCodeAt(0);
  if (first > 32 && first < 0x7f) return false; // the common case: starts with a visible ASCII character
  return isBlankText(value);
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27; undefined for anything that is not a column name. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Text of a cell for display and matching: numbers as written, dates as ISO dates. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return value.error;
}
