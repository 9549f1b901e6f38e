/**
 * Generated sheets (plaatsing and budget tables), laid out by the core's print layout
 * (src/core/print/table-layout.ts) exactly as the file writer lays them out: each a new sheet
 * with the table's values as 2-D blocks, the title block and footnotes as merged wrapping lines,
 * formats, alignment and widths per column (never per cell), row heights per run of rows, an
 * Excel table with its totals row, the Overzicht chart, and the print setup (A4, orientation by
 * width, fitted to one page wide, header row repeated, title, functieboek, date and "pagina x van
 * y" in header and footer). Regenerating replaces only sheets the status sheet records as the
 * tool's own; a user's sheet of the same name is never touched (the table goes to "Overzicht (2)").
 *
 * Nothing is lost when Excel refuses part way: the workbook's protection is checked first; the
 * names of the sheets about to be made are recorded before they are made (status-store.ts), so a
 * sheet made by a stopped run is recognised as the tool's and replaced next time, not left over;
 * calculation stays on, so the totals rows' SUBTOTAL formulas are calculated as written.
 */
import { localIsoDate } from "../core/format";
import type { DataTable, TableCell } from "../core/plaatsing/data-table";
import { columnLetter } from "../core/formatie/grid";
import { MARGINS, ROW_HEIGHT } from "../core/print/print-page";
import { layoutTable, type PrintLayout, type TextLine } from "../core/print/table-layout";
import { chunkAddresses, rowsAddress } from "../core/range-addresses";
import { claimSheetName, TABLE_STYLE, uniqueTableName } from "../core/plaatsing/table-output";
import type { WriteTablesOptions, WriteTablesResult } from "../core/workbook-port";
import { supports } from "./api-support";
import type { Context, ExcelSession } from "./excel-run";
import { assertWritable, queueProtection } from "./protection";
import { jsonBytes, type RequestBudget } from "./request-budget";
import { namesOf } from "./sheet-reader";
import { queueStatePart, workbookBookName } from "./state-part";
import { EMPTY_STATUS, STATUS_COLUMNS, STATUS_SHEET } from "./status-sheet";
import { appendStatus, dropOldStatus, queueStatus, takeStatus } from "./status-store";
import { cellText } from "./cell-text";
import { finishWrite, writeBudget, writeRows } from "./write-batch";

export interface OfficeWriteTablesOptions extends WriteTablesOptions {
  /** In every page header (default: the workbook's functieboek, else the bundled one). */
  functieboekName?: string;
  /** ISO date in every page footer (default: today). */
  date?: string;
}

export interface OfficeWriteTablesResult extends WriteTablesResult {
  /** The Excel table (ListObject) name per sheet. */
  excelTables: Record<string, string>;
}

export async function writeTables(session: ExcelSession, tables: readonly DataTable[], options: OfficeWriteTablesOptions = {}): Promise<OfficeWriteTablesResult> {
  const wantBook = options.functieboekName === undefined;
  // The Overzicht chart's categories need `ChartAxis.setCategoryNames` (ExcelApi 1.7).
  const charts = supports("chartCategories");
  return session.change(
    async (context, guess) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const excelTables = context.workbook.tables;
      excelTables.load("items/name,items/worksheet/name");
      const status = guess ? queueStatus(session, context) : undefined;
      const part = wantBook ? queueStatePart(session, context, guess) : undefined;
      const protection = queueProtection(context, [], true);
      await context.sync();
      const names = namesOf(sheets);
      session.learnSheets(names);
      let content = status ? takeStatus(session, status) : EMPTY_STATUS;
      if (!status && session.statusSheetKnown) {
        const late = queueStatus(session, context) as Excel.Range;
        await context.sync();
        content = takeStatus(session, late);
      }
      const functieboekName = options.functieboekName ?? (await workbookBookName(session, context, part));
      // Sheets are added and deleted: the workbook's structure must not be protected.
      assertWritable(protection, [], true);

      // Every sheet and table name first. Recorded names of sheets that no longer exist are dropped.
      const own = new Set(content.createdSheets.filter((n) => names.includes(n)));
      const claimed = new Set<string>();
      const replaced = new Set<string>();
      const tableNames = new Set<string>();
      for (const table of excelTables.items) if (!own.has(table.worksheet.name)) tableNames.add(table.name.toLowerCase());
      const plans = tables.map((table) => {
        const claim = claimSheetName(table.name, names, own, claimed);
        claimed.add(claim.name.toLowerCase());
        if (claim.replaces) replaced.add(claim.replaces);
        const excelTable = uniqueTableName(table.name, tableNames);
        tableNames.add(excelTable.toLowerCase());
        const layout = layoutTable(table, {
          functieboekName,
          date: options.date ?? localIsoDate(new Date()),
          ...(options.sourceSheet !== undefined ? { sourceSheet: options.sourceSheet } : {}),
          language: options.language ?? session.language,
        });
        return { table, claim, excelTable, layout };
      });
      // The status sheet's rows of marks, as they are; the tool's sheets: those kept and those to be made.
      const markRows = (session.status?.rows ?? []).slice(1).filter((row) => (row[0] ?? "") !== "" && (row[1] ?? "") !== "");
      const created = [...new Set([...[...own].filter((n) => !replaced.has(n)), ...plans.map((p) => p.claim.name)])];
      const entries = [...markRows, ...created.map((name) => Array.from({ length: STATUS_COLUMNS }, (_, i) => (i === 4 ? name : "")))];
      return { plans, replaced, entries, statusExists: names.includes(STATUS_SHEET) };
    },
    async (context, { plans, replaced, entries, statusExists }) => {
      const budget = writeBudget(context, { suspendCalculation: false });
      await finishWrite(context, budget, async () => {
        const oldLastRow = await appendStatus(context, budget, session, entries, statusExists);
        for (const name of replaced) {
          await budget.reserve(60);
          context.workbook.worksheets.getItem(name).delete();
        }
        for (const plan of plans) await writeTableSheet(context, budget, plan.claim.name, plan.excelTable, plan.layout, charts);
        await dropOldStatus(context, budget, session, oldLastRow, entries);
      });
      return {
        sheets: plans.map((p) => ({ table: p.table.name, sheet: p.claim.name, renamed: p.claim.userSheet !== undefined })),
        excelTables: Object.fromEntries(plans.map((p) => [p.claim.name, p.excelTable])),
      };
    },
  );
}

export async function writeTableSheet(context: Context, budget: RequestBudget, name: string, excelTable: string, layout: PrintLayout, charts: boolean): Promise<void> {
  await budget.reserve(80);
  const worksheet = context.workbook.worksheets.add(name);
  const last = columnLetter(layout.lastCol);
  const totalsRow = layout.lastDataRow + 1;
  const bodyEnd = layout.totals ? totalsRow : layout.lastDataRow;
  // 1. Values, as 2-D blocks: the title block, the header and data rows, the footnotes.
  await writeRows(worksheet, budget, 1, 1, layout.lines.map((line) => [cellText(line.text)]));
  await writeRows(worksheet, budget, layout.headerRow, 1, [layout.labels.map((label) => cellText(label)), ...layout.rows.map((row) => row.map(valueOf))]);
  if (layout.footnotes.length > 0) await writeRows(worksheet, budget, (layout.footnotes[0] as TextLine).row, 1, layout.footnotes.map((line) => [cellText(line.text)]));
  // 2. Formats per block and per column (never per cell). Title block and footnotes: one merged,
  // wrapping line per row across the table's width.
  await budget.reserve(600);
  const titleBlock = worksheet.getRange(`A1:${last}${layout.lines.length}`);
  if (layout.lastCol > 1) titleBlock.merge(true);
  titleBlock.format.wrapText = true;
  titleBlock.format.verticalAlignment = "Top";
  const titleFont = worksheet.getRange(`A1:${last}1`).format.font;
  titleFont.bold = true;
  titleFont.size = 14;
  if (layout.lines.length > 1) worksheet.getRange(`A2:${last}2`).format.font.italic = true;
  if (layout.footnotes.length > 0) {
    const notes = worksheet.getRange(`A${(layout.footnotes[0] as TextLine).row}:${last}${layout.lastRow}`);
    if (layout.lastCol > 1) notes.merge(true);
    notes.format.wrapText = true;
    notes.format.verticalAlignment = "Top";
  }
  const header = worksheet.getRange(`A${layout.headerRow}:${last}${layout.headerRow}`).format;
  header.font.bold = true;
  header.wrapText = true;
  worksheet.getRange(`A${layout.firstDataRow}:${last}${bodyEnd}`).format.verticalAlignment = "Top";
  header.verticalAlignment = "Bottom";
  for (const [j, column] of layout.columns.entries()) {
    await budget.reserve(300);
    const letter = columnLetter(j + 1);
    worksheet.getRange(`${letter}:${letter}`).format.columnWidth = column.points;
    // Header, data and totals of the column aligned alike: numbers right, text left (as Excel's
    // General alignment shows text), indented after a number column.
    if (column.align === "right" || column.indent > 0) {
      const whole = worksheet.getRange(`${letter}${layout.headerRow}:${letter}${bodyEnd}`).format;
      whole.horizontalAlignment = column.align === "right" ? "Right" : "Left";
      if (column.indent > 0) whole.indentLevel = column.indent;
    }
    const data = worksheet.getRange(`${letter}${layout.firstDataRow}:${letter}${bodyEnd}`);
    if (column.numberFormat !== undefined) setNumberFormat(data, column.numberFormat);
    if (column.wrap) data.format.wrapText = true;
  }
  // Row heights from the layout, the rows of one height together (default-height rows untouched).
  await setRowHeights(worksheet, budget, layout);
  // 3. The Excel table, with its totals row: bold, a line above.
  await budget.reserve(400 + jsonBytes(layout.totals ?? []));
  const table = worksheet.tables.add(`A${layout.headerRow}:${last}${layout.lastDataRow}`, true);
  table.name = excelTable;
  table.style = TABLE_STYLE;
  table.showBandedRows = true;
  if (layout.totals) {
    table.showTotals = true;
    const totals = table.getTotalRowRange();
    totals.formulas = [layout.totals.map((t, j) => (t.sumOf !== undefined ? `=SUBTOTAL(109,${t.sumOf})` : j === 0 && typeof t.value === "string" ? cellText(t.value) : valueOf(t.value)))];
    totals.format.font.bold = true;
    const line = totals.format.borders.getItem("EdgeTop");
    line.style = "Continuous";
    line.weight = "Thin";
  }
  worksheet.freezePanes.freezeRows(layout.headerRow);
  // 4. The chart (Overzicht), in the same request. The sheet is new (a sheet made earlier was
  // deleted first), so regenerating never leaves a second chart.
  const chart = charts ? layout.chart : undefined;
  if (chart && supports("chartCategories")) {
    await budget.reserve(300 + jsonBytes(chart.title));
    const excelChart = worksheet.charts.add("ColumnClustered", worksheet.getRange(chart.source), "Columns");
    excelChart.axes.categoryAxis.setCategoryNames(worksheet.getRange(chart.categories));
    excelChart.title.text = chart.title;
    excelChart.setPosition(chart.topLeft, chart.bottomRight);
  }
  // 5. Page layout (the print area takes in the chart): A4, margins, fitted to one page wide (or
  // a fixed scale), the header row on every page, pages numbered per sheet.
  await budget.reserve(900);
  const page = worksheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = layout.landscape ? "Landscape" : "Portrait";
  page.zoom = layout.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: layout.onePage ? 1 : 0 } : { scale: Math.round(layout.scale * 100) };
  page.leftMargin = MARGINS.left * 72;
  page.rightMargin = MARGINS.right * 72;
  page.topMargin = MARGINS.top * 72;
  page.bottomMargin = MARGINS.bottom * 72;
  page.headerMargin = MARGINS.header * 72;
  page.footerMargin = MARGINS.footer * 72;
  page.firstPageNumber = layout.firstPageNumber;
  page.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
  page.setPrintArea(`A1:${last}${chart ? chart.lastRow : layout.lastRow}`);
  const pages = page.headersFooters.defaultForAllPages;
  pages.leftHeader = layout.header.left;
  pages.rightHeader = layout.header.right;
  pages.leftFooter = layout.footer.left;
  pages.rightFooter = layout.footer.right;
}

/**
 * Every row the layout gives a height other than the default: rows of one height go together as
 * runs ("7:9") in address lists under Excel's length limit, one `RangeAreas` (ExcelApi 1.9) each.
 */
async function setRowHeights(worksheet: Excel.Worksheet, budget: RequestBudget, layout: PrintLayout): Promise<void> {
  const heights = new Map<number, number>();
  for (const line of [...layout.lines, ...layout.footnotes]) heights.set(line.row, line.height);
  heights.set(layout.headerRow, layout.headerHeight);
  layout.rowHeights.forEach((height, i) => heights.set(layout.firstDataRow + i, height));
  const runs = new Map<number, string[]>();
  let start = 0;
  let previous = 0;
  let current = ROW_HEIGHT;
  const close = () => {
    if (start > 0 && current !== ROW_HEIGHT) runs.set(current, [...(runs.get(current) ?? []), rowsAddress(start, previous)]);
  };
  for (const row of [...heights.keys()].sort((a, b) => a - b)) {
    const height = heights.get(row) as number;
    if (row === previous + 1 && height === current) {
      previous = row;
      continue;
    }
    close();
    start = row;
    previous = row;
    current = height;
  }
  close();
  for (const [height, addresses] of runs) {
    for (const list of chunkAddresses(addresses)) {
      await budget.reserve(jsonBytes(list) + 20);
      worksheet.getRanges(list).format.rowHeight = height;
    }
  }
}

function valueOf(value: TableCell): string | number {
  if (typeof value === "string") return cellText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return "";
}

/** One number format for a whole range: a single value applies to every cell. */
function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

