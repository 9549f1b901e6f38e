/**
 * The state sheet in a file: one row per group of marked cells with the same saved values, with an
 * address list, not one row per cell (a 50,000-row sheet marks 100,000 cells); both readers — the
 * file layer and the Excel adapter's parseStatusRows — find every cell. And marks the Excel adapter
 * made (its rows, its notes appended to the user's) are cleared in a file.
 */
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/core/findings";
import { SEVERITY_FILL } from "../../../src/core/marking";
import { parseStatusRows } from "../../../src/excel/status-sheet";
import { FileWorkbook, STATE_SHEET } from "../../../src/xlsx/file-workbook";

const ROWS = 500;
const OPTIONS = { today: () => "2026-11-30", bundledBookName: async () => "Functieboek Test" };

async function workbookBytes(build?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Formatie");
  sheet.addRow(["Functie", "FTE"]);
  for (let r = 2; r <= ROWS + 1; r++) sheet.addRow([`Functie ${r}`, 1]);
  sheet.getCell("B7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  build?.(sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function excelOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
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

test("marked cells alike share a state row; the Excel adapter's reader finds every cell", async () => {
  const file = await FileWorkbook.fromBytes(await workbookBytes(), OPTIONS);
  await file.markFindings(findings);
  const values = stateValues(await excelOf(await file.toBytes()));
  // Header, the plain cells (address lists), B7 (its own fill), B2 and B9 (their notes), the Controle sheet.
  expect(values.length).toBeLessThanOrEqual(8);
  const parsed = parseStatusRows(values);
  expect(parsed.marks.reduce((n, m) => n + m.cells.length, 0)).toBe(ROWS);
  expect(parsed.createdSheets).toEqual(["Controle"]);
});

test("clearing restores every cell's own fill", async () => {
  const file = await FileWorkbook.fromBytes(await workbookBytes(), OPTIONS);
  await file.markFindings(findings);
  expect(await file.clearMarks()).toBe(ROWS);
  const sheet = (await excelOf(await file.toBytes())).getWorksheet("Formatie") as ExcelJS.Worksheet;
  expect(sheet.getCell("B3").fill).toBeUndefined();
  expect((sheet.getCell("B7").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF00B050");
  expect(sheet.getCell("B2").note).toBeUndefined();
});

test("marks the Excel adapter made — address lists, notes appended to the user's — are cleared in a file", async () => {
  const bytes = await workbookBytes((sheet) => {
    const red = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL.error}` } } as const;
    for (const address of ["A1", "A2", "A3", "C7"]) sheet.getCell(address).fill = { ...red };
    sheet.getCell("B9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL.warning}` } };
    sheet.getCell("B9").note = "Van mij\n\nFormatiecheck:\nx: y";
    sheet.getCell("B4").note = "Formatiecheck:\nfte/invalid: Ongeldig";
    sheet.getCell("B5").note = "Een notitie van de gebruiker";
    const state = sheet.workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    state.addRow(["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote"]);
    state.addRow(["Formatie", "A1:A3,C7", JSON.stringify({ type: "pattern", pattern: "solid", fgColor: { argb: "FF123456" } }), "null", "", `FF${SEVERITY_FILL.error}`, ""]);
    state.addRow(["Formatie", "B9", "null", JSON.stringify("Van mij"), "", `FF${SEVERITY_FILL.warning}`, "Van mij\n\nFormatiecheck:\nx: y"]);
    state.addRow(["Formatie", "B4", "null", "null", "", `FF${SEVERITY_FILL.error}`, "Formatiecheck:\nfte/invalid: Ongeldig"]);
    state.addRow(["", "", "", "", "Controle", "", ""]);
  });
  const file = await FileWorkbook.fromBytes(bytes, OPTIONS);
  expect(await file.clearMarks()).toBe(6);
  const sheet = (await excelOf(await file.toBytes())).getWorksheet("Formatie") as ExcelJS.Worksheet;
  for (const address of ["A1", "A2", "A3", "C7"]) expect((sheet.getCell(address).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF123456");
  // No fill (ExcelJS reads a format with fill 0 as the pattern "none").
  expect([undefined, "none"]).toContain((sheet.getCell("B9").fill as ExcelJS.FillPattern | undefined)?.pattern);
  const text = (note: ExcelJS.Cell["note"]) => (typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join(""));
  expect(text(sheet.getCell("B9").note)).toBe("Van mij");
  expect(sheet.getCell("B4").note).toBeUndefined();
  expect(text(sheet.getCell("B5").note)).toBe("Een notitie van de gebruiker");
});
