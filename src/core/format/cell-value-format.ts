/**
 * A cell's value as people see it in their Excel: numbers in General format with the language's
 * decimal separator (0,8; 20000), dates as 30-11-2026, TRUE/FALSE as WAAR/ONWAAR in Dutch, error
 * values as Excel writes them, text as it is. For showing a cell (the value before a change, the
 * selected cell); `cellText` in formatie/grid stays the form for matching.
 */
import type { CellValue } from "../formatie/grid";
import type { Language } from "../localized";
import { formatDate } from "./date-format";
import { formatGeneral } from "./number-format";

const BOOLEANS: Record<Language, [string, string]> = { nl: ["WAAR", "ONWAAR"], en: ["TRUE", "FALSE"] };

export function formatCellValue(value: CellValue | undefined, language: Language): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatGeneral(value, language);
  if (typeof value === "boolean") return BOOLEANS[language][value ? 0 : 1];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : formatDate(value.toISOString(), language);
  return value.error;
}
