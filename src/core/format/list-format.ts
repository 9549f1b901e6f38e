/** A list in running text: "5", "5 en 7", "5, 7 en 9" (nl); "5, 7 and 9" (en). */
import type { Language } from "../localized";

const AND: Record<Language, string> = { nl: "en", en: "and" };

export function formatList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${AND[language]} ${items[items.length - 1]}`;
}
