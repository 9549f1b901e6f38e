/**
 * Where each part of a generated table goes on its sheet and how it prints, worked out from data
 * alone, the same for every adapter that writes the sheet: a title block (title; functieboek, source sheet and date; the table's notes),
 * the header row, the data rows with the heights their wrapped text needs, the totals row, the
 * footnotes, the Overzicht chart's place, column widths from the content (column-widths.ts), and
 * an A4 page setup that stays readable: portrait or landscape by width, fitted to one page wide
 * at 70 % or more (text columns wrap instead of widening the page), the header row repeated,
 * "pagina x van y" counted per sheet.
 */
import { formatDate, formatLongDate } from "../format";
import { columnLetter } from "../formatie/grid";
import type { Language } from "../localized";
import type { ColumnType, DataTable, TableCell } from "../plaatsing/data-table";
import { numberFormatOf } from "../plaatsing/table-output";
import { formatTableCell } from "../plaatsing/table-text";
import { fitColumnWidths } from "./column-widths";
import { overviewChart, type ChartLayout } from "./overview-chart";
import { columnPoints, effectiveScale, headerFooterText, MAX_ROW_HEIGHT, MIN_PRINT_SCALE, ROW_HEIGHT } from "./print-page";
import { wrappedLines, type TextStyle } from "./text-metrics";

export type { ChartLayout } from "./overview-chart";

export interface LayoutContext {
  /** The functieboek's name (it names the municipality). */
  functieboekName: string;
  sourceSheet?: string;
  /** The date of the check (ISO). */
  date: string;
  language: Language;
}

export interface LayoutColumn {
  type: ColumnType;
  numberFormat?: string;
  /** Width in characters (Excel's column width). */
  width: number;
  /** The same width in points (for a writer that sets widths in points). */
  points: number;
  wrap: boolean;
  /** Numbers right, text left; the header label as its column. */
  align: "left" | "right";
  /**
   * Indent level: every text column but the first is indented, so its text never touches the
   * column before — a number ending at its right edge, or text that fills its column (Excel and
   * LibreOffice wrap at slightly different points, so text may run up to the edge).
   */
  indent: number;
}

export interface TextLine {
  row: number;
  text: string;
  kind: "title" | "subtitle" | "note" | "footnote";
  /** Row height in points. */
  height: number;
}

export interface TotalCell {
  value: TableCell;
  /** The data range summed ("C7:C40"): the totals row adds up the rows shown (SUBTOTAL 109). */
  sumOf?: string;
}

export interface PrintLayout {
  title: string;
  lastCol: number;
  /** The title block: title, what it is made from and when, the table's notes (merged across the table, wrapping). */
  lines: TextLine[];
  headerRow: number;
  headerHeight: number;
  labels: string[];
  /** The data rows (an empty table gets one empty row: Excel tables need one). */
  rows: TableCell[][];
  /** Height in points of each data row. */
  rowHeights: number[];
  firstDataRow: number;
  lastDataRow: number;
  totals?: TotalCell[];
  footnotes: TextLine[];
  columns: LayoutColumn[];
  /** The last row of text (totals row or last footnote). */
  lastRow: number;
  /** Where the Overzicht chart goes, for an adapter that draws charts. */
  chart?: ChartLayout;
  landscape: boolean;
  /** Fitted to one page wide (else printed at `scale`, the columns going on to a next page). */
  fitToWidth: boolean;
  /** Fitted to one page high as well (a summary meant for one page, when that stays readable). */
  onePage: boolean;
  /** The scale it prints at (never above 1). */
  scale: number;
  /** Every sheet numbers its pages from 1 ("pagina 1 van 3"), also when printed with others. */
  firstPageNumber: number;
  header: { left: string; right: string };
  footer: { left: string; right: string };
}

const TITLE_STYLE: TextStyle = { bold: true, size: 14 };
/** A sheet that fits on one page at this share of its width-fitted scale or more is fitted to one page. */
const ONE_PAGE_SHRINK = 0.85;
const TITLE_LINE = 21;

export function layoutTable(table: DataTable, context: LayoutContext): PrintLayout {
  const language = context.language;
  const nl = language === "nl";
  const title = nl ? table.title : table.titleEn;
  const labels = table.columns.map((c) => (nl ? c.label : c.labelEn) || c.key);
  const lastCol = Math.max(1, table.columns.length);
  const rows: TableCell[][] = table.rows.length > 0 ? table.rows.map((r) => table.columns.map((_, j) => r[j] ?? null)) : [table.columns.map(() => null)];

  // Columns: text left and wrapping, numbers right; text after another column indented.
  const right = table.columns.map((c) => c.type !== "text");
  const indents = table.columns.map((_, j) => (!right[j] && j > 0 ? 1 : 0));
  const shown = table.columns.map((column, j) => {
    const texts = rows.map((row) => formatTableCell(row[j] ?? null, column, language));
    if (table.totals) texts.push(formatTableCell(table.totals[j] ?? (j === 0 ? (nl ? "Totaal" : "Total") : null), column, language));
    return texts;
  });
  const fitted = fitColumnWidths(table.columns.map((c, j) => ({ wrap: !right[j], indent: indents[j] as number, label: labels[j] as string, texts: shown[j] as string[] })));
  const widths = fitted.widths;
  const total = widths.reduce((a, b) => a + b, 0);
  const columns: LayoutColumn[] = table.columns.map((column, j) => {
    const numberFormat = numberFormatOf(column, language);
    return {
      type: column.type,
      ...(numberFormat !== undefined ? { numberFormat } : {}),
      width: widths[j] as number,
      points: columnPoints(widths[j] as number),
      wrap: !right[j],
      align: right[j] ? "right" : "left",
      indent: indents[j] as number,
    };
  });

  // Title block: the title, then what it is made from and when, then the table's own notes.
  const source = context.sourceSheet !== undefined ? (nl ? `werkblad '${context.sourceSheet}'` : `sheet '${context.sourceSheet}'`) : undefined;
  const subtitle = [context.functieboekName, source, formatLongDate(context.date, language)].filter((p) => p !== undefined).join(" · ");
  const lines: TextLine[] = [{ row: 1, text: title, kind: "title", height: Math.min(MAX_ROW_HEIGHT, wrappedLines(title, total, TITLE_STYLE) * TITLE_LINE) }];
  [subtitle, ...(table.notes ?? []).map((n) => n[language])].forEach((text, i) => {
    lines.push({ row: 2 + i, text, kind: i === 0 ? "subtitle" : "note", height: linesHeight(wrappedLines(text, total)) });
  });
  const headerRow = lines.length + 2;
  const headerHeight = linesHeight(Math.max(...labels.map((label, j) => wrappedLines(label, widths[j] as number, { bold: true }, indents[j]))));
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + rows.length;
  const rowHeights = rowHeightsOf(shown, columns, rows.length);

  let totals: TotalCell[] | undefined;
  if (table.totals) {
    totals = table.columns.map((column, j) => {
      const value = table.totals?.[j] ?? null;
      if (j === 0) return { value: typeof value === "string" ? value : nl ? "Totaal" : "Total" };
      if (typeof value === "number" && column.type !== "text" && table.rows.length > 0 && Math.abs(sum(rows, j) - value) < 0.005) {
        const letter = columnLetter(j + 1);
        return { value, sumOf: `${letter}${firstDataRow}:${letter}${lastDataRow}` };
      }
      return { value };
    });
  }
  const afterTable = lastDataRow + (totals ? 1 : 0);
  const footnotes: TextLine[] = (table.footnotes ?? []).map((n, i) => {
    const text = n[language];
    return { row: afterTable + 2 + i, text, kind: "footnote", height: linesHeight(wrappedLines(text, total)) };
  });
  const lastRow = footnotes.length > 0 ? (footnotes[footnotes.length - 1] as TextLine).row : afterTable;
  const chart = overviewChart(table, { headerRow, firstDataRow, lastDataRow, lastCol, lastRow }, language);

  // The page: fitted to one page wide; one page high too for a summary, where that stays readable.
  const heights = [
    ...lines.map((l) => l.height),
    ROW_HEIGHT,
    headerHeight,
    ...rowHeights,
    ...(totals ? [ROW_HEIGHT] : []),
    ...(footnotes.length > 0 ? [ROW_HEIGHT] : []),
    ...footnotes.map((f) => f.height),
    ...(chart ? Array.from({ length: chart.lastRow - lastRow }, () => ROW_HEIGHT) : []),
  ];
  const landscape = fitted.landscape;
  const wide = effectiveScale(widths, heights, { landscape, onePage: false });
  const page = effectiveScale(widths, heights, { landscape, onePage: true });
  // One page: a summary meant for one page where that stays readable, and any sheet that fits
  // on one page at a print at most ONE_PAGE_SHRINK smaller (no totals row alone on a second page).
  const onePage = (table.onePage === true && page >= MIN_PRINT_SCALE) || page >= Math.max(MIN_PRINT_SCALE, wide * ONE_PAGE_SHRINK);
  const fitScale = onePage ? page : wide;
  // Too wide even then (many number columns): printed at 70 %, the columns going on to a next page.
  const fitToWidth = fitScale >= MIN_PRINT_SCALE;
  const scale = fitToWidth ? fitScale : MIN_PRINT_SCALE;

  return {
    title,
    lastCol,
    lines,
    headerRow,
    headerHeight,
    labels,
    rows,
    rowHeights,
    firstDataRow,
    lastDataRow,
    ...(totals ? { totals } : {}),
    footnotes,
    columns,
    lastRow,
    ...(chart ? { chart } : {}),
    landscape,
    fitToWidth,
    onePage,
    scale,
    firstPageNumber: 1,
    header: { left: `&B${headerFooterText(title, 80)}&B`, right: headerFooterText(context.functieboekName, 80) },
    footer: { left: headerFooterText(formatDate(context.date, language), 20), right: nl ? "pagina &P van &N" : "page &P of &N" },
  };
}

function linesHeight(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * ROW_HEIGHT);
}

/** Each data row as high as its tallest wrapped cell (the same text is measured once per column). */
function rowHeightsOf(shown: readonly (readonly string[])[], columns: readonly LayoutColumn[], count: number): number[] {
  const caches = columns.map(() => new Map<string, number>());
  const heights: number[] = [];
  for (let i = 0; i < count; i++) {
    let lines = 1;
    columns.forEach((column, j) => {
      if (!column.wrap) return;
      const text = shown[j]?.[i] ?? "";
      if (text === "") return;
      const cache = caches[j] as Map<string, number>;
      let n = cache.get(text);
      if (n === undefined) {
        n = wrappedLines(text, column.width, {}, column.indent);
        cache.set(text, n);
      }
      lines = Math.max(lines, n);
    });
    heights.push(linesHeight(lines));
  }
  return heights;
}

function sum(rows: readonly (readonly TableCell[])[], j: number): number {
  let total = 0;
  for (const row of rows) {
    const value = row[j];
    if (typeof value === "number") total += value;
  }
  return total;
}
