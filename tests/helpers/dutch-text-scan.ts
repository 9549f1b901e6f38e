/**
 * The scanner of what people read: numbers written the other language's way ("0.89" in Dutch,
 * "0,89" in English), thousands not in threes, ISO dates (2026-11-30), "fout(en)" plurals and
 * unfilled placeholders. Quoted text is the user's own and section numbers ("§ 1.4") are left alone.
 * Used on the core's texts (tests/core/dutch-text.test.ts) and on written sheets.
 */
import type { Language } from "../../src/core/localized";

/**
 * Quoted text is the user's own, shown as typed ("'1.000' in kolom FTE is dubbelzinnig"); a web
 * address (a source) is an address, not a number or date for people to read.
 */
export const unquoted = (text: string) => text.replace(/'[^']*'|"[^"]*"/g, "''").replace(/https?:\/\/\S+/g, "<url>");

/** Numbers with a separator in them, except section numbers ("§ 1.4") and quoted user text. */
export function numbersIn(text: string): string[] {
  return [...unquoted(text).replace(/§ ?[\d.]+/g, "§").matchAll(/\d+(?:[.,]\d+)+/g)].map((m) => m[0]);
}

/** How a number with separators may look: thousands every three digits (no "0.891"), decimals after. */
export const WELL_FORMED: Record<Language, RegExp> = {
  nl: /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$/,
  en: /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
};

export const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Problems in one text: wrong-language numbers, ISO dates, "(en)"/"(s)" plurals, unfilled placeholders (not in a template). */
export function problemsIn(text: string, language: Language, template = false): string[] {
  const problems = numbersIn(text).filter((n) => !WELL_FORMED[language].test(n)).map((n) => `number ${n}`);
  if (ISO_DATE.test(unquoted(text))) problems.push("ISO date");
  if (/\w\((en|s)\)/.test(text)) problems.push("(en)/(s) plural");
  if (!template && /\{[^}]*\}/.test(text)) problems.push("placeholder");
  return problems;
}

