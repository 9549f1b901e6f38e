/**
 * Text normalisation for matching what planners type against what the functieboek says.
 * The original text is always kept for display; these keys are only for comparison.
 */
import { KeyCache } from "./key-cache";

/** Characters that take no room: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g;
const SPACES = /[\s\u00A0\u2007\u202F]+/g;
const BLANK = /^[\s\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\u00AD\u180E]*$/;

/** True when text shows nothing: only spaces, line breaks and invisible characters (what `cleanText` makes ""). */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}
const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032`´]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** Text that needs no cleaning: printable ASCII and Latin letters, single spaces inside. */
const ALREADY_CLEAN = /^[\x21-\x7E\u00C0-\u017F]+(?: [\x21-\x7E\u00C0-\u017F]+)*$/;
const NEEDS_QUOTE_WORK = /[`\u00B4]/;

/** Removes invisible characters, unifies dashes and quotes and collapses white space (NBSP, line breaks). */
export function cleanText(text: string): string {
  if (ALREADY_CLEAN.test(text) && !NEEDS_QUOTE_WORK.test(text)) return text;
  return text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(DASHES, "-")
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, " ")
    .trim();
}

/**
 * A comparison key: case, accents, punctuation and spacing ignored; "&" reads as "en".
 * "Coördinatiemodule", "coordinatie-module" and " COORDINATIEMODULE " give related keys
 * (the hyphen becomes a space, so compare `compactKey` where word breaks do not matter).
 */
export function normalizeKey(text: string): string {
  // Text that is its own key (lower-case letters, digits, single inner spaces: personeelsnummers,
  // keys already made) needs no work and is not cached, so unique values do not fill the cache.
  if (OWN_KEY.test(text)) return text;
  return keys.get(text, computeKey);
}

const OWN_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Sheets repeat the same few titles, clusters and names thousands of times: keys are cached (bounded). */
const keys = new KeyCache<string>(25_000);

function computeKey(text: string): string {
  return cleanText(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The key without any spaces: "Pers. nr." and "persnr" match. */
export function compactKey(text: string): string {
  const key = normalizeKey(text);
  return key.includes(" ") ? key.replace(/ /g, "") : key;
}

const ARABIC_TO_ROMAN: Record<string, string> = { "1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi" };

/**
 * A key for HR21 normfunctie names: like `normalizeKey`, and the trailing level written as a Roman
 * numeral whatever way it was typed: "Adviseur 3", "Adviseur III", "adviseur  iii", and the
 * look-alikes "Adviseur Il" / "Adviseur ll" (lower-case L for I) all give "adviseur iii" / "adviseur ii".
 */
export function normfunctieKey(text: string): string {
  const words = normalizeKey(text).split(" ").filter((w) => w.length > 0);
  if (words.length < 2) return words.join(" ");
  const last = words[words.length - 1] ?? "";
  let level: string | undefined;
  if (ARABIC_TO_ROMAN[last]) level = ARABIC_TO_ROMAN[last];
  else if (/^[il1]{1,3}$/.test(last) || /^[il1]?[vx][il1]{0,3}$/.test(last)) level = last.replace(/[l1]/g, "i");
  if (level !== undefined) words[words.length - 1] = level;
  return words.join(" ");
}

/** Levenshtein distance, for "did you mean" suggestions (small strings only). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates nearest to `text` (by edit distance on normalised keys, with a bonus for shared
 * words), best first; only those close enough to be a plausible intended value.
 */
export function nearest(text: string, candidates: readonly string[], limit = 3): string[] {
  const key = normalizeKey(text);
  if (key.length === 0) return [];
  const words = new Set(key.split(" "));
  const scored = candidates.map((candidate) => {
    const candidateKey = normalizeKey(candidate);
    const distance = editDistance(key, candidateKey);
    const shared = candidateKey.split(" ").filter((w) => w.length > 2 && words.has(w)).length;
    const score = distance / Math.max(key.length, candidateKey.length) - 0.15 * shared;
    return { candidate, score };
  });
  return scored
    .filter((s) => s.score <= 0.5)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}
