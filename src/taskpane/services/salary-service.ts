/**
 * The salary table for the budget: the bundled Cao Gemeenten table, or one the user imports as
 * JSON, with the highest step every scale has (the choices of "Salarisbasis"). Loaded on first
 * use: zod, the table and the budget code stay out of the pane's first chunk.
 */
import type { SalaryTableProblem } from "../../core/budget/load-salary-table";
import type { SalaryTable } from "../../core/budget/salary-table-schema";

export interface LoadedSalaryTable {
  table: SalaryTable;
  /** The highest step (trede) every scale of the table has. */
  maxStep: number;
}

export type SalaryLoadResult = ({ ok: true } & LoadedSalaryTable) | { ok: false; problems: SalaryTableProblem[] };

export interface SalaryLoaders {
  bundled(): Promise<LoadedSalaryTable>;
  parse(text: string): Promise<SalaryLoadResult>;
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
};
