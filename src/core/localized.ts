/** Text shown to users, always in Dutch first and English second. */
export interface Localized {
  nl: string;
  en: string;
}

export type Language = keyof Localized;

/** Values that may be placed into a message template as `{name}`. */
export type MessageData = Record<string, string | number | boolean | null | undefined>;

/**
 * Fills `{name}` placeholders of a template. Unknown placeholders stay visible (so a missing value
 * is noticed in review rather than silently dropped); numbers are shown the Dutch or English way.
 */
export function formatMessage(template: string, data: MessageData, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = data[key];
    if (value === null || value === undefined) return "—";
    if (typeof value === "number") return formatNumber(value, language);
    return String(value);
  });
}

export function localize(templates: Localized, data: MessageData = {}): Localized {
  return { nl: formatMessage(templates.nl, data, "nl"), en: formatMessage(templates.en, data, "en") };
}

/** Numbers in messages: at most two decimals, Dutch decimal comma for nl. */
export function formatNumber(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0$/, "");
  return language === "nl" ? text.replace(".", ",") : text;
}

/** FTE with exactly two decimals (45,00 / 45.00). */
export function formatFte(value: number, language: Language): string {
  const text = (Math.round(value * 100) / 100).toFixed(2);
  return language === "nl" ? text.replace(".", ",") : text;
}
