/**
 * The salary table for the budget: the bundled Cao Gemeenten table, one the user imports as JSON,
 * or the workbook's own sheet "Salaristabel", with the highest step every scale has (the choices
 * of "Salarisbasis"); and the reader of the user's own expected raises. Loaded on first use: zod,
 * the table and the budget code stay out of the pane's first chunk.
 */
import type { SalaryTableProblem } from "../../core/budget/load-salary-table";
import type { OwnMeasureReading } from "../../core/budget/own-measures";
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import type { WorkbookPort } from "../../core/workbook-port";

export interface LoadedSalaryTable {
  table: SalaryTable;
  /** The highest step (trede) every scale of the table has. */
  maxStep: number;
}

export type SalaryLoadResult = ({ ok: true } & LoadedSalaryTable) | { ok: false; problems: SalaryTableProblem[] };

export interface SalaryLoaders {
  bundled(): Promise<LoadedSalaryTable>;
  parse(text: string): Promise<SalaryLoadResult>;
  /** The workbook's sheet "Salaristabel"; undefined when there is none. `label` names the workbook in the table's source. */
  fromSheet(port: Pick<WorkbookPort, "listSheets" | "readSheet">, label: string): Promise<SalaryLoadResult | undefined>;
  /** An own raise typed as a date and an amount ("3 %", "€ 50"). */
  ownMeasure(dateText: string, amountText: string): Promise<OwnMeasureReading>;
}

async function withMaxStep(table: SalaryTable): Promise<LoadedSalaryTable> {
  const { commonMaxStep } = await import(/* webpackChunkName: "salaristabel" */ "../../core/budget/salary-cost");
  return { table, maxStep: commonMaxStep(table) };
}

export const defaultSalaryLoaders: SalaryLoaders = {
  bundled: async () => withMaxStep((await import(/* webpackChunkName: "salaristabel" */ "../../core/budget/bundled-salary-table")).bundledSalaryTable()),
  parse: async (text) => {
    const result = (await import(/* webpackChunkName: "salaristabel" */ "../../core/budget/load-salary-table")).parseSalaryTableText(text);
    return result.ok ? { ok: true, ...(await withMaxStep(result.table)) } : result;
  },
  fromSheet: async (port, label) => {
    const result = await (await import(/* webpackChunkName: "salaristabel" */ "../../xlsx/read-salary-sheet")).readSalarySheet(port, label);
    if (result === undefined || !result.ok) return result;
    return { ok: true, ...(await withMaxStep(result.table)) };
  },
  ownMeasure: async (dateText, amountText) => (await import(/* webpackChunkName: "salaristabel" */ "../../core/budget/own-measures")).ownMeasureOf(dateText, amountText),
};
