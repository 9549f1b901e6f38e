/**
 * "Invoerlijsten": dropdowns (data validation lists) on a formation sheet's columns, their values
 * on the very-hidden sheet "Formatiecheck_lijsten" — one column per installed list: the formation
 * sheet's name, the range the dropdown is on, then the values. Lists of one sheet are replaced;
 * other sheets' lists stay where they are (their dropdowns point at their column by address).
 *
 * Nothing is lost when Excel refuses part way: protection is checked first; the lists sheet is
 * rewritten in place over its old extent (never cleared first), so every other sheet's column
 * holds its values at every step; only this sheet's dropdowns are off between their removal and
 * their new rule.
 */
import type { EntryList } from "../core/workbook-port";
import { absoluteReference, parseRect, rectAddress } from "../core/range-addresses";
import { cellText } from "./cell-text";
import type { ExcelSession } from "./excel-run";
import { assertWritable, queueProtection } from "./protection";
import { namesOf } from "./sheet-reader";
import { finishWrite, writeBudget, writeRows } from "./write-batch";

/** The very-hidden sheet that holds the dropdown values of "Invoerlijsten". */
export const LISTS_SHEET = "Formatiecheck_lijsten";

/** Replaces the lists of `sheet` by `lists` (none: removes them). */
export async function changeEntryLists(session: ExcelSession, sheet: string, lists: readonly EntryList[]): Promise<void> {
  await session.change(
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const protection = queueProtection(context, [sheet], true);
      await context.sync();
      const exists = namesOf(sheets).includes(LISTS_SHEET);
      // One column per list (sheet, address, values…). A column keeps its place: other sheets'
      // dropdowns point at their columns by address, so only this sheet's columns are reused.
      let slots: (string[] | undefined)[] = [];
      let oldExtent = { rows: 0, cols: 0 };
      if (exists) {
        const used = context.workbook.worksheets.getItem(LISTS_SHEET).getUsedRange(true);
        used.load("values,rowIndex,columnIndex");
        await context.sync();
        const read = transpose(used.values.map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))))).map((column) => ((column[0] ?? "") !== "" ? column : undefined));
        // The used range starts at the first column in use: the empty columns before it are slots too.
        slots = [...Array.from({ length: used.columnIndex }, () => undefined), ...read];
        oldExtent = { rows: used.rowIndex + used.values.length, cols: used.columnIndex + (used.values[0]?.length ?? 0) };
      }
      assertWritable(protection, [sheet], !exists);
      const previous = slots.flatMap((column) => (column?.[0] === sheet ? [column[1] ?? ""] : []));
      for (const [i, column] of slots.entries()) if (column?.[0] === sheet) slots[i] = undefined;
      const placed = lists
        .filter((list) => list.values.length > 0)
        .map((list) => {
          let index = slots.indexOf(undefined);
          if (index < 0) index = slots.length;
          slots[index] = [sheet, rectAddress({ top: list.firstRow, bottom: list.lastRow, left: list.column, right: list.column }), ...list.values];
          return { list, column: index + 1 };
        });
      while (slots.length > 0 && slots[slots.length - 1] === undefined) slots.pop();
      return { exists, slots, oldExtent, previous, placed };
    },
    async (context, { exists, slots, oldExtent, previous, placed }) => {
      const budget = writeBudget(context, { suspendCalculation: true });
      await finishWrite(context, budget, async () => {
        const target = context.workbook.worksheets.getItem(sheet);
        for (const address of previous) {
          const rect = parseRect(address);
          if (!rect) continue;
          await budget.reserve(80);
          target.getRange(rectAddress(rect)).dataValidation.clear();
        }
        let listSheet: Excel.Worksheet;
        await budget.reserve(120);
        if (exists) listSheet = context.workbook.worksheets.getItem(LISTS_SHEET);
        else {
          listSheet = context.workbook.worksheets.add(LISTS_SHEET);
          listSheet.visibility = "VeryHidden";
        }
        // In place over the old extent: cells no list uses any more become empty.
        const height = Math.max(oldExtent.rows, ...slots.map((c) => c?.length ?? 0));
        const width = Math.max(oldExtent.cols, slots.length);
        if (height > 0 && width > 0) {
          const grid = Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => cellText(slots[j]?.[i] ?? "")));
          await writeRows(listSheet, budget, 1, 1, grid, width);
        }
        for (const { list, column: index } of placed) {
          const source = absoluteReference(LISTS_SHEET, { top: 3, bottom: 2 + list.values.length, left: index, right: index });
          await budget.reserve(source.length + 300);
          const range = target.getRange(rectAddress({ top: list.firstRow, bottom: list.lastRow, left: list.column, right: list.column }));
          range.dataValidation.clear();
          range.dataValidation.ignoreBlanks = true;
          range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${source}` } };
          range.dataValidation.errorAlert = {
            showAlert: true,
            style: "Stop",
            title: "Formatiecheck",
            message: session.language === "nl" ? "Kies een waarde uit de lijst van het functieboek." : "Choose a value from the function book's list.",
          };
        }
      });
    },
  );
}

function transpose(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => rows.map((row) => row[j] ?? "")).map((column) => {
    let end = column.length;
    while (end > 0 && column[end - 1] === "") end--;
    return column.slice(0, end);
  });
}
