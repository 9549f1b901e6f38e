/**
 * Counts with the right word: "1 fout", "2 fouten", "0 fouten"; "1 error", "2 errors". Dutch and
 * English both use the singular for exactly one and the plural otherwise (also for 0), so two
 * forms per language are enough — no "fout(en)".
 */
import type { Language } from "../localized";
import { formatInteger } from "./number-format";

/** A noun's singular and plural, per language. */
export interface CountWords {
  nl: readonly [one: string, other: string];
  en: readonly [one: string, other: string];
}

/** The singular for exactly 1, the plural for anything else. */
export function pluralWord(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/** "1 fout" / "20.000 rijen" / "2 errors": the count (thousands separated) and the matching word. */
export function formatCount(count: number, words: CountWords, language: Language): string {
  const [one, other] = words[language];
  return `${formatInteger(count, language)} ${pluralWord(count, one, other)}`;
}
