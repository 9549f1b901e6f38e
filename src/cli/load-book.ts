/**
 * The functieboek a command checks against: `--functieboek FILE` (JSON, or a functieboek kept in
 * Excel: .xlsx, .xlsm, .xls, .xlsb, .ods), else the one in the formation workbook's own sheets,
 * else the bundled Ommen book. A functieboek workbook with problems is refused with all of them.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { bundledFunctieboek } from "../core/functieboek/bundled";
import { MAX_FUNCTIEBOEK_BYTES, parseFunctieboekText } from "../core/functieboek/load-functieboek";
import type { Functieboek } from "../core/functieboek/schema";
import type { BookSheetProblem, PlacedBookFinding } from "../core/functieboek/workbook/read-book-workbook";
import { portHasBook, readFunctieboekFromPort } from "../core/functieboek/workbook/read-from-port";
import type { Language, Localized } from "../core/localized";
import { printableText } from "../core/text/printable-text";
import type { FileWorkbook } from "../xlsx/file-workbook";
import { CliInputError } from "./cli-error";
import { noteInput } from "./files";
import { localToday, openWorkbookFile } from "./open-workbook";

/** Where the book in use came from. */
export type BookOrigin = { kind: "bundled" } | { kind: "json"; file: string } | { kind: "workbook"; file: string } | { kind: "own-sheets" };

export interface LoadedBook {
  book: Functieboek;
  origin: BookOrigin;
  /** The self-check's remarks with their cells, for a book read from a workbook. */
  findings?: PlacedBookFinding[];
}

/** A functieboek workbook that cannot be used: every problem, each with its sheet and cell. */
export class BookProblemsError extends CliInputError {
  constructor(
    readonly file: string,
    readonly problems: readonly BookSheetProblem[],
  ) {
    super(
      {
        nl: `Functieboek ${file} is niet te gebruiken: ${problems.length === 1 ? "1 probleem" : `${problems.length} problemen`}.`,
        en: `Function book ${file} cannot be used: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}.`,
      },
      "functieboek-invalid",
    );
  }

  /** The heading and one line per problem, in one language. */
  lines(language: Language): string[] {
    return [this.userMessage[language], ...this.problems.map((p) => `  ${p.message[language]}`)].map(printableText);
  }
}

const WORKBOOK = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;

/** The book from `--functieboek FILE`, or the bundled Ommen book. */
export async function loadBookOption(file: string | undefined, language: Language = "nl"): Promise<LoadedBook> {
  if (file === undefined) return { book: bundledFunctieboek(), origin: { kind: "bundled" } };
  if (WORKBOOK.test(file)) return loadBookWorkbook(file, language);
  return { book: loadJsonBook(file), origin: { kind: "json", file } };
}

/** A functieboek kept in Excel, from its file. */
export async function loadBookWorkbook(file: string, language: Language): Promise<LoadedBook> {
  const workbook = await openWorkbookFile(file, language, localToday());
  const result = await readFunctieboekFromPort(workbook, { sourceTitle: path.basename(file) });
  if (!result.ok) throw new BookProblemsError(file, result.problems);
  return { book: result.book, origin: { kind: "workbook", file }, findings: result.findings };
}

/**
 * The book for one formation workbook: the one given, else the one in its own sheets (said so in
 * the output), else the bundled one.
 */
export async function bookFor(workbook: FileWorkbook, given: LoadedBook | undefined, file: string): Promise<LoadedBook> {
  if (given) return given;
  if (await portHasBook(workbook)) {
    const result = await readFunctieboekFromPort(workbook, { sourceTitle: path.basename(file) });
    if (!result.ok) throw new BookProblemsError(file, result.problems);
    return { book: result.book, origin: { kind: "own-sheets" }, findings: result.findings };
  }
  return { book: bundledFunctieboek(), origin: { kind: "bundled" } };
}

/** A line saying the book came from the workbook's own sheets; undefined for any other origin. */
export function ownSheetsNotice(loaded: LoadedBook): Localized | undefined {
  if (loaded.origin.kind !== "own-sheets") return undefined;
  return {
    nl: `Functieboek uit de werkbladen van deze werkmap (Functies, Normfuncties, Beleid): ${loaded.book.name}`,
    en: `Function book from this workbook's own sheets (Functies, Normfuncties, Beleid): ${loaded.book.name}`,
  };
}

function loadJsonBook(file: string): Functieboek {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliInputError({ nl: `Functieboek niet gevonden: ${file}`, en: `Function book not found: ${file}` });
  }
  if (size > MAX_FUNCTIEBOEK_BYTES) {
    throw new CliInputError({
      nl: `Functieboek ${file} is te groot (${Math.round(size / 1024 / 1024)} MB; de grens is ${MAX_FUNCTIEBOEK_BYTES / 1024 / 1024} MB).`,
      en: `Function book ${file} is too large (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_FUNCTIEBOEK_BYTES / 1024 / 1024} MB).`,
    });
  }
  if (statSync(file).isDirectory()) throw new CliInputError({ nl: `Functieboek ${file} is een map, geen bestand.`, en: `Function book ${file} is a folder, not a file.` });
  noteInput(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new CliInputError({ nl: `Functieboek ${file} kan niet worden gelezen: ${detail}`, en: `Function book ${file} cannot be read: ${detail}` });
  }
  const result = parseFunctieboekText(text);
  if (result.ok) return result.book;
  const shown = result.problems.slice(0, 5);
  const more = result.problems.length - shown.length;
  const tail = more > 0 ? { nl: ` (en nog ${more})`, en: ` (and ${more} more)` } : { nl: "", en: "" };
  // Problems quote the file's own text (a JSON parser's excerpt): printable on a terminal.
  throw new CliInputError({
    nl: printableText(`Functieboek ${file} is ongeldig: ${shown.map((p) => p.message.nl).join(" ")}${tail.nl}`),
    en: printableText(`Function book ${file} is invalid: ${shown.map((p) => p.message.en).join(" ")}${tail.en}`),
  });
}
