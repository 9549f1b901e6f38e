/** Text in table cells and notes, in the language asked for; numbers written that language's way (core/format). */
import { formatEuroWhole, formatFte, formatInteger, formatMessage, formatPercent } from "../format";
import type { Language, Localized, MessageData } from "../localized";
import type { TableCell, TableColumn } from "./data-table";

/** A message whose data depends on the language (a list joined with "en" / "and"). */
export function localizeEach(templates: Localized, data: (language: Language) => MessageData): Localized {
  return { nl: formatMessage(templates.nl, data("nl"), "nl"), en: formatMessage(templates.en, data("en"), "en") };
}

/**
 * Whole euros, as the tables show them: "€ 93.454" (nl) / "€93,454" (en). Kept under this name
 * for the sheet writers that import it from here; new code imports `formatEuroWhole` from core/format.
 */
export const formatEuro: (value: number, language: Language) => string = formatEuroWhole;

/**
 * A table cell as people read it in text (the CLI, column widths of a written sheet): the column
 * says how — FTE with two decimals, whole euros, whole numbers with thousands separators (a
 * `plain` column's row numbers and scales as their digits), a fraction as a percentage (0.1705 →
 * 17,05 %). Text cells are returned as they are; empty is "".
 */
export function formatTableCell(value: TableCell, column: Pick<TableColumn, "type" | "plain">, language: Language): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (column.plain && Number.isInteger(value)) return String(value);
  switch (column.type) {
    case "fte":
      return formatFte(value, language);
    case "euro":
      return formatEuroWhole(value, language);
    case "percent":
      return formatPercent(value * 100, language);
    case "integer":
      return formatInteger(value, language);
    default:
      return String(value);
  }
}

/** Joins localized parts into one cell text. */
export function joinParts(parts: readonly Localized[], language: Language, separator = "; "): string {
  return parts.map((p) => p[language]).join(separator);
}

/**
 * Names listed in one cell, at most this many: a cell with more would be taller than a printed
 * page (Excel's rows stop at 409 points), so it points to the Plaatsingslijst instead.
 */
export const MAX_LISTED_NAMES = 12;

/** "Ans; Bert" — or, past MAX_LISTED_NAMES, where to find them ("zie de Plaatsingslijst"); the count has a column of its own. */
export function listedNames(names: readonly string[], elsewhere: Localized, language: Language): string | null {
  if (names.length === 0) return null;
  return names.length <= MAX_LISTED_NAMES ? names.join("; ") : elsewhere[language];
}
