/**
 * The functieboek template into the open workbook ("Sjabloon invoegen"): each template sheet a new
 * sheet with its table, laid out for A4 as the tool's tables are (tables.ts), text through
 * `cellText` (so "9-10" stays text and nothing becomes a formula), and list dropdowns. The sheets
 * are the user's from then on: they are not recorded as the tool's own, so the tool never
 * replaces or removes them.
 *
 * Nothing of the user's is touched: the structure's protection is checked and every name is
 * checked free before anything is written; a name already in the workbook stops the insert. If
 * Excel refuses part way, the sheets added so far stay (Excel keeps the commands before a failure:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-advanced-concepts), and the
 * next attempt names them as in the way, so nothing is overwritten.
 */
import { dropdownValidations, templateConflict, type TemplateSheet } from "../core/functieboek/workbook/book-template";
import { uniqueTableName } from "../core/plaatsing/table-output";
import { localIsoDate } from "../core/format";
import type { InsertSheetsOptions } from "../core/workbook-port";
import type { ExcelSession } from "./excel-run";
import { WorkbookError } from "./office-errors";
import { assertWritable, queueProtection } from "./protection";
import { namesOf } from "./sheet-reader";
import { queueStatePart, workbookBookName } from "./state-part";
import { layoutTable } from "../core/print/table-layout";
import { writeTableSheet } from "./tables";
import { finishWrite, writeBudget } from "./write-batch";

export async function insertTemplateSheets(session: ExcelSession, sheets: readonly TemplateSheet[], options: InsertSheetsOptions = {}): Promise<string[]> {
  const language = options.language ?? session.language;
  const date = localIsoDate(new Date());
  return session.change(
    async (context, guess) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const tables = context.workbook.tables;
      tables.load("items/name");
      const part = options.functieboekName === undefined ? queueStatePart(session, context, guess) : undefined;
      const protection = queueProtection(context, [], true);
      await context.sync();
      const names = namesOf(worksheets);
      session.learnSheets(names);
      // The page header names the book: the one given, else the workbook's own, else the bundled one (as tables.ts and the file adapter do).
      const functieboekName = options.functieboekName ?? (await workbookBookName(session, context, part));
      assertWritable(protection, [], true);
      const conflict = templateConflict(names, sheets);
      if (conflict) throw new WorkbookError("sheet-exists", conflict);
      const taken = new Set(tables.items.map((t) => t.name.toLowerCase()));
      return sheets.map((sheet) => {
        const excelTable = uniqueTableName(sheet.table.name, taken);
        taken.add(excelTable.toLowerCase());
        const layout = layoutTable(sheet.table, { functieboekName, date, language });
        return { sheet, excelTable, layout };
      });
    },
    async (context, plans) => {
      const budget = writeBudget(context, { suspendCalculation: false });
      await finishWrite(context, budget, async () => {
        for (const { sheet, excelTable, layout } of plans) {
          await writeTableSheet(context, budget, sheet.table.name, excelTable, layout, false);
          const worksheet = context.workbook.worksheets.getItem(sheet.table.name);
          for (const dropdown of dropdownValidations(sheet, layout.firstDataRow)) {
            await budget.reserve(dropdown.list.length + 400);
            const range = worksheet.getRange(dropdown.range);
            range.dataValidation.ignoreBlanks = true;
            range.dataValidation.rule = { list: { inCellDropDown: true, source: dropdown.list } };
            range.dataValidation.errorAlert = { showAlert: true, style: dropdown.strict ? "Stop" : "Warning", title: dropdown.title, message: dropdown.message };
          }
        }
      });
      return plans.map((p) => p.sheet.table.name);
    },
  );
}
