/**
 * A user's own salary table in the workbook: a sheet named "Salaristabel". The sheet becomes the
 * core's grid, and the core reads it into the same data a salary table JSON file gives.
 */
import { salaryTableFromGrid } from "../core/budget/salary-grid";
import type { SalaryTableLoadResult } from "../core/budget/load-salary-table";
import type { WorkbookPort } from "../core/workbook-port";

export const SALARY_SHEET = "Salaristabel";

/** Undefined when the workbook has no such sheet (case and outer spaces ignored); else the table or the problems (naming cells). */
export async function readSalarySheet(workbook: Pick<WorkbookPort, "listSheets" | "readSheet">, fileLabel: string): Promise<SalaryTableLoadResult | undefined> {
  const sheet = (await workbook.listSheets()).find((s) => s.name.trim().toLowerCase() === SALARY_SHEET.toLowerCase());
  if (!sheet) return undefined;
  return salaryTableFromGrid(await workbook.readSheet(sheet.name), {
    defaultName: `${SALARY_SHEET} (${fileLabel})`,
    defaultSource: `werkblad '${sheet.name}' in ${fileLabel}`,
  });
}
