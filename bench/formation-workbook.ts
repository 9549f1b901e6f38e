/**
 * The benchmark formations as .xlsx files, written with ExcelJS: one sheet "Formatie" with a title,
 * a bold, coloured header row and the generated rows (see formation-generator.ts), as planners keep them.
 */
import ExcelJS from "exceljs";
import { bundledFunctieboek } from "../src/core/functieboek/bundled";
import { formationGrid } from "./formation-generator";

/** A column of text next to the formation's own (1-based column number, past the generated ten). */
export interface ExtraColumn {
  column: number;
  header: string;
  /** The text on data row `index` (0-based). */
  value: (index: number) => string;
}

/** The sheet's first data row (a title, an empty row and the header come first). */
export const FIRST_DATA_ROW = 4;

export async function formationWorkbookBytes(rows: number, extraColumns: readonly ExtraColumn[] = []): Promise<Uint8Array> {
  const grid = formationGrid(bundledFunctieboek(), rows);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  grid.rows.forEach((values, r) => {
    const line = values.map((v) => (v === null ? undefined : v));
    for (const extra of extraColumns) {
      if (r + 1 === FIRST_DATA_ROW - 1) line[extra.column - 1] = extra.header;
      else if (r + 1 >= FIRST_DATA_ROW) line[extra.column - 1] = extra.value(r + 1 - FIRST_DATA_ROW);
    }
    sheet.addRow(line);
  });
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const header = sheet.getRow(FIRST_DATA_ROW - 1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  [34, 40, 24, 8, 7, 14, 22, 16, 18, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
