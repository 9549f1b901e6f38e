/**
 * Filling message templates. A placeholder names its value and, where it matters, how to show it,
 * so data stays plain numbers and ISO dates and each language writes them its own way:
 *
 *   {name}            text as it is; a number with at most two decimals (0,89 · 20.000);
 *                     true/false as ja/nee (yes/no); null or undefined as "—"
 *   {name:fte}        two decimals: 0,89 · 45,00
 *   {name:integer}    a whole number, thousands separated: 20.000
 *   {name:euro}       € 16.509,90          {name:wholeEuro}  € 3.762.249
 *   {name:percent}    17,05 % (the value in percent)
 *   {name:date}       30-11-2026           {name:longDate}   30 november 2026 (from "2026-11-30")
 *   {name:plain}      the digits as they are: row numbers, years, scales (no 1.234 for row 1234)
 *   {name:general}    a cell's number as Excel's General format shows it: 0,8 · 20000 · 0,3333333333
 *   {name|rij|rijen}  the count and the right word: "1 rij", "3 rijen", "20.000 rijen"
 *
 * Unknown placeholders and formats stay visible (so a mistake is noticed in review rather than
 * silently dropped). A text value is never reformatted: what the user typed is shown as typed.
 */
import type { Language, Localized, MessageData } from "../localized";
import { formatDate, formatLongDate } from "./date-format";
import { formatEuro, formatEuroWhole, formatFte, formatGeneral, formatInteger, formatNumber, formatPercent } from "./number-format";
import { formatCount } from "./plural";

export type ValueFormat = "fte" | "integer" | "euro" | "wholeEuro" | "percent" | "general" | "date" | "longDate" | "plain" | "number";

const NUMBER_FORMATS: Record<Exclude<ValueFormat, "date" | "longDate" | "plain">, (value: number, language: Language) => string> = {
  number: formatNumber,
  fte: formatFte,
  integer: formatInteger,
  euro: formatEuro,
  wholeEuro: formatEuroWhole,
  general: formatGeneral,
  percent: (value, language) => formatPercent(value, language),
};

const YES_NO: Record<Language, [string, string]> = { nl: ["ja", "nee"], en: ["yes", "no"] };

const PLACEHOLDER = /\{(\w+)(?::(\w+))?(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** Fills `{…}` placeholders of one template in one language (see the module comment). */
export function formatMessage(template: string, data: MessageData, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, key: string, format: string | undefined, one: string | undefined, other: string | undefined) => {
    if (!Object.hasOwn(data, key)) return whole;
    const value = data[key];
    if (one !== undefined && other !== undefined) {
      if (format !== undefined || typeof value !== "number") return whole;
      return formatCount(value, { nl: [one, other], en: [one, other] }, language);
    }
    if (value === null || value === undefined) return "—";
    if (format === undefined) return formatValue(value, "number", language);
    if (!isValueFormat(format)) return whole;
    return formatValue(value, format, language);
  });
}

/** One value shown in one format; text stays text (except an ISO date shown as a date). */
export function formatValue(value: string | number | boolean, format: ValueFormat, language: Language): string {
  if (typeof value === "boolean") return YES_NO[language][value ? 0 : 1];
  if (format === "date" || format === "longDate") {
    if (typeof value !== "string") return String(value);
    return format === "date" ? formatDate(value, language) : formatLongDate(value, language);
  }
  if (typeof value === "string") return value;
  if (format === "plain") return Number.isFinite(value) ? String(value) : formatNumber(value, language);
  return NUMBER_FORMATS[format](value, language);
}

function isValueFormat(format: string): format is ValueFormat {
  return format === "date" || format === "longDate" || format === "plain" || Object.hasOwn(NUMBER_FORMATS, format);
}

/** Both languages of a message, filled with the same data. */
export function localize(templates: Localized, data: MessageData = {}): Localized {
  return { nl: formatMessage(templates.nl, data, "nl"), en: formatMessage(templates.en, data, "en") };
}
