/**
 * Office.js cell values → the core's plain cell values, at the edge. `range.values` gives numbers,
 * strings and booleans; an error cell comes as its error text ("#N/A", "#DIV/0!"), which becomes
 * `{ error }`; an empty cell is "" and becomes null. Dates arrive as serial numbers (as they are
 * stored) and stay numbers: the formation columns hold no dates.
 */
import type { CellValue } from "../core/formatie/grid";

/** Excel's error values, as `range.values` reports them (en-US spelling in every locale). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function toCoreValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return EXCEL_ERRORS.has(value) ? { error: value } : value;
  return String(value);
}

/** A block of `range.values` as core rows, trailing empty cells kept (the grid is rectangular). */
export function toCoreRows(values: readonly (readonly unknown[])[]): CellValue[][] {
  const rows: CellValue[][] = new Array<CellValue[]>(values.length);
  for (let i = 0; i < values.length; i++) {
    const source = values[i] ?? [];
    const row: CellValue[] = new Array<CellValue>(source.length);
    for (let j = 0; j < source.length; j++) row[j] = toCoreValue(source[j]);
    rows[i] = row;
  }
  return rows;
}
