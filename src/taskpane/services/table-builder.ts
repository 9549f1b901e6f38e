/**
 * Which tables "Genereer tabellen" makes, from one validation result: the placement tables of
 * src/core/plaatsing (overview, per function, per cluster, list) and the budget of src/core/budget,
 * plus the numbers of the pane's cluster chart. Injectable into the check engine, so the engine
 * does not depend on how the builders are put together.
 */
import { buildBudgetTable } from "../../core/budget/budget-table";
import type { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import { buildPlaatsingTables } from "../../core/plaatsing/plaatsing-tables";
import type { ValidationResult } from "../../core/rules/engine";
import type { TablesOptions, TablesOutcome } from "./check-protocol";

export type BuildTables = (result: ValidationResult, index: FunctieboekIndex, options: TablesOptions) => TablesOutcome;

export const buildTables: BuildTables = (result, index, options) => {
  const built = buildPlaatsingTables(result, index, { date: options.date, language: options.language });
  if (!built) return { usable: false, tables: [], clusters: [] };
  const budget = buildBudgetTable(built.plaatsing, {
    salaryTable: options.salaryTable,
    settings: options.budget,
    today: options.date,
    language: options.language,
  });
  return {
    usable: true,
    tables: [built.overview, built.perFunction, built.perCluster, built.list, budget],
    clusters: built.plaatsing.clusters.map((c) => ({ name: c.name, formationFte: c.indicativeFte, filledFte: c.placedFte })),
  };
};
