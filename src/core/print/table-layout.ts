/**
 * Where each part of a generated table goes on its sheet and how it prints, worked out from data
 * alone, the same for every adapter: a title block (title; functieboek, source sheet and date),
 * the header row, the data rows with their heights, the totals row, the footnotes, column widths
 * from the content with caps, and an A4 page setup that stays readable (fitted to one page wide at
 * 70 % or more: wide text columns wrap instead of widening the page).
 */
import { formatDate, formatLongDate } from "../format";
import { columnLetter } from "../formatie/grid";
import type { Language } from "../localized";
import type { ColumnType, DataTable, TableCell } from "../plaatsing/data-table";
import { NUMBER_FORMATS } from "../plaatsing/table-output";
import { formatTableCell } from "../plaatsing/table-text";
import { effectiveScale, headerFooterText, readableWidth, ROW_HEIGHT } from "./print-page";

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
  /** Width in characters. */
  width: number;
  wrap: boolean;
  align: "left" | "right";
  /** Text after a right-aligned number gets an indent, so the two never touch. */
  indent: boolean;
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
  lines: TextLine[];
  headerRow: number;
  headerHeight: number;
  labels: string[];
  /** The data rows (an empty table gets one empty row: Excel tables need one). */
  rows: TableCell[][];
  rowHeights: number[];
  firstDataRow: number;
  lastDataRow: number;
  totals?: TotalCell[];
  footnotes: TextLine[];
  columns: LayoutColumn[];
  lastRow: number;
  landscape: boolean;
  onePage: boolean;
  /** The scale it prints at (fitted to the page width; never above 1). */
  scale: number;
  header: { left: string; right: string };
  footer: { left: string; right: string };
}

/** Widest a column grows, in characters: text wraps past it. */
const MAX_TEXT = 60;
const MIN_TEXT = 14;
const MAX_NUMBER = 16;
const MIN_WIDTH = 7;
/** Characters of running text per width unit (a width counts "0" characters; text is narrower). */
const TEXT_PER_UNIT = 1.15;
const MAX_ROW_HEIGHT = 409;

function linesOf(text: string, width: number): number {
  if (text === "") return 1;
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / Math.max(1, width * TEXT_PER_UNIT))), 0);
}

function heightOf(lines: number, base = ROW_HEIGHT): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(base, lines * ROW_HEIGHT));
}

export function layoutTable(table: DataTable, context: LayoutContext): PrintLayout {
  const language = context.language;
  const nl = language === "nl";
  const title = nl ? table.title : table.titleEn;
  const labels = table.columns.map((c) => (nl ? c.label : c.labelEn) || c.key);
  const lastCol = Math.max(1, table.columns.length);
  const rows: TableCell[][] = table.rows.length > 0 ? table.rows.map((r) => table.columns.map((_, j) => r[j] ?? null)) : [table.columns.map(() => null)];

  // Widths from the content: the longest value, or the label's longest word (labels wrap).
  const natural = table.columns.map((column, j) => {
    const label = labels[j] ?? "";
    let longest = Math.max(...label.split(/\s+/).map((w) => w.length)) + 2;
    for (const row of rows) longest = Math.max(longest, longestLine(formatTableCell(row[j] ?? null, column, language)) + 2);
    if (table.totals) longest = Math.max(longest, longestLine(formatTableCell(table.totals[j] ?? null, column, language)) + 2);
    if (column.type === "text" && column.short) return Math.max(MIN_WIDTH, longest);
    return column.type === "text" ? Math.min(MAX_TEXT, Math.max(MIN_WIDTH + 3, longest)) : Math.min(MAX_NUMBER, Math.max(MIN_WIDTH, longest));
  });
  const widths = fitWidths(natural, table.columns.map((c) => c.type));
  const total = widths.reduce((a, b) => a + b, 0);
  const landscape = total > readableWidth(false) * 0.7;

  const columns: LayoutColumn[] = table.columns.map((column, j) => ({
    type: column.type,
    ...(column.type !== "text" ? { numberFormat: NUMBER_FORMATS[column.type] } : {}),
    width: widths[j] as number,
    wrap: column.type === "text",
    align: column.type === "text" ? "left" : "right",
    indent: column.type === "text" && j > 0 && table.columns[j - 1]?.type !== "text",
  }));

  // Title block: the title, then what it is made from and when, then the table's own notes.
  const source = context.sourceSheet !== undefined ? (nl ? `werkblad '${context.sourceSheet}'` : `sheet '${context.sourceSheet}'`) : undefined;
  const subtitle = [context.functieboekName, source, formatLongDate(context.date, language)].filter((p) => p !== undefined).join(" · ");
  const lines: TextLine[] = [];
  const lineWidth = Math.max(total, 20);
  lines.push({ row: 1, text: title, kind: "title", height: 21 });
  [subtitle, ...(table.notes ?? []).map((n) => n[language])].forEach((text, i) => {
    lines.push({ row: 2 + i, text, kind: i === 0 ? "subtitle" : "note", height: heightOf(linesOf(text, lineWidth)) });
  });
  const headerRow = lines.length + 2;
  const headerHeight = heightOf(Math.max(...labels.map((l, j) => linesOf(l, (widths[j] ?? 10) - 2))));
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + rows.length;
  const rowHeights = rows.map((row) => heightOf(Math.max(1, ...row.map((value, j) => (typeof value === "string" && columns[j]?.wrap ? linesOf(value, (widths[j] ?? 10) - 1) : 1)))));

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
    return { row: afterTable + 2 + i, text, kind: "footnote", height: heightOf(linesOf(text, lineWidth)) };
  });
  const lastRow = footnotes.length > 0 ? (footnotes[footnotes.length - 1] as TextLine).row : afterTable;

  const onePage = table.onePage === true;
  const heights = [...lines.map((l) => l.height), ROW_HEIGHT, headerHeight, ...rowHeights, ...(totals ? [ROW_HEIGHT] : []), ...(footnotes.length > 0 ? [ROW_HEIGHT] : []), ...footnotes.map((f) => f.height)];
  const scale = effectiveScale(widths, heights, { landscape, onePage });

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
    landscape,
    onePage,
    scale,
    header: { left: `&B${headerFooterText(title, 80)}&B`, right: headerFooterText(context.functieboekName, 80) },
    footer: { left: headerFooterText(formatDate(context.date, language), 20), right: nl ? "pagina &P van &N" : "page &P of &N" },
  };
}

function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split("\n")) longest = Math.max(longest, line.length);
  return longest;
}

function sum(rows: readonly (readonly TableCell[])[], j: number): number {
  let total = 0;
  for (const row of rows) {
    const value = row[j];
    if (typeof value === "number") total += value;
  }
  return total;
}

/**
 * Narrows the widest text columns (never below MIN_TEXT) until the table fits the readable width of
 * a landscape page; their text wraps instead.
 */
function fitWidths(natural: readonly number[], types: readonly ColumnType[]): number[] {
  const widths = [...natural];
  const limit = readableWidth(true) - widths.length;
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > limit) {
    let widest = -1;
    for (let j = 0; j < widths.length; j++) if (types[j] === "text" && (widths[j] as number) > MIN_TEXT && (widest < 0 || (widths[j] as number) > (widths[widest] as number))) widest = j;
    if (widest < 0) break;
    const step = Math.min((widths[widest] as number) - MIN_TEXT, total - limit, 4);
    widths[widest] = (widths[widest] as number) - Math.max(1, step);
    total -= Math.max(1, step);
  }
  return widths;
}
