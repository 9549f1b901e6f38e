/**
 * Reading the values planners type: Dutch decimals, percentages, "schaal 11", "10A", "ja"/"x".
 * Nothing here guesses: text that can be read two ways ("1.000") is reported as ambiguous.
 */
import { cleanText } from "../text/normalize";
import { cellText, isCellError, isEmptyCell, type CellValue } from "./grid";

export type NumberReading =
  | { kind: "empty" }
  | { kind: "ok"; value: number; text: string; percent: boolean; unit?: NumberUnit }
  | { kind: "invalid"; text: string; reason: "not-a-number" | "ambiguous" | "date" | "boolean" }
  | { kind: "error"; text: string };

/** The unit a cell writes after its number ("0,8 fte", "32 uur"), when it writes one. */
export type NumberUnit = "fte" | "hours";

export type ScaleVariant = "normal" | "intermediate" | "extension";

export type ScaleReading =
  | { kind: "empty" }
  | { kind: "ok"; scale: number; variant: ScaleVariant; text: string; label: string }
  | { kind: "invalid"; text: string }
  | { kind: "error"; text: string };

export type YesNoReading =
  | { kind: "empty" }
  | { kind: "ok"; value: boolean; text: string }
  | { kind: "invalid"; text: string }
  | { kind: "error"; text: string };

/** A step (trede, periodiek): a whole number from 0; whether the scale has it is for the salary table to say. */
export type StepReading =
  | { kind: "empty" }
  | { kind: "ok"; step: number; text: string }
  | { kind: "invalid"; text: string }
  | { kind: "error"; text: string };

/** An amount in euros: 3456, "€ 3.456,78", "3456,78", "3.456". */
export type AmountReading =
  | { kind: "empty" }
  | { kind: "ok"; value: number; text: string }
  | { kind: "invalid"; text: string }
  | { kind: "error"; text: string };

export type TextReading = { kind: "empty" } | { kind: "ok"; value: string; text: string } | { kind: "error"; text: string };

/** The one "empty" reading, shared: most optional cells are empty, and sheets have many rows. */
const EMPTY = Object.freeze({ kind: "empty" as const });

/**
 * A number as Dutch planners write it: 0,8 / 0.8 / "0,8 fte" / "80%" / "80 %" / 1.234,5.
 * "1.000" and "1,000,5"-like forms that read two ways are ambiguous, never guessed.
 */
export function parseNumber(value: CellValue): NumberReading {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return { kind: "error", text: value.error };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "ok", value, text: String(value), percent: false } : { kind: "invalid", text: String(value), reason: "not-a-number" };
  }
  if (typeof value === "boolean") return { kind: "invalid", text: cellText(value), reason: "boolean" };
  if (value instanceof Date) return { kind: "invalid", text: cellText(value), reason: "date" };
  const text = cleanText(String(value));
  let body = text.toLowerCase();
  const unitMatch = /\s*(fte|uur|uren|u|hours|h)\.?$/u.exec(body);
  const unit: NumberUnit | undefined = unitMatch === null ? undefined : unitMatch[1] === "fte" ? "fte" : "hours";
  if (unitMatch !== null) body = body.slice(0, unitMatch.index);
  body = body.trim();
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  body = body.replace(/\s+/g, "");
  const sign = body.startsWith("-") ? -1 : 1;
  if (body.startsWith("-") || body.startsWith("+")) body = body.slice(1);
  let number: number | undefined;
  if (/^\d+$/.test(body)) number = Number(body);
  else if (/^\d*,\d+$/.test(body)) number = Number(body.replace(",", "."));
  else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(body)) return { kind: "invalid", text, reason: "ambiguous" };
  else if (/^\d*\.\d+$/.test(body)) number = Number(body);
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body)) number = Number(body.replace(/\./g, "").replace(",", "."));
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(body)) number = Number(body.replace(/,/g, ""));
  if (number === undefined || !Number.isFinite(number)) return { kind: "invalid", text, reason: "not-a-number" };
  const signed = sign * number;
  const read = percent ? signed / 100 : signed;
  return unit === undefined ? { kind: "ok", value: read, text, percent } : { kind: "ok", value: read, text, percent, unit };
}

/**
 * A salary scale: 11, "11", "schaal 11", "Schaal 11" (normal); "10A", "10 a" (tussenschaal);
 * "11U", "11 uitloop", "uitloop 11", "11+" (uitloopschaal).
 */
export function parseScale(value: CellValue): ScaleReading {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return { kind: "error", text: value.error };
  if (typeof value === "number") {
    if (Number.isInteger(value)) return { kind: "ok", scale: value, variant: "normal", text: String(value), label: String(value) };
    return { kind: "invalid", text: String(value) };
  }
  if (typeof value !== "string") return { kind: "invalid", text: cellText(value) };
  const text = cleanText(value);
  const body = text.toLowerCase().replace(/^(salaris|functie)?schaal\s*/, "").replace(/\s+/g, " ").trim();
  let match = /^(\d{1,2})$/.exec(body);
  if (match) return { kind: "ok", scale: Number(match[1]), variant: "normal", text, label: String(Number(match[1])) };
  match = /^(\d{1,2}) ?a$/.exec(body);
  if (match) return { kind: "ok", scale: Number(match[1]), variant: "intermediate", text, label: `${Number(match[1])}A` };
  match = /^(\d{1,2}) ?(u|\+|uitloop|uitloopschaal|\(uitloop\))$/.exec(body) ?? /^uitloop(?:schaal)? ?(\d{1,2})$/.exec(body);
  if (match) return { kind: "ok", scale: Number(match[1]), variant: "extension", text, label: `${Number(match[1])}U` };
  return { kind: "invalid", text };
}

const YES = new Set(["ja", "j", "yes", "y", "x", "1", "waar", "true", "v", "✓", "✔", "cm", "wel"]);
const NO = new Set(["nee", "n", "no", "0", "onwaar", "false", "-", "geen", "niet"]);

/** Yes/no for the coördinatiemodule: ja/nee, x, 1/0, waar/onwaar, a checkbox boolean. */
export function parseYesNo(value: CellValue): YesNoReading {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return { kind: "error", text: value.error };
  if (typeof value === "boolean") return { kind: "ok", value, text: cellText(value) };
  if (typeof value === "number") {
    if (value === 1 || value === 0) return { kind: "ok", value: value === 1, text: String(value) };
    return { kind: "invalid", text: String(value) };
  }
  const text = cellText(value);
  const key = cleanText(text).toLowerCase().replace(/[.!]$/, "");
  if (YES.has(key)) return { kind: "ok", value: true, text };
  if (NO.has(key)) return { kind: "ok", value: false, text };
  return { kind: "invalid", text };
}

/** Free text (names, titles): cleaned of invisible characters and extra spaces; numbers as text. */
export function parseText(value: CellValue): TextReading {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return { kind: "error", text: value.error };
  const text = cellText(value);
  const cleaned = cleanText(text);
  return cleaned === "" ? EMPTY : { kind: "ok", value: cleaned, text };
}

/** A step: 5, "5", "trede 5", "periodiek 5", "p5". Anything else (3,5, -1, "abc") is invalid. */
export function parseStep(value: CellValue): StepReading {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return { kind: "error", text: value.error };
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= 99 ? { kind: "ok", step: value, text: String(value) } : { kind: "invalid", text: String(value) };
  const text = cleanText(cellText(value));
  const match = /^(?:(?:trede|periodiek|step|tr|p)\.?\s*)?(\d{1,2})$/i.exec(text);
  return match ? { kind: "ok", step: Number(match[1]), text } : { kind: "invalid", text };
}

/**
 * An amount in euros as a number, or as text: "€ 2.943", "2.943,50", "2943,50", "2943.50",
 * "2,943.50", "2943,-". A point followed by three digits is a thousands separator here (a salary
 * is never 2,943 euro). Undefined for anything else, and for negative amounts.
 */
export function amountValue(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const body = value.replace(/€|eur(o)?/gi, "").replace(/[\s\u00A0]/g, "").replace(/,-$/, "");
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(body)) return Number(body.replace(/\./g, "").replace(",", "."));
  if (/^\d+(,\d{1,2})?$/.test(body)) return Number(body.replace(",", "."));
  if (/^\d+\.\d{1,2}$/.test(body)) return Number(body);
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(body)) return Number(body.replace(/,/g, ""));
  return undefined;
}

/** A salary cell (see `amountValue`). */
export function parseAmount(value: CellValue): AmountReading {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return { kind: "error", text: value.error };
  const amount = amountValue(value);
  const text = typeof value === "string" ? cleanText(value) : cellText(value);
  return amount === undefined ? { kind: "invalid", text } : { kind: "ok", value: amount, text };
}
