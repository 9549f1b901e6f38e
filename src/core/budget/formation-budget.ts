/**
 * The formation budget of a begrotingsjaar, computed once from the plaatsing and shared by the
 * budget sheets, the CLI's JSON and the pane's totals:
 * - begroot: each function's formation priced at the budget's basis (scale maximum or a trede);
 * - kosten bezetting: each occupied row at its own salary (a Salaris column) or its own trede (a
 *   Trede/Periodiek column) where the sheet gives a usable one, else at the basis (with a remark
 *   when the cell was there but unusable);
 * - verschil (ruimte) = begroot − kosten bezetting;
 * per function, per cluster and overall, with the FTE behind each. A cluster's part of the
 * formation is the part its rows fill, in sheet order (occupied rows first, then open rows); the
 * formation no row of the sheet stands for is its own line. A function whose kosten bezetting is
 * unknown (a row without any price) adds none of it to its clusters, as it adds none to the totals.
 */
import type { Language, Localized } from "../localized";
import { localize } from "../localized";
import type { ClusterPlacement, FunctionPlacement, Plaatsing, PlacedPosition } from "../plaatsing/placement-analysis";
import { roundEuro, roundFte } from "../plaatsing/data-table";
import type { PriceResult } from "./budget-pricing";
import type { SalaryMeasure } from "./salary-measures";
import { checkStep, rowScale } from "./salary-step-check";
import { scaleKey } from "./salary-table-schema";
import { pricedYear, yearPricing, type PricedYear, type PricingInputs } from "./year-pricing";

/** The budget's inputs: priced as year-pricing.ts builds the prices. */
export interface FormationBudgetOptions extends PricingInputs {
  language?: Language;
}

/** How an occupied row was priced. */
export type PriceSource = "basis" | "step" | "salary";

export interface FunctionBudget {
  group: FunctionPlacement;
  /** The scale key the formation is priced at; null when none is known. */
  scale: string | null;
  basis: PriceResult | undefined;
  formationFte: number | null;
  budgeted: number | null;
  filledFte: number;
  filledCost: number | null;
  difference: number | null;
  /** Occupied rows per way of pricing. */
  sources: Record<PriceSource, number>;
  /** Rows priced at the basis although the sheet gave a trede or salary, and why. */
  remarks: Localized[];
}

export interface ClusterBudget {
  /** Undefined for the formation no row of the sheet stands for. */
  cluster?: ClusterPlacement;
  budgetedFte: number;
  budgeted: number;
  filledFte: number;
  filledCost: number;
  difference: number;
}

export interface BudgetTotals {
  formationFte: number;
  budgeted: number;
  filledFte: number;
  filledCost: number;
  difference: number;
}

/** The year's prices and what they rest on (year-pricing.ts), and the budget itself. */
export interface FormationBudget extends PricedYear {
  /** The formation sheet the budget is made from. */
  sheet: string;
  functions: FunctionBudget[];
  clusters: ClusterBudget[];
  totals: BudgetTotals;
  missingScales: string[];
  missingSteps: string[];
  /** Functions with people placed but no known scale. */
  withoutScale: string[];
  /** The sheet has a Trede/Periodiek or a Salaris column. */
  ownPricing: { step: boolean; salary: boolean };
}

const REMARKS = {
  notAStep: { nl: "rij {row:plain}: '{found}' is geen trede", en: "row {row:plain}: '{found}' is not a step" },
  noStep: { nl: "rij {row:plain}: schaal {scale} heeft geen trede {step} (treden 0 tot en met {max:plain})", en: "row {row:plain}: scale {scale} has no step {step} (steps 0 to {max:plain})" },
  notAnAmount: { nl: "rij {row:plain}: salaris '{found}' is geen bedrag", en: "row {row:plain}: salary '{found}' is not an amount" },
} satisfies Record<string, Localized>;

export function calculateFormationBudget(plaatsing: Plaatsing, options: FormationBudgetOptions): FormationBudget {
  const priced = yearPricing(options);
  const { timeline, pricing } = priced;
  const yearTables = pricing.tables();
  const columns = plaatsing.sheet.columns;
  const ownPricing = { step: columns.step !== undefined, salary: columns.salary !== undefined };

  const missingScales = new Set<string>();
  const missingSteps = new Set<string>();
  const withoutScale: string[] = [];
  const usedScales = new Set<string>();
  let salaryEstimated = false;
  const clusterSums = new Map<ClusterPlacement | undefined, { budgetedFte: number; budgeted: number; filledFte: number; filledCost: number }>();
  const clusterSum = (cluster: ClusterPlacement | undefined) => {
    let sum = clusterSums.get(cluster);
    if (!sum) clusterSums.set(cluster, (sum = { budgetedFte: 0, budgeted: 0, filledFte: 0, filledCost: 0 }));
    return sum;
  };
  for (const cluster of plaatsing.clusters) clusterSum(cluster);

  const functions = plaatsing.functions.map((group): FunctionBudget => {
    const scale = group.scale === null ? null : scaleKey(String(group.scale));
    const basis = scale === null ? undefined : pricing.basis(scale);
    if (scale !== null) usedScales.add(scale);
    if (basis && !basis.ok) (basis.reason === "no-scale" ? missingScales : missingSteps).add(scale as string);
    if (scale === null && group.placedFte > 0) withoutScale.push(group.title);
    const perFte = basis?.ok ? basis.costPerFte : null;
    const sources: Record<PriceSource, number> = { basis: 0, step: 0, salary: 0 };
    const remarks: Localized[] = [];
    let filledCost: number | null = 0;
    let remaining = group.formationFte ?? 0;
    const share = (placed: PlacedPosition) => {
      const part = Math.max(0, Math.min(placed.fte, remaining));
      remaining -= part;
      return part;
    };
    const filled = group.positions.filter((p) => !p.open);
    // What each occupied row costs, for its cluster: counted only when the function's cost is known,
    // as the function's line and the totals count it (an unknown cost is none of them).
    const rowCosts: { cluster: ClusterPlacement | undefined; cost: number }[] = [];
    for (const placed of filled) {
      const priced = priceRow(placed, group, scale, basis);
      remarks.push(...priced.remarks);
      if (priced.scale !== undefined) usedScales.add(priced.scale);
      sources[priced.source]++;
      if (priced.estimated) salaryEstimated ||= priced.source === "salary";
      const cost = priced.perFte === null ? null : placed.fte * priced.perFte;
      if (cost === null) filledCost = null;
      else if (filledCost !== null) filledCost += cost;
      const sum = clusterSum(placed.cluster);
      const part = share(placed);
      sum.budgetedFte += part;
      sum.budgeted += perFte === null ? 0 : part * perFte;
      sum.filledFte += placed.fte;
      if (cost !== null) rowCosts.push({ cluster: placed.cluster, cost });
    }
    if (filledCost !== null) for (const row of rowCosts) clusterSum(row.cluster).filledCost += row.cost;
    for (const placed of group.positions.filter((p) => p.open)) {
      const part = share(placed);
      const sum = clusterSum(placed.cluster);
      sum.budgetedFte += part;
      sum.budgeted += perFte === null ? 0 : part * perFte;
    }
    if (remaining > 0) {
      const sum = clusterSum(undefined);
      sum.budgetedFte += remaining;
      sum.budgeted += perFte === null ? 0 : remaining * perFte;
    }
    const filledFte = roundFte(filled.reduce((s, p) => s + p.fte, 0));
    const budgeted = perFte === null || group.formationFte === null ? null : roundEuro(group.formationFte * perFte);
    // Nobody placed: nothing costs nothing, unless the function has no price at all.
    const filledRounded = filled.length === 0 ? (perFte === null ? null : 0) : filledCost === null ? null : roundEuro(filledCost);
    const difference = budgeted === null && filledRounded === null ? null : roundEuro((budgeted ?? 0) - (filledRounded ?? 0));
    return { group, scale, basis, formationFte: group.formationFte, budgeted, filledFte, filledCost: filledRounded, difference, sources, remarks };
  });

  const clusters: ClusterBudget[] = [...clusterSums].map(([cluster, sum]) => ({
    ...(cluster ? { cluster } : {}),
    budgetedFte: roundFte(sum.budgetedFte),
    budgeted: roundEuro(sum.budgeted),
    filledFte: roundFte(sum.filledFte),
    filledCost: roundEuro(sum.filledCost),
    difference: roundEuro(sum.budgeted - sum.filledCost),
  }));
  // The formation without a row last; it is only shown when there is some.
  const unplaced = clusters.findIndex((c) => !c.cluster);
  if (unplaced >= 0) clusters.push(...clusters.splice(unplaced, 1));

  const totals: BudgetTotals = {
    formationFte: roundFte(functions.reduce((s, f) => s + (f.formationFte ?? 0), 0)),
    budgeted: roundEuro(functions.reduce((s, f) => s + (f.budgeted ?? 0), 0)),
    filledFte: roundFte(functions.reduce((s, f) => s + f.filledFte, 0)),
    filledCost: roundEuro(functions.reduce((s, f) => s + (f.filledCost ?? 0), 0)),
    difference: 0,
  };
  totals.difference = roundEuro(totals.budgeted - totals.filledCost);

  const salaryMeasures: readonly SalaryMeasure[] = ownPricing.salary ? timeline.measuresBetween(options.today, pricing.to) : [];
  return {
    sheet: plaatsing.sheet.sheet,
    ...pricedYear(priced, { scales: usedScales, salaryMeasures, salaryEstimated }),
    functions,
    clusters,
    totals,
    missingScales: [...missingScales],
    missingSteps: [...missingSteps],
    withoutScale,
    ownPricing,
  };

  /** An occupied row: its own salary, else its own trede, else the basis (saying why, when the sheet gave one). */
  function priceRow(placed: PlacedPosition, group: FunctionPlacement, scale: string | null, basis: PriceResult | undefined): { source: PriceSource; perFte: number | null; estimated: boolean; scale?: string; remarks: Localized[] } {
    const position = placed.position;
    const ownScale = rowScale(position, group.scale, yearTables);
    if (position.salary.kind === "ok") {
      const price = pricing.salary(position.salary.value, ownScale ?? scale ?? "");
      return { source: "salary", perFte: price.costPerFte, estimated: price.estimated, remarks: [] };
    }
    const remarks: Localized[] = [];
    if (position.salary.kind === "invalid") remarks.push(localize(REMARKS.notAnAmount, { row: position.row, found: position.salary.text }));
    const check = checkStep(position.step, ownScale, yearTables);
    if (check?.ok) {
      const price = pricing.step(check.scale, check.step);
      if (price.ok) return { source: "step", perFte: price.costPerFte, estimated: price.estimated, scale: check.scale, remarks };
    }
    if (check?.ok === false && check.reason === "not-a-step") remarks.push(localize(REMARKS.notAStep, { row: position.row, found: check.text }));
    if (check?.ok === false && check.reason === "no-step") remarks.push(localize(REMARKS.noStep, { row: position.row, scale: check.scale, step: check.step, max: check.maxStep }));
    return { source: "basis", perFte: basis?.ok ? basis.costPerFte : null, estimated: false, remarks };
  }
}

const NO_ROW: Localized = { nl: "(formatie zonder rij in '{sheet}')", en: "(formation without a row in '{sheet}')" };

/** The cluster name of a budget line; the formation without a row names the sheet (as the Overzicht does). */
export function clusterName(budget: ClusterBudget, sheet: string, language: Language): string {
  if (!budget.cluster) return localize(NO_ROW, { sheet })[language];
  return budget.cluster.name || (language === "nl" ? "(geen cluster)" : "(no cluster)");
}
