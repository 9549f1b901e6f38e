/**
 * `formatiecheck tables FILE.xlsx`: the placement tables, the formation budget and the overview of
 * a formation sheet. With --out a copy of the workbook gets one sheet per table (the input is
 * never modified); --format json prints the tables as data.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildBudgetTable } from "../core/budget/budget-table";
import { bundledSalaryTable } from "../core/budget/bundled-salary-table";
import { isRealDate, MAX_SALARY_TABLE_BYTES, parseSalaryTableText, type SalaryTableLoadResult } from "../core/budget/load-salary-table";
import { commonMaxStep, DEFAULT_BUDGET_SETTINGS, type BudgetSettings } from "../core/budget/salary-cost";
import { salaryTableAgeWarning } from "../core/budget/salary-table-age";
import type { SalaryTable } from "../core/budget/salary-table-schema";
import { FunctieboekIndex } from "../core/functieboek/functieboek-index";
import type { Language, Localized } from "../core/localized";
import type { DataTable, TableCell } from "../core/plaatsing/data-table";
import { buildPlaatsingTables } from "../core/plaatsing/plaatsing-tables";
import { formatTableCell } from "../core/plaatsing/table-text";
import { printableText } from "../core/text/printable-text";
import { readSalarySheet } from "../xlsx/read-salary-sheet";
import { CliInputError } from "./cli-error";
import { checkOutput, checkOutputExtension, noteInput, refuseInputs, writeOutput } from "./files";
import { bookFor, loadBookOption, ownSheetsNotice } from "./load-book";
import { localToday, openWorkbookFile } from "./open-workbook";
import { textTable } from "./text-table";
import { exitCodeOf, validateFile } from "./validate-command";

export interface TablesOptions {
  file: string | undefined;
  out?: string;
  functieboek?: string;
  salaristabel?: string;
  werkgeverslasten?: string;
  trede?: string;
  /** Reference date (YYYY-MM-DD) for the tables and the salary table's age; default today. */
  peildatum?: string;
  sheet?: string;
  format: "text" | "json";
  language: Language;
}

export interface TablesOutcome {
  exitCode: 0 | 1 | 2;
  stdout: string;
  /** Notices for stderr in JSON mode (stdout holds only the JSON there). */
  stderr: string;
}

export async function tablesCommand(options: TablesOptions): Promise<TablesOutcome> {
  const file = options.file;
  if (file === undefined) throw new CliInputError({ nl: "tables: geef een werkmap op (.xlsx, .xls, .ods)", en: "tables: give a workbook (.xlsx, .xls, .ods)" });
  if (options.out !== undefined) checkOutput(file, options.out);
  const today = options.peildatum ?? localToday();
  if (!isRealDate(today)) throw new CliInputError({ nl: `--peildatum moet een datum zijn als 2025-01-01 (gekregen: ${today})`, en: `--peildatum must be a date like 2025-01-01 (got: ${today})` });
  const employerChargesPercent = percentOption(options.werkgeverslasten);
  const given = options.functieboek !== undefined ? await loadBookOption(options.functieboek, options.language) : undefined;
  const workbook = await openWorkbookFile(file, options.language, today);
  const loaded = await bookFor(workbook, given, file);
  const book = loaded.book;
  const bookNotice = ownSheetsNotice(loaded);
  if (options.out !== undefined) {
    refuseInputs(options.out);
    checkOutputExtension(options.out, workbook.outputExtension());
  }
  const result = await validateFile(workbook, book, options.sheet, file);
  const salaryTable = options.salaristabel !== undefined ? salaryTableFile(options.salaristabel) : (salaryTableOf(await readSalarySheet(workbook, path.basename(file)), `${file} (werkblad Salaristabel)`) ?? bundledSalaryTable());
  const settings: BudgetSettings = { ...DEFAULT_BUDGET_SETTINGS, employerChargesPercent, basis: stepOption(options.trede, salaryTable) };

  const index = new FunctieboekIndex(book);
  const language = options.language;
  const built = buildPlaatsingTables(result, index, { date: today, language });
  if (!built) throw new CliInputError({ nl: `${file}: onbruikbaar werkblad.`, en: `${file}: unusable sheet.` });
  const budget = buildBudgetTable(built.plaatsing, { salaryTable, settings, today, language });
  const tables = [built.overview, built.perFunction, built.perCluster, built.list, budget];

  const stdout: string[] = [];
  const stderr: string[] = [];
  let notices: Localized[] = [];
  if (result.choice?.message) stderr.push(printableText(result.choice.message[language]));
  if (bookNotice) (options.format === "json" ? stderr : stdout).push(printableText(bookNotice[language]));
  if (options.out !== undefined) {
    const outcome = await workbook.writeTables(tables, { sourceSheet: result.sheet, language });
    notices = outcome.sheets.filter((s) => s.renamed).map((s) => ({
      nl: `Werkblad '${s.table}' is van uzelf en blijft ongewijzigd; de tabel staat in werkblad '${s.sheet}'.`,
      en: `Sheet '${s.table}' is your own and stays unchanged; the table is in sheet '${s.sheet}'.`,
    }));
    notices.push(...workbook.notices);
    writeOutput(options.out, await workbook.toBytes());
  }
  const warning = salaryTableAgeWarning(salaryTable, today);
  if (options.format === "json") {
    stdout.push(tablesJson(tables, { book: book.name, sheet: result.sheet, date: today, salaryTable, settings }));
    for (const notice of [...notices, ...(warning ? [warning] : [])]) stderr.push(printableText(notice[language]));
  } else {
    const nl = language === "nl";
    if (options.out === undefined) for (const table of tables) stdout.push(tableText(table, language), "");
    else stdout.push(printableText(nl ? `Werkblad '${result.sheet}' met ${book.name}: ${tables.map((t) => t.name).join(", ")}` : `Sheet '${result.sheet}' with ${book.name}: ${tables.map((t) => t.name).join(", ")}`));
    for (const notice of notices) stdout.push(printableText(notice[language]));
    if (warning && options.out !== undefined) stdout.push(printableText(warning[language]));
    if (options.out !== undefined) stdout.push(`${nl ? "Geschreven" : "Written"}: ${options.out}`);
  }
  return { exitCode: exitCodeOf(result), stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

/** The salary table from --salaristabel FILE.json; an unusable file is a user error (exit 2). */
function salaryTableFile(file: string): SalaryTable {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliInputError({ nl: `Salaristabel niet gevonden: ${file}`, en: `Salary table not found: ${file}` });
  }
  if (statSync(file).isDirectory()) throw new CliInputError({ nl: `Salaristabel ${file} is een map, geen bestand.`, en: `Salary table ${file} is a folder, not a file.` });
  if (size > MAX_SALARY_TABLE_BYTES) {
    throw new CliInputError({ nl: `Salaristabel ${file} is te groot (${Math.round(size / 1024)} kB).`, en: `Salary table ${file} is too large (${Math.round(size / 1024)} kB).` });
  }
  noteInput(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new CliInputError({ nl: `Salaristabel ${file} kan niet worden gelezen: ${detail}`, en: `Salary table ${file} cannot be read: ${detail}` });
  }
  return salaryTableOf(parseSalaryTableText(text), file) as SalaryTable;
}

function salaryTableOf(result: SalaryTableLoadResult | undefined, label: string): SalaryTable | undefined {
  if (result === undefined) return undefined;
  if (result.ok) return result.table;
  const shown = result.problems.slice(0, 5);
  const more = result.problems.length - shown.length;
  const tail = more > 0 ? { nl: ` (en nog ${more})`, en: ` (and ${more} more)` } : { nl: "", en: "" };
  // Problems quote the file's or sheet's own text: printable on a terminal.
  throw new CliInputError({
    nl: printableText(`Salaristabel ${label} is ongeldig: ${shown.map((p) => p.message.nl).join(" ")}${tail.nl}`),
    en: printableText(`Salary table ${label} is invalid: ${shown.map((p) => p.message.en).join(" ")}${tail.en}`),
  });
}

/** --werkgeverslasten 30 / 30,5 / 30%: a percentage from 0 to 100. */
function percentOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_BUDGET_SETTINGS.employerChargesPercent;
  const match = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  const value = match ? Number((match[1] ?? "").replace(",", ".")) : NaN;
  if (!Number.isFinite(value) || value > 100) {
    throw new CliInputError({ nl: `--werkgeverslasten moet een percentage van 0 tot 100 zijn (gekregen: ${text})`, en: `--werkgeverslasten must be a percentage from 0 to 100 (got: ${text})` });
  }
  return value;
}

/** --trede N: a step every scale of the salary table has; without it, the scale maximum. */
function stepOption(text: string | undefined, table: SalaryTable): BudgetSettings["basis"] {
  if (text === undefined) return { kind: "maximum" };
  const max = commonMaxStep(table);
  if (!/^\d{1,2}$/.test(text.trim()) || Number(text) > max) {
    throw new CliInputError({ nl: `--trede moet een trede van 0 tot en met ${max} zijn (gekregen: ${text})`, en: `--trede must be a step from 0 to ${max} (got: ${text})` });
  }
  return { kind: "step", step: Number(text) };
}


interface JsonContext {
  book: string;
  sheet: string;
  date: string;
  salaryTable: SalaryTable;
  settings: BudgetSettings;
}

export function tablesJson(tables: readonly DataTable[], context: JsonContext): string {
  return JSON.stringify(
    {
      functieboek: { name: context.book },
      sheet: context.sheet,
      date: context.date,
      salaryTable: { name: context.salaryTable.name, validFrom: context.salaryTable.validFrom, source: context.salaryTable.source },
      budgetSettings: context.settings,
      tables: tables.map((t) => ({ name: t.name, title: t.title, titleEn: t.titleEn, columns: t.columns, rows: t.rows, ...(t.totals ? { totals: t.totals } : {}), notes: t.notes ?? [], footnotes: t.footnotes ?? [] })),
    },
    null,
    2,
  );
}

/** A table for the terminal: title, notes, then the rows padded in columns. */
export function tableText(table: DataTable, language: Language): string {
  const nl = language === "nl";
  const cell = (value: TableCell, column: DataTable["columns"][number]) => printableText(formatTableCell(value, column, language));
  const rows = table.rows.map((row) => table.columns.map((c, j) => cell(row[j] ?? null, c)));
  if (table.totals) rows.push(table.columns.map((c, j) => cell(table.totals?.[j] ?? null, c)));
  const right = new Set(table.columns.flatMap((c, j) => (c.type === "text" ? [] : [j])));
  const lines = [`=== ${nl ? table.title : table.titleEn}`];
  for (const note of table.notes ?? []) lines.push(printableText(note[language]));
  lines.push("", textTable(table.columns.map((c) => (nl ? c.label : c.labelEn)), rows, right));
  if (table.footnotes && table.footnotes.length > 0) lines.push("", ...table.footnotes.map((note) => printableText(note[language])));
  return lines.join("\n");
}
