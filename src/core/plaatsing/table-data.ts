/**
 * A generated table as data: what the placement, budget and overview builders produce and what
 * every adapter (ExcelJS, the Office adapter, the pane) writes or shows. Builders fill it; adapters only
 * format it (column types say how: FTE as 0,00, euros as € #.##0).
 */

export type ColumnType = "text" | "fte" | "euro" | "integer" | "percent";

export interface TableColumn {
  key: string;
  /** Dutch header label, as written into the workbook. */
  label: string;
  labelEn: string;
  type: ColumnType;
}

export type TableCell = string | number | null;

export interface TableData {
  /** Sheet name ("Plaatsing per functie"). */
  name: string;
  /** Title printed above the table and in the page header. */
  title: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** A totals row, where one fits. */
  totals?: TableCell[];
  /** Lines shown under the title: settings used, the salary table and its date, warnings. */
  notes?: string[];
}
