/**
 * The pane's language: Dutch when Office runs in Dutch, English otherwise (a user's own choice,
 * kept in the workbook, wins). Texts come from `messages.ts`; a text is kept as a key plus data
 * until it is shown, so switching language re-renders everything, also notices already shown.
 */
import { formatMessage, type Language, type Localized, type MessageData } from "../core/localized";
import { MESSAGES, type MessageKey } from "./messages";

export type { Language };

/** "nl", "nl-NL", "nl-BE" → Dutch; anything else (also unknown) → English. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage !== undefined && displayLanguage.trim().toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** A text waiting to be shown: one of the pane's messages, or a text the core already localized. */
export type UiText = { key: MessageKey; data?: MessageData } | { localized: Localized };

export function message(key: MessageKey, data?: MessageData): UiText {
  return data ? { key, data } : { key };
}

export function translate(language: Language, key: MessageKey, data: MessageData = {}): string {
  return formatMessage(MESSAGES[key][language], data, language);
}

export function textOf(language: Language, text: UiText): string {
  return "localized" in text ? text.localized[language] : translate(language, text.key, text.data);
}
