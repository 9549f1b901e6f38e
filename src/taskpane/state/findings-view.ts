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
  /** Whether the code is shown under the title (groups by rule: yes). */
  showCode?: boolean;
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

/** How the Controle tab orders its findings: by kind (the rule), by row, per cluster, per medewerker. */
export type FindingsOrder = "rule" | "row" | "cluster" | "employee";

/** What the pane knows of a finding's row for searching and grouping (text as shown in the sheet). */
export interface RowLabels {
  employee?: string;
  cluster?: string;
  title?: string;
}

/** Findings whose text, cell, medewerker, functie or cluster contains the query (case and accents ignored). */
export function searchFindings(findings: readonly Finding[], query: string, labelsOf: (finding: Finding) => RowLabels | undefined, language: "nl" | "en"): Finding[] {
  const wanted = fold(query.trim());
  if (wanted === "") return [...findings];
  return findings.filter((finding) => {
    const labels = labelsOf(finding);
    const haystack = [finding.message[language], finding.cell ?? "", labels?.employee ?? "", labels?.cluster ?? "", labels?.title ?? ""].join("\n");
    return fold(haystack).includes(wanted);
  });
}

/**
 * Groups for an order other than by rule: one group per cluster or medewerker (in alphabetical
 * order, rows without one last), or one list in row order. Inside a group, findings go by row.
 */
export function groupFindingsBy(
  findings: readonly Finding[],
  order: Exclude<FindingsOrder, "rule">,
  labelsOf: (finding: Finding) => RowLabels | undefined,
  titles: { all: Localized; none: Localized },
): FindingGroup[] {
  const byRow = [...findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (order === "row") return byRow.length === 0 ? [] : [{ code: "order-row", title: titles.all, severity: mostSevere(byRow), findings: byRow, showCode: false }];
  const groups = new Map<string, Finding[]>();
  for (const finding of byRow) {
    const key = (order === "cluster" ? labelsOf(finding)?.cluster : labelsOf(finding)?.employee)?.trim() ?? "";
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "nl")))
    .map(([key, list]) => ({
      code: `${order}-${key}`,
      title: key === "" ? titles.none : { nl: key, en: key },
      severity: mostSevere(list),
      findings: list,
      showCode: false,
    }));
}

function mostSevere(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), "info");
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
