/**
 * The scales a function may have: one scale, or a range ("9-10", "schaal 9 t/m 10": a
 * groeifunctie or aanloopschaal, where a position in any scale of the range fits), and the scales
 * a normfunctie's HR21 score converts to through the book's conversietabel.
 */
import { cellText, isCellError, isEmptyCell, type CellValue } from "../formatie/grid";
import type { Language } from "../localized";
import { cleanText } from "../text/normalize";
import type { ConversionRow, FunctionEntry, Functieboek, Normfunctie } from "./schema";

export interface ScaleSpan {
  min: number;
  max: number;
}

export type ScaleSpanReading =
  | { kind: "empty" }
  | { kind: "ok"; span: ScaleSpan }
  | { kind: "invalid"; text: string; reason: "not-a-number" | "reversed" | "error" };

const RANGE = /^(\d{1,2})\s*(?:-|–|—|t\/m|tm|tot en met|tot|to|through|\/)\s*(?:schaal\s*|scale\s*)?(\d{1,2})$/;

/** 9, "9", "schaal 9", "9-10", "9 – 10", "schaal 9 t/m 10", "9 tot en met 10", "scale 9 to 10". */
export function parseScaleSpan(value: CellValue): ScaleSpanReading {
  if (isEmptyCell(value)) return { kind: "empty" };
  if (isCellError(value)) return { kind: "invalid", text: value.error, reason: "error" };
  if (typeof value === "number") {
    return Number.isInteger(value) ? { kind: "ok", span: { min: value, max: value } } : { kind: "invalid", text: cellText(value), reason: "not-a-number" };
  }
  const text = cleanText(cellText(value));
  const body = text.toLowerCase().replace(/^(salaris|functie)?schaal(bereik)?\s*|^scale\s*/, "").replace(/\s+/g, " ").trim();
  const single = /^(\d{1,2})$/.exec(body);
  if (single) return { kind: "ok", span: { min: Number(single[1]), max: Number(single[1]) } };
  const range = RANGE.exec(body);
  if (!range) return { kind: "invalid", text, reason: "not-a-number" };
  const min = Number(range[1]);
  const max = Number(range[2]);
  if (min > max) return { kind: "invalid", text, reason: "reversed" };
  return { kind: "ok", span: { min, max } };
}

/** "9" or "9 t/m 10" / "9 to 10". */
export function formatScaleSpan(span: ScaleSpan, language: Language): string {
  if (span.min === span.max) return String(span.min);
  return `${span.min} ${language === "nl" ? "t/m" : "to"} ${span.max}`;
}

/** The scales of a function of the book. */
export function scaleSpanOf(fn: FunctionEntry): ScaleSpan {
  return { min: fn.scale, max: fn.scaleMax ?? fn.scale };
}

/** The row of the conversietabel a score falls in. */
export function conversionRowOf(table: readonly ConversionRow[] | undefined, score: number): ConversionRow | undefined {
  return table?.find((row) => score >= row.scoreFrom && score <= row.scoreTo);
}

/**
 * The scales a normfunctie's score (or score band) converts to; undefined where the book has no
 * conversietabel, the normfunctie no score, or the score falls outside the table.
 */
export function convertedSpan(book: { conversionTable?: readonly ConversionRow[] | undefined }, nf: Pick<Normfunctie, "score" | "scoreMax">): ScaleSpan | undefined {
  if (nf.score === undefined || !book.conversionTable || book.conversionTable.length === 0) return undefined;
  const low = conversionRowOf(book.conversionTable, nf.score);
  const high = conversionRowOf(book.conversionTable, nf.scoreMax ?? nf.score);
  if (!low || !high) return undefined;
  return { min: Math.min(low.scale, high.scale), max: Math.max(low.scale, high.scale) };
}

/** The tussenschalen ("10A") the conversietabel allows for a normfunctie's score band. */
export function intermediateScalesOf(book: Pick<Functieboek, "conversionTable">, nf: Pick<Normfunctie, "score" | "scoreMax">): string[] {
  if (nf.score === undefined || !book.conversionTable) return [];
  const from = nf.score;
  const to = nf.scoreMax ?? nf.score;
  return book.conversionTable.filter((row) => row.intermediateScale !== undefined && row.scoreTo >= from && row.scoreFrom <= to).map((row) => row.intermediateScale as string);
}
