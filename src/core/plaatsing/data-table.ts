/**
 * A table as data: what HR and finance hand around (placement, budget, overview), built in the
 * core and only written by the adapters (an Excel table, JSON, plain text). Cells hold plain
 * values; the column type says how to show them.
 */
import type { Localized } from "../localized";

/** How a column's numbers are shown: FTE with two decimals, whole euros, a count, a fraction as %. */
export type ColumnType = "text" | "fte" | "euro" | "integer" | "percent";

export type TableCell = string | number | null;

export interface TableColumn {
  /** Stable key for programs (JSON consumers): English, camelCase. */
  key: string;
  /** Header label as users read it (Dutch). */
  label: string;
  labelEn: string;
  type: ColumnType;
  /** Numbers that name rather than count (row numbers, scales): shown as their digits, no 1.234. */
  plain?: boolean;
  /** Short codes (a level A–D): the column is as wide as its content, not a text column's minimum. */
  short?: boolean;
}

export interface DataTable {
  /** Stable name, also the sheet name the Excel writer uses ("Plaatsing per functie"). */
  name: string;
  /** Title over the table (Dutch) and its English version. */
  title: string;
  titleEn: string;
  columns: TableColumn[];
  /** One array per row, one cell per column. */
  rows: TableCell[][];
  /** The totals row, one cell per column (null where a total means nothing); absent when none fits. */
  totals?: TableCell[];
  /**
   * Lines saying what the table is made from and when (functieboek, sheet, date), for outputs with
   * no title block of their own (the CLI's text). A printed sheet's title block says the same, so
   * the print layout leaves these out.
   */
  about?: Localized[];
  /** Lines printed above the table: settings used, sources, warnings, what the columns mean. */
  notes?: Localized[];
  /** Lines printed under the table (details that would push the table down). */
  footnotes?: Localized[];
  /** Print hint: the table is a summary meant to fit on one page. */
  onePage?: boolean;
}

/** The column index of a key; throws on a typo in the code (not on user input). */
export function columnIndex(table: DataTable, key: string): number {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`Table '${table.name}' has no column '${key}'`);
  return index;
}

/** FTE sums rounded to 4 decimals: 0.1 + 0.2 is 0.3, not 0.30000000000000004. Never −0. */
export function roundFte(value: number): number {
  return withoutMinusZero(Math.round(value * 10000) / 10000);
}

/** Euro amounts rounded to cents. Never −0. */
export function roundEuro(value: number): number {
  return withoutMinusZero(Math.round(value * 100) / 100);
}

/** −0 (a difference of nothing, or a small negative rounded away) is 0: it reads the same both ways round. */
function withoutMinusZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** Sum of the numbers in one column (text and empty cells are skipped). */
export function columnSum(rows: readonly (readonly TableCell[])[], index: number): number {
  let sum = 0;
  for (const row of rows) {
    const value = row[index];
    if (typeof value === "number") sum += value;
  }
  return sum;
}
