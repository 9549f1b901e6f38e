/**
 * "Invoerlijsten" in a .xlsx file with ExcelJS: dropdowns (list data validation) on a formation
 * sheet's columns, their values on the very-hidden sheet "Formatiecheck_lijsten" in the layout the
 * Office.js adapter uses — one column per list: the formation sheet's name, the range the dropdown
 * is on, then the values — so lists made in a file can be removed in Excel and back.
 */
import type ExcelJS from "exceljs";
import type { Language } from "../core/localized";
import { absoluteReference, parseRect, rectAddress, type Rect } from "../core/range-addresses";
import type { EntryList } from "../core/workbook-port";
import { setText } from "./write-text";

export const LISTS_SHEET = "Formatiecheck_lijsten";

/** The part of ExcelJS's worksheet model that holds data validations, one entry per address. */
interface ValidationModel {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
}

interface ListColumn {
  sheet: string;
  range: string;
  values: string[];
}

/** Replaces the lists of `sheet` with `lists` (none: removes them); lists of other sheets stay. */
export function setEntryLists(workbook: ExcelJS.Workbook, sheet: string, lists: readonly EntryList[], language: Language): void {
  const target = workbook.getWorksheet(sheet);
  if (!target) return;
  const columns = readListColumns(workbook);
  for (const column of columns.filter((c) => c.sheet === sheet)) {
    const rect = parseRect(column.range);
    if (rect) clearValidations(target, rect);
  }
  const kept = columns.filter((c) => c.sheet !== sheet);
  const added: ListColumn[] = lists
    .filter((list) => list.values.length > 0)
    .map((list) => ({ sheet, range: rectAddress({ top: list.firstRow, bottom: list.lastRow, left: list.column, right: list.column }), values: list.values }));
  const all = [...kept, ...added];

  const existing = workbook.getWorksheet(LISTS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  if (all.length === 0) return;
  const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
  all.forEach((column, i) => {
    [column.sheet, column.range, ...column.values].forEach((value, r) => setText(listSheet.getCell(r + 1, i + 1), value));
    // A kept list may have moved to another column: its dropdowns are pointed at it again.
    const worksheet = workbook.getWorksheet(column.sheet);
    const rect = parseRect(column.range);
    if (!worksheet || !rect) return;
    clearValidations(worksheet, rect);
    const source = absoluteReference(LISTS_SHEET, { top: 3, bottom: 2 + column.values.length, left: i + 1, right: i + 1 });
    modelOf(worksheet)[column.range] = {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Formatiecheck",
      error: language === "nl" ? "Kies een waarde uit de lijst van het functieboek." : "Choose a value from the function book's list.",
    };
  });
}

/** The lists recorded on the lists sheet (none when it is absent). */
function readListColumns(workbook: ExcelJS.Workbook): ListColumn[] {
  const sheet = workbook.getWorksheet(LISTS_SHEET);
  if (!sheet) return [];
  const columns: ListColumn[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    const values: string[] = [];
    sheet.getColumn(c).eachCell({ includeEmpty: false }, (cell, row) => {
      values[row - 1] = cell.text;
    });
    const [name, range, ...rest] = Array.from(values, (v) => v ?? "");
    if (name && range) columns.push({ sheet: name, range, values: rest.filter((v) => v !== "") });
  }
  return columns;
}

function modelOf(worksheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (worksheet as unknown as ValidationModel).dataValidations.model;
}

/** Removes every validation inside the rectangle (stored per cell after loading, per range when made here). */
function clearValidations(worksheet: ExcelJS.Worksheet, rect: Rect): void {
  const model = modelOf(worksheet);
  for (const address of Object.keys(model)) {
    const area = parseRect(address);
    if (area && area.top >= rect.top && area.bottom <= rect.bottom && area.left >= rect.left && area.right <= rect.right) delete model[address];
  }
}
