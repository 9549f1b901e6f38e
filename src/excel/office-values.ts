/**
 * Office.js cell values → the core's plain cell values, at the edge. `range.values` gives numbers,
 * strings and booleans; an empty cell is "" and becomes null. Dates arrive as serial numbers (as
 * they are stored) and stay numbers: the formation columns hold no dates.
 *
 * An error cell comes as its error text *in Excel's language*: "#N/A" in English, "#N/B" in a
 * Dutch Excel ("#WAARDE!", "#DEEL/0!", …). Its text says nothing reliable, so the caller says which
 * cells are errors — from `range.valueTypes` ("Error") or from special cells of type Errors — and
 * such a cell becomes `{ error }` with Excel's own text, whatever the language.
 */
import type { CellValue } from "../core/formatie/grid";

export function toCoreValue(value: unknown, isError = false): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return isError ? { error: value } : value;
  return String(value);
}

/**
 * A block of `range.values` as core rows, trailing empty cells kept (the grid is rectangular);
 * `isError(i, j)` says which cells (0-based in the block) are error values.
 */
export function toCoreRows(values: readonly (readonly unknown[])[], isError?: (i: number, j: number) => boolean): CellValue[][] {
  const rows: CellValue[][] = new Array<CellValue[]>(values.length);
  for (let i = 0; i < values.length; i++) {
    const source = values[i] ?? [];
    const row: CellValue[] = new Array<CellValue>(source.length);
    for (let j = 0; j < source.length; j++) {
      const value = source[j];
      row[j] = toCoreValue(value, isError !== undefined && typeof value === "string" && isError(i, j));
    }
    rows[i] = row;
  }
  return rows;
}
