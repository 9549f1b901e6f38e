/**
 * "Formatiebudget": per function and in total what the formation costs (begroot) and what the
 * people placed cost (kosten bezetting), at the function's scale. The table states the salary
 * table, its date and source, the salary basis and percentages, and warns when the salary table
 * is more than a year old.
 */
import { localize, type Language, type Localized, type MessageData } from "../localized";
import { formatList, pluralWord } from "../format";
import { columnSum, roundEuro, roundFte, type DataTable, type TableCell, type TableColumn } from "../plaatsing/data-table";
import type { Plaatsing } from "../plaatsing/placement-analysis";
import { localizeEach } from "../plaatsing/table-text";
import { DEFAULT_BUDGET_SETTINGS, scaleCost, type BudgetSettings } from "./salary-cost";
import { salaryTableAgeWarning } from "./salary-table-age";
import type { SalaryTable } from "./salary-table-schema";

export const BUDGET_TABLE = "Formatiebudget";

const COLUMNS: TableColumn[] = [
  { key: "function", label: "Functie", labelEn: "Function", type: "text" },
  { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer", plain: true },
  { key: "formationFte", label: "Formatie (fte)", labelEn: "Formation (FTE)", type: "fte" },
  { key: "monthlySalary", label: "Maandsalaris (€)", labelEn: "Monthly salary (€)", type: "euro" },
  { key: "costPerFte", label: "Kosten per fte per jaar (€)", labelEn: "Cost per FTE per year (€)", type: "euro" },
  { key: "budgeted", label: "Begroot (€)", labelEn: "Budgeted (€)", type: "euro" },
  { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
  { key: "filledCost", label: "Kosten bezetting (€)", labelEn: "Cost of filled (€)", type: "euro" },
  { key: "difference", label: "Verschil (€)", labelEn: "Difference (€)", type: "euro" },
];

const NOTES = {
  table: {
    nl: "Salaristabel: {name}, geldig vanaf {validFrom:date}. Bron: {source}",
    en: "Salary table: {name}, in force from {validFrom:date}. Source: {source}",
  },
  maximum: { nl: "Salarisbasis: het maximum van de schaal.", en: "Salary basis: the scale maximum." },
  step: { nl: "Salarisbasis: trede {step} van de schaal.", en: "Salary basis: step {step} of the scale." },
  formula: {
    nl: "Kosten per fte per jaar = maandsalaris × 12 × (1 + IKB {ikb:percent}) × (1 + werkgeverslasten {charges:percent}). Begroot = formatie × kosten per fte; kosten bezetting = bezet × kosten per fte; verschil = begroot − kosten bezetting.",
    en: "Cost per FTE per year = monthly salary × 12 × (1 + IKB {ikb:percent}) × (1 + employer charges {charges:percent}). Budgeted = formation × cost per FTE; cost of filled = filled × cost per FTE; difference = budgeted − cost of filled.",
  },
  noScale: {
    nl: "Niet berekend: {scaleWord} {scales} {is} niet in de salaristabel.",
    en: "Not computed: {scaleWord} {scales} {is} not in the salary table.",
  },
  noStep: {
    nl: "Niet berekend: {scaleWord} {scales} {has} geen trede {step} in de salaristabel.",
    en: "Not computed: {scaleWord} {scales} {has} no step {step} in the salary table.",
  },
  noScaleKnown: {
    nl: "Niet berekend voor {titles}: geen schaal bekend.",
    en: "Not computed for {titles}: no scale known.",
  },
} satisfies Record<string, Localized>;

export interface BudgetOptions {
  salaryTable: SalaryTable;
  settings?: Partial<BudgetSettings>;
  /** The reference date for the age warning (ISO, YYYY-MM-DD). */
  today: string;
  language?: Language;
}

/** "schaal 3 staat" / "schalen 3 en 5 staan": the scales with the words that agree with them. */
function scaleList(scales: readonly string[], language: Language): MessageData {
  const n = scales.length;
  const words = language === "nl" ? { scaleWord: pluralWord(n, "schaal", "schalen"), is: pluralWord(n, "staat", "staan"), has: pluralWord(n, "heeft", "hebben") } : { scaleWord: pluralWord(n, "scale", "scales"), is: pluralWord(n, "is", "are"), has: pluralWord(n, "has", "have") };
  return { ...words, scales: formatList(scales, language) };
}

export function buildBudgetTable(plaatsing: Plaatsing, options: BudgetOptions): DataTable {
  const settings: BudgetSettings = { ...DEFAULT_BUDGET_SETTINGS, ...options.settings };
  const language = options.language ?? "nl";
  const missingScales = new Set<string>();
  const missingSteps = new Set<string>();
  const withoutScale: string[] = [];
  const rows: TableCell[][] = plaatsing.functions.map((group) => {
    const cost = group.scale === null ? undefined : scaleCost(options.salaryTable, group.scale, settings);
    if (group.scale === null && group.placedFte > 0) withoutScale.push(`'${group.title}'`);
    if (cost && !cost.ok) (cost.reason === "no-scale" ? missingScales : missingSteps).add(cost.scale);
    const perFte = cost?.ok ? cost.yearlyPerFte : null;
    const budgeted = perFte === null || group.formationFte === null ? null : roundEuro(group.formationFte * perFte);
    const filledCost = perFte === null ? null : roundEuro(group.placedFte * perFte);
    const difference = budgeted === null && filledCost === null ? null : roundEuro((budgeted ?? 0) - (filledCost ?? 0));
    return [group.title, group.scale, group.formationFte, cost?.ok ? cost.monthly : null, perFte, budgeted, group.placedFte, filledCost, difference];
  });
  const notes: Localized[] = [
    localize(NOTES.table, { name: options.salaryTable.name, validFrom: options.salaryTable.validFrom, source: options.salaryTable.source }),
    settings.basis.kind === "maximum" ? NOTES.maximum : localize(NOTES.step, { step: settings.basis.kind === "step" ? settings.basis.step : 0 }),
    localize(NOTES.formula, { ikb: settings.ikbPercent, charges: settings.employerChargesPercent }),
  ];
  const old = salaryTableAgeWarning(options.salaryTable, options.today);
  if (old) notes.unshift(old);
  if (missingScales.size > 0) notes.push(localizeEach(NOTES.noScale, (l) => scaleList([...missingScales], l)));
  if (missingSteps.size > 0) notes.push(localizeEach(NOTES.noStep, (l) => ({ ...scaleList([...missingSteps], l), step: settings.basis.kind === "step" ? settings.basis.step : "" })));
  if (withoutScale.length > 0) notes.push(localizeEach(NOTES.noScaleKnown, (l) => ({ titles: formatList(withoutScale, l) })));
  const fte = (i: number) => roundFte(columnSum(rows, i));
  const euro = (i: number) => roundEuro(columnSum(rows, i));
  return {
    name: BUDGET_TABLE,
    title: "Formatiebudget",
    titleEn: "Formation budget",
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", null, fte(2), null, null, euro(5), fte(6), euro(7), euro(8)],
    notes,
  };
}
