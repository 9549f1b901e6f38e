/**
 * Amounts out of date for a begrotingsjaar: when no table began and no raise (agreed or the user's
 * own) took effect in the twelve months before the year ends, later cao increases are missing and
 * the costs are too low, so every budget made with them says so. The dates are passed in: the core
 * has no clock.
 */
import { localize, type Localized } from "../localized";
import { isRealDate } from "./load-salary-table";

const OLD: Localized = {
  nl: "Let op: na {last:date} zijn geen salarisverhogingen bekend, dus voor {year:plain} zijn de kosten waarschijnlijk te laag. Geef verwachte verhogingen op als uitgangspunt, of een nieuwere salaristabel (een JSON-bestand of een werkblad 'Salaristabel').",
  en: "Note: no salary increases are known after {last:date}, so the costs for {year:plain} are probably too low. Add expected increases as an assumption, or a newer salary table (a JSON file or a sheet 'Salaristabel').",
};

/** The warning, or undefined when the amounts changed within the last twelve months of the year. */
export function salaryAgeWarning(lastChange: string, year: number): Localized | undefined {
  if (!isRealDate(lastChange)) return undefined;
  const [y, month, day] = lastChange.split("-").map(Number) as [number, number, number];
  const oneYearLater = new Date(Date.UTC(y + 1, month - 1, day)).toISOString().slice(0, 10);
  if (oneYearLater >= `${year}-12-31`) return undefined;
  return localize(OLD, { last: lastChange, year });
}
