/**
 * "Formatiebudget per cluster": the budget of formation-budget.ts per cluster — the part of the
 * formation the cluster's rows fill (begroot, with its FTE), what its occupied rows cost, and the
 * difference (ruimte) — and the formation no row of the sheet stands for on a line of its own, so
 * the totals equal the Formatiebudget's.
 */
import { localize, type Language, type Localized } from "../localized";
import type { DataTable, TableColumn } from "../plaatsing/data-table";
import { budgetWarnings } from "./budget-assumptions";
import { clusterName, type FormationBudget } from "./formation-budget";

export const BUDGET_CLUSTER_TABLE = "Formatiebudget per cluster";

const COLUMNS: TableColumn[] = [
  { key: "cluster", label: "Cluster", labelEn: "Cluster", type: "text" },
  { key: "budgetedFte", label: "Begroot (fte)", labelEn: "Budgeted (FTE)", type: "fte" },
  { key: "budgeted", label: "Begroot (€)", labelEn: "Budgeted (€)", type: "euro" },
  { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
  { key: "filledCost", label: "Kosten bezetting (€)", labelEn: "Cost of filled (€)", type: "euro" },
  { key: "difference", label: "Verschil (ruimte) (€)", labelEn: "Difference (room) (€)", type: "euro" },
];

const NOTES = {
  how: {
    nl: "Begrotingsjaar {year:plain}, berekend op {today:date}; de uitgangspunten staan op het werkblad Formatiebudget. Het begrote deel van een cluster is de formatie die zijn rijen vullen, in de volgorde van het werkblad: eerst bezette rijen, dan vacatures.",
    en: "Budget year {year:plain}, calculated on {today:date}; the assumptions are on the sheet Formatiebudget. A cluster's budgeted part is the formation its rows fill, in sheet order: occupied rows first, then vacancies.",
  },
} satisfies Record<string, Localized>;

export function buildBudgetClusterTable(budget: FormationBudget, language: Language): DataTable {
  const lines = budget.clusters.filter((c) => c.cluster || c.budgetedFte > 0);
  const rows = lines.map((c) => [clusterName(c, budget.sheet, language), c.budgetedFte, c.budgeted, c.filledFte, c.filledCost, c.difference]);
  const { totals } = budget;
  return {
    name: BUDGET_CLUSTER_TABLE,
    title: `Formatiebudget ${budget.year} per cluster`,
    titleEn: `Formation budget ${budget.year} per cluster`,
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", totals.formationFte, totals.budgeted, totals.filledFte, totals.filledCost, totals.difference],
    notes: [...budgetWarnings(budget), localize(NOTES.how, { year: budget.year, today: budget.today })],
  };
}
