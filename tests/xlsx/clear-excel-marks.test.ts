/** A workbook marked in Excel (address lists in the status sheet) can be cleared by the ExcelJS adapter. */
import ExcelJS from "exceljs";
import { clearMarks, STATE_SHEET } from "../../src/xlsx/annotate";

test("clearMarks expands the Excel adapter's address lists", () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  const red = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } } as const;
  for (const address of ["A1", "A2", "A3", "C7"]) sheet.getCell(address).fill = { ...red };
  const state = workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  state.addRow(["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote"]);
  state.addRow(["Formatie", "A1:A3,C7", "null", "null", "", "FFFFC7CE", ""]);
  expect(clearMarks(workbook)).toBe(4);
  for (const address of ["A1", "A2", "A3", "C7"]) expect(sheet.getCell(address).fill).toBeUndefined();
});
