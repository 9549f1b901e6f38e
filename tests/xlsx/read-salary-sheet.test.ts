import ExcelJS from "exceljs";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { readSalarySheet } from "../../src/xlsx/read-salary-sheet";

async function reread(workbook: ExcelJS.Workbook): Promise<FileWorkbook> {
  return FileWorkbook.fromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe("readSalarySheet", () => {
  it("is undefined when the workbook has no sheet 'Salaristabel'", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Formatie");
    expect(await readSalarySheet(await reread(workbook), "formatie.xlsx")).toBeUndefined();
  });

  it("reads the sheet into the same data a salary table file gives, a real date cell included", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(" salaristabel ");
    sheet.addRow(["Naam", "Cao Gemeenten per 1 januari 2025"]);
    sheet.addRow(["Geldig vanaf", new Date(Date.UTC(2025, 0, 1))]);
    sheet.getCell("B2").numFmt = "d-m-yyyy";
    sheet.addRow([]);
    sheet.addRow(["Schaal", 0, 1, 2]);
    sheet.addRow([10, 3200, 3350, 3500]);
    sheet.addRow(["11", { formula: "B5*1.1", result: 3520 }, 3700, 3880]);
    const result = await readSalarySheet(await reread(workbook), "formatie.xlsx");
    expect(result).toEqual({
      ok: true,
      table: {
        name: "Cao Gemeenten per 1 januari 2025",
        validFrom: "2025-01-01",
        source: "werkblad ' salaristabel ' in formatie.xlsx",
        currency: "EUR",
        period: "month",
        scales: [
          { scale: "10", steps: [3200, 3350, 3500] },
          { scale: "11", steps: [3520, 3700, 3880] },
        ],
      },
    });
  });

  it("names the cell of an amount it cannot read", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Salaristabel");
    sheet.addRow(["Geldig vanaf", "2025-01-01"]);
    sheet.addRow(["Schaal", 0, 1]);
    sheet.addRow([10, 3200, { error: "#N/A" }]);
    const result = await readSalarySheet(await reread(workbook), "f.xlsx");
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.problems.map((p) => p.message.nl)).toEqual(["Cel C3: '#N/A' is geen bedrag."]);
  });
});
