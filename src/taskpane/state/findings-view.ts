/** The Controle tab's view of the findings: filtered by severity, grouped by code with counts. */
import { findingTitle } from "../../core/finding-titles";
import type { Finding, Severity } from "../../core/findings";
import type { Localized } from "../../core/localized";

export interface FindingGroup {
  code: string;
  /** What heads the group: the rule's title ("Schaal past niet bij de functie"), not its code. */
  title: Localized;
  /** The most severe finding's severity. */
  severity: Severity;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function visibleFindings(findings: readonly Finding[], filter: Record<Severity, boolean>): Finding[] {
  return findings.filter((f) => filter[f.severity]);
}

/** Groups in order of severity, then code; findings keep their sheet order inside a group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.code);
    if (!group) groups.set(finding.code, { code: finding.code, title: findingTitle(finding.code), severity: finding.severity, findings: [finding] });
    else {
      group.findings.push(finding);
      if (RANK[finding.severity] < RANK[group.severity]) group.severity = finding.severity;
    }
  }
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.code.localeCompare(b.code));
}
