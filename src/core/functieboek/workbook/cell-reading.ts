/**
 * Reading one cell of a functieboek workbook as the kind of value its column holds. A value that
 * cannot be read is a message (what is wrong, with the text found), never a guess.
 */
import { cellText, isCellError, isEmptyCell, type CellValue } from "../../formatie/grid";
import { parseNumber, parseScale, parseYesNo } from "../../formatie/value-parsing";
import { parseDutchDate } from "../../format";
import type { Localized, MessageData } from "../../localized";
import { cleanText } from "../../text/normalize";
import { parseScaleSpan, type ScaleSpan } from "../scale-span";
import { LEVELS } from "./book-sheets";

export type CellRead<T> = { kind: "empty" } | { kind: "ok"; value: T } | { kind: "bad"; code: string; message: Localized; data: MessageData };

const EMPTY = { kind: "empty" } as const;

export const CELL_MESSAGES = {
  error: { nl: "bevat de foutwaarde {text}.", en: "holds the error value {text}." },
  notANumber: { nl: "{what} '{text}' is geen getal.", en: "{what} '{text}' is not a number." },
  ambiguous: { nl: "{what} '{text}' kan op twee manieren gelezen worden; schrijf bijvoorbeeld 1000 of 1,5.", en: "{what} '{text}' can be read two ways; write for example 1000 or 1.5." },
  negative: { nl: "{what} mag niet negatief zijn ({text}).", en: "{what} must not be negative ({text})." },
  notWhole: { nl: "{what} '{text}' moet een heel getal zijn.", en: "{what} '{text}' must be a whole number." },
  reversed: { nl: "schaal '{text}' loopt van hoog naar laag; schrijf '{fixed}'.", en: "scale '{text}' runs from high to low; write '{fixed}'." },
  notAScale: { nl: "schaal '{text}' is geen getal en geen bereik zoals 9-10.", en: "scale '{text}' is not a number nor a range like 9-10." },
  level: { nl: "niveau '{text}' moet A, B, C of D zijn.", en: "level '{text}' must be A, B, C or D." },
  yesNo: { nl: "'{text}' is geen ja of nee.", en: "'{text}' is not yes or no." },
  intermediate: { nl: "tussenschaal '{text}' moet een schaal met A zijn, zoals 10A.", en: "intermediate scale '{text}' must be a scale with A, like 10A." },
  date: { nl: "'{text}' is geen datum; schrijf bijvoorbeeld 1-1-2025.", en: "'{text}' is not a date; write for example 1-1-2025." },
} satisfies Record<string, Localized>;

function bad(code: string, message: Localized, data: MessageData): CellRead<never> {
  return { kind: "bad", code, message, data };
}

/**
 * Text as the book writes it: invisible characters and outer spaces go, and nothing else changes
 * (curly quotes and inner line breaks stay; matching normalises its own keys).
 */
export function tidyText(text: string): string {
  return text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/g, "").trim();
}

export function readText(value: CellValue): CellRead<string> {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return bad("cell/error", CELL_MESSAGES.error, { text: value.error });
  const text = tidyText(cellText(value));
  return text === "" ? EMPTY : { kind: "ok", value: text };
}

/**
 * Items one per line, or on one line separated by semicolons ("Management; Beleid"). A cell with
 * line breaks is split only at them, so an item may hold a semicolon.
 */
export function readList(value: CellValue): CellRead<string[]> {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return bad("cell/error", CELL_MESSAGES.error, { text: value.error });
  const text = cellText(value);
  const items = text.split(/\r?\n/.test(text) ? /\r?\n/ : /;/).map(tidyText).filter((item) => item !== "");
  return items.length === 0 ? EMPTY : { kind: "ok", value: items };
}

/** A non-negative number: 0,8 / 0.8 / 12. */
export function readAmount(value: CellValue, what: Localized, whole = false): CellRead<number> {
  const reading = parseNumber(value);
  const data = (text: string) => ({ text, what: what.nl, whatEn: what.en });
  switch (reading.kind) {
    case "empty":
      return EMPTY;
    case "error":
      return bad("cell/error", CELL_MESSAGES.error, { text: reading.text });
    case "invalid":
      return bad("cell/not-a-number", reading.reason === "ambiguous" ? withWhat(CELL_MESSAGES.ambiguous) : withWhat(CELL_MESSAGES.notANumber), data(reading.text));
    case "ok":
      if (reading.percent) return bad("cell/not-a-number", withWhat(CELL_MESSAGES.notANumber), data(reading.text));
      if (reading.value < 0) return bad("cell/negative", withWhat(CELL_MESSAGES.negative), data(reading.text));
      if (whole && !Number.isInteger(reading.value)) return bad("cell/not-whole", withWhat(CELL_MESSAGES.notWhole), data(reading.text));
      return { kind: "ok", value: reading.value };
  }
}

/** Messages name what the cell holds in each language: {what} in Dutch, {whatEn} in English. */
function withWhat(message: Localized): Localized {
  return { nl: message.nl, en: message.en.replace("{what}", "{whatEn}") };
}

/** A score or score band: 172, "150-175". */
export function readScore(value: CellValue, what: Localized): CellRead<{ min: number; max?: number }> {
  if (typeof value === "string") {
    const band = /^\s*(\d+(?:[.,]\d+)?)\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*$/.exec(value);
    if (band) {
      const min = Number((band[1] as string).replace(",", "."));
      const max = Number((band[2] as string).replace(",", "."));
      if (min > max) return bad("cell/reversed", { nl: "{what} '{text}' loopt van hoog naar laag.", en: "{whatEn} '{text}' runs from high to low." }, { text: value.trim(), what: what.nl, whatEn: what.en });
      return { kind: "ok", value: { min, max } };
    }
  }
  const amount = readAmount(value, what);
  return amount.kind === "ok" ? { kind: "ok", value: { min: amount.value } } : amount;
}

export function readScaleSpan(value: CellValue): CellRead<ScaleSpan> {
  const reading = parseScaleSpan(value);
  if (reading.kind === "empty") return EMPTY;
  if (reading.kind === "ok") return { kind: "ok", value: reading.span };
  if (reading.reason === "error") return bad("cell/error", CELL_MESSAGES.error, { text: reading.text });
  if (reading.reason === "reversed") {
    const [a, b] = reading.text.match(/\d{1,2}/g) ?? [];
    return bad("cell/scale-reversed", CELL_MESSAGES.reversed, { text: reading.text, fixed: `${b ?? ""}-${a ?? ""}` });
  }
  return bad("cell/not-a-number", CELL_MESSAGES.notAScale, { text: reading.text });
}

/** One scale (a number, "schaal 9"), as a conversietabel row gives it. */
export function readScale(value: CellValue): CellRead<number> {
  const reading = readScaleSpan(value);
  if (reading.kind !== "ok") return reading;
  if (reading.value.min !== reading.value.max) return bad("cell/not-a-number", CELL_MESSAGES.notAScale, { text: cellText(value) });
  return { kind: "ok", value: reading.value.min };
}

export function readLevel(value: CellValue): CellRead<(typeof LEVELS)[number]> {
  const text = readText(value);
  if (text.kind !== "ok") return text;
  const level = text.value.toUpperCase();
  return (LEVELS as readonly string[]).includes(level) ? { kind: "ok", value: level as (typeof LEVELS)[number] } : bad("cell/level", CELL_MESSAGES.level, { text: text.value });
}

export function readYesNo(value: CellValue): CellRead<boolean> {
  const reading = parseYesNo(value);
  if (reading.kind === "empty") return EMPTY;
  if (reading.kind === "ok") return { kind: "ok", value: reading.value };
  if (reading.kind === "error") return bad("cell/error", CELL_MESSAGES.error, { text: reading.text });
  return bad("cell/yes-no", CELL_MESSAGES.yesNo, { text: reading.text });
}

/** "10A" (or "10 a", "schaal 10A"). */
export function readIntermediateScale(value: CellValue): CellRead<string> {
  if (isEmptyCell(value)) return EMPTY;
  const reading = parseScale(value);
  if (reading.kind === "error") return bad("cell/error", CELL_MESSAGES.error, { text: reading.text });
  if (reading.kind === "ok" && reading.variant === "intermediate") return { kind: "ok", value: reading.label };
  return bad("cell/intermediate-scale", CELL_MESSAGES.intermediate, { text: cellText(value) });
}

/** A date cell, or a date as typed (format's `parseDutchDate`: 1-1-2025, 2025-01-01, 1 januari 2025) → ISO. */
export function readDate(value: CellValue): CellRead<string> {
  if (isEmptyCell(value)) return EMPTY;
  if (isCellError(value)) return bad("cell/error", CELL_MESSAGES.error, { text: value.error });
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? bad("cell/date", CELL_MESSAGES.date, { text: "" }) : { kind: "ok", value: value.toISOString().slice(0, 10) };
  const text = cleanText(cellText(value));
  const iso = parseDutchDate(text);
  return iso !== undefined ? { kind: "ok", value: iso } : bad("cell/date", CELL_MESSAGES.date, { text });
}
