/**
 * A finding's title from its code: the rule's own title, the engine's title for a sheet that
 * cannot be read, or a functieboek self-check's title. Titles head groups of findings for people
 * (pane, Controle sheet, Overzicht, CLI); the code stays for programs and filters.
 */
import { BOOK_CHECKS } from "./functieboek/self-check";
import type { Localized } from "./localized";
import { RULES, SHEET_TITLES } from "./rules";

const TITLES: ReadonlyMap<string, Localized> = new Map<string, Localized>([
  ...RULES.map((rule) => [rule.id, rule.title] as const),
  ...Object.entries(SHEET_TITLES),
  ...BOOK_CHECKS.map((check) => [check.id, check.title] as const),
]);

/** For a code no one has given a title (none is emitted today; a test checks every code). */
const UNTITLED: Localized = { nl: "Overige bevinding", en: "Other finding" };

/** Every code the core can emit, with its title. */
export function findingTitles(): ReadonlyMap<string, Localized> {
  return TITLES;
}

/** The title of a finding's code (rule, sheet or functieboek check); "Overige bevinding" for an unknown code. */
export function findingTitle(code: string): Localized {
  return TITLES.get(code) ?? UNTITLED;
}
