/**
 * The user's own expected raises, typed as people write them — "1-1-2028: 3 %", "2028-01-01 3%",
 * "1-7-2028: € 50" — into measures the budget applies like the cao's (marked as the user's own:
 * an uitgangspunt of the begroting, not an agreed raise). One reader for the CLI option and the pane.
 */
import { parseDutchDate } from "../format";
import { localize, type Localized } from "../localized";
import type { SalaryMeasure } from "./salary-measures";

export type OwnMeasureReading = { ok: true; measure: SalaryMeasure } | { ok: false; message: Localized };

const MESSAGES = {
  form: {
    nl: "'{found}' is geen verhoging: schrijf een datum en een percentage of bedrag, zoals '1-1-2028: 3 %' of '1-7-2028: € 50'.",
    en: "'{found}' is not an increase: write a date and a percentage or amount, such as '1-1-2028: 3 %' or '1-7-2028: € 50'.",
  },
  date: { nl: "'{found}' is geen bestaande datum.", en: "'{found}' is not a real date." },
  range: { nl: "'{found}': een verhoging ligt tussen -100 en 100 % (of -10.000 en 10.000 euro).", en: "'{found}': an increase lies between -100 and 100% (or -10,000 and 10,000 euro)." },
} satisfies Record<string, Localized>;

/** A decimal as people type it: 3, 3,5, 3.5, -1,25. */
function decimal(text: string): number | undefined {
  const match = /^([+-]?)(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(text.replace(/\s+/g, ""));
  if (!match) return undefined;
  const value = Number(`${match[2]}${match[3] !== undefined ? `.${match[3]}` : ""}`);
  return match[1] === "-" ? -value : value;
}

/** One raise: a date, then ":" or a space, then "3 %" / "3" (percent) or "€ 50" / "50 euro" (a fixed amount a month). */
export function parseOwnMeasure(text: string): OwnMeasureReading {
  const found = text.trim();
  const match = /^(\S+?)\s*(?::|\s)\s*(.+)$/.exec(found);
  if (!match) return { ok: false, message: localize(MESSAGES.form, { found }) };
  return ownMeasureOf(match[1] as string, match[2] as string, found);
}

/** A date and an amount typed in two fields (the pane). */
export function ownMeasureOf(dateText: string, amountText: string, found = `${dateText.trim()}: ${amountText.trim()}`): OwnMeasureReading {
  const date = parseDutchDate(dateText);
  if (date === undefined) {
    const looksLikeDate = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(dateText.trim());
    return { ok: false, message: localize(looksLikeDate ? MESSAGES.date : MESSAGES.form, { found: looksLikeDate ? dateText.trim() : found }) };
  }
  const amount = amountText.trim().toLowerCase();
  const euro = /^(?:€\s*([+-]?[\d.,\s]+)|([+-]?[\d.,\s]+?)\s*(?:€|euro|eur))$/.exec(amount);
  if (euro) {
    const value = decimal((euro[1] ?? euro[2] ?? "").trim());
    if (value === undefined) return { ok: false, message: localize(MESSAGES.form, { found }) };
    if (Math.abs(value) >= 10_000) return { ok: false, message: localize(MESSAGES.range, { found }) };
    return { ok: true, measure: { date, type: "fixed", value, sources: [], own: true } };
  }
  const value = decimal(amount.replace(/%$/, "").trim());
  if (value === undefined) return { ok: false, message: localize(MESSAGES.form, { found }) };
  if (Math.abs(value) >= 100) return { ok: false, message: localize(MESSAGES.range, { found }) };
  return { ok: true, measure: { date, type: "pct", value, sources: [], own: true } };
}
