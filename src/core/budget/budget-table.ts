/**
 * "Formatiebudget": per function what the formation costs in the begrotingsjaar (begroot), what
 * the people placed cost (kosten bezetting) and the difference (ruimte), with the FTE behind each
 * and how the occupied rows were priced. The sheet starts with the Uitgangspunten
 * (budget-assumptions.ts); the sources of the raises stand under the table. The numbers come from
 * formation-budget.ts; "Formatiebudget per cluster" (budget-cluster-table.ts) shares them.
 */
import type { Language, Localized } from "../localized";
import { localize } from "../localized";
import type { DataTable, TableCell, TableColumn } from "../plaatsing/data-table";
import { budgetFootnotes, budgetNotes } from "./budget-assumptions";
import { buildBudgetClusterTable } from "./budget-cluster-table";
import { calculateFormationBudget, type FormationBudget, type FormationBudgetOptions, type FunctionBudget, type PriceSource } from "./formation-budget";

export const BUDGET_TABLE = "Formatiebudget";

const COLUMNS: TableColumn[] = [
  { key: "function", label: "Functie", labelEn: "Function", type: "text" },
  { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer", plain: true },
  { key: "formationFte", label: "Formatie (fte)", labelEn: "Formation (FTE)", type: "fte" },
  { key: "yearSalary", label: "Salaris per fte per jaar (€)", labelEn: "Salary per FTE per year (€)", type: "euro" },
  { key: "costPerFte", label: "Kosten per fte per jaar (€)", labelEn: "Cost per FTE per year (€)", type: "euro" },
  { key: "budgeted", label: "Begroot (€)", labelEn: "Budgeted (€)", type: "euro" },
  { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
  { key: "filledBasis", label: "Bezetting gerekend op", labelEn: "Filled priced at", type: "text" },
  { key: "filledCost", label: "Kosten bezetting (€)", labelEn: "Cost of filled (€)", type: "euro" },
  { key: "difference", label: "Verschil (ruimte) (€)", labelEn: "Difference (room) (€)", type: "euro" },
  { key: "remark", label: "Opmerking", labelEn: "Remark", type: "text" },
];

const SOURCE_WORDS: Record<Exclude<PriceSource, "basis">, Localized> = {
  step: { nl: "eigen trede", en: "own step" },
  salary: { nl: "eigen salaris", en: "own salary" },
};
const BASIS_WORDS = { maximum: { nl: "maximum", en: "maximum" }, step: { nl: "trede {step:plain}", en: "step {step:plain}" } } satisfies Record<string, Localized>;
const COUNTED: Localized = { nl: "{count}× {what}", en: "{count}× {what}" };
const FALLBACK: Localized = { nl: "gerekend op de salarisbasis", en: "priced at the salary basis" };

/** Remarks per function shown in full; more are counted. */
const MAX_REMARKS = 5;
const MORE: Localized = { nl: "en nog {count|rij|rijen}", en: "and {count|row|rows} more" };

export type BudgetOptions = FormationBudgetOptions;

export interface BudgetTables {
  budget: FormationBudget;
  perFunction: DataTable;
  perCluster: DataTable;
}

export function buildBudgetTables(plaatsing: Parameters<typeof calculateFormationBudget>[0], options: BudgetOptions): BudgetTables {
  const budget = calculateFormationBudget(plaatsing, options);
  const language = options.language ?? "nl";
  return { budget, perFunction: budgetTableOf(budget, language), perCluster: buildBudgetClusterTable(budget, language) };
}

/** The Formatiebudget table alone. */
export function buildBudgetTable(plaatsing: Parameters<typeof calculateFormationBudget>[0], options: BudgetOptions): DataTable {
  return buildBudgetTables(plaatsing, options).perFunction;
}

export function budgetTableOf(budget: FormationBudget, language: Language): DataTable {
  const rows: TableCell[][] = budget.functions.map((f) => [
    f.group.title,
    f.group.scale,
    f.formationFte,
    f.basis?.ok ? f.basis.yearSalary : null,
    f.basis?.ok ? f.basis.costPerFte : null,
    f.budgeted,
    f.filledFte,
    filledBasis(f, budget, language),
    f.filledCost,
    f.difference,
    remarkText(f, language),
  ]);
  const { totals } = budget;
  return {
    name: BUDGET_TABLE,
    title: `Formatiebudget ${budget.year}`,
    titleEn: `Formation budget ${budget.year}`,
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", null, totals.formationFte, null, null, totals.budgeted, totals.filledFte, null, totals.filledCost, totals.difference, null],
    notes: budgetNotes(budget),
    footnotes: budgetFootnotes(budget),
  };
}

/** How the occupied rows of a function were priced: "maximum", "eigen trede", "2× eigen trede, 1× maximum". */
function filledBasis(f: FunctionBudget, budget: FormationBudget, language: Language): string | null {
  const basis = budget.settings.basis;
  const basisWord = basis.kind === "maximum" ? BASIS_WORDS.maximum[language] : localize(BASIS_WORDS.step, { step: basis.step })[language];
  const parts = (["salary", "step", "basis"] as const)
    .filter((source) => f.sources[source] > 0)
    .map((source) => ({ count: f.sources[source], what: source === "basis" ? basisWord : SOURCE_WORDS[source][language] }));
  if (parts.length === 0) return null;
  if (parts.length === 1) return (parts[0] as { what: string }).what;
  return parts.map((p) => localize(COUNTED, p)[language]).join(", ");
}

function remarkText(f: FunctionBudget, language: Language): string | null {
  if (f.remarks.length === 0) return null;
  const shown = f.remarks.slice(0, MAX_REMARKS).map((r) => r[language]);
  if (f.remarks.length > MAX_REMARKS) shown.push(localize(MORE, { count: f.remarks.length - MAX_REMARKS })[language]);
  return `${shown.join("; ")}: ${FALLBACK[language]}`;
}
