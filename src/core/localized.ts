/**
 * Text shown to users, always in Dutch first and English second. How values are written into
 * such text (numbers, dates, plurals, templates) lives in `core/format/`; the functions below are
 * re-exported from there so existing imports keep working.
 */
export interface Localized {
  nl: string;
  en: string;
}

export type Language = keyof Localized;

/** Values that may be placed into a message template as `{name}` (see core/format/message-format.ts). */
export type MessageData = Record<string, string | number | boolean | null | undefined>;

export { formatFte, formatMessage, formatNumber, localize } from "./format";
