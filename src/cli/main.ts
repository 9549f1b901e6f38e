/**
 * The `formatiecheck` command line. Exit codes: 0 = fine, 1 = errors found, 2 = unusable input
 * (one line on stderr, never a stack trace; with --format json also `{ "error": … }` on stdout).
 * Every argument is either used or refused: nothing is ignored silently.
 */
import { parseArgs } from "node:util";
import type { Language } from "../core/localized";
import { printableText } from "../core/text/printable-text";
import type { BudgetOptionTexts } from "./budget-options";
import { CliInputError } from "./cli-error";
import { compareCommand } from "./compare-command";
import { checkOutput, checkOutputExtension, refuseInputs, writeOutput } from "./files";
import { functieboekReport } from "./functieboek-command";
import { bookFor, BookProblemsError, loadBookOption, ownSheetsNotice, type LoadedBook } from "./load-book";
import { functieboekTemplate } from "./template-command";
import { localToday, openWorkbookFile } from "./open-workbook";
import { tablesCommand } from "./tables-command";
import { errorObject, errorOf, exitCodeOf, expandInputs, fileLine, validateFile, validationJson, validationObject, validationText, type WorkbookValidation } from "./validate-command";

const USAGE = `formatiecheck — controleer formatie tegen het functieboek / check a formation against the function book

Gebruik / usage:
  formatiecheck functieboek [BOEK.xlsx|BOEK.json] [--format text|json]
  formatiecheck functieboek template --out FUNCTIEBOEK.xlsx [--functieboek BOEK.json]
  formatiecheck validate FORMATIE.xlsx… [--functieboek BOEK.json] [--sheet NAAM] [--format text|json] [--out GECONTROLEERD.xlsx]
  formatiecheck tables FORMATIE.xlsx [--out TABELLEN.xlsx] [--functieboek BOEK.json] [--salaristabel TABEL.json]
                       [--begrotingsjaar JJJJ] [--verhoging "D-M-JJJJ: P %"]… [--verhogingen VERHOGINGEN.json]
                       [--werkgeverslasten 30] [--werkgeverslasten-over salaris-en-ikb|salaris] [--trede N]
                       [--peildatum JJJJ-MM-DD] [--sheet NAAM] [--format text|json]
  formatiecheck compare OUD.xlsx NIEUW.xlsx [--sheet-old NAAM] [--sheet-new NAAM] [--format text|json] [--out MUTATIES.xlsx]
                       [--functieboek BOEK.json] [--salaristabel TABEL.json]
                       [--begrotingsjaar JJJJ] [--verhoging "D-M-JJJJ: P %"]… [--verhogingen VERHOGINGEN.json]
                       [--werkgeverslasten 30] [--werkgeverslasten-over salaris-en-ikb|salaris] [--trede N]
                       [--peildatum JJJJ-MM-DD]

Werkmappen / workbooks: .xlsx, .xlsm, .xls, .xlsb, .ods; validate neemt ook meer bestanden of een map.
Een kopie (--out) is .xlsx (.xlsm voor een werkmap met macro's) / a copy is .xlsx (.xlsm with macros).

Opties / options:
  --functieboek FILE   functieboek: JSON of een werkmap met de werkbladen Functies, Normfuncties en
                       Beleid (.xlsx); standaard de werkbladen van de formatiewerkmap zelf als die ze
                       heeft, anders het meegeleverde functieboek van Gemeente Ommen
  --sheet NAME         werkblad; standaard het blad dat op een formatieoverzicht lijkt (bij meer: het
                       actieve blad bij opslaan, anders het blad met het laatste jaar in de naam)
  --format text|json   uitvoer / output (default text)
  --out FILE           kopie met markeringen, notities en een blad Controle (de invoer blijft ongewijzigd)
  --lang nl|en         taal van de tekstuitvoer / language of text output (default nl)

Tabellen / tables (plaatsing per functie en per cluster, plaatsingslijst, formatiebudget per functie en per cluster, overzicht):
  --out FILE           kopie met een werkblad per tabel, klaar om af te drukken; zonder --out alleen uitvoer
  --salaristabel FILE  officiële salaristabel (JSON); anders een werkblad 'Salaristabel' in de werkmap, anders de
                       meegeleverde tabel van 1 juli 2020. De officiële tabel geldt voor de data die hij dekt;
                       de cao-verhogingen daarna komen erbij als raming / later cao raises are added as an estimate
  --begrotingsjaar J   het jaar van het budget (standaard het jaar van --peildatum); elke maand telt met de
                       salarissen die dan gelden, dus een verhoging op 1 juli telt zes maanden
  --verhoging TEKST    eigen verwachte verhoging als uitgangspunt, zoals "1-1-2028: 3 %" of "1-7-2028: € 50";
                       mag vaker / own expected raise as an assumption; repeatable
  --verhogingen FILE   eigen verhogingen (JSON: { "measures": [{ "date": "2028-01-01", "type": "pct", "value": 3 }] })
  --werkgeverslasten P werkgeverslasten in procenten (standaard 30) / employer charges in percent (default 30)
  --werkgeverslasten-over salaris-en-ikb|salaris
                       waarover de werkgeverslasten gaan: salaris en IKB 17,05 % (standaard) of alleen het salaris
  --trede N            begroot op trede N in plaats van het maximum van de schaal; een kolom Trede/Periodiek of
                       Salaris in het werkblad prijst bezette plaatsen op hun eigen trede of salaris
  --peildatum DATUM    datum van de berekening, op de tabellen (standaard vandaag) / date of the calculation
  Ook bij fouten in het werkblad komen de tabellen er (exit 1) / tables are made despite errors (exit 1)

Mutaties / changes (compare: wie kwam, wie vertrok, wat veranderde en wat het per jaar kost):
  OUD.xlsx NIEUW.xlsx  twee werkmappen, of twee keer dezelfde met twee formatiebladen (dan de twee
                       laatste jaren in de bladnamen) / two workbooks, or one with two formation sheets
  --sheet-old NAME     werkblad van de oude formatie / sheet of the old formation
  --sheet-new NAME     werkblad van de nieuwe formatie / sheet of the new formation
  --out FILE           kopie van NIEUW met de werkbladen Mutaties medewerkers, Mutaties functies en
                       Mutaties clusters
  Kosten per jaar: zoals het Formatiebudget van tables, met dezelfde opties (--begrotingsjaar, --peildatum,
  --salaristabel of het werkblad Salaristabel van NIEUW, --verhoging, --verhogingen, --werkgeverslasten,
  --werkgeverslasten-over, --trede) / yearly costs as the formation budget of tables, with the same options
  Exit 0 als vergeleken kon worden, 2 met de reden als dat niet kon / 0 when compared, 2 with the reason when not

Exit: 0 geen fouten / no errors, 1 fouten gevonden / errors found, 2 onbruikbare invoer / unusable input`;

const OPTIONS = {
  functieboek: { type: "string" },
  sheet: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  salaristabel: { type: "string" },
  werkgeverslasten: { type: "string" },
  trede: { type: "string" },
  peildatum: { type: "string" },
  begrotingsjaar: { type: "string" },
  verhoging: { type: "string", multiple: true },
  verhogingen: { type: "string" },
  "werkgeverslasten-over": { type: "string" },
  "sheet-old": { type: "string" },
  "sheet-new": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** The options each command uses; any other is refused. */
const USED: Record<string, readonly OptionName[]> = {
  functieboek: ["functieboek", "format", "lang", "out"],
  validate: ["functieboek", "sheet", "format", "out", "lang"],
  tables: ["functieboek", "sheet", "format", "out", "lang", "salaristabel", "werkgeverslasten", "trede", "peildatum", "begrotingsjaar", "verhoging", "verhogingen", "werkgeverslasten-over"],
  compare: ["functieboek", "sheet-old", "sheet-new", "format", "out", "lang", "salaristabel", "werkgeverslasten", "trede", "peildatum", "begrotingsjaar", "verhoging", "verhogingen", "werkgeverslasten-over"],
};

/** The budget's options, for `tables` and `compare` alike (read in budget-options.ts). */
function budgetTexts(values: { [K in "salaristabel" | "werkgeverslasten" | "werkgeverslasten-over" | "trede" | "begrotingsjaar" | "verhogingen" | "peildatum"]?: string } & { verhoging?: string[] }): BudgetOptionTexts {
  return {
    salaristabel: values.salaristabel,
    werkgeverslasten: values.werkgeverslasten,
    werkgeverslastenOver: values["werkgeverslasten-over"],
    trede: values.trede,
    begrotingsjaar: values.begrotingsjaar,
    verhoging: values.verhoging,
    verhogingen: values.verhogingen,
    peildatum: values.peildatum,
  };
}

function usage(nl: string, en: string): never {
  throw new CliInputError({ nl, en }, "usage");
}

let jsonErrors = false;
/** The language of messages on stderr (set from --lang once it is read). */
let language: Language = "nl";

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") usage(`--format moet text of json zijn (gekregen: ${format})`, `--format must be text or json (got: ${format})`);
  jsonErrors = format === "json";
  const lang = values.lang ?? "nl";
  if (lang !== "nl" && lang !== "en") usage(`--lang moet nl of en zijn (gekregen: ${lang})`, `--lang must be nl or en (got: ${lang})`);
  language = lang;
  const used = USED[command];
  if (!used) usage(`Onbekende opdracht: ${command}. Zie: formatiecheck --help`, `Unknown command: ${command}. See: formatiecheck --help`);
  for (const name of Object.keys(values) as OptionName[]) {
    if (name !== "help" && values[name] !== undefined && !used.includes(name)) usage(`${command} gebruikt --${name} niet.`, `${command} does not use --${name}.`);
  }

  switch (command) {
    case "functieboek": {
      if (rest[0] === "template") {
        if (rest.length > 1) usage(`functieboek template neemt geen bestand; niet gebruikt: ${rest.slice(1).join(" ")}`, `functieboek template takes no file; not used: ${rest.slice(1).join(" ")}`);
        if (values.out === undefined) usage("functieboek template: geef --out FUNCTIEBOEK.xlsx", "functieboek template: give --out FUNCTIEBOEK.xlsx");
        const loaded = await loadBookOption(values.functieboek, language);
        process.stdout.write(`${await functieboekTemplate(loaded.book, values.out, language)}\n`);
        return 0;
      }
      if (values.out !== undefined) usage("--out hoort bij: functieboek template --out FUNCTIEBOEK.xlsx", "--out belongs to: functieboek template --out FUNCTIEBOEK.xlsx");
      if (rest.length > 1) usage(`functieboek neemt één bestand; niet gebruikt: ${rest.slice(1).join(" ")}`, `functieboek takes one file; not used: ${rest.slice(1).join(" ")}`);
      if (rest.length === 1 && values.functieboek !== undefined) usage(`geef het functieboek als bestand of met --functieboek, niet allebei`, `give the function book as a file or with --functieboek, not both`);
      const loaded = await loadBookOption(rest[0] ?? values.functieboek, language);
      process.stdout.write(`${functieboekReport(loaded.book, format, language, loaded.findings)}\n`);
      return 0;
    }
    case "validate":
      return validate(rest, { functieboek: values.functieboek, sheet: values.sheet, out: values.out, format, language });
    case "tables": {
      if (rest.length > 1) usage(`tables neemt één werkmap; niet gebruikt: ${rest.slice(1).join(" ")}`, `tables takes one workbook; not used: ${rest.slice(1).join(" ")}`);
      const outcome = await tablesCommand({
        file: rest[0],
        out: values.out,
        functieboek: values.functieboek,
        ...budgetTexts(values),
        sheet: values.sheet,
        format,
        language,
      });
      if (outcome.stderr !== "") process.stderr.write(`${outcome.stderr}\n`);
      process.stdout.write(`${outcome.stdout}\n`);
      return outcome.exitCode;
    }
    case "compare": {
      const outcome = await compareCommand({
        files: rest,
        sheetOld: values["sheet-old"],
        sheetNew: values["sheet-new"],
        out: values.out,
        functieboek: values.functieboek,
        ...budgetTexts(values),
        format,
        language,
      });
      if (outcome.stderr !== "") process.stderr.write(`${outcome.stderr}\n`);
      process.stdout.write(`${outcome.stdout}\n`);
      return outcome.exitCode;
    }
    default:
      return 2;
  }
}

interface ValidateOptions {
  functieboek: string | undefined;
  sheet: string | undefined;
  out: string | undefined;
  format: "text" | "json";
  language: Language;
}

async function validate(args: readonly string[], options: ValidateOptions): Promise<number> {
  if (args.length === 0) usage("validate: geef een werkmap op (.xlsx, .xls, .ods)", "validate: give a workbook (.xlsx, .xls, .ods)");
  const files = expandInputs(args);
  if (options.out !== undefined && files.length > 1) usage("--out kan alleen bij één werkmap.", "--out works with one workbook only.");
  const given = options.functieboek !== undefined ? await loadBookOption(options.functieboek, options.language) : undefined;
  const today = localToday();
  if (files.length === 1) {
    const file = files[0] as string;
    if (options.out !== undefined) checkOutput(file, options.out);
    const workbook = await openWorkbookFile(file, options.language, today);
    if (options.out !== undefined) {
      refuseInputs(options.out);
      checkOutputExtension(options.out, workbook.outputExtension());
    }
    const loaded = await bookFor(workbook, given, file);
    const book = loaded.book;
    const notice = ownSheetsNotice(loaded);
    if (notice && options.format === "json") process.stderr.write(`formatiecheck: ${printableText(notice[options.language])}\n`);
    if (notice && options.format === "text") process.stdout.write(`${printableText(notice[options.language])}\n`);
    const result = await validateFile(workbook, book, options.sheet, file);
    if (result.choice?.message) process.stderr.write(`formatiecheck: ${printableText(result.choice.message[options.language])}\n`);
    if (options.out !== undefined) {
      await workbook.markFindings(result.findings, { summary: result.summary, functieboekName: book.name });
      writeOutput(options.out, await workbook.toBytes());
      for (const notice of workbook.notices) process.stderr.write(`formatiecheck: ${printableText(notice[options.language])}\n`);
    }
    process.stdout.write(`${options.format === "json" ? validationJson(result, book, loaded.origin.kind) : validationText(result, book, options.language)}\n`);
    if (options.out !== undefined && options.format === "text") process.stdout.write(`${options.language === "nl" ? "Geschreven" : "Written"}: ${options.out}\n`);
    return exitCodeOf(result);
  }
  // Several workbooks: a line (or a JSON object) per file, then a summary.
  const outcomes: { file: string; result?: WorkbookValidation; loaded?: LoadedBook; error?: unknown }[] = [];
  for (const file of files) {
    try {
      const workbook = await openWorkbookFile(file, options.language, today);
      const loaded = await bookFor(workbook, given, file);
      outcomes.push({ file, loaded, result: await validateFile(workbook, loaded.book, options.sheet, file) });
    } catch (error) {
      if (errorOf(error).code === "internal") throw error;
      outcomes.push({ file, error });
    }
  }
  const read = outcomes.filter((o) => o.result);
  const withErrors = read.filter((o) => (o.result as WorkbookValidation).summary.errors > 0);
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify(outcomes.map((o) => (o.result && o.loaded ? validationObject(o.result, o.loaded.book, o.file, o.loaded.origin.kind) : errorObject(o.error, o.file))), null, 2)}\n`);
  } else {
    const nl = options.language === "nl";
    for (const outcome of outcomes) process.stdout.write(`${fileLine(outcome.file, outcome, options.language)}\n`);
    const unread = outcomes.length - read.length;
    process.stdout.write(
      nl
        ? `${outcomes.length} werkmappen: ${withErrors.length} met fouten, ${read.length - withErrors.length} zonder fouten, ${unread} niet te lezen\n`
        : `${outcomes.length} workbooks: ${withErrors.length} with errors, ${read.length - withErrors.length} without errors, ${unread} unreadable\n`,
    );
  }
  if (read.length === 0) return 2;
  return withErrors.length > 0 ? 1 : 0;
}

function userMessage(error: unknown): { code: string; text: string } | undefined {
  const { code, message } = errorOf(error);
  if (code !== "internal") return { code, text: message.nl === message.en ? message.nl : `${message.nl} / ${message.en}` };
  if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    const text = error.message.replace(/\. To specify a positional argument.*$/, ".");
    return { code: "usage", text: `${text.startsWith("Unknown option") ? `onbekende optie / ${text}` : text}` };
  }
  return undefined;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = userMessage(error);
    if (error instanceof BookProblemsError) {
      // Every problem of the book, one per line, each with its sheet and cell.
      process.stderr.write(`${error.lines(language).map((line, i) => (i === 0 ? `formatiecheck: ${line}` : line)).join("\n")}\n`);
      if (jsonErrors) process.stdout.write(`${JSON.stringify({ error: { code: error.code, message: error.userMessage, problems: error.problems } }, null, 2)}\n`);
      process.exitCode = 2;
    } else if (message !== undefined) {
      process.stderr.write(`formatiecheck: ${printableText(message.text)}\n`);
      if (jsonErrors) process.stdout.write(`${JSON.stringify({ error: { code: message.code, message: errorOf(error).code === "internal" ? { nl: message.text, en: message.text } : errorOf(error).message } })}\n`);
      process.exitCode = 2;
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(`formatiecheck: interne fout / internal error: ${printableText(detail.split("\n")[0] ?? "")}\n`);
      process.exitCode = 3;
    }
  },
);
