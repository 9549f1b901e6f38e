/** Text in table cells and notes, in the language asked for; FTE and euros written that language's way. */
import { formatMessage, type Language, type Localized, type MessageData } from "../localized";

/** A message whose data depends on the language (FTE "1,40" / "1.40"). */
export function localizeEach(templates: Localized, data: (language: Language) => MessageData): Localized {
  return { nl: formatMessage(templates.nl, data("nl"), "nl"), en: formatMessage(templates.en, data("en"), "en") };
}

/** Whole euros with thousands separators: "€ 93.454" (nl) / "€ 93,454" (en). */
export function formatEuro(value: number, language: Language): string {
  const rounded = Math.round(value);
  const digits = Math.abs(rounded).toString().replace(/\B(?=(\d{3})+(?!\d))/g, language === "nl" ? "." : ",");
  return `€ ${rounded < 0 ? "-" : ""}${digits}`;
}

/** Joins localized parts into one cell text. */
export function joinParts(parts: readonly Localized[], language: Language, separator = "; "): string {
  return parts.map((p) => p[language]).join(separator);
}
