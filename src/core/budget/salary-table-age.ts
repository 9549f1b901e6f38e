/**
 * A salary table more than a year older than the reference date misses later cao increases, so
 * every budget made with it says so. The reference date is passed in: the core has no clock.
 */
import { localize, type Localized } from "../localized";
import { isRealDate } from "./load-salary-table";
import type { SalaryTable } from "./salary-table-schema";

const OLD: Localized = {
  nl: "Let op: salaristabel '{name}' geldt vanaf {validFrom:date} en is op {today:date} meer dan een jaar oud. Latere cao-verhogingen zitten er niet in, dus de kosten zijn te laag. Geef een nieuwere salaristabel op (een JSON-bestand of een werkblad 'Salaristabel').",
  en: "Note: salary table '{name}' takes effect on {validFrom:date} and is more than a year old on {today:date}. Later cao increases are not in it, so the costs are too low. Supply a newer salary table (a JSON file or a sheet 'Salaristabel').",
};

/** The warning, or undefined when the table is at most a year old (or a date is not a real ISO date). */
export function salaryTableAgeWarning(table: SalaryTable, today: string): Localized | undefined {
  if (!isRealDate(table.validFrom) || !isRealDate(today)) return undefined;
  const [year, month, day] = table.validFrom.split("-").map(Number) as [number, number, number];
  const oneYearLater = new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
  if (today <= oneYearLater) return undefined;
  return localize(OLD, { name: table.name, validFrom: table.validFrom, today });
}
