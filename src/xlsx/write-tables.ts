/**
 * Writing the core's tables into a workbook with ExcelJS: each table on its own sheet as a real
 * Excel table (header row, table style, totals row), Dutch number formats, a frozen header,
 * column widths that fit, and print setup (A4, landscape where wide, one page wide, header row
 * repeated, header/footer with title, functieboek, date and "pagina x van y").
 *
 * Regenerating replaces only sheets the tool created itself (recorded in the state sheet); a
 * user's own sheet with the same name is never touched: the table goes to "Name (2)" and the
 * result says so. User text goes into cells through `setText` only.
 */
import type ExcelJS from "exceljs";
import type { DataTable, TableCell, TableColumn, ColumnType } from "../core/plaatsing/data-table";
import { columnSum } from "../core/plaatsing/data-table";
import { claimSheetName, LANDSCAPE_FROM, NUMBER_FORMATS, TABLE_STYLE, uniqueTableName, type SheetClaim } from "../core/plaatsing/table-output";
import { formatEuro } from "../core/plaatsing/table-text";
import { formatFte, localize, type Language, type Localized } from "../core/localized";
import { columnLetter } from "../core/formatie/grid";
import { createdSheets, recordCreatedSheet } from "./annotate";
import { setText } from "./write-text";

/** A4 in Excel's paper-size codes. */
const A4 = 9;
const MAX_TEXT_WIDTH = 40;

export interface WriteTablesOptions {
  /** The functieboek's name, in every page header. */
  functieboekName: string;
  /** The date the tables are made (ISO), in every page footer. */
  date: string;
  /** The formation sheet the tables are made from, under each title. */
  sourceSheet?: string;
  language?: Language;
}

export interface WrittenTable {
  /** The table's own name ("Plaatsingslijst"). */
  table: string;
  /** The sheet it was written to (the same, or "Plaatsingslijst (2)" next to a user's own sheet). */
  sheet: string;
  /** The Excel table (ListObject) name. */
  excelTable: string;
}

export interface WriteTablesResult {
  written: WrittenTable[];
  /** What the user should know: a sheet of theirs kept its name, so a table went elsewhere. */
  notices: Localized[];
}

const RENAMED: Localized = {
  nl: "Werkblad '{own}' is van uzelf en blijft ongewijzigd; de tabel staat in werkblad '{used}'.",
  en: "Sheet '{own}' is your own and stays unchanged; the table is in sheet '{used}'.",
};

export function writeTables(workbook: ExcelJS.Workbook, tables: readonly DataTable[], options: WriteTablesOptions): WriteTablesResult {
  const written: WrittenTable[] = [];
  const notices: Localized[] = [];
  for (const table of tables) {
    const { name, userSheet } = claimSheet(workbook, table.name);
    if (userSheet !== undefined) notices.push(localize(RENAMED, { own: userSheet, used: name }));
    const worksheet = workbook.addWorksheet(name);
    recordCreatedSheet(workbook, name);
    const excelTable = uniqueTableName(table.name, tableNames(workbook));
    writeSheet(worksheet, table, excelTable, options);
    written.push({ table: table.name, sheet: name, excelTable });
  }
  return { written, notices };
}

/** Claims the table's sheet name; a sheet the tool made itself under that name is removed first. */
function claimSheet(workbook: ExcelJS.Workbook, base: string): SheetClaim {
  const claim = claimSheetName(base, workbook.worksheets.map((ws) => ws.name), createdSheets(workbook));
  if (claim.replaces !== undefined) {
    const old = workbook.getWorksheet(claim.replaces);
    if (old) workbook.removeWorksheet(old.id);
  }
  return claim;
}

/** Names of the Excel tables already in the workbook, lower-cased. */
function tableNames(workbook: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>();
  for (const ws of workbook.worksheets) for (const t of ws.getTables() as unknown as ExcelJS.Table[]) taken.add(t.name.toLowerCase());
  return taken;
}

function writeSheet(worksheet: ExcelJS.Worksheet, table: DataTable, excelTable: string, options: WriteTablesOptions): void {
  const language = options.language ?? "nl";
  const nl = language === "nl";
  const title = nl ? table.title : table.titleEn;
  const labels = table.columns.map((c) => (nl ? c.label : c.labelEn));
  const widths = columnWidths(table, labels, language);
  const lastCol = table.columns.length;
  const pageWidth = widths.reduce((a, b) => a + b, 0);

  // Title block: title, what it is made from, notes.
  setText(worksheet.getCell(1, 1), title);
  worksheet.getCell(1, 1).font = { bold: true, size: 14 };
  const subtitle = nl
    ? `${options.functieboekName}${options.sourceSheet !== undefined ? ` — werkblad '${options.sourceSheet}'` : ""} — ${options.date}`
    : `${options.functieboekName}${options.sourceSheet !== undefined ? ` — sheet '${options.sourceSheet}'` : ""} — ${options.date}`;
  const textRows = [subtitle, ...(table.notes ?? []).map((n) => n[language])];
  writeTextRows(worksheet, 2, textRows, lastCol, pageWidth);
  worksheet.getCell(2, 1).font = { italic: true };
  const headerRow = 2 + textRows.length + 1;

  // Excel wants at least one data row in a table: an empty table gets one empty row.
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  const totals = table.totals;
  const constantTotals = new Map<number, TableCell>();
  const columns = table.columns.map((column, j) => {
    const definition: ExcelJS.TableColumnProperties & { totalsRowResult?: number } = { name: labels[j] ?? column.key, filterButton: true };
    if (!totals) return definition;
    const value = totals[j] ?? null;
    if (j === 0) definition.totalsRowLabel = typeof value === "string" ? value : nl ? "Totaal" : "Total";
    else if (typeof value === "number" && Math.abs(columnSum(rows, j) - value) < 0.005) {
      definition.totalsRowFunction = "sum";
      definition.totalsRowResult = value;
    } else {
      definition.totalsRowFunction = "none";
      if (value !== null) constantTotals.set(j, value);
    }
    return definition;
  });
  // Text goes in through setText below; the table itself only places the numbers.
  worksheet.addTable({
    name: excelTable,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: totals !== undefined,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns,
    rows: rows.map((row) => table.columns.map((_, j) => (typeof row[j] === "number" ? row[j] : null))),
  });
  // One style object per column for every data row: ExcelJS writes each distinct style object once,
  // so 50,000 rows share a handful of styles instead of making one per cell.
  const dataStyles = table.columns.map(columnStyle);
  rows.forEach((row, i) => {
    const excelRow = worksheet.getRow(headerRow + 1 + i);
    let lines = 1;
    table.columns.forEach((column, j) => {
      const cell = excelRow.getCell(j + 1);
      setCellValue(cell, row[j] ?? null);
      cell.style = dataStyles[j] as Partial<ExcelJS.Style>;
      const value = row[j];
      if (typeof value === "string") lines = Math.max(lines, Math.ceil(value.length / (Math.max(1, (widths[j] ?? 10) - 1) * 1.15)));
    });
    if (lines > 1) excelRow.height = 15 * Math.min(lines, 12);
  });
  if (totals) {
    const totalsRow = worksheet.getRow(headerRow + 1 + rows.length);
    table.columns.forEach((column, j) => {
      const cell = totalsRow.getCell(j + 1);
      const constant = constantTotals.get(j);
      if (constant !== undefined) formatCell(cell, column, constant);
      else if (column.type !== "text") cell.numFmt = NUMBER_FORMATS[column.type];
      cell.font = { bold: true };
    });
  }

  widths.forEach((width, j) => {
    const column = worksheet.getColumn(j + 1);
    column.width = width;
  });
  const tableEnd = headerRow + rows.length + (totals ? 1 : 0);
  const footnotes = (table.footnotes ?? []).map((n) => n[language]);
  writeTextRows(worksheet, tableEnd + 2, footnotes, lastCol, pageWidth);
  const lastRow = footnotes.length > 0 ? tableEnd + 1 + footnotes.length : tableEnd;
  worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  Object.assign(worksheet.pageSetup, {
    paperSize: A4,
    orientation: pageWidth > LANDSCAPE_FROM ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: table.onePage ? 1 : 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    // ExcelJS puts "$" before each part; "A$1" makes the reference absolute ("$A$1"), as Excel writes it.
    printArea: `A$1:${columnLetter(lastCol)}$${lastRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  });
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    oddHeader: `&L&B${headerText(title, 80)}&B&R${headerText(options.functieboekName, 80)}`,
    oddFooter: `&L${headerText(options.date, 20)}&R${nl ? "pagina &P van &N" : "page &P of &N"}`,
  };
}

/** Lines of text (title block, footnotes), each merged across the table's width and wrapped, so print keeps them whole. */
function writeTextRows(worksheet: ExcelJS.Worksheet, firstRow: number, texts: readonly string[], lastCol: number, pageWidth: number): void {
  texts.forEach((text, i) => {
    const row = firstRow + i;
    if (lastCol > 1) worksheet.mergeCells(row, 1, row, lastCol);
    const cell = worksheet.getCell(row, 1);
    setText(cell, text);
    cell.alignment = { wrapText: true, vertical: "top" };
    // A column width counts "0" characters; running text is narrower, about 1.15 characters per unit.
    const lines = Math.ceil(text.length / (Math.max(pageWidth, 20) * 1.15));
    if (lines > 1) worksheet.getRow(row).height = 15 * lines;
  });
}

/** Puts one value into a cell: text through setText, numbers with their column's format. */
function formatCell(cell: ExcelJS.Cell, column: TableColumn, value: TableCell): void {
  setCellValue(cell, value);
  if (column.type !== "text") cell.numFmt = NUMBER_FORMATS[column.type];
  if (column.type === "text") cell.alignment = { wrapText: true, vertical: "top" };
  else cell.alignment = { vertical: "top" };
}

/** A column's style as `formatCell` gives it (shared by the cells of a column: never change it in place). */
function columnStyle(column: TableColumn): Partial<ExcelJS.Style> {
  return column.type === "text" ? { alignment: { wrapText: true, vertical: "top" } } : { numFmt: NUMBER_FORMATS[column.type], alignment: { vertical: "top" } };
}

/** Text through setText, numbers as they are. */
function setCellValue(cell: ExcelJS.Cell, value: TableCell): void {
  if (typeof value === "string") setText(cell, value);
  else if (typeof value === "number") cell.value = value;
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
    for (const row of [...table.rows, ...(table.totals ? [table.totals] : [])]) longest = Math.max(longest, shown(row[j] ?? null, column.type, language).length + 2);
    const max = column.type === "text" ? MAX_TEXT_WIDTH : 24;
    return Math.min(max, Math.max(8, longest));
  });
}

function shown(value: TableCell, type: ColumnType, language: Language): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  switch (type) {
    case "fte":
      return formatFte(value, language);
    case "euro":
      return formatEuro(value, language);
    case "percent":
      return `${Math.round(value * 100)}%`;
    default:
      return String(value);
  }
}
