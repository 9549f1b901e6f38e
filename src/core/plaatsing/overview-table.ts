/**
 * "Overzicht": a one-page summary for print: which functieboek, sheet and date, formatie / bezet /
 * vacant / boven formatie per cluster, and the findings counted by kind (by title; the code
 * follows in brackets for those who look it up on the Controle sheet).
 *
 * The functieboek gives formation per function, not per cluster. A cluster's "formatie" here is
 * the part of the formation the sheet places in it: bezet within the formation plus the vacancies
 * its open rows stand for. Vacancies no row of the sheet stands for form a row of their own, so
 * the column adds up to the book's formation.
 */
import type { Finding, Severity } from "../findings";
import { findingTitle } from "../finding-titles";
import { localize, type Language, type Localized } from "../localized";
import { formatSeverityCounts } from "../severity-words";
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
  date: { nl: "Datum: {date:longDate}", en: "Date: {date:longDate}" },
  formation: {
    nl: "Formatie per cluster: het deel van de formatie dat het werkblad in het cluster plaatst (bezet binnen de formatie plus vacatures van het cluster); het functieboek zelf verdeelt de formatie per functie, niet per cluster.",
    en: "Formation per cluster: the part of the formation the sheet places in the cluster (filled within the formation plus the cluster's vacancies); the function book itself divides the formation per function, not per cluster.",
  },
  findings: { nl: "Bevindingen: {counts}.", en: "Findings: {counts}." },
  none: { nl: "Bevindingen: geen.", en: "Findings: none." },
  kind: { nl: "{title}: {counts} ({code})", en: "{title}: {counts} ({code})" },
  // The sheet by its name: "in het werkblad" reads as the sheet on screen, which a file in the
  // browser does not have, and the Overzicht is read beside other sheets.
  unlisted: { nl: "Vacant, zonder rij in '{sheet}'", en: "Vacant, without a row in '{sheet}'" },
  noCluster: { nl: "(geen cluster)", en: "(no cluster)" },
} satisfies Record<string, Localized>;

export interface OverviewContext {
  /** The functieboek's name. */
  bookName: string;
  /** The date the overview is made (ISO, YYYY-MM-DD; shown as "30 november 2026"); the core has no clock. */
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
  if (unlisted > 0) rows.push([localize(TEXT.unlisted, { sheet: plaatsing.sheet.sheet })[language], null, unlisted, 0, unlisted, 0]);
  const sum = (i: number) => roundFte(columnSum(rows, i));
  return {
    name: OVERVIEW_TABLE,
    title: "Overzicht formatie en plaatsing",
    titleEn: "Formation and placement overview",
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", sum(1), sum(2), sum(3), sum(4), sum(5)],
    about: [localize(TEXT.book, { name: context.bookName }), localize(TEXT.sheet, { sheet: plaatsing.sheet.sheet }), localize(TEXT.date, { date: context.date })],
    notes: [TEXT.formation],
    footnotes: findingNotes(context.findings),
    onePage: true,
  };
}

/** One line with the counts per severity, then one line per kind: its title, counts and code. */
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
  const lines = [localizeEach(TEXT.findings, (l) => ({ counts: formatSeverityCounts(total, l) }))];
  const codes = [...byCode.keys()].sort();
  for (const code of codes) {
    const counts = byCode.get(code) as Record<Severity, number>;
    const title = findingTitle(code);
    lines.push(localizeEach(TEXT.kind, (l) => ({ title: title[l], code, counts: formatSeverityCounts(counts, l, { skipZero: true }) })));
  }
  return lines;
}
