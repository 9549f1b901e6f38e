/**
 * Which salary amounts are in force on a date, and for how many days of each month of a year.
 *
 * The sources are official tables (the bundled table of 1 July 2020 and any table the user gives)
 * and general measures (the cao's, in date order, and the user's own expected ones). On a date the
 * latest official table that has begun wins — an official table always wins for the dates it
 * covers — and the measures after its date, up to the date asked, are applied on top: then the
 * amounts are an estimate (raming). Before every official table the earliest one is used as it is.
 *
 * A year is cut into periods where the amounts change; a month's amount is the amounts of its
 * periods weighted by their days, so a raise on 1 July counts for six months and one on 2 January
 * for 30 of January's 31 days.
 */
import type { SalaryMeasure } from "./salary-measures";
import { sortMeasures } from "./salary-measures";
import { estimateTable } from "./salary-estimate";
import type { SalaryTable } from "./salary-table-schema";

export interface SalarySources {
  /** Official tables; on a tie of dates the later in this list wins (put the user's last). */
  tables: readonly SalaryTable[];
  /** General measures, agreed and the user's own (sorted here). */
  measures: readonly SalaryMeasure[];
}

export interface TableInForce {
  /** The official table the amounts start from. */
  base: SalaryTable;
  /** The measures applied on top of it, in date order. */
  applied: readonly SalaryMeasure[];
  /** The amounts in force: the base itself, or the estimate from it. */
  table: SalaryTable;
  /** True when measures were applied: the amounts are a raming, not official. */
  estimated: boolean;
  /** Scales where a wage floor changed an amount of the estimate. */
  flooredScales: readonly string[];
  /** The date lies before every official table: the earliest is used as it is. */
  beforeTables: boolean;
  /** Equal keys: equal amounts, and equally before the tables or not. */
  key: string;
}

export interface SalaryPeriod {
  /** First and last day (ISO, inclusive). */
  from: string;
  to: string;
  inForce: TableInForce;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** First and last day of a month (month 1–12). */
export function monthBounds(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

/** Days from `from` to `to`, both included. */
export function daysIncluded(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export class SalaryTimeline {
  private readonly tables: { table: SalaryTable; index: number }[];
  private readonly measures: SalaryMeasure[];
  private readonly cache = new Map<string, TableInForce>();

  constructor(sources: SalarySources) {
    if (sources.tables.length === 0) throw new Error("A salary timeline needs at least one table");
    // Date order; a tie keeps the order given, so the later (the user's) wins below.
    this.tables = sources.tables.map((table, index) => ({ table, index })).sort((a, b) => (a.table.validFrom < b.table.validFrom ? -1 : a.table.validFrom > b.table.validFrom ? 1 : a.index - b.index));
    this.measures = sortMeasures(sources.measures);
  }

  /** The amounts in force on a date (ISO). */
  on(date: string): TableInForce {
    let chosen = this.tables[0] as { table: SalaryTable; index: number };
    for (const entry of this.tables) if (entry.table.validFrom <= date) chosen = entry;
    const base = chosen.table;
    const beforeTables = base.validFrom > date;
    let first = 0;
    while (first < this.measures.length && (this.measures[first] as SalaryMeasure).date <= base.validFrom) first++;
    let end = first;
    if (!beforeTables) while (end < this.measures.length && (this.measures[end] as SalaryMeasure).date <= date) end++;
    // Dates before every table share the amounts of the first, but not what is said of them (beforeTables).
    const key = `${chosen.index}:${end - first}${beforeTables ? ":before" : ""}`;
    let inForce = this.cache.get(key);
    if (!inForce) {
      const applied = this.measures.slice(first, end);
      const estimate = estimateTable(base, applied);
      inForce = { base, applied, table: estimate.table, estimated: applied.length > 0, flooredScales: estimate.flooredScales, beforeTables, key };
      this.cache.set(key, inForce);
    }
    return inForce;
  }

  /** The periods of equal amounts from `from` to `to` (ISO, inclusive). */
  periods(from: string, to: string): SalaryPeriod[] {
    const periods: SalaryPeriod[] = [];
    for (const span of splitAt(from, to, this.changeDates(from, to))) {
      const inForce = this.on(span.from);
      const last = periods.at(-1);
      if (last && last.inForce.key === inForce.key) last.to = span.to;
      else periods.push({ ...span, inForce });
    }
    return periods;
  }

  /** Every date in [from, to] where a table begins or a measure takes effect (for amounts that follow the measures alone). */
  changeDates(from: string, to: string): string[] {
    const dates = new Set<string>();
    for (const { table } of this.tables) if (table.validFrom > from && table.validFrom <= to) dates.add(table.validFrom);
    for (const measure of this.measures) if (measure.date > from && measure.date <= to) dates.add(measure.date);
    return [...dates].sort();
  }

  /** The measures after `after` up to `until` (ISO), in date order. */
  measuresBetween(after: string, until: string): SalaryMeasure[] {
    return this.measures.filter((m) => m.date > after && m.date <= until);
  }
}

/**
 * The twelve monthly amounts of a year for something priced per period: each month the amounts of
 * its periods weighted by their days. Undefined when a period has no amount (a missing scale or step).
 */
export function monthlyAmounts(year: number, periods: readonly { from: string; to: string }[], amountOf: (periodIndex: number) => number | undefined): number[] | undefined {
  const amounts = periods.map((_, i) => amountOf(i));
  if (amounts.some((a) => a === undefined)) return undefined;
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const { from, to } = monthBounds(year, month);
    const days = daysIncluded(from, to);
    let sum = 0;
    periods.forEach((period, i) => {
      const start = period.from > from ? period.from : from;
      const end = period.to < to ? period.to : to;
      if (start > end) return;
      sum += ((amounts[i] as number) * daysIncluded(start, end)) / days;
    });
    months.push(sum);
  }
  return months;
}

/** Splits [from, to] at the given dates into consecutive periods. */
export function splitAt(from: string, to: string, dates: readonly string[]): { from: string; to: string }[] {
  const starts = [from, ...dates.filter((d) => d > from && d <= to)];
  return starts.map((start, i) => {
    const next = starts[i + 1];
    return { from: start, to: next === undefined ? to : isoOfDay(dayNumber(next) - 1) };
  });
}
