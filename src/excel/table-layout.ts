/**
 * A generated table as Office.js writes it: the core's print layout (src/core/print/table-layout.ts,
 * the one the file writer uses too, so both adapters produce the same sheets: title block, header
 * and data rows, number formats and widths per column, totals row, footnotes, A4 page setup with
 * header and footer) turned into 2-D blocks of cell values, plus the Overzicht chart, which only
 * Office.js can draw. All text goes into cells through `cellText`.
 */
import { columnLetter } from "../core/formatie/grid";
import type { Language, Localized } from "../core/localized";
import type { DataTable } from "../core/plaatsing/data-table";
import { OVERVIEW_TABLE } from "../core/plaatsing/overview-table";
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

export interface SheetLayout {
  title: string;
  lastCol: number;
  /** Rows 1…n above the table: title, what it is made from, notes. */
  titleBlock: string[][];
  headerRow: number;
  /** Header labels then data rows, starting at `headerRow`. */
  table: Cell[][];
  firstDataRow: number;
  lastDataRow: number;
  /** The Excel table's totals row (formulas or values), right under the data. */
  totals?: Cell[];
  footnotes: { row: number; text: string }[];
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
  // Where everything goes and how it prints is the core's (src/core/print/table-layout.ts), as for
  // the file writer: the same title block with a Dutch date, widths that keep a wide table readable
  // on A4, the same page setup. Here it only becomes Office.js values: text through `cellText`,
  // the totals row's sums as SUBTOTAL formulas, widths in points.
  const page = printLayout(table, { functieboekName: options.functieboekName, date: options.date, language: options.language, ...(options.sourceSheet !== undefined ? { sourceSheet: options.sourceSheet } : {}) });
  const { lastCol, headerRow, firstDataRow, lastDataRow, lastRow } = page;
  const blank = () => Array.from({ length: lastCol - 1 }, () => "");
  const titleBlock = page.lines.map((line) => [cellText(line.text), ...blank()]);
  const body: Cell[][] = [page.labels.map((l) => cellText(l))];
  for (const row of page.rows) body.push(row.map((value) => valueOf(value ?? null)));
  const totals = page.totals?.map((cell, j): Cell => {
    if (cell.sumOf !== undefined) return `=SUBTOTAL(109,${cell.sumOf})`;
    return j === 0 && typeof cell.value === "string" ? cellText(cell.value) : valueOf(cell.value);
  });
  const footnotes = page.footnotes.map((line) => ({ row: line.row, text: cellText(line.text) }));
  const chart = overviewChart(table, { headerRow, firstDataRow, lastDataRow, lastCol, lastRow }, options.language);

  const columns: ColumnLayout[] = page.columns.map((column, j) => ({
    letter: columnLetter(j + 1),
    type: column.type,
    ...(column.numberFormat !== undefined ? { numberFormat: column.numberFormat } : {}),
    // Characters to points: Excel's width in "0" characters of the default font (7 px each, plus
    // 5 px padding), at 0.75 point per pixel.
    width: Math.round((column.width * 7 + 5) * 0.75),
    wrap: column.wrap,
  }));

  return {
    title: page.title,
    lastCol,
    titleBlock,
    headerRow,
    table: body,
    firstDataRow,
    lastDataRow,
    ...(totals ? { totals } : {}),
    footnotes,
    columns,
    lastRow,
    landscape: page.landscape,
    onePage: page.onePage,
    header: page.header,
    footer: page.footer,
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

function valueOf(value: Cell): Cell {
  if (typeof value === "string") return cellText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return "";
}




