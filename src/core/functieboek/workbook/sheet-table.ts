/**
 * A sheet of a functieboek workbook as a table: its header row found the way a formation header is
 * (any of the first rows, labels as aliases with case, accents and punctuation ignored, a known
 * label inside a longer one), and its data rows with their sheet coordinates.
 */
import { cellText, isEmptyCell, type CellValue, type Grid } from "../../formatie/grid";
import { HEADER_SEARCH_ROWS } from "../../formatie/header-detection";
import { labelLookup } from "../../formatie/label-lookup";
import type { ColumnSpec } from "./book-sheets";

export interface SheetTable {
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Column key → 1-based sheet column. */
  columns: Map<string, number>;
  /** Required columns the header lacks. */
  missing: ColumnSpec[];
  rows: TableRow[];
}

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  value(key: string): CellValue;
}

/** The header row and data rows; undefined when no row of the first ones names two of the columns. */
export function readSheetTable(grid: Grid, specs: readonly ColumnSpec[]): SheetTable | undefined {
  const originRow = grid.originRow ?? 1;
  const originCol = grid.originCol ?? 1;
  // Book labels may run a little longer than a formation's before they count as a sentence.
  const match = labelLookup(specs.map((spec) => ({ value: spec, labels: spec.labels })), 50).find;
  let best: { index: number; columns: Map<string, number> } | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const columns = new Map<string, number>();
    (grid.rows[i] ?? []).forEach((value, j) => {
      if (typeof value !== "string") return;
      const spec = match(value);
      if (spec && !columns.has(spec.key)) columns.set(spec.key, originCol + j);
    });
    const required = specs.filter((s) => s.required && columns.has(s.key)).length;
    const bestRequired = best ? specs.filter((s) => s.required && best?.columns.has(s.key)).length : -1;
    if (columns.size >= 2 && (!best || required > bestRequired || (required === bestRequired && columns.size > best.columns.size))) best = { index: i, columns };
  }
  if (!best) return undefined;
  const { index, columns } = best;
  const rows: TableRow[] = [];
  for (let i = index + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if ([...columns.values()].every((col) => isEmptyCell(cells[col - originCol]))) continue;
    rows.push({ row: originRow + i, value: (key) => (columns.has(key) ? (cells[(columns.get(key) as number) - originCol] ?? null) : null) });
  }
  return { headerRow: originRow + index, columns, missing: specs.filter((s) => s.required && !columns.has(s.key)), rows };
}

/** The rows of a key/value sheet (Beleid): the first non-empty cell of a row, and the cell right of it. */
export function readSettingRows(grid: Grid): { row: number; labelCol: number; label: string; value: CellValue }[] {
  const originRow = grid.originRow ?? 1;
  const originCol = grid.originCol ?? 1;
  const rows: { row: number; labelCol: number; label: string; value: CellValue }[] = [];
  grid.rows.forEach((cells, i) => {
    const j = cells.findIndex((v) => !isEmptyCell(v));
    if (j < 0) return;
    rows.push({ row: originRow + i, labelCol: originCol + j, label: cellText(cells[j]), value: cells[j + 1] ?? null });
  });
  return rows;
}

/** Matches a label against a list of specs' labels (exact, or a known label inside it). */
export function labelMatcher<T extends { labels: readonly string[] }>(specs: readonly T[]): (label: string) => T | undefined {
  const lookup = labelLookup(specs.map((spec) => ({ value: spec, labels: spec.labels })));
  return (label) => lookup.exact(label.replace(/[:：]\s*$/, ""));
}
