/**
 * The `formatiecheck` command line. Exit codes: 0 = fine, 1 = errors found, 2 = unusable input
 * (one line on stderr, never a stack trace).
 */
import { parseArgs } from "node:util";
import type { Language } from "../core/localized";
import { printableText } from "../core/text/printable-text";
import { loadWorkbook, WorkbookInputError } from "../xlsx/read-workbook";
import { CliInputError } from "./cli-error";
import { checkOutput, readInput, writeOutput } from "./files";
import { functieboekReport } from "./functieboek-command";
import { loadBookOption } from "./load-book";
import { tablesCommand } from "./tables-command";
import { annotate, exitCodeOf, validateWorkbook, validationJson, validationText } from "./validate-command";

const USAGE = `formatiecheck — controleer formatie tegen het functieboek / check a formation against the function book

Gebruik / usage:
  formatiecheck functieboek [--functieboek BOEK.json] [--format text|json]
  formatiecheck validate FORMATIE.xlsx [--functieboek BOEK.json] [--sheet NAAM] [--format text|json] [--out GECONTROLEERD.xlsx]
  formatiecheck tables FORMATIE.xlsx [--out TABELLEN.xlsx] [--functieboek BOEK.json] [--salaristabel TABEL.json]
                       [--werkgeverslasten 30] [--trede N] [--peildatum JJJJ-MM-DD] [--sheet NAAM] [--format text|json]

Opties / options:
  --functieboek FILE   functieboek (JSON); standaard het meegeleverde functieboek van Gemeente Ommen
  --sheet NAME         werkblad; standaard het blad dat op een formatieoverzicht lijkt
  --format text|json   uitvoer / output (default text)
  --out FILE           kopie met markeringen, notities en een blad Controle (de invoer blijft ongewijzigd)
  --lang nl|en         taal van de tekstuitvoer / language of text output (default nl)

Tabellen / tables (plaatsing per functie en per cluster, plaatsingslijst, formatiebudget, overzicht):
  --out FILE           kopie met een werkblad per tabel, klaar om af te drukken; zonder --out alleen uitvoer
  --salaristabel FILE  salaristabel (JSON); anders een werkblad 'Salaristabel' in de werkmap, anders de
                       meegeleverde tabel van 1 juli 2020 (met een waarschuwing dat die oud is)
  --werkgeverslasten P werkgeverslasten in procenten bovenop salaris en IKB 17,05 % (standaard 30)
  --trede N            maandsalaris van trede N in plaats van het maximum van de schaal
  --peildatum DATUM    datum op de tabellen en voor de ouderdom van de salaristabel (standaard vandaag)
  Ook bij fouten in het werkblad komen de tabellen er (exit 1) / tables are made despite errors (exit 1)

Exit: 0 geen fouten / no errors, 1 fouten gevonden / errors found, 2 onbruikbare invoer / unusable input`;

function fail(message: string): never {
  throw new CliInputError({ nl: message, en: message });
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      functieboek: { type: "string" },
      sheet: { type: "string" },
      format: { type: "string", default: "text" },
      out: { type: "string" },
      lang: { type: "string", default: "nl" },
      salaristabel: { type: "string" },
      werkgeverslasten: { type: "string" },
      trede: { type: "string" },
      peildatum: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") fail(`--format moet text of json zijn / must be text or json (gekregen / got: ${format})`);
  const language: Language = values.lang === "en" ? "en" : "nl";

  switch (command) {
    case "functieboek": {
      const book = loadBookOption(values.functieboek);
      process.stdout.write(`${functieboekReport(book, format, language)}\n`);
      return 0;
    }
    case "validate": {
      const file = rest[0];
      if (file === undefined) fail("validate: geef een .xlsx-bestand op / give an .xlsx file");
      if (values.out !== undefined) checkOutput(file, values.out);
      const book = loadBookOption(values.functieboek);
      const workbook = await loadWorkbook(readInput(file));
      const result = validateWorkbook(workbook, book, values.sheet);
      if (!result.usable) {
        const message = result.findings[0]?.message ?? { nl: "Onbruikbaar werkblad.", en: "Unusable sheet." };
        throw new CliInputError({ nl: `${file}: ${message.nl}`, en: `${file}: ${message.en}` });
      }
      if (values.out !== undefined) {
        annotate(workbook, result, book);
        writeOutput(values.out, new Uint8Array(await workbook.xlsx.writeBuffer()));
      }
      process.stdout.write(`${format === "json" ? validationJson(result, book) : validationText(result, book, language)}\n`);
      if (values.out !== undefined && format === "text") process.stdout.write(`${language === "nl" ? "Geschreven" : "Written"}: ${values.out}\n`);
      return exitCodeOf(result);
    }
    case "tables": {
      const outcome = await tablesCommand({
        file: rest[0],
        out: values.out,
        functieboek: values.functieboek,
        salaristabel: values.salaristabel,
        werkgeverslasten: values.werkgeverslasten,
        trede: values.trede,
        peildatum: values.peildatum,
        sheet: values.sheet,
        format,
        language,
      });
      if (outcome.stderr !== "") process.stderr.write(`${outcome.stderr}\n`);
      process.stdout.write(`${outcome.stdout}\n`);
      return outcome.exitCode;
    }
    default:
      fail(`Onbekende opdracht / unknown command: ${command}. Zie / see: formatiecheck --help`);
  }
}

function userMessage(error: unknown): string | undefined {
  if (error instanceof CliInputError || error instanceof WorkbookInputError) {
    const { nl, en } = error.userMessage;
    return nl === en ? nl : `${nl} / ${en}`;
  }
  if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) return error.message;
  return undefined;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = userMessage(error);
    if (message !== undefined) {
      process.stderr.write(`formatiecheck: ${printableText(message)}\n`);
      process.exitCode = 2;
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(`formatiecheck: interne fout / internal error: ${printableText(detail.split("\n")[0] ?? "")}\n`);
      process.exitCode = 3;
    }
  },
);
