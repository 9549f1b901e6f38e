/**
 * A user's own salary table in the workbook: a sheet named "Salaristabel". The sheet becomes the
 * core's grid, and the core reads it into the same data a salary table JSON file gives.
 */
import type ExcelJS from "exceljs";
import { salaryTableFromGrid } from "../core/budget/salary-grid";
import type { SalaryTableLoadResult } from "../core/budget/load-salary-table";
import { worksheetGrid } from "./read-workbook";

export const SALARY_SHEET = "Salaristabel";

/** The sheet named "Salaristabel" (case and outer spaces ignored), if the workbook has one. */
export function findSalarySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === SALARY_SHEET.toLowerCase());
}

/** Undefined when the workbook has no such sheet; else the table or the problems (naming cells). */
export function readSalarySheet(workbook: ExcelJS.Workbook, fileLabel: string): SalaryTableLoadResult | undefined {
  const worksheet = findSalarySheet(workbook);
  if (!worksheet) return undefined;
  return salaryTableFromGrid(worksheetGrid(worksheet), {
    defaultName: `${SALARY_SHEET} (${fileLabel})`,
    defaultSource: `werkblad '${worksheet.name}' in ${fileLabel}`,
  });
}
