/**
 * Dates as people read them. The core keeps dates as ISO text (2026-11-30: sortable, no time
 * zone, the core has no clock); people read 30-11-2026, or in a title "30 november 2026".
 *
 * English text gets the same day-month-year order: 30-11-2026 short (the order of the Dutch
 * workbook it sits in, which British English shares) and "30 November 2026" long, never the
 * American 11/30/2026. Month names are written out here, not taken from `Intl`, so the text does
 * not depend on the ICU data of the machine.
 */
import type { Language } from "../localized";

const MONTHS: Record<Language, readonly string[]> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** The calendar date of an ISO date ("2026-11-30", also with a time after it); undefined when it is not a real date. */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The ISO text of a calendar date; undefined when the day does not exist (31-02, 29-02-2027). */
function isoOf(year: number, month: number, day: number): string | undefined {
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return parseIsoDate(iso) ? iso : undefined;
}

const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|t)/;
const DAY_MONTH_YEAR = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const LONG = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/;
/** Month abbreviations besides the first three letters of the name. */
const ABBREVIATIONS: Record<string, number> = { mrt: 3, sept: 9 };

/**
 * A date as people type it in the Netherlands → ISO: 31-1-2026, 31-01-2026, 31/1/2026, 31.1.2026
 * (one separator throughout), 2026-01-31 or 2026-1-31 (with a time after it too), 31 januari 2026,
 * 31 jan 2026, 31 mrt. 2026. Undefined when the text is no date or the day does not exist
 * (31-02-2026). The one reader of typed dates: own raises, the Beleid and Salaristabel sheets.
 */
export function parseDutchDate(text: string): string | undefined {
  const typed = text.trim().toLowerCase();
  let match = TYPED_ISO.exec(typed);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(typed);
  if (match) return isoOf(Number(match[4]), Number(match[3]), Number(match[1]));
  match = LONG.exec(typed);
  if (match) {
    const word = match[2] as string;
    const month = ABBREVIATIONS[word] ?? MONTHS.nl.findIndex((m) => m === word || (word.length === 3 && m.startsWith(word))) + 1;
    if (month > 0) return isoOf(Number(match[3]), month, Number(match[1]));
  }
  return undefined;
}

/** "2026-11-30" → "30-11-2026" (both languages). Text that is not an ISO date is returned unchanged. */
export function formatDate(iso: string, _language: Language): string {
  const date = parseIsoDate(iso);
  return date ? `${pad(date.day)}-${pad(date.month)}-${pad(date.year, 4)}` : iso;
}

/** "2026-11-30" → "30 november 2026" / "30 November 2026", for titles. Other text is returned unchanged. */
export function formatLongDate(iso: string, language: Language): string {
  const date = parseIsoDate(iso);
  return date ? `${date.day} ${MONTHS[language][date.month - 1]} ${date.year}` : iso;
}

/**
 * The ISO date of a moment on the user's own calendar (local time): what "today" is for the
 * person at the machine. (`toISOString().slice(0, 10)` gives the UTC date: yesterday, in the
 * Netherlands, between midnight and 1 or 2 a.m.)
 */
export function localIsoDate(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
