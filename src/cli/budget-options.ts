/**
 * The options that shape the formation budget, read into the core's pricing inputs, for `tables`
 * and for `compare` (whose costs are priced as the budget's): the calculation date (peildatum), the
 * salary table (a JSON file, else a sheet "Salaristabel", else the bundled table), werkgeverslasten
 * and what they apply to, the salary basis, the begrotingsjaar and the user's own expected raises
 * (one by one, or from a file). Anything unusable is a user error: one line, exit 2.
 */
import path from "node:path";
import { bundledSalaryTable } from "../core/budget/bundled-salary-table";
import { isRealDate, MAX_SALARY_TABLE_BYTES, parseSalaryTableText, type SalaryTableLoadResult } from "../core/budget/load-salary-table";
import { parseOwnMeasure } from "../core/budget/own-measures";
import { commonMaxStep, DEFAULT_BUDGET_SETTINGS, type BudgetSettings, type EmployerChargesBase } from "../core/budget/salary-cost";
import { MAX_MEASURES_BYTES, parseMeasuresText, sortMeasures, type SalaryMeasure } from "../core/budget/salary-measures";
import type { SalaryTable } from "../core/budget/salary-table-schema";
import { printableText } from "../core/text/printable-text";
import type { WorkbookPort } from "../core/workbook-port";
import { readSalarySheet } from "../xlsx/read-salary-sheet";
import { CliInputError } from "./cli-error";
import { fileProblemsError, readTextInput } from "./files";
import { localToday } from "./open-workbook";

/** The budget's options as given on the command line (`tables` and `compare` take them all). */
export interface BudgetOptionTexts {
  /** An official salary table (JSON). */
  salaristabel?: string;
  werkgeverslasten?: string;
  /** salaris-en-ikb (default) or salaris: what the werkgeverslasten are a percentage of. */
  werkgeverslastenOver?: string;
  trede?: string;
  /** The year the budget is for; default the year of the reference date. */
  begrotingsjaar?: string;
  /** The user's own expected raises, "1-1-2028: 3 %" each. */
  verhoging?: readonly string[];
  /** A JSON file of the user's own expected raises. */
  verhogingen?: string;
  /** Reference date (YYYY-MM-DD) for the tables and the calculation; default today. */
  peildatum?: string;
}

export interface BudgetChoices {
  settings: BudgetSettings;
  year: number;
  ownMeasures: SalaryMeasure[];
}

/** --peildatum JJJJ-MM-DD, the date of the calculation; without it, today. */
export function peildatumOption(text: string | undefined): string {
  const today = text ?? localToday();
  if (!isRealDate(today)) throw new CliInputError({ nl: `--peildatum moet een datum zijn als 2025-01-01 (gekregen: ${today})`, en: `--peildatum must be a date like 2025-01-01 (got: ${today})` });
  return today;
}

/** The salary table: --salaristabel FILE.json, else the workbook's sheet "Salaristabel", else the bundled table. */
export async function salaryTableFor(option: string | undefined, workbook: Pick<WorkbookPort, "listSheets" | "readSheet">, file: string): Promise<SalaryTable> {
  if (option !== undefined) return salaryTableFile(option);
  return salaryTableOf(await readSalarySheet(workbook, path.basename(file)), `${file} (werkblad Salaristabel)`) ?? bundledSalaryTable();
}

/** Reads the budget options; the salary table is needed for the trede's range. */
export function budgetChoices(options: BudgetOptionTexts, table: SalaryTable, today: string): BudgetChoices {
  const settings: BudgetSettings = {
    ...DEFAULT_BUDGET_SETTINGS,
    employerChargesPercent: percentOption(options.werkgeverslasten),
    employerChargesBase: chargesBaseOption(options.werkgeverslastenOver),
    basis: stepOption(options.trede, table),
  };
  const ownMeasures = sortMeasures([...(options.verhogingen !== undefined ? measuresFile(options.verhogingen) : []), ...(options.verhoging ?? []).map(measureOption)]);
  return { settings, year: yearOption(options.begrotingsjaar, today), ownMeasures };
}

/** The salary table from --salaristabel FILE.json; an unusable file is a user error (exit 2). */
export function salaryTableFile(file: string): SalaryTable {
  const text = readTextInput(file, MAX_SALARY_TABLE_BYTES, { nl: "Salaristabel", en: "Salary table" });
  return salaryTableOf(parseSalaryTableText(text), file) as SalaryTable;
}

/** A loaded table, or a user error naming its problems; undefined stays undefined (no table given). */
export function salaryTableOf(result: SalaryTableLoadResult | undefined, label: string): SalaryTable | undefined {
  if (result === undefined) return undefined;
  if (result.ok) return result.table;
  throw fileProblemsError({ nl: `Salaristabel ${label} is ongeldig`, en: `Salary table ${label} is invalid` }, result.problems);
}

/** The user's own raises from --verhogingen FILE.json. */
function measuresFile(file: string): SalaryMeasure[] {
  const result = parseMeasuresText(readTextInput(file, MAX_MEASURES_BYTES, { nl: "Bestand met verhogingen", en: "File of increases" }));
  if (result.ok) return result.measures;
  throw fileProblemsError({ nl: `Verhogingen ${file} zijn ongeldig`, en: `Increases ${file} are invalid` }, result.problems);
}

/** --verhoging "1-1-2028: 3 %". */
function measureOption(text: string): SalaryMeasure {
  const reading = parseOwnMeasure(text);
  if (reading.ok) return reading.measure;
  throw new CliInputError({ nl: printableText(`--verhoging: ${reading.message.nl}`), en: printableText(`--verhoging: ${reading.message.en}`) });
}

/** --werkgeverslasten 30 / 30,5 / 30%: a percentage from 0 to 100. */
export function percentOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_BUDGET_SETTINGS.employerChargesPercent;
  const match = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  const value = match ? Number((match[1] ?? "").replace(",", ".")) : NaN;
  if (!Number.isFinite(value) || value > 100) {
    throw new CliInputError({ nl: `--werkgeverslasten moet een percentage van 0 tot 100 zijn (gekregen: ${text})`, en: `--werkgeverslasten must be a percentage from 0 to 100 (got: ${text})` });
  }
  return value;
}

/** --werkgeverslasten-over salaris-en-ikb | salaris. */
function chargesBaseOption(text: string | undefined): EmployerChargesBase {
  if (text === undefined) return DEFAULT_BUDGET_SETTINGS.employerChargesBase;
  const key = text.trim().toLowerCase();
  if (key === "salaris-en-ikb" || key === "salaris+ikb") return "salary-and-ikb";
  if (key === "salaris") return "salary";
  throw new CliInputError({ nl: `--werkgeverslasten-over moet salaris-en-ikb of salaris zijn (gekregen: ${text})`, en: `--werkgeverslasten-over must be salaris-en-ikb or salaris (got: ${text})` });
}

/** --trede N: a step every scale of the salary table has; without it, the scale maximum. */
export function stepOption(text: string | undefined, table: SalaryTable): BudgetSettings["basis"] {
  if (text === undefined) return { kind: "maximum" };
  const max = commonMaxStep(table);
  if (!/^\d{1,2}$/.test(text.trim()) || Number(text) > max) {
    throw new CliInputError({ nl: `--trede moet een trede van 0 tot en met ${max} zijn (gekregen: ${text})`, en: `--trede must be a step from 0 to ${max} (got: ${text})` });
  }
  return { kind: "step", step: Number(text) };
}

/** The oldest and newest begrotingsjaar accepted: the bundled table is of 2020. */
export const YEAR_RANGE = { min: 2020, max: 2100 } as const;

/** --begrotingsjaar 2027; without it, the year of the calculation date. */
function yearOption(text: string | undefined, today: string): number {
  if (text === undefined) return Number(today.slice(0, 4));
  const year = /^\s*(\d{4})\s*$/.exec(text);
  const value = year ? Number(year[1]) : NaN;
  if (!(value >= YEAR_RANGE.min && value <= YEAR_RANGE.max)) {
    throw new CliInputError({ nl: `--begrotingsjaar moet een jaar van ${YEAR_RANGE.min} tot en met ${YEAR_RANGE.max} zijn (gekregen: ${text})`, en: `--begrotingsjaar must be a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max} (got: ${text})` });
  }
  return value;
}
