/**
 * A finding is data: what is wrong, where, how sure, and what to do about it.
 * Findings are produced by the rules engine and by the sheet reader; adapters only display them.
 */
import type { Localized } from "./localized";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface Finding {
  /** Stable rule id, e.g. `scale/mismatch`. */
  code: string;
  severity: Severity;
  sheet: string;
  /** 1-based sheet row; absent for findings about the whole sheet. */
  row?: number;
  /** Column letter ("D"); absent for findings about a whole row or sheet. */
  column?: string;
  /** A1 address of the offending cell. */
  cell?: string;
  /** Every row an aggregate finding concerns (e.g. all rows of one function). */
  rows?: number[];
  message: Localized;
  /** The value that would resolve the finding, where one is clear ("10"). */
  suggestion?: string;
  /** Other plausible values (nearest titles). */
  suggestions?: string[];
  /** True when the row is hidden or filtered out in the sheet. */
  hidden?: boolean;
  /** The user accepted it, with this reason (core/acceptance.ts): not counted, not marked. */
  accepted?: { reason: string };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet order: by row, then column, then severity, then code — deterministic for any input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? "").length - (b.column ?? "").length ||
    (a.column ?? "").localeCompare(b.column ?? "") ||
    ORDER[a.severity] - ORDER[b.severity] ||
    a.code.localeCompare(b.code) ||
    a.message.en.localeCompare(b.message.en)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
