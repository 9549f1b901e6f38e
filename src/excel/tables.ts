/**
 * Generated sheets (plaatsing and budget tables): each a new sheet with the table's values as 2-D
 * blocks, formats per column (never per cell), an Excel table with its totals row, the Overzicht
 * chart and the print setup (A4, header row repeated, title, functieboek and date in header and
 * footer). Regenerating replaces only sheets the status sheet records as the tool's own; a user's
 * sheet of the same name is never touched (the table goes to "Overzicht (2)").
 *
 * Nothing is lost when Excel refuses part way: the workbook's protection is checked first; the
 * names of the sheets about to be made are recorded before they are made (status-store.ts), so a
 * sheet made by a stopped run is recognised as the tool's and replaced next time, not left over;
 * calculation stays on, so the totals rows' SUBTOTAL formulas are calculated as written.
 */
import type { DataTable } from "../core/plaatsing/data-table";
import { columnLetter } from "../core/formatie/grid";
import { claimSheetName, TABLE_STYLE, uniqueTableName } from "../core/plaatsing/table-output";
import type { WriteTablesOptions, WriteTablesResult } from "../core/workbook-port";
import { supports } from "./api-support";
import type { Context, ExcelSession } from "./excel-run";
import { assertWritable, queueProtection } from "./protection";
import { jsonBytes, type RequestBudget } from "./request-budget";
import { namesOf } from "./sheet-reader";
import { queueStatePart, takeStatePart } from "./state-part";
import { EMPTY_STATUS, STATUS_COLUMNS, STATUS_SHEET } from "./status-sheet";
import { appendStatus, dropOldStatus, queueStatus, takeStatus } from "./status-store";
import { layoutTable, type SheetLayout } from "./table-layout";
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

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
      const state = part ? await takeStatePart(session, context, part) : undefined;
      const functieboekName = options.functieboekName ?? bookName(state?.functieboekJson) ?? (await bundledBookName());
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
          date: options.date ?? todayIso(),
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

export async function writeTableSheet(context: Context, budget: RequestBudget, name: string, excelTable: string, layout: SheetLayout, charts: boolean): Promise<void> {
  await budget.reserve(80);
  const worksheet = context.workbook.worksheets.add(name);
  const last = columnLetter(layout.lastCol);
  // 1. Values, as 2-D blocks.
  await writeRows(worksheet, budget, 1, 1, layout.titleBlock);
  await writeRows(worksheet, budget, layout.headerRow, 1, layout.table);
  for (const note of layout.footnotes) {
    await budget.reserve(jsonBytes(note.text) + 40);
    worksheet.getRange(`A${note.row}`).values = [[note.text]];
  }
  // 2. Formats per column and per block (never per cell).
  await budget.reserve(400);
  const titleRow = worksheet.getRange(`A1:${last}1`).format.font;
  titleRow.bold = true;
  titleRow.size = 14;
  worksheet.getRange(`A2:${last}2`).format.font.italic = true;
  const body = worksheet.getRange(`A${layout.firstDataRow}:${last}${layout.lastDataRow + (layout.totals ? 1 : 0)}`).format;
  body.verticalAlignment = "Top";
  for (const column of layout.columns) {
    await budget.reserve(160);
    worksheet.getRange(`${column.letter}:${column.letter}`).format.columnWidth = column.width;
    const data = worksheet.getRange(`${column.letter}${layout.firstDataRow}:${column.letter}${layout.lastDataRow + (layout.totals ? 1 : 0)}`);
    if (column.numberFormat !== undefined) setNumberFormat(data, column.numberFormat);
    if (column.wrap) data.format.wrapText = true;
  }
  // 3. The Excel table, with its totals row.
  await budget.reserve(300 + jsonBytes(layout.totals ?? []));
  const table = worksheet.tables.add(`A${layout.headerRow}:${last}${layout.lastDataRow}`, true);
  table.name = excelTable;
  table.style = TABLE_STYLE;
  table.showBandedRows = true;
  if (layout.totals) {
    table.showTotals = true;
    table.getTotalRowRange().formulas = [layout.totals.map((v) => v ?? "")];
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
  // 5. Page layout (the print area takes in the chart).
  await budget.reserve(800);
  const page = worksheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = layout.landscape ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: layout.onePage ? 1 : 0 };
  page.leftMargin = 36;
  page.rightMargin = 36;
  page.topMargin = 54;
  page.bottomMargin = 54;
  page.headerMargin = 21.6;
  page.footerMargin = 21.6;
  page.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
  page.setPrintArea(`A1:${last}${chart ? chart.lastRow : layout.lastRow}`);
  const pages = page.headersFooters.defaultForAllPages;
  pages.leftHeader = layout.header.left;
  pages.rightHeader = layout.header.right;
  pages.leftFooter = layout.footer.left;
  pages.rightFooter = layout.footer.right;
}

/** One number format for a whole range: a single value applies to every cell. */
function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

function bookName(json: string | undefined): string | undefined {
  if (json === undefined) return undefined;
  try {
    const name = (JSON.parse(json) as { name?: unknown }).name;
    return typeof name === "string" && name !== "" ? name : undefined;
  } catch {
    return undefined;
  }
}

async function bundledBookName(): Promise<string> {
  const { bundledFunctieboek } = await import("../core/functieboek/bundled");
  return bundledFunctieboek().name;
}
