/**
 * "Overzicht": a one-page summary for print: which functieboek, sheet and date, formatie / bezet /
 * vacant / boven formatie per cluster, and the findings counted by kind.
 *
 * The functieboek gives formation per function, not per cluster. A cluster's "formatie" here is
 * the part of the formation the sheet places in it: bezet within the formation plus the vacancies
 * its open rows stand for. Vacancies no row of the sheet stands for form a row of their own, so
 * the column adds up to the book's formation.
 */
import { SEVERITIES, type Finding, type Severity } from "../findings";
import type { Language, Localized } from "../localized";
import { RULES } from "../rules";
import { columnSum, roundFte, type DataTable, type TableColumn } from "./data-table";
import type { Plaatsing } from "./placement-analysis";
import { localizeEach } from "./table-text";

export const OVERVIEW_TABLE = "Overzicht";

const COLUMNS: TableColumn[] = [
  { key: "part", label: "Onderdeel", labelEn: "Part", type: "text" },
  { key: "indicativeFte", label: "Indicatief (fte)", labelEn: "Indicative (FTE)", type: "fte" },
  { key: "formationFte", label: "Formatie (fte)", labelEn: "Formation (FTE)", type: "fte" },
  { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
  { key: "vacantFte", label: "Vacant (fte)", labelEn: "Vacant (FTE)", type: "fte" },
  { key: "surplusFte", label: "Boven formatie (fte)", labelEn: "Above formation (FTE)", type: "fte" },
];

const TEXT = {
  book: { nl: "Functieboek: {name}", en: "Function book: {name}" },
  sheet: { nl: "Werkblad: {sheet}", en: "Sheet: {sheet}" },
  date: { nl: "Datum: {date}", en: "Date: {date}" },
  formation: {
    nl: "Formatie per cluster: het deel van de formatie dat het werkblad in het cluster plaatst (bezet binnen de formatie plus vacatures van het cluster); het functieboek zelf verdeelt de formatie per functie, niet per cluster.",
    en: "Formation per cluster: the part of the formation the sheet places in the cluster (filled within the formation plus the cluster's vacancies); the function book itself divides the formation per function, not per cluster.",
  },
  findings: { nl: "Bevindingen: {error} fout(en), {warning} waarschuwing(en), {info} info.", en: "Findings: {error} error(s), {warning} warning(s), {info} info." },
  none: { nl: "Bevindingen: geen.", en: "Findings: none." },
  kind: { nl: "{code}: {counts}{description}", en: "{code}: {counts}{description}" },
  unlisted: { nl: "Vacant, niet in het werkblad", en: "Vacant, not in the sheet" },
  noCluster: { nl: "(geen cluster)", en: "(no cluster)" },
} satisfies Record<string, Localized>;

const SEVERITY_WORDS: Record<Severity, Localized> = {
  error: { nl: "fout", en: "error" },
  warning: { nl: "waarschuwing", en: "warning" },
  info: { nl: "info", en: "info" },
};

export interface OverviewContext {
  /** The functieboek's name. */
  bookName: string;
  /** The date the overview is made (ISO, YYYY-MM-DD); the core has no clock. */
  date: string;
  findings: readonly Finding[];
}

export function buildOverviewTable(plaatsing: Plaatsing, context: OverviewContext, language: Language = "nl"): DataTable {
  const rows = plaatsing.clusters.map((cluster) => [
    cluster.name || TEXT.noCluster[language],
    cluster.indicativeFte,
    roundFte(cluster.placedFte - cluster.surplusFte + cluster.vacancyFte),
    cluster.placedFte,
    cluster.vacancyFte,
    cluster.surplusFte,
  ]);
  const unlisted = roundFte(plaatsing.functions.reduce((sum, f) => sum + f.unlistedVacancyFte, 0));
  if (unlisted > 0) rows.push([TEXT.unlisted[language], null, unlisted, 0, unlisted, 0]);
  const sum = (i: number) => roundFte(columnSum(rows, i));
  return {
    name: OVERVIEW_TABLE,
    title: "Overzicht formatie en plaatsing",
    titleEn: "Formation and placement overview",
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", sum(1), sum(2), sum(3), sum(4), sum(5)],
    notes: [
      localizeEach(TEXT.book, () => ({ name: context.bookName })),
      localizeEach(TEXT.sheet, () => ({ sheet: plaatsing.sheet.sheet })),
      localizeEach(TEXT.date, () => ({ date: context.date })),
      TEXT.formation,
    ],
    footnotes: findingNotes(context.findings),
    onePage: true,
  };
}

/** One line with the counts per severity, then one line per kind (rule id) with its description. */
function findingNotes(findings: readonly Finding[]): Localized[] {
  if (findings.length === 0) return [TEXT.none];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, Record<Severity, number>>();
  for (const finding of findings) {
    total[finding.severity]++;
    const counts = byCode.get(finding.code) ?? { error: 0, warning: 0, info: 0 };
    counts[finding.severity]++;
    byCode.set(finding.code, counts);
  }
  const lines = [localizeEach(TEXT.findings, () => total)];
  const codes = [...byCode.keys()].sort();
  for (const code of codes) {
    const counts = byCode.get(code) as Record<Severity, number>;
    const description = RULES.find((r) => r.id === code)?.description ?? { nl: "", en: "" };
    lines.push(
      localizeEach(TEXT.kind, (l) => ({
        code,
        counts: SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${SEVERITY_WORDS[s][l]}`).join(", "),
        description: description[l] ? ` — ${description[l]}` : "",
      })),
    );
  }
  return lines;
}
