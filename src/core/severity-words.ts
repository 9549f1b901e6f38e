/**
 * How people name a finding's severity, alone ("Fout") and counted ("1 fout", "2 fouten"), so the
 * pane, the tables and the sheet writers say it the same way.
 */
import { SEVERITIES, type Severity } from "./findings";
import { formatCount, type CountWords } from "./format";
import type { Language, Localized } from "./localized";

/** A severity as a label (a column value, a filter): Fout, Waarschuwing, Info. */
export const SEVERITY_LABELS: Record<Severity, Localized> = {
  error: { nl: "Fout", en: "Error" },
  warning: { nl: "Waarschuwing", en: "Warning" },
  info: { nl: "Info", en: "Info" },
};

/** A severity counted: "1 fout" / "2 fouten"; "info" is a label, counted as it is ("3 info"). */
export const SEVERITY_COUNT_WORDS: Record<Severity, CountWords> = {
  error: { nl: ["fout", "fouten"], en: ["error", "errors"] },
  warning: { nl: ["waarschuwing", "waarschuwingen"], en: ["warning", "warnings"] },
  info: { nl: ["info", "info"], en: ["info", "info"] },
};

/**
 * "2 fouten, 1 waarschuwing, 0 info": every severity in order, or with `skipZero` only those that
 * occur ("2 fouten, 1 waarschuwing").
 */
export function formatSeverityCounts(counts: Record<Severity, number>, language: Language, options: { skipZero?: boolean } = {}): string {
  return SEVERITIES.filter((s) => !options.skipZero || counts[s] > 0)
    .map((s) => formatCount(counts[s], SEVERITY_COUNT_WORDS[s], language))
    .join(", ");
}
