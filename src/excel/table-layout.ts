/**
 * Where each part of a generated table goes on its sheet, worked out from data alone: the title
 * block, the header and data rows as 2-D blocks of cell values, number formats and widths per
 * column, the totals row, footnotes, and the print setup (A4, landscape where wide, one page wide,
 * header row repeated, header and footer with title, functieboek, date and "pagina x van y").
 * The same layout as the ExcelJS writer (src/xlsx/write-tables.ts), so both adapters produce the
 * same sheets. All text goes into cells through `cellText`.
 */
import { columnLetter } from "../core/formatie/grid";
import { formatFte, type Language, type Localized } from "../core/localized";
import type { DataTable } from "../core/plaatsing/data-table";
import { OVERVIEW_TABLE } from "../core/plaatsing/overview-table";
import { LANDSCAPE_FROM, NUMBER_FORMATS } from "../core/plaatsing/table-output";
import { cellText } from "./cell-text";

type Cell = string | number | null;
type ColumnType = DataTable["columns"][number]["type"];

const MAX_TEXT_WIDTH = 48;
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
  const nl = options.language === "nl";
  const title = nl ? table.title : table.titleEn;
  const labels = table.columns.map((c) => (nl ? c.label : c.labelEn) || c.key);
  const lastCol = Math.max(1, table.columns.length);
  const widths = columnWidths(table, labels, options.language);
  const totalWidth = widths.reduce((a, b) => a + b, 0);

  const source = options.sourceSheet !== undefined ? (nl ? ` — werkblad '${options.sourceSheet}'` : ` — sheet '${options.sourceSheet}'`) : "";
  const subtitle = `${options.functieboekName}${source} — ${options.date}`;
  const noteLines = (table.notes ?? []).map((n) => n[options.language]);
  const titleBlock = [title, subtitle, ...noteLines].map((text) => [cellText(text), ...Array.from({ length: lastCol - 1 }, () => "")]);
  const headerRow = titleBlock.length + 2;

  const rows: Cell[][] = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const body: Cell[][] = [labels.map((l) => cellText(l))];
  for (const row of rows) body.push(table.columns.map((_, j) => valueOf(row[j] ?? null)));
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + rows.length;

  let totals: Cell[] | undefined;
  if (table.totals) {
    totals = table.columns.map((column, j) => {
      const value = table.totals?.[j] ?? null;
      if (j === 0) return cellText(typeof value === "string" ? value : nl ? "Totaal" : "Total");
      if (typeof value === "number" && column.type !== "text" && Math.abs(columnSum(rows, j) - value) < 0.005) {
        const letter = columnLetter(j + 1);
        return `=SUBTOTAL(109,${letter}${firstDataRow}:${letter}${lastDataRow})`;
      }
      return valueOf(value);
    });
  }
  const afterTable = lastDataRow + (totals ? 1 : 0);
  const footnoteLines = (table.footnotes ?? []).map((n) => n[options.language]);
  const footnotes = footnoteLines.map((text, i) => ({ row: afterTable + 2 + i, text: cellText(text) }));
  const lastRow = footnotes.length > 0 ? (footnotes[footnotes.length - 1] as { row: number }).row : afterTable;
  const chart = overviewChart(table, { headerRow, firstDataRow, lastDataRow, lastCol, lastRow }, options.language);

  const columns: ColumnLayout[] = table.columns.map((column, j) => ({
    letter: columnLetter(j + 1),
    type: column.type,
    ...(column.type !== "text" ? { numberFormat: NUMBER_FORMATS[column.type] } : {}),
    width: Math.round(((widths[j] ?? 10) * 7 + 5) * 0.75),
    wrap: column.type === "text",
  }));

  return {
    title,
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
    landscape: totalWidth > LANDSCAPE_FROM,
    onePage: table.onePage === true,
    header: { left: `&B${headerText(title, 80)}&B`, right: headerText(options.functieboekName, 80) },
    footer: { left: headerText(options.date, 20), right: nl ? "pagina &P van &N" : "page &P of &N" },
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

function columnSum(rows: readonly (readonly Cell[])[], index: number): number {
  let sum = 0;
  for (const row of rows) {
    const value = row[index];
    if (typeof value === "number") sum += value;
  }
  return sum;
}

/** Text in a page header or footer: "&" is a control character there, so it is doubled. */
function headerText(text: string, max: number): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(/&/g, "&&");
}

/** Widths in characters: the longest shown value or the label (plus room for the filter button). */
function columnWidths(table: DataTable, labels: string[], language: Language): number[] {
  return table.columns.map((column, j) => {
    let longest = (labels[j] ?? "").length + 3;
    for (const row of table.rows) longest = Math.max(longest, shown(row[j] ?? null, column.type, language).length + 2);
    if (table.totals) longest = Math.max(longest, shown(table.totals[j] ?? null, column.type, language).length + 2);
    const max = column.type === "text" ? MAX_TEXT_WIDTH : 24;
    return Math.min(max, Math.max(8, longest));
  });
}

function shown(value: Cell, type: ColumnType, language: Language): string {
  if (value === null) return "";
  if (typeof value === "string") return value.length > 200 ? value.slice(0, 200) : value;
  if (type === "fte") return formatFte(value, language);
  if (type === "euro") return `€ ${Math.round(value).toLocaleString(language === "nl" ? "nl-NL" : "en-US")}`;
  if (type === "percent") return `${Math.round(value * 100)}%`;
  return String(value);
}
