/**
 * The benchmark formations as .xlsx files, written with ExcelJS: one sheet "Formatie" with a title,
 * a bold, coloured header row and the generated rows (see formation-generator.ts), as planners keep them.
 */
import ExcelJS from "exceljs";
import { bundledFunctieboek } from "../src/core/functieboek/bundled";
import { formationGrid } from "./formation-generator";

export async function formationWorkbookBytes(rows: number): Promise<Uint8Array> {
  const grid = formationGrid(bundledFunctieboek(), rows);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  for (const values of grid.rows) sheet.addRow(values.map((v) => (v === null ? undefined : v)));
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const header = sheet.getRow(3);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  [34, 40, 24, 8, 7, 14, 22, 16, 18, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
