/**
 * Office.js failures as messages a user can act on, Dutch first. Every error that leaves the
 * Office.js adapter is a `WorkbookError`: it keeps Excel's code (`RequestPayloadSizeLimitExceeded`,
 * `ItemNotFound`, …) and carries a `userMessage` ({ nl, en }) that the task pane shows as it is.
 * Codes are Office.js's `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes` names.
 */
import { localize, type Localized } from "../core/localized";

/** Known Office error codes and what they mean to someone checking a formation sheet. */
export const OFFICE_ERROR_MESSAGES: Readonly<Record<string, Localized>> = {
  RequestPayloadSizeLimitExceeded: {
    nl: "Excel kon zoveel gegevens niet in één keer verwerken. Probeer het opnieuw; helpt dat niet, controleer dan een kleiner werkblad.",
    en: "Excel could not take that much data at once. Try again; if that does not help, check a smaller sheet.",
  },
  ResponsePayloadSizeLimitExceeded: {
    nl: "Excel kon zoveel gegevens niet in één keer teruggeven. Probeer het opnieuw; helpt dat niet, controleer dan een kleiner werkblad.",
    en: "Excel could not return that much data at once. Try again; if that does not help, check a smaller sheet.",
  },
  ItemNotFound: {
    nl: "Het werkblad of de cel bestaat niet (meer). Is het werkblad hernoemd of verwijderd?",
    en: "The sheet or cell does not exist (any more). Was the sheet renamed or deleted?",
  },
  ItemAlreadyExists: {
    nl: "Er bestaat al een werkblad of tabel met die naam.",
    en: "A sheet or table with that name already exists.",
  },
  InvalidArgument: {
    nl: "Excel weigerde de opdracht: een adres of waarde is ongeldig.",
    en: "Excel refused the request: an address or value is not valid.",
  },
  InvalidReference: {
    nl: "Excel weigerde de opdracht: de verwijzing naar het bereik is ongeldig.",
    en: "Excel refused the request: the range reference is not valid.",
  },
  InvalidOperation: {
    nl: "Deze bewerking kan nu niet in dit werkblad (is het beveiligd, of staat er een samengevoegde cel of tabel in de weg?).",
    en: "This operation is not possible in this sheet now (is it protected, or is a merged cell or table in the way?).",
  },
  InvalidOperationInCellEditMode: {
    nl: "U bent een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.",
    en: "You are editing a cell. Press Enter or Esc and try again.",
  },
  AccessDenied: {
    nl: "Excel staat het wijzigen van deze werkmap niet toe (alleen-lezen, beveiligd of gedeeld zonder bewerkrechten).",
    en: "Excel does not allow changes to this workbook (read-only, protected, or shared without edit rights).",
  },
  GeneralException: {
    nl: "Excel meldde een algemene fout. Probeer het opnieuw; sla anders de werkmap op en open haar opnieuw.",
    en: "Excel reported a general error. Try again; otherwise save the workbook and open it again.",
  },
  ActivityLimitReached: {
    nl: "Excel is even te druk. Wacht een moment en probeer het opnieuw.",
    en: "Excel is too busy at the moment. Wait a little and try again.",
  },
  RequestAborted: {
    nl: "De opdracht werd afgebroken (werd de werkmap intussen gesloten of gewijzigd?). Probeer het opnieuw.",
    en: "The request was aborted (was the workbook closed or changed meanwhile?). Try again.",
  },
  ApiNotFound: {
    nl: "Deze versie van Excel kent een benodigde functie niet. Werk Excel bij of gebruik Excel op het web.",
    en: "This version of Excel lacks a function this needs. Update Excel or use Excel on the web.",
  },
  NotImplemented: {
    nl: "Deze versie van Excel ondersteunt dit niet. Werk Excel bij of gebruik Excel op het web.",
    en: "This version of Excel does not support this. Update Excel or use Excel on the web.",
  },
  UnsupportedOperation: {
    nl: "Deze bewerking wordt hier niet ondersteund.",
    en: "This operation is not supported here.",
  },
  Conflict: {
    nl: "Iemand anders wijzigde de werkmap tegelijk. Probeer het opnieuw.",
    en: "Someone else changed the workbook at the same time. Try again.",
  },
  ServiceNotAvailable: {
    nl: "Excel is tijdelijk niet bereikbaar. Probeer het zo opnieuw.",
    en: "Excel is temporarily unavailable. Try again shortly.",
  },
};

const UNKNOWN: Localized = {
  nl: "Excel meldde een fout ({code}): {detail}",
  en: "Excel reported an error ({code}): {detail}",
};

/** The Office error code of anything thrown by Excel.run / context.sync(), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/**
 * Where Excel says a request failed (`debugInfo.errorLocation`, e.g. "NoteCollection.add"), if it
 * says; also through a WorkbookError's cause.
 */
export function officeErrorLocation(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const location = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
  if (typeof location === "string" && location !== "") return location;
  return error instanceof WorkbookError ? officeErrorLocation(error.cause) : undefined;
}

/** A message for any error from Office.js: the known text for its code, else Excel's own text. */
export function describeOfficeError(error: unknown): Localized {
  const code = officeErrorCode(error);
  if (code !== undefined && OFFICE_ERROR_MESSAGES[code]) return OFFICE_ERROR_MESSAGES[code];
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : String((error as { message?: unknown })?.message ?? error);
  return localize(UNKNOWN, { code: code ?? "?", detail });
}

/** What the adapter throws: Excel's code, the original error, and the text the pane shows. */
export class WorkbookError extends Error {
  readonly code: string;
  readonly userMessage: Localized;
  override readonly cause: unknown;
  constructor(code: string, userMessage: Localized, cause?: unknown) {
    super(userMessage.en);
    this.name = "WorkbookError";
    this.code = code;
    this.userMessage = userMessage;
    this.cause = cause;
  }
}

/** Wraps an Office.js failure (unchanged if it already is a WorkbookError). */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  return new WorkbookError(officeErrorCode(error) ?? "GeneralException", describeOfficeError(error), error);
}
