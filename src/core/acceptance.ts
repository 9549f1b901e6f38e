/**
 * Findings a user accepted with a reason ("Accepteren met reden"): kept in the workbook's stored
 * state, each tied to the row as it was when accepted. A finding is accepted while its sheet,
 * code, cell and row are the same and the row holds the same values; once the row changes, the
 * acceptance no longer applies and the finding counts again.
 */
import type { Finding } from "./findings";
import type { CellValue } from "./formatie/grid";

export interface AcceptedFinding {
  sheet: string;
  code: string;
  /** The finding's cell; absent for a finding about a whole row. */
  cell?: string;
  row: number;
  /** The row's values when accepted (`rowKey`). */
  rowKey: string;
  reason: string;
  /** ISO date of the acceptance. */
  date: string;
}

/** The identity of a finding for acceptance: sheet, code, cell or row. */
export function acceptanceId(finding: Pick<Finding, "sheet" | "code" | "cell" | "row">): string {
  return JSON.stringify([finding.sheet, finding.code, finding.cell ?? null, finding.row ?? null]);
}

/** A row's values as one string: any change of any cell gives another key. */
export function rowKey(values: readonly CellValue[]): string {
  return JSON.stringify(values.map((v) => (v instanceof Date ? { date: v.toISOString() } : v)));
}

/**
 * The findings with `accepted` set where an acceptance applies (same finding, row unchanged);
 * `rowKeyOf` gives a row's key now (undefined: not known, so not accepted).
 */
export function applyAcceptances(findings: readonly Finding[], accepted: readonly AcceptedFinding[], rowKeyOf: (sheet: string, row: number) => string | undefined): Finding[] {
  if (accepted.length === 0) return findings.map(({ accepted: _old, ...finding }) => finding);
  const byId = new Map(accepted.map((a) => [acceptanceId(a), a]));
  return findings.map(({ accepted: _old, ...finding }) => {
    const match = finding.row !== undefined ? byId.get(acceptanceId(finding)) : undefined;
    if (!match || rowKeyOf(finding.sheet, match.row) !== match.rowKey) return finding;
    return { ...finding, accepted: { reason: match.reason } };
  });
}
