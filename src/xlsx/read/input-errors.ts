/**
 * Why a file cannot be used, said so that a person understands it: one short line (at most 200
 * characters) in Dutch and English, with a stable code for JSON output. Never a library's own error
 * text: what a parser says about its internals means nothing to an HR planner.
 */
import { formatInteger, formatNumber } from "../../core/format";
import type { Localized } from "../../core/localized";
import { printableText } from "../../core/text/printable-text";

export type InputErrorCode =
  | "empty"
  | "too-large"
  | "encrypted"
  | "old-format"
  | "not-a-spreadsheet"
  | "no-workbook"
  | "damaged"
  | "zip-bomb"
  | "too-many-parts"
  | "too-many-cells"
  | "no-sheets"
  | "no-such-sheet"
  | "bad-address"
  | "shared-formula"
  | "sheet-exists";

/** The longest message a user gets (a sheet list is shortened to fit). */
export const MAX_MESSAGE_LENGTH = 200;

export class WorkbookInputError extends Error {
  readonly userMessage: Localized;
  constructor(message: Localized, readonly code: InputErrorCode = "damaged") {
    // Messages quote sheet names and file names: printable, whatever the file holds.
    const printable = { nl: shorten(printableText(message.nl)), en: shorten(printableText(message.en)) };
    super(printable.en);
    this.name = "WorkbookInputError";
    this.userMessage = printable;
  }
}

function shorten(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

export interface WorkbookLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Total uncompressed size of every part of the zip, as its directory states. */
  maxUncompressedBytes: number;
  /** Number of parts in the zip. */
  maxParts: number;
  /** Cells with a value per sheet. */
  maxCells: number;
}

/** Files above this size are refused before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Sheets with more filled cells than this are refused (a formation of 50,000 rows × 15 columns fits). */
export const MAX_CELLS = 2_000_000;

export const DEFAULT_LIMITS: WorkbookLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxParts: 10_000,
  maxCells: MAX_CELLS,
};

const mb = (bytes: number, language: "nl" | "en") => formatNumber(bytes / 1024 / 1024, language, 1);

export const INPUT_MESSAGES = {
  empty: { nl: "Het bestand is leeg (0 bytes).", en: "The file is empty (0 bytes)." },
  tooLarge: (bytes: number, max: number): Localized => ({
    nl: `Het bestand is te groot (${mb(bytes, "nl")} MB; de grens is ${mb(max, "nl")} MB).`,
    en: `The file is too large (${mb(bytes, "en")} MB; the limit is ${mb(max, "en")} MB).`,
  }),
  password: {
    nl: "Dit bestand is met een wachtwoord beveiligd. Sla het in Excel op zonder wachtwoord (Bestand > Info > Werkmap beveiligen).",
    en: "This file is password-protected. Save it in Excel without a password (File > Info > Protect Workbook).",
  },
  oldFormatUnreadable: (what: Localized): Localized => ({
    nl: `Dit ${what.nl} kan niet worden gelezen (beschadigd of een te oude versie). Open het in Excel en sla het op als .xlsx.`,
    en: `This ${what.en} cannot be read (damaged or too old a version). Open it in Excel and save it as .xlsx.`,
  }),
  notWorkbook: {
    nl: "Dit is geen rekenblad (.xlsx, .xls, .ods). Is het misschien een CSV-, HTML- of tekstbestand met een andere extensie?",
    en: "This is not a spreadsheet (.xlsx, .xls, .ods). Is it perhaps a CSV, HTML or text file with another extension?",
  },
  notSpreadsheetZip: {
    nl: "Dit is geen Excel-werkmap: het is een zip-bestand zonder werkmap erin.",
    en: "This is not an Excel workbook: it is a zip file with no workbook inside.",
  },
  damaged: (detail: Localized): Localized => ({
    nl: `De werkmap is beschadigd: ${detail.nl} Open en bewaar hem opnieuw in Excel.`,
    en: `The workbook is damaged: ${detail.en} Open and save it again in Excel.`,
  }),
  inflatesTooMuch: (bytes: number, max: number): Localized => ({
    nl: `De werkmap pakt uit tot ${mb(bytes, "nl")} MB; de grens is ${mb(max, "nl")} MB (te groot of een zip-bom).`,
    en: `The workbook unpacks to ${mb(bytes, "en")} MB; the limit is ${mb(max, "en")} MB (too large, or a zip bomb).`,
  }),
  tooManyParts: (count: number, max: number): Localized => ({
    nl: `De werkmap bestaat uit ${count} onderdelen; de grens is ${max}.`,
    en: `The workbook consists of ${count} parts; the limit is ${max}.`,
  }),
  tooManyCells: (sheet: string, max: number): Localized => ({
    nl: `Werkblad '${sheet}' heeft meer dan ${formatInteger(max, "nl")} gevulde cellen; dat is te groot om te controleren.`,
    en: `Sheet '${sheet}' has more than ${formatInteger(max, "en")} filled cells; too large to check.`,
  }),
  noSheets: {
    nl: "De werkmap heeft geen werkbladen met cellen (alleen grafiekbladen of geen bladen).",
    en: "The workbook has no worksheets with cells (only chart sheets, or no sheets).",
  },
  sheetPartMissing: (sheet: string): Localized => ({
    nl: `werkblad '${sheet}' ontbreekt in het bestand.`,
    en: `sheet '${sheet}' is missing from the file.`,
  }),
};

export const FORMAT_NAMES: Record<"xls" | "xlsb" | "ods" | "xml2003", Localized> = {
  xls: { nl: "oude Excel-bestand (.xls)", en: "old Excel file (.xls)" },
  xlsb: { nl: "binaire Excel-bestand (.xlsb)", en: "binary Excel file (.xlsb)" },
  ods: { nl: "OpenDocument-rekenblad (.ods)", en: "OpenDocument spreadsheet (.ods)" },
  xml2003: { nl: "Excel 2003 XML-bestand", en: "Excel 2003 XML file" },
};
