/**
 * The functieboek a command checks against: `--functieboek FILE` (JSON, or a functieboek kept in
 * Excel: .xlsx, .xlsm, .xls, .xlsb, .ods), else the one in the formation workbook's own sheets,
 * else the bundled Ommen book. A functieboek workbook with problems is refused with all of them.
 */
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
import { fileProblemsError, readTextInput } from "./files";
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
  const result = parseFunctieboekText(readTextInput(file, MAX_FUNCTIEBOEK_BYTES, { nl: "Functieboek", en: "Function book" }));
  if (result.ok) return result.book;
  throw fileProblemsError({ nl: `Functieboek ${file} is ongeldig`, en: `Function book ${file} is invalid` }, result.problems);
}
