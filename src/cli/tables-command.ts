/**
 * `formatiecheck tables FILE.xlsx`: the placement tables, the formation budget and the overview of
 * a formation sheet. With --out a copy of the workbook gets one sheet per table (the input is
 * never modified); --format json prints the tables as data.
 */
import { budgetWarnings, describeMeasure } from "../core/budget/budget-assumptions";
import { buildBudgetTables } from "../core/budget/budget-table";
import type { FormationBudget } from "../core/budget/formation-budget";
import type { BudgetSettings } from "../core/budget/salary-cost";
import type { SalaryTable } from "../core/budget/salary-table-schema";
import type { PricedYear } from "../core/budget/year-pricing";
import { FunctieboekIndex } from "../core/functieboek/functieboek-index";
import type { Language, Localized } from "../core/localized";
import type { DataTable, TableCell } from "../core/plaatsing/data-table";
import { buildPlaatsingTables } from "../core/plaatsing/plaatsing-tables";
import { formatTableCell } from "../core/plaatsing/table-text";
import { printableText } from "../core/text/printable-text";
import type { WriteTablesResult } from "../core/workbook-port";
import { budgetChoices, peildatumOption, salaryTableFor, type BudgetOptionTexts } from "./budget-options";
import { CliInputError } from "./cli-error";
import { checkOutput, checkOutputExtension, refuseInputs, writeOutput } from "./files";
import { bookFor, loadBookOption, ownSheetsNotice } from "./load-book";
import { openWorkbookFile } from "./open-workbook";
import { textTable } from "./text-table";
import { exitCodeOf, validateFile } from "./validate-command";

export interface TablesOptions extends BudgetOptionTexts {
  file: string | undefined;
  out?: string;
  functieboek?: string;
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
  const today = peildatumOption(options.peildatum);
  const given = options.functieboek !== undefined ? await loadBookOption(options.functieboek, options.language) : undefined;
  const workbook = await openWorkbookFile(file, options.language, today);
  const loaded = await bookFor(workbook, given, file);
  const book = loaded.book;
  const bookNotice = ownSheetsNotice(loaded);
  if (options.out !== undefined) {
    refuseInputs(options.out);
    checkOutputExtension(options.out, workbook.outputExtension());
  }
  const salaryTable = await salaryTableFor(options.salaristabel, workbook, file);
  const { settings, year, ownMeasures } = budgetChoices(options, salaryTable, today);
  const pricing = { salaryTable, ownMeasures, year, settings, today };
  // The treden are checked against the amounts the budget prices the year with.
  const result = await validateFile(workbook, book, options.sheet, file, { pricing });

  const index = new FunctieboekIndex(book);
  const language = options.language;
  const built = buildPlaatsingTables(result, index, { date: today, language });
  if (!built) throw new CliInputError({ nl: `${file}: onbruikbaar werkblad.`, en: `${file}: unusable sheet.` });
  const budget = buildBudgetTables(built.plaatsing, { ...pricing, language });
  const tables = [built.overview, built.perFunction, built.perCluster, built.list, budget.perFunction, budget.perCluster];

  const stdout: string[] = [];
  const stderr: string[] = [];
  let notices: Localized[] = [];
  if (result.choice?.message) stderr.push(printableText(result.choice.message[language]));
  if (bookNotice) (options.format === "json" ? stderr : stdout).push(printableText(bookNotice[language]));
  if (options.out !== undefined) {
    notices = renamedSheetNotices(await workbook.writeTables(tables, { sourceSheet: result.sheet, language }));
    notices.push(...workbook.notices);
    writeOutput(options.out, await workbook.toBytes());
  }
  // The budget's warnings (a raming, amounts out of date): in the tables' notes when they are
  // printed, else on their own lines (stderr beside JSON).
  const warnings = budgetWarnings(budget.budget);
  if (options.format === "json") {
    stdout.push(tablesJson(tables, { book: book.name, sheet: result.sheet, date: today, salaryTable, settings, budget: budget.budget }));
    for (const notice of [...notices, ...warnings]) stderr.push(printableText(notice[language]));
  } else {
    const nl = language === "nl";
    if (options.out === undefined) for (const table of tables) stdout.push(tableText(table, language), "");
    else stdout.push(printableText(nl ? `Werkblad '${result.sheet}' met ${book.name}: ${tables.map((t) => t.name).join(", ")}` : `Sheet '${result.sheet}' with ${book.name}: ${tables.map((t) => t.name).join(", ")}`));
    for (const notice of notices) stdout.push(printableText(notice[language]));
    if (options.out !== undefined) for (const warning of warnings) stdout.push(printableText(warning[language]));
    if (options.out !== undefined) stdout.push(`${nl ? "Geschreven" : "Written"}: ${options.out}`);
  }
  return { exitCode: exitCodeOf(result), stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

interface JsonContext {
  book: string;
  sheet: string;
  date: string;
  salaryTable: SalaryTable;
  settings: BudgetSettings;
  budget: FormationBudget;
}

export function tablesJson(tables: readonly DataTable[], context: JsonContext): string {
  return JSON.stringify(
    {
      functieboek: { name: context.book },
      sheet: context.sheet,
      date: context.date,
      salaryTable: salaryTableJson(context.salaryTable, context.budget),
      begrotingsjaar: context.budget.year,
      budgetSettings: context.settings,
      budget: { totals: context.budget.totals, warnings: budgetWarnings(context.budget) },
      tables: tables.map((t) => ({ name: t.name, title: t.title, titleEn: t.titleEn, columns: t.columns, rows: t.rows, ...(t.totals ? { totals: t.totals } : {}), notes: [...(t.about ?? []), ...(t.notes ?? [])], footnotes: t.footnotes ?? [] })),
    },
    null,
    2,
  );
}

/**
 * The salary table given (or the bundled one) and what the prices of the year made of it:
 * `estimated` is true when any amount is a raming, with the measures applied (agreed and own) and
 * the table in force in each period of the year. Shared with `compare`'s JSON.
 */
export function salaryTableJson(table: SalaryTable, budget: PricedYear) {
  return {
    name: table.name,
    validFrom: table.validFrom,
    source: table.source,
    estimated: budget.estimated,
    measuresApplied: budget.measuresApplied.map((m) => ({ ...m, own: m.own === true, description: describeMeasure(m) })),
    periods: budget.pricing.periods.map((p) => ({
      from: p.from,
      to: p.to,
      estimated: p.inForce.estimated,
      table: { name: p.inForce.base.name, validFrom: p.inForce.base.validFrom, source: p.inForce.base.source },
      measuresApplied: p.inForce.applied.map((m) => m.date),
    })),
  };
}

/** A line for each table written to another sheet than its name, because a sheet of the user's has that name (also `compare`'s). */
export function renamedSheetNotices(written: WriteTablesResult): Localized[] {
  return written.sheets
    .filter((s) => s.renamed)
    .map((s) => ({
      nl: `Werkblad '${s.table}' is van uzelf en blijft ongewijzigd; de tabel staat in werkblad '${s.sheet}'.`,
      en: `Sheet '${s.table}' is your own and stays unchanged; the table is in sheet '${s.sheet}'.`,
    }));
}

/** A table for the terminal: title, notes, then the rows padded in columns. */
export function tableText(table: DataTable, language: Language): string {
  const nl = language === "nl";
  const cell = (value: TableCell, column: DataTable["columns"][number]) => printableText(formatTableCell(value, column, language));
  const rows = table.rows.map((row) => table.columns.map((c, j) => cell(row[j] ?? null, c)));
  if (table.totals) rows.push(table.columns.map((c, j) => cell(table.totals?.[j] ?? null, c)));
  const right = new Set(table.columns.flatMap((c, j) => (c.type === "text" ? [] : [j])));
  const lines = [`=== ${nl ? table.title : table.titleEn}`];
  for (const note of [...(table.about ?? []), ...(table.notes ?? [])]) lines.push(printableText(note[language]));
  lines.push("", textTable(table.columns.map((c) => (nl ? c.label : c.labelEn)), rows, right));
  if (table.footnotes && table.footnotes.length > 0) lines.push("", ...table.footnotes.map((note) => printableText(note[language])));
  return lines.join("\n");
}
