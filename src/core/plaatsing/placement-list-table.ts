/**
 * "Plaatsingslijst": one line per row of the sheet (an employee on two rows has two lines, each
 * saying so), sorted by cluster, functie and name. With the employee's current function and scale
 * in the sheet, also the scale difference, the placement type and salarisgarantie.
 */
import { formatList, pluralWord } from "../format";
import { localize, type Language, type Localized } from "../localized";
import { plaatsingScaleDrop } from "../rules/plaatsing-scale-drop";
import type { ScaleReading } from "../formatie/value-parsing";
import { roundFte, type DataTable, type TableCell, type TableColumn } from "./data-table";
import type { PlacedPosition, Plaatsing, PlacementStatus } from "./placement-analysis";
import { PLACEMENT_TYPE_LABELS } from "./placement-type";
import { joinParts, localizeEach } from "./table-text";
import { compareDutch } from "../text/dutch-order";

export const PLACEMENT_LIST_TABLE = "Plaatsingslijst";

export const STATUS_LABELS: Record<PlacementStatus, Localized> = {
  geplaatst: { nl: "geplaatst", en: "placed" },
  "boven-formatie": { nl: "boven formatie", en: "above formation" },
  "geen-formatie": { nl: "geen formatie", en: "no formation" },
  "functie-onbekend": { nl: "functie onbekend", en: "unknown function" },
  vacature: { nl: "vacature", en: "vacancy" },
};

const BASE_COLUMNS: TableColumn[] = [
  { key: "employee", label: "Medewerker", labelEn: "Employee", type: "text" },
  { key: "personnelNumber", label: "Personeelsnr.", labelEn: "Personnel no.", type: "text" },
  { key: "cluster", label: "Cluster", labelEn: "Cluster", type: "text" },
  { key: "function", label: "Functie", labelEn: "Function", type: "text" },
  { key: "normfunctie", label: "HR21-normfunctie", labelEn: "HR21 normfunctie", type: "text" },
  { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer", plain: true },
  { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
  { key: "coordination", label: "Coördinatie", labelEn: "Coordination", type: "text" },
  { key: "status", label: "Status", labelEn: "Status", type: "text" },
];

const PLACEMENT_COLUMNS: TableColumn[] = [
  { key: "currentFunction", label: "Huidige functie", labelEn: "Current function", type: "text" },
  { key: "currentScale", label: "Huidige schaal", labelEn: "Current scale", type: "integer", plain: true },
  { key: "scaleDifference", label: "Schaalverschil", labelEn: "Scale difference", type: "integer" },
  { key: "placementType", label: "Plaatsingstype", labelEn: "Placement type", type: "text" },
  { key: "salaryGuarantee", label: "Salarisgarantie", labelEn: "Salary guarantee", type: "text" },
];

const TAIL_COLUMNS: TableColumn[] = [
  { key: "remark", label: "Opmerking", labelEn: "Remark", type: "text" },
  { key: "row", label: "Rij", labelEn: "Row", type: "integer", plain: true },
];

const REMARKS = {
  otherRows: { nl: "ook op {rowWord} {rows}; samen {total:fte} fte", en: "also on {rowWord} {rows}; {total:fte} FTE in total" },
  overOne: { nl: " (meer dan 1,00)", en: " (more than 1.00)" },
  viaNormfunctie: { nl: "geteld bij '{title}' (via de normfunctie)", en: "counted as '{title}' (through the normfunctie)" },
  partlyAbove: { nl: "{fte:fte} fte hiervan boven formatie", en: "{fte:fte} FTE of this above formation" },
  fteUnusable: { nl: "FTE '{text}' telt niet mee", en: "FTE '{text}' is not counted" },
} satisfies Record<string, Localized>;

const NOTES = {
  placement: {
    nl: "Plaatsingstype: functievolger = dezelfde functie; passend = nieuwe schaal ten hoogste {max|schaal|schalen} lager; niet passend = meer dan {max|schaal|schalen} lager (bevinding '{finding}'); hoger = hogere schaal. Salarisgarantie waar de nieuwe schaal lager is.",
    en: "Placement type: same function; suitable = new scale at most {max|scale|scales} lower; not suitable = more than {max|scale|scales} lower (finding '{finding}'); higher = higher scale. Salary guarantee where the new scale is lower.",
  },
  status: {
    nl: "Status: geplaatst, boven formatie (de functie is al vol), geen formatie (het functieboek geeft de functie geen formatie), functie onbekend (niet in het functieboek), vacature (niemand op de rij).",
    en: "Status: placed, above formation (the function is already full), no formation (the book gives the function none), unknown function (not in the book), vacancy (nobody on the row).",
  },
} satisfies Record<string, Localized>;

export function buildPlacementListTable(plaatsing: Plaatsing, language: Language = "nl"): DataTable {
  const columns = [...BASE_COLUMNS, ...(plaatsing.hasCurrent ? PLACEMENT_COLUMNS : []), ...TAIL_COLUMNS];
  const sorted = [...plaatsing.positions].sort(
    (a, b) =>
      compareDutch(a.cluster.name, b.cluster.name) ||
      compareDutch(functionText(a), functionText(b)) ||
      compareDutch(a.employeeName, b.employeeName) ||
      a.position.row - b.position.row,
  );
  const rows = sorted.map((placed) => lineOf(placed, plaatsing, language));
  const fteIndex = columns.findIndex((c) => c.key === "fte");
  const totals: TableCell[] = columns.map(() => null);
  totals[0] = language === "nl" ? "Totaal" : "Total";
  totals[fteIndex] = roundFte(sorted.reduce((sum, p) => sum + (p.position.effectiveFte ?? 0), 0));
  const notes: Localized[] = [NOTES.status];
  if (plaatsing.hasCurrent) notes.push(localizeEach(NOTES.placement, (l) => ({ max: plaatsing.settings.maxScaleDrop, finding: plaatsingScaleDrop.title[l] })));
  return { name: PLACEMENT_LIST_TABLE, title: "Plaatsingslijst", titleEn: "Placement list", columns, rows, totals, notes };
}

function lineOf(placed: PlacedPosition, plaatsing: Plaatsing, language: Language): TableCell[] {
  const { position, placement } = placed;
  const text = (reading: { kind: string; value?: string }) => (reading.kind === "ok" ? (reading.value ?? null) : null);
  const line: TableCell[] = [
    position.employee.kind === "ok" ? position.employee.value : null,
    text(position.personnelNumber),
    placed.cluster.name || null,
    functionText(placed) || null,
    text(position.normfunctie) ?? placed.fn?.normfunctie.trim() ?? null,
    scaleCell(position.scale) ?? placement.newScale ?? null,
    position.effectiveFte,
    position.coordination.kind === "ok" ? (position.coordination.value ? yes(language) : no(language)) : position.coordination.kind === "empty" ? null : position.coordination.text,
    STATUS_LABELS[placed.status][language],
  ];
  if (plaatsing.hasCurrent) {
    line.push(
      text(position.currentFunction),
      scaleCell(position.currentScale),
      placement.scaleDifference ?? null,
      placement.type ? PLACEMENT_TYPE_LABELS[placement.type][language] : null,
      placement.salaryGuarantee ? yes(language) : null,
    );
  }
  line.push(remark(placed, plaatsing, language) || null, position.row);
  return line;
}

function remark(placed: PlacedPosition, plaatsing: Plaatsing, language: Language): string {
  const parts: Localized[] = [];
  const others = placed.employeeKey === undefined ? [] : (plaatsing.employees.get(placed.employeeKey) ?? []);
  if (others.length > 1) {
    const total = roundFte(others.reduce((sum, p) => sum + p.fte, 0));
    const rows = others.filter((p) => p !== placed).map((p) => p.position.row);
    const rowWord: Localized = { nl: pluralWord(rows.length, "rij", "rijen"), en: pluralWord(rows.length, "row", "rows") };
    const message = localizeEach(REMARKS.otherRows, (l) => ({ rowWord: rowWord[l], rows: formatList(rows.map(String), l), total }));
    const over = total > 1 + plaatsing.settings.fteTolerance;
    parts.push(over ? { nl: message.nl + REMARKS.overOne.nl, en: message.en + REMARKS.overOne.en } : message);
  }
  if (placed.titleUnknown && placed.fn) parts.push(localize(REMARKS.viaNormfunctie, { title: placed.fn.title.trim() }));
  if (placed.status === "boven-formatie" && placed.surplusFte < placed.fte) parts.push(localize(REMARKS.partlyAbove, { fte: placed.surplusFte }));
  const { fte, hours } = placed.position;
  if (placed.position.effectiveFte === null && (fte.kind !== "empty" || hours.kind !== "empty")) {
    const shown = fte.kind !== "empty" ? fte : hours;
    parts.push(localize(REMARKS.fteUnusable, { text: shown.kind === "ok" ? shown.text : "text" in shown ? shown.text : "" }));
  }
  return joinParts(parts, language);
}

/** The function as the sheet names it, else the book's function the row counts for. */
function functionText(placed: PlacedPosition): string {
  return placed.position.title.kind === "ok" ? placed.position.title.value : (placed.fn?.title.trim() ?? "");
}

/** A plain scale as a number ("11" → 11), a tussen- or uitloopschaal as its label ("10A"). */
function scaleCell(reading: ScaleReading): number | string | null {
  if (reading.kind === "ok") return reading.variant === "normal" ? reading.scale : reading.label;
  if (reading.kind === "empty") return null;
  return reading.text;
}

const yes = (language: Language) => (language === "nl" ? "ja" : "yes");
const no = (language: Language) => (language === "nl" ? "nee" : "no");
