/**
 * What one FTE costs in a begrotingsjaar, priced three ways:
 * - at the salary basis of the budget (the scale maximum or a chosen trede),
 * - at a row's own trede,
 * - at a row's own salary (the amount in the sheet, taken as the salary on the calculation date;
 *   measures after that date are added, month by month, as for a table).
 * Each month follows the amounts in force in it (salary-timeline.ts); the salary over the year is
 * the sum of the twelve months, and the cost per FTE follows from it (salary-cost.ts). Prices are
 * remembered per scale and step (or amount), so a sheet of 50,000 rows prices each once.
 */
import { costOfYearSalary, type BudgetSettings } from "./salary-cost";
import { estimateAmount } from "./salary-estimate";
import { monthBounds, monthlyAmounts, splitAt, type SalaryPeriod, type SalaryTimeline } from "./salary-timeline";
import type { SalaryTable } from "./salary-table-schema";

export interface Price {
  /** Gross salary of one FTE over the year (the twelve months summed). */
  yearSalary: number;
  /** The twelve monthly amounts (unrounded where a month has two amounts). */
  months: number[];
  /** Cost per FTE per year: salary, IKB and werkgeverslasten. */
  costPerFte: number;
  /** Derived amounts (a raming): measures were applied to an official table or to the sheet's salary. */
  estimated: boolean;
}

export type PriceResult = ({ ok: true } & Price) | { ok: false; reason: "no-scale" | "no-step" };

export class BudgetPricing {
  /** The periods of equal amounts in the year, in order. */
  readonly periods: SalaryPeriod[];
  readonly from: string;
  readonly to: string;
  private readonly prices = new Map<string, PriceResult>();
  /** Periods for a salary from the sheet: cut wherever a measure takes effect. */
  private readonly salaryPeriods: { from: string; to: string }[];

  constructor(
    private readonly timeline: SalaryTimeline,
    readonly year: number,
    /** The calculation date (ISO): a salary in the sheet is the salary on this date. */
    readonly today: string,
    readonly settings: BudgetSettings,
  ) {
    this.from = monthBounds(year, 1).from;
    this.to = monthBounds(year, 12).to;
    this.periods = timeline.periods(this.from, this.to);
    this.salaryPeriods = splitAt(this.from, this.to, timeline.changeDates(this.from, this.to));
  }

  /** The amounts in force in the year, one table per period. */
  tables(): SalaryTable[] {
    return this.periods.map((p) => p.inForce.table);
  }

  /** True when any amount of the year is derived (a raming). */
  get estimated(): boolean {
    return this.periods.some((p) => p.inForce.estimated);
  }

  /** One FTE at the budget's basis. */
  basis(scale: string): PriceResult {
    const basis = this.settings.basis;
    return basis.kind === "maximum" ? this.tablePrice(scale, "max") : this.tablePrice(scale, basis.step);
  }

  /** One FTE at a given step of a scale. */
  step(scale: string, step: number): PriceResult {
    return this.tablePrice(scale, step);
  }

  /** One FTE at a monthly salary from the sheet (on the calculation date). */
  salary(amount: number, scale: string): Price {
    const key = `salary:${amount}:${scale}`;
    const known = this.prices.get(key);
    if (known?.ok) return known;
    let estimated = false;
    const months = monthlyAmounts(this.year, this.salaryPeriods, (i) => {
      const period = this.salaryPeriods[i] as { from: string };
      if (period.from <= this.today) return amount;
      const measures = this.timeline.measuresBetween(this.today, period.from);
      if (measures.length > 0) estimated = true;
      return estimateAmount(amount, measures, scale);
    }) as number[];
    const price: PriceResult = { ok: true, ...this.priceOf(months), estimated };
    this.prices.set(key, price);
    return price;
  }

  private tablePrice(scale: string, step: number | "max"): PriceResult {
    const key = `table:${scale}:${step}`;
    const known = this.prices.get(key);
    if (known) return known;
    let reason: "no-scale" | "no-step" | undefined;
    const months = monthlyAmounts(this.year, this.periods, (i) => {
      const table = (this.periods[i] as SalaryPeriod).inForce.table;
      const entry = table.scales.find((s) => s.scale === scale);
      if (!entry) {
        reason = "no-scale";
        return undefined;
      }
      const amount = step === "max" ? Math.max(...entry.steps) : entry.steps[step];
      if (amount === undefined) reason ??= "no-step";
      return amount;
    });
    const price: PriceResult = months === undefined ? { ok: false, reason: reason ?? "no-scale" } : { ok: true, ...this.priceOf(months), estimated: this.periods.some((p) => p.inForce.estimated) };
    this.prices.set(key, price);
    return price;
  }

  private priceOf(months: number[]): { yearSalary: number; months: number[]; costPerFte: number } {
    const yearSalary = Math.round(months.reduce((a, b) => a + b, 0) * 100) / 100;
    return { yearSalary, months, costPerFte: costOfYearSalary(yearSalary, this.settings) };
  }
}
