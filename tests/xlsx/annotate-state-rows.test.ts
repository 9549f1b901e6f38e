/**
 * The state sheet keeps one row per group of marked cells with the same saved values, with an
 * address list (as the Excel adapter writes it), not one row per cell: a 50,000-row sheet marks
 * 100,000 cells. Both readers — clearMarks here and the Excel adapter's parseStatusRows — read it.
 */
import ExcelJS from "exceljs";
import type { Finding } from "../../src/core/findings";
import { parseStatusRows } from "../../src/excel/status-sheet";
import { annotateWorkbook, clearMarks, STATE_SHEET } from "../../src/xlsx/annotate";

const ROWS = 500;

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Formatie");
  sheet.addRow(["Functie", "FTE"]);
  for (let r = 2; r <= ROWS + 1; r++) sheet.addRow([`Functie ${r}`, 1]);
  sheet.getCell("B7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  sheet.getCell("B9").note = "Eigen notitie";
  return wb;
}

/** An aggregate finding on B2 that concerns every row, and one of its own on B9. */
const findings: Finding[] = [
  { code: "fte/over-formation", severity: "error", sheet: "Formatie", row: 2, column: "B", cell: "B2", rows: Array.from({ length: ROWS }, (_, i) => i + 2), message: { nl: "Te veel", en: "Too much" } },
  { code: "fte/invalid", severity: "warning", sheet: "Formatie", row: 9, column: "B", cell: "B9", message: { nl: "Ongeldig", en: "Invalid" } },
];

function stateValues(wb: ExcelJS.Workbook): unknown[][] {
  const values: unknown[][] = [];
  wb.getWorksheet(STATE_SHEET)?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return values;
}

test("marked cells alike share a state row; each reader finds every cell", () => {
  const wb = workbook();
  annotateWorkbook(wb, findings);
  const values = stateValues(wb);
  // Header, the plain cells (one address list), B7 (its own fill), B9 (its own note), the Controle sheet.
  expect(values.length).toBeLessThanOrEqual(6);
  const parsed = parseStatusRows(values);
  expect(parsed.marks.reduce((n, m) => n + m.cells.length, 0)).toBe(ROWS);
  expect(parsed.createdSheets).toEqual(["Controle"]);
});

test("clearing restores every cell's own fill and note", () => {
  const wb = workbook();
  annotateWorkbook(wb, findings);
  expect(clearMarks(wb)).toBe(ROWS);
  const sheet = wb.getWorksheet("Formatie") as ExcelJS.Worksheet;
  expect(sheet.getCell("B3").fill).toBeUndefined();
  expect((sheet.getCell("B7").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF00B050");
  expect(sheet.getCell("B9").note).toBe("Eigen notitie");
});
