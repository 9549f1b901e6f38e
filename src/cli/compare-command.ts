/**
 * `formatiecheck compare OLD.xlsx NEW.xlsx`: the Mutaties between two formation sheets — two files,
 * or one file with two sheets — each chosen and read exactly as `validate` chooses and reads one.
 * Prints the changes (text or JSON); with --out a copy of NEW gets the sheets Mutaties medewerkers,
 * Mutaties functies and Mutaties clusters (no input is ever modified). The costs are priced as
 * `tables` prices the Formatiebudget, with the same options (budget-options.ts): peildatum,
 * begrotingsjaar, salary table, own raises, werkgeverslasten and what they apply to, trede. Exit 0
 * when it could compare, 2 with a one-line reason when it could not. The functieboek is chosen as
 * `tables` chooses it for NEW: --functieboek, else NEW's own book sheets (said so), else the bundled one.
 */
import path from "node:path";
import type { SalaryTable } from "../core/budget/salary-table-schema";
import { formatEuroWhole, formatFte, formatInteger, formatList, formatSignedEuroWhole, formatSignedFte } from "../core/format";
import type { SheetChoice } from "../core/formatie/sheet-choice";
import { FunctieboekIndex } from "../core/functieboek/functieboek-index";
import type { Language, Localized } from "../core/localized";
import type { Mutaties } from "../core/mutaties/compare-formaties";
import { mutatieReport } from "../core/mutaties/mutatie-report";
import type { SideSource } from "../core/mutaties/mutatie-tables";
import { STATUS_WORDS } from "../core/mutaties/mutatie-words";
import { chooseSheetPair } from "../core/mutaties/sheet-pair";
import type { DataTable } from "../core/plaatsing/data-table";
import { printableText } from "../core/text/printable-text";
import type { FileWorkbook } from "../xlsx/file-workbook";
import { budgetChoices, peildatumOption, salaryTableFor, type BudgetOptionTexts } from "./budget-options";
import { CliInputError } from "./cli-error";
import { checkOutput, checkOutputExtension, refuseInputs, sameFile, writeOutput } from "./files";
import { bookFor, loadBookOption, ownSheetsNotice } from "./load-book";
import { openWorkbookFile } from "./open-workbook";
import { renamedSheetNotices, salaryTableJson, tableText } from "./tables-command";
import { validateFile, type WorkbookValidation } from "./validate-command";

/** The files and sheets, and the budget's options for the costs (as `tables` takes them). */
export interface CompareCommandOptions extends BudgetOptionTexts {
  files: readonly string[];
  sheetOld?: string;
  sheetNew?: string;
  out?: string;
  functieboek?: string;
  format: "text" | "json";
  language: Language;
}

export interface CompareOutcome {
  exitCode: 0;
  stdout: string;
  stderr: string;
}

export async function compareCommand(options: CompareCommandOptions): Promise<CompareOutcome> {
  if (options.files.length !== 2) {
    const extra = options.files.length > 2 ? { nl: `; niet gebruikt: ${options.files.slice(2).join(" ")}`, en: `; not used: ${options.files.slice(2).join(" ")}` } : { nl: "", en: "" };
    throw new CliInputError({ nl: `compare: geef twee werkmappen op, OUD.xlsx NIEUW.xlsx (mag twee keer dezelfde zijn)${extra.nl}`, en: `compare: give two workbooks, OLD.xlsx NEW.xlsx (may be the same one twice)${extra.en}` });
  }
  const [oldFile, newFile] = options.files as [string, string];
  if (options.out !== undefined) for (const input of [oldFile, newFile]) checkOutput(input, options.out);
  const today = peildatumOption(options.peildatum);
  const given = options.functieboek !== undefined ? await loadBookOption(options.functieboek, options.language) : undefined;
  const same = sameFile(oldFile, newFile);
  const oldWorkbook = await openWorkbookFile(oldFile, options.language, today);
  const newWorkbook = same ? oldWorkbook : await openWorkbookFile(newFile, options.language, today);
  // The book as `tables` takes it for NEW: the one given, else NEW's own book sheets, else the bundled one.
  const loaded = await bookFor(newWorkbook, given, newFile);
  const book = loaded.book;
  const bookNotice = ownSheetsNotice(loaded);
  if (options.out !== undefined) {
    refuseInputs(options.out);
    checkOutputExtension(options.out, newWorkbook.outputExtension());
  }

  // Priced as `tables` prices the Formatiebudget of NEW (its sheet Salaristabel, if any).
  const salaryTable = await salaryTableFor(options.salaristabel, newWorkbook, newFile);
  const { settings, year, ownMeasures } = budgetChoices(options, salaryTable, today);

  const stderr: string[] = [];
  const stdout: string[] = [];
  if (bookNotice) (options.format === "json" ? stderr : stdout).push(printableText(bookNotice[options.language]));
  const sheets = same ? await sheetsOfOneFile(oldWorkbook, oldFile, options) : await sheetsOfTwoFiles(oldWorkbook, newWorkbook, [oldFile, newFile], options);
  for (const message of sheets.messages) stderr.push(printableText(message[options.language]));
  const old = await validateFile(oldWorkbook, book, sheets.old, oldFile);
  const next = await validateFile(newWorkbook, book, sheets.new, newFile);

  const sources: { old: SideSource; new: SideSource } = {
    old: { sheet: old.sheet, ...(same ? {} : { file: path.basename(oldFile) }) },
    new: { sheet: next.sheet, ...(same ? {} : { file: path.basename(newFile) }) },
  };
  const { mutaties, tables } = mutatieReport(formatieOf(old), formatieOf(next), new FunctieboekIndex(book), {
    pricing: { salaryTable, ownMeasures, year, settings, today },
    sources,
    language: options.language,
  });

  const notices: Localized[] = [];
  if (options.out !== undefined) {
    notices.push(...renamedSheetNotices(await newWorkbook.writeTables(tables, { language: options.language })), ...newWorkbook.notices);
    writeOutput(options.out, await newWorkbook.toBytes());
  }
  // The budget's warnings (a raming, amounts out of date): in the tables' notes when they are
  // printed, else on their own lines (stderr beside JSON), as `tables` does.
  const warnings = mutaties.pricing.warnings;
  if (options.format === "json") {
    stdout.push(mutatiesJson(mutaties, { old: { file: oldFile, sheet: old.sheet }, new: { file: newFile, sheet: next.sheet } }, salaryTable));
    for (const notice of [...notices, ...warnings]) stderr.push(printableText(notice[options.language]));
  } else {
    const nl = options.language === "nl";
    stdout.push(...summaryLines(mutaties, sources, options.language));
    if (options.out === undefined) for (const table of tables) stdout.push("", tableText(table, options.language));
    for (const notice of notices) stdout.push(printableText(notice[options.language]));
    if (options.out !== undefined) for (const warning of warnings) stdout.push(printableText(warning[options.language]));
    if (options.out !== undefined) stdout.push(`${nl ? "Geschreven" : "Written"}: ${options.out} (${tables.map((t: DataTable) => t.name).join(", ")})`);
  }
  return { exitCode: 0, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

interface ChosenSheets {
  old: string;
  new: string;
  /** How sheets were chosen where the user did not name them. */
  messages: Localized[];
}

/** One workbook with two formation sheets: named ones, else the two latest years. */
async function sheetsOfOneFile(workbook: FileWorkbook, file: string, options: CompareCommandOptions): Promise<ChosenSheets> {
  const label = path.basename(file);
  const named = async (requested: string | undefined) => (requested === undefined ? undefined : chosen(await workbook.chooseSheet(requested), label, ""));
  const oldName = await named(options.sheetOld);
  const newName = await named(options.sheetNew);
  const pair = chooseSheetPair({ candidates: oldName !== undefined && newName !== undefined ? [] : await workbook.formationSheets(), ...(oldName !== undefined ? { old: oldName } : {}), ...(newName !== undefined ? { new: newName } : {}) });
  if (!pair.ok) throw new CliInputError(printable({ nl: `${label}: ${pair.message.nl}`, en: `${label}: ${pair.message.en}` }), pair.code);
  return { old: pair.old, new: pair.new, messages: pair.message ? [pair.message] : [] };
}

/** Two workbooks: in each the sheet named, else its formation sheet as `validate` would choose it. */
async function sheetsOfTwoFiles(oldWorkbook: FileWorkbook, newWorkbook: FileWorkbook, [oldFile, newFile]: [string, string], options: CompareCommandOptions): Promise<ChosenSheets> {
  const messages: Localized[] = [];
  const choose = async (workbook: FileWorkbook, file: string, requested: string | undefined, option: string) => {
    const choice = await workbook.chooseSheet(requested);
    if (choice.ok && choice.message) messages.push(forOption(choice.message, option, path.basename(file)));
    return chosen(choice, path.basename(file), option);
  };
  return { old: await choose(oldWorkbook, oldFile, options.sheetOld, "--sheet-old"), new: await choose(newWorkbook, newFile, options.sheetNew, "--sheet-new"), messages };
}

function chosen(choice: SheetChoice, label: string, option: string): string {
  if (choice.ok) return choice.sheet;
  const message = option === "" ? choice.message : forOption(choice.message, option, undefined);
  throw new CliInputError(printable({ nl: `${label}: ${message.nl}`, en: `${label}: ${message.en}` }), choice.code);
}

/** The sheet chooser speaks of --sheet (validate's option); compare has one per side. */
function forOption(message: Localized, option: string, label: string | undefined): Localized {
  const retarget = (text: string) => text.replace(/--sheet(?![-\w])/g, option);
  const prefix = label === undefined ? "" : `${label}: `;
  return { nl: prefix + retarget(message.nl), en: prefix + retarget(message.en) };
}

function formatieOf(result: WorkbookValidation) {
  if (!result.formatie) throw new CliInputError({ nl: `Werkblad '${result.sheet}' is geen formatie.`, en: `Sheet '${result.sheet}' is not a formation.` }, "unusable-sheet");
  return result.formatie;
}

const printable = (message: Localized): Localized => ({ nl: printableText(message.nl), en: printableText(message.en) });

/**
 * The JSON of the issue: `{ old: {file, sheet}, new: {file, sheet}, employees, functions, clusters, totals }`,
 * and how the costs were made, in the words of `tables`' JSON: the salary table and what the year
 * made of it, the begrotingsjaar, the date, the settings, the budget's warnings.
 */
export function mutatiesJson(mutaties: Mutaties, sources: { old: { file: string; sheet: string }; new: { file: string; sheet: string } }, salaryTable: SalaryTable): string {
  const { basis } = mutaties.pricing;
  return JSON.stringify(
    {
      old: sources.old,
      new: sources.new,
      employees: mutaties.employees,
      functions: mutaties.functions,
      clusters: mutaties.clusters,
      totals: mutaties.totals,
      notes: [...mutaties.notes, ...mutaties.pricing.notes],
      footnotes: mutaties.pricing.footnotes,
      warnings: mutaties.pricing.warnings,
      salaryTable: salaryTableJson(salaryTable, basis),
      begrotingsjaar: basis.year,
      date: basis.today,
      budgetSettings: basis.settings,
    },
    null,
    2,
  );
}

/** "Medewerkers: 3 nieuw, …", bezetting and cost then and now: the first lines of the text output. */
export function summaryLines(mutaties: Mutaties, sources: { old: SideSource; new: SideSource }, language: Language): string[] {
  const nl = language === "nl";
  const side = (s: SideSource) => (s.file !== undefined ? `'${s.sheet}' (${s.file})` : `'${s.sheet}'`);
  const t = mutaties.totals;
  const counts = formatList(
    (["in", "out", "changed", "unchanged", "unmatched", "unread"] as const).filter((s) => t.employees[s] > 0 || s === "in" || s === "out" || s === "changed").map((s) => `${formatInteger(t.employees[s], language)} ${STATUS_WORDS[s][language]}`),
    language,
  );
  const lines = [
    nl ? `Mutaties van ${side(sources.old)} naar ${side(sources.new)}` : `Changes from ${side(sources.old)} to ${side(sources.new)}`,
    nl ? `Medewerkers: ${counts}` : `Employees: ${counts}`,
    nl
      ? `Bezetting: ${formatFte(t.filledFte.old, "nl")} → ${formatFte(t.filledFte.new, "nl")} fte (${formatSignedFte(t.filledFte.difference, "nl")}); formatie: ${formatFte(t.formationFte.old, "nl")} → ${formatFte(t.formationFte.new, "nl")} fte`
      : `Filled: ${formatFte(t.filledFte.old, "en")} → ${formatFte(t.filledFte.new, "en")} FTE (${formatSignedFte(t.filledFte.difference, "en")}); formation: ${formatFte(t.formationFte.old, "en")} → ${formatFte(t.formationFte.new, "en")} FTE`,
    nl
      ? `Kosten per jaar, begrotingsjaar ${mutaties.pricing.basis.year} (raming): ${formatEuroWhole(t.cost.old, "nl")} → ${formatEuroWhole(t.cost.new, "nl")} (verschil ${formatSignedEuroWhole(t.cost.difference, "nl")})`
      : `Cost per year, budget year ${mutaties.pricing.basis.year} (estimate): ${formatEuroWhole(t.cost.old, "en")} → ${formatEuroWhole(t.cost.new, "en")} (difference ${formatSignedEuroWhole(t.cost.difference, "en")})`,
  ];
  for (const note of mutaties.notes) lines.push(note[language]);
  return lines.map(printableText);
}
