/**
 * What applying a finding's suggestion writes: into the finding's own cell, the suggested value,
 * as a number where the column holds numbers ("10" → 10 in Schaal, "0,8" → 0.8 in FTE) and as
 * text elsewhere (the adapter keeps text inert: no formulas).
 */
import type { Finding } from "../../core/findings";
import type { Field } from "../../core/formatie/columns";
import { columnNumber } from "../../core/formatie/grid";
import type { ColumnChoice } from "./check-protocol";

export interface SuggestionFix {
  sheet: string;
  cell: string;
  value: string | number;
  /** The field of the finding's column, when the header says. */
  field?: Field;
}

const NUMERIC_FIELDS: ReadonlySet<Field> = new Set<Field>(["scale", "fte", "hours", "currentScale"]);
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function suggestionFix(finding: Finding, header: ColumnChoice | undefined): SuggestionFix | undefined {
  if (finding.suggestion === undefined || finding.cell === undefined || finding.suggestion.trim() === "") return undefined;
  const field = fieldOfColumn(finding.column, header);
  const text = finding.suggestion.trim();
  const value = field !== undefined && NUMERIC_FIELDS.has(field) && NUMBER.test(text) ? Number(text.replace(",", ".")) : finding.suggestion;
  return { sheet: finding.sheet, cell: finding.cell, value, ...(field ? { field } : {}) };
}

export function fieldOfColumn(letter: string | undefined, header: ColumnChoice | undefined): Field | undefined {
  if (letter === undefined || !header) return undefined;
  const col = columnNumber(letter);
  const entry = Object.entries(header.columns).find(([, c]) => c === col);
  return entry?.[0] as Field | undefined;
}
