import type { CellValue, Grid } from "../../../../src/core/formatie/grid";
import type { TemplateSheet } from "../../../../src/core/functieboek/workbook/book-template";
import { layoutTable } from "../../../../src/core/print/table-layout";

/** The grids a workbook of these template sheets gives, cell for cell where the adapters write them. */
export function templateGrids(sheets: readonly TemplateSheet[]): Grid[] {
  return sheets.map(({ table }) => {
    const layout = layoutTable(table, { functieboekName: "Test", date: "2026-11-30", language: "nl" });
    const rows: CellValue[][] = [];
    const put = (row: number, cells: readonly CellValue[]) => (rows[row - 1] = [...cells]);
    for (const line of layout.lines) put(line.row, [line.text]);
    put(layout.headerRow, layout.labels);
    layout.rows.forEach((row, i) => put(layout.firstDataRow + i, row));
    return { sheet: table.name, rows: Array.from(rows, (r) => r ?? []) };
  });
}

/** A grid from rows written as a table: the first row is row 1. */
export function grid(sheet: string, rows: CellValue[][]): Grid {
  return { sheet, rows };
}
