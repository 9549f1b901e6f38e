/**
 * Which tables "Genereer tabellen" makes, from one validation result: the placement tables of
 * src/core/plaatsing (overview, per function, per cluster, list) and the budget of src/core/budget
 * (per function and per cluster), plus the numbers of the pane's cluster chart and budget
 * overview. Injectable into the check engine, so the engine does not depend on how the builders
 * are put together.
 */
import { budgetWarnings } from "../../core/budget/budget-assumptions";
import { buildBudgetTables } from "../../core/budget/budget-table";
import type { FormationBudget } from "../../core/budget/formation-budget";
import type { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import { buildPlaatsingTables } from "../../core/plaatsing/plaatsing-tables";
import type { ValidationResult } from "../../core/rules/engine";
import type { BudgetSummary, TablesOptions, TablesOutcome } from "./check-protocol";
import { pricingInputs } from "./pricing-inputs";

export type BuildTables = (result: ValidationResult, index: FunctieboekIndex, options: TablesOptions) => TablesOutcome;

export const buildTables: BuildTables = (result, index, options) => {
  const built = buildPlaatsingTables(result, index, { date: options.date, language: options.language });
  if (!built) return { usable: false, tables: [], clusters: [] };
  const budget = buildBudgetTables(built.plaatsing, { ...pricingInputs(options), language: options.language });
  return {
    usable: true,
    tables: [built.overview, built.perFunction, built.perCluster, built.list, budget.perFunction, budget.perCluster],
    clusters: built.plaatsing.clusters.map((c) => ({ name: c.name, formationFte: c.indicativeFte, filledFte: c.placedFte })),
    budget: budgetSummary(budget.budget),
  };
};

/** The numbers and warnings the pane shows of a budget (plain data for the worker's reply). */
function budgetSummary(budget: FormationBudget): BudgetSummary {
  return {
    sheet: budget.sheet,
    year: budget.year,
    estimated: budget.estimated,
    warnings: budgetWarnings(budget),
    totals: budget.totals,
    clusters: budget.clusters
      .filter((c) => c.cluster || c.budgetedFte > 0)
      .map((c) => ({ name: c.cluster ? c.cluster.name : null, budgetedFte: c.budgetedFte, budgeted: c.budgeted, filledFte: c.filledFte, filledCost: c.filledCost, difference: c.difference })),
  };
}
