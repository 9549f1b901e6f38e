/**
 * Where each part of a generated table goes on its sheet, for Office.js: the core's print layout
 * (src/core/print/table-layout.ts — the same one the file writer uses, so the add-in's sheets and
 * the CLI's print alike on A4) turned into what Office.js writes: the title block and footnotes as
 * lines with their row heights (merged across the table and wrapping, so a long note such as the
 * Formatiebudget's Uitgangspunten prints inside the page), the header and data rows as 2-D blocks
 * of cell values, column widths in points, the totals row as formulas, the print setup, and the
 * Overzicht's chart. All text goes into cells through `cellText`.
 */
import { columnLetter } from "../core/formatie/grid";
import type { Language, Localized } from "../core/localized";
import type { DataTable, TableCell } from "../core/plaatsing/data-table";
import { OVERVIEW_TABLE } from "../core/plaatsing/overview-table";
import { columnPoints } from "../core/print/print-page";
import { layoutTable as printLayout } from "../core/print/table-layout";
import { cellText } from "./cell-text";

type Cell = string | number | null;
type ColumnType = DataTable["columns"][number]["type"];

/** Rows the Overzicht chart spans (about 240 points at the default row height). */
const CHART_ROWS = 16;
const CHART_TITLE: Localized = { nl: "Formatie en bezetting per cluster", en: "Formation and filled positions per cluster" };

export interface TableLayoutOptions {
  functieboekName: string;
  /** ISO date, in every page footer. */
  date: string;
  sourceSheet?: string;
  language: Language;
}

export interface ColumnLayout {
  letter: string;
  type: ColumnType;
  numberFormat?: string;
  /** Width in points (Office.js `format.columnWidth`). */
  width: number;
  wrap: boolean;
}

/** A line of text above or under the table: one cell, merged across the table, wrapping, this high. */
export interface TextRow {
  row: number;
  text: string;
  kind: "title" | "subtitle" | "note" | "footnote";
  /** Row height in points. */
  height: number;
}

export interface SheetLayout {
  title: string;
  lastCol: number;
  /** Rows 1…n above the table: title, what it is made from, notes. */
  titleBlock: TextRow[];
  headerRow: number;
  /** Header labels then data rows, starting at `headerRow`. */
  table: Cell[][];
  firstDataRow: number;
  lastDataRow: number;
  /** The Excel table's totals row (formulas or values), right under the data. */
  totals?: Cell[];
  footnotes: TextRow[];
  columns: ColumnLayout[];
  lastRow: number;
  landscape: boolean;
  onePage: boolean;
  header: { left: string; right: string };
  footer: { left: string; right: string };
  /** A clustered column chart under the table (Overzicht only). */
  chart?: ChartLayout;
}
/**
 * The Overzicht chart: formatie and bezet per cluster, one series per column named by its header,
 * the clusters on the x-axis; the data rows only, not the totals row. It goes under the table and
 * its footnotes, as wide as the table, so it prints on the same (one) page.
 * Only the Office.js writer draws it: ExcelJS cannot create charts, so the CLI's sheets have none.
 */
export interface ChartLayout {
  title: string;
  /** The formatie and bezet columns with their header cells ("C5:D9"). */
  source: string;
  /** The cluster names of the data rows ("A6:A9"). */
  categories: string;
  /** The cells the chart covers: `setPosition(topLeft, bottomRight)`. */
  topLeft: string;
  bottomRight: string;
  /** The chart's last row: the print area reaches down to it. */
  lastRow: number;
}

export function layoutTable(table: DataTable, options: TableLayoutOptions): SheetLayout {
  const print = printLayout(table, {
    functieboekName: options.functieboekName,
    date: options.date,
    language: options.language,
    ...(options.sourceSheet !== undefined ? { sourceSheet: options.sourceSheet } : {}),
  });
  const text = (line: { row: number; text: string; kind: TextRow["kind"]; height: number }): TextRow => ({ row: line.row, text: cellText(line.text), kind: line.kind, height: line.height });
  const body: Cell[][] = [print.labels.map((l) => cellText(l)), ...print.rows.map((row) => row.map(valueOf))];
  const totals = print.totals?.map((t, j): Cell => (j > 0 && t.sumOf !== undefined ? `=SUBTOTAL(109,${t.sumOf})` : valueOf(t.value)));
  const chart = overviewChart(table, { headerRow: print.headerRow, firstDataRow: print.firstDataRow, lastDataRow: print.lastDataRow, lastCol: print.lastCol, lastRow: print.lastRow }, options.language);
  return {
    title: print.title,
    lastCol: print.lastCol,
    titleBlock: print.lines.map(text),
    headerRow: print.headerRow,
    table: body,
    firstDataRow: print.firstDataRow,
    lastDataRow: print.lastDataRow,
    ...(totals ? { totals } : {}),
    footnotes: print.footnotes.map(text),
    columns: print.columns.map((c, j) => ({
      letter: columnLetter(j + 1),
      type: c.type,
      ...(c.numberFormat !== undefined ? { numberFormat: c.numberFormat } : {}),
      width: columnPoints(c.width),
      wrap: c.wrap,
    })),
    lastRow: print.lastRow,
    landscape: print.landscape,
    onePage: print.onePage,
    header: print.header,
    footer: print.footer,
    ...(chart ? { chart } : {}),
  };
}

/** The chart of the Overzicht table: needs its cluster, formatie and bezet columns (the last two side by side) and data rows. */
function overviewChart(
  table: DataTable,
  at: { headerRow: number; firstDataRow: number; lastDataRow: number; lastCol: number; lastRow: number },
  language: Language,
): ChartLayout | undefined {
  if (table.name !== OVERVIEW_TABLE || table.rows.length === 0) return undefined;
  const index = (key: string) => table.columns.findIndex((c) => c.key === key);
  const cluster = index("part");
  const formation = index("formationFte");
  const filled = index("filledFte");
  if (cluster < 0 || formation < 0 || filled !== formation + 1) return undefined;
  const letter = (j: number) => columnLetter(j + 1);
  const top = at.lastRow + 2;
  const bottom = top + CHART_ROWS - 1;
  return {
    title: CHART_TITLE[language],
    source: `${letter(formation)}${at.headerRow}:${letter(filled)}${at.lastDataRow}`,
    categories: `${letter(cluster)}${at.firstDataRow}:${letter(cluster)}${at.lastDataRow}`,
    topLeft: `A${top}`,
    bottomRight: `${columnLetter(at.lastCol)}${bottom}`,
    lastRow: bottom,
  };
}

function valueOf(value: TableCell): Cell {
  if (typeof value === "string") return cellText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return "";
}
