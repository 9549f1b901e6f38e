/**
 * Numbers as people read them, the Dutch or the English way: decimal comma and thousands points in
 * Dutch (0,89; 20.000; € 16.509,90; 17,05 %), decimal point and thousands commas in English (0.89;
 * 20,000; €16,509.90; 17.05%).
 *
 * Written out digit by digit here rather than with `toLocaleString`/`Intl.NumberFormat`: those
 * depend on the ICU data a Node build or browser ships (Node without full ICU falls back to
 * English; browsers differ in spaces and minus signs), and these texts go into printed sheets
 * that must read the same everywhere. `toFixed` is defined by ECMAScript to the digit.
 */
import type { Language } from "../localized";

interface Separators {
  decimal: string;
  thousands: string;
}

const SEPARATORS: Record<Language, Separators> = {
  nl: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
};

/** What a number that is not a number (NaN, ±∞) is shown as. */
export const NOT_A_NUMBER = "—";

/**
 * Rounds half away from zero on the decimal value people see: 1.005 → 1.01 and 0.285 → 0.29
 * (where `Math.round(x * 100) / 100` gives 1 and 0.28, the binary value being just below).
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  // From 2^53 on every double is a whole number: nothing to round.
  if (abs >= 2 ** 53) return value;
  const text = String(abs);
  // The shortest decimal form of the double, shifted by the exponent; tiny or huge numbers are
  // written with an exponent already, and for those plain arithmetic is exact enough.
  let rounded = text.includes("e") ? NaN : Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  if (!Number.isFinite(rounded)) rounded = Math.round(abs * 10 ** decimals) / 10 ** decimals;
  return rounded === 0 ? 0 : value < 0 ? -rounded : rounded;
}

/** "16509.9" with exactly `decimals` decimals, grouped (unless told not to) and with the language's separators. */
function digits(value: number, language: Language, decimals: number, trimZeros: boolean, grouping = true): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const rounded = roundDecimal(value, decimals);
  const [whole = "0", fraction = ""] = Math.abs(rounded).toFixed(decimals).split(".");
  const { decimal, thousands } = SEPARATORS[language];
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : whole;
  const shownFraction = trimZeros ? fraction.replace(/0+$/, "") : fraction;
  const sign = rounded < 0 ? "-" : "";
  return shownFraction === "" ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${shownFraction}`;
}

/** A quantity with at most `maxDecimals` decimals, trailing zeros dropped: 0,89 · 1,5 · 20.000. */
export function formatNumber(value: number, language: Language, maxDecimals = 2): string {
  return digits(value, language, maxDecimals, true);
}

/**
 * A number the way Excel's General ("Standaard") format shows a cell: the language's decimal
 * separator, no thousands separator, up to ten decimals: 0,8 · 20000 · 0,3333333333. For a cell's
 * own value, which may be a personeelsnummer as well as an amount.
 */
export function formatGeneral(value: number, language: Language): string {
  return digits(value, language, 10, true, false);
}

/** Exactly `decimals` decimals: formatFixed(3.5, "nl", 2) → "3,50". */
export function formatFixed(value: number, language: Language, decimals: number): string {
  return digits(value, language, decimals, false);
}

/** A whole number with thousands separators: 20.000 / 20,000 (rounded when it is not whole). */
export function formatInteger(value: number, language: Language): string {
  return digits(value, language, 0, false);
}

/** FTE with exactly two decimals: 0,89 · 45,00 (nl); 0.89 · 45.00 (en). */
export function formatFte(value: number, language: Language): string {
  return digits(value, language, 2, false);
}

/**
 * A difference that shows its sign for a rise as for a fall: +0,20 · -0,20 (nl), +0.20 · -0.20
 * (en). What rounds to zero has no sign: 0,00.
 */
export function formatSignedFte(value: number, language: Language): string {
  return withPlus(formatFte(value, language), roundDecimal(value, 2));
}

/** A difference in whole euros with its sign: € +37.287 · € -37.287 (nl), +€37,287 · -€37,287 (en); € 0 has none. */
export function formatSignedEuroWhole(value: number, language: Language): string {
  return euro(withPlus(digits(value, language, 0, false), roundDecimal(value, 0)), language);
}

/** A "+" before a positive number's text (a negative one has its "-" already). */
function withPlus(text: string, rounded: number): string {
  return rounded > 0 ? `+${text}` : text;
}

/** Euros and cents: € 16.509,90 (nl), €16,509.90 (en); negative € -16.509,90 / -€16,509.90. */
export function formatEuro(value: number, language: Language): string {
  return euro(digits(value, language, 2, false), language);
}

/** Whole euros: € 3.762.249 (nl), €3,762,249 (en). */
export function formatEuroWhole(value: number, language: Language): string {
  return euro(digits(value, language, 0, false), language);
}

/**
 * The euro sign the way each language writes it: Dutch with a space and the sign (minus or plus)
 * after it (as Excel's Dutch currency format shows it), English against the number with the sign in front.
 */
function euro(amount: string, language: Language): string {
  if (amount === NOT_A_NUMBER) return amount;
  const sign = amount.startsWith("-") || amount.startsWith("+") ? (amount[0] as string) : "";
  const unsigned = amount.slice(sign.length);
  if (language === "nl") return `€ ${sign}${unsigned}`;
  return `${sign}€${unsigned}`;
}

/**
 * A percentage given in percent (17.05 means 17,05 %), at most `maxDecimals` decimals: 17,05 % in
 * Dutch (with a space, as the Taalunie writes it), 17.05% in English.
 */
export function formatPercent(percent: number, language: Language, maxDecimals = 2): string {
  const number = digits(percent, language, maxDecimals, true);
  if (number === NOT_A_NUMBER) return number;
  return language === "nl" ? `${number} %` : `${number}%`;
}

/**
 * Reads back a number written by this module (or typed the same way) in the given language:
 * "16.509,90" → 16509.9, "€ 3.762.249" → 3762249, "17,05 %" → 17.05. Undefined when the text is
 * not a number in that language's convention. Thousands separators must sit every three digits.
 */
export function parseFormattedNumber(text: string, language: Language): number | undefined {
  const { decimal, thousands } = SEPARATORS[language];
  const core = text
    .trim()
    .replace(/^-?€\s?/, (m) => (m.startsWith("-") ? "-" : ""))
    .replace(/\s?%$/, "");
  const escapedThousands = thousands === "." ? "\\." : thousands;
  const escapedDecimal = decimal === "." ? "\\." : decimal;
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${escapedThousands}\\d{3})*|\\d+)(?:${escapedDecimal}(\\d+))?$`);
  const match = pattern.exec(core);
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction] = match;
  const value = Number(`${whole.split(thousands).join("")}${fraction !== undefined ? `.${fraction}` : ""}`);
  return sign === "-" ? -value : value;
}
