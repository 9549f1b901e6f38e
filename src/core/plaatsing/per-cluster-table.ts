/**
 * "Plaatsing per cluster": every cluster of the book with its indicative size, what the sheet
 * places in it (bezet, and vacancies the sheet lists), the difference as `fte/cluster` computes
 * it, and the coördinatoren.
 */
import { localize, type Language, type Localized } from "../localized";
import { columnSum, roundFte, type DataTable, type TableColumn } from "./data-table";
import type { ClusterPlacement, Plaatsing } from "./placement-analysis";
import { listedNames } from "./table-text";

export const PER_CLUSTER_TABLE = "Plaatsing per cluster";

const COLUMNS: TableColumn[] = [
  { key: "cluster", label: "Cluster", labelEn: "Cluster", type: "text" },
  { key: "indicativeFte", label: "Indicatief (fte)", labelEn: "Indicative (FTE)", type: "fte" },
  { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
  { key: "openFte", label: "Vacant in werkblad (fte)", labelEn: "Vacant in sheet (FTE)", type: "fte" },
  { key: "differenceFte", label: "Verschil (fte)", labelEn: "Difference (FTE)", type: "fte" },
  { key: "coordinatorCount", label: "Coördinatiemodules", labelEn: "Coordination modules", type: "integer" },
  { key: "coordinators", label: "Coördinatoren", labelEn: "Coordinators", type: "text" },
  { key: "remark", label: "Opmerking", labelEn: "Remark", type: "text" },
];

const NOTE: Localized = {
  nl: "Verschil = bezet + vacant in werkblad − indicatief. Het functieboek noemt de omvang 'ca.'; de controle meldt een verschil boven {tolerance} fte.",
  en: "Difference = filled + vacant in sheet − indicative. The function book gives the size as 'about'; the check reports a difference above {tolerance} FTE.",
};

const MANY_COORDINATORS: Localized = { nl: "zie de Plaatsingslijst", en: "see the Placement list" };
const NOT_IN_BOOK: Localized = { nl: "niet in het functieboek", en: "not in the function book" };
const NO_CLUSTER: Localized = { nl: "(geen cluster)", en: "(no cluster)" };

export function buildPerClusterTable(plaatsing: Plaatsing, language: Language = "nl"): DataTable {
  const rows = plaatsing.clusters.map((cluster) => [
    cluster.name || NO_CLUSTER[language],
    cluster.indicativeFte,
    cluster.placedFte,
    cluster.openFte,
    difference(cluster),
    cluster.coordinators.length,
    listedNames(cluster.coordinators, MANY_COORDINATORS, language),
    cluster.cluster || cluster.name === "" ? null : NOT_IN_BOOK[language],
  ]);
  const sum = (i: number) => roundFte(columnSum(rows, i));
  return {
    name: PER_CLUSTER_TABLE,
    title: "Plaatsing per cluster",
    titleEn: "Placement per cluster",
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", sum(1), sum(2), sum(3), sum(4), columnSum(rows, 5), null, null],
    notes: [localize(NOTE, { tolerance: plaatsing.index.book.policies.clusterToleranceFte })],
  };
}

function difference(cluster: ClusterPlacement): number | null {
  if (cluster.indicativeFte === null) return null;
  return roundFte(cluster.placedFte + cluster.openFte - cluster.indicativeFte);
}
