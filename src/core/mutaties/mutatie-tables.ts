/**
 * The Mutaties as tables both writers print like the other generated sheets, one sheet and native
 * Excel table each: "Mutaties medewerkers", "Mutaties functies" and "Mutaties clusters", with
 * Dutch headers, the sums of the budget effect in the totals row, and above each table what was
 * compared with what and how the costs were computed.
 */
import { formatInteger, formatList } from "../format";
import { localize, type Language, type Localized } from "../localized";
import { columnSum, roundEuro, roundFte, type DataTable, type TableCell, type TableColumn } from "../plaatsing/data-table";
import { localizeEach } from "../plaatsing/table-text";
import { plaatsingScaleDrop } from "../rules/plaatsing-scale-drop";
import type { Mutaties } from "./compare-formaties";
import type { EmployeeChange, SideState } from "./employee-changes";
import type { GroupChange } from "./group-changes";
import { GROUP_STATUS_WORDS, mutationText, placementTypeText, STATUS_WORDS, VACANCY_NAME } from "./mutatie-words";

export const MUTATIE_TABLE_NAMES = {
  employees: "Mutaties medewerkers",
  functions: "Mutaties functies",
  clusters: "Mutaties clusters",
} as const;

/** Where a side comes from: its sheet, and its file where the two sides are in different files. */
export interface SideSource {
  sheet: string;
  file?: string;
}

export interface MutatieTableOptions {
  old: SideSource;
  new: SideSource;
  language?: Language;
  /** The most scales lower that is still passend (the validation setting). */
  maxScaleDrop?: number;
}

const EMPLOYEE_COLUMNS: TableColumn[] = [
  { key: "employee", label: "Medewerker", labelEn: "Employee", type: "text" },
  { key: "personnelNumber", label: "Personeelsnummer", labelEn: "Personnel number", type: "text" },
  { key: "mutation", label: "Mutatie", labelEn: "Change", type: "text" },
  { key: "oldFunction", label: "Functie oud", labelEn: "Old function", type: "text" },
  { key: "newFunction", label: "Functie nieuw", labelEn: "New function", type: "text" },
  { key: "oldScale", label: "Schaal oud", labelEn: "Old scale", type: "integer", plain: true },
  { key: "newScale", label: "Schaal nieuw", labelEn: "New scale", type: "integer", plain: true },
  { key: "placementType", label: "Plaatsingstype", labelEn: "Placement type", type: "text" },
  { key: "oldFte", label: "FTE oud", labelEn: "Old FTE", type: "fte" },
  { key: "newFte", label: "FTE nieuw", labelEn: "New FTE", type: "fte" },
  { key: "fteDifference", label: "Verschil fte", labelEn: "FTE difference", type: "fte" },
  { key: "oldCluster", label: "Cluster oud", labelEn: "Old cluster", type: "text" },
  { key: "newCluster", label: "Cluster nieuw", labelEn: "New cluster", type: "text" },
  { key: "costDifference", label: "Kosten per jaar, raming (€)", labelEn: "Estimated cost per year (€)", type: "euro" },
  { key: "remark", label: "Toelichting", labelEn: "Remark", type: "text" },
];

const FORMATION_COLUMNS: TableColumn[] = [
  { key: "oldFormationFte", label: "Formatie oud (fte)", labelEn: "Old formation (FTE)", type: "fte" },
  { key: "newFormationFte", label: "Formatie nieuw (fte)", labelEn: "New formation (FTE)", type: "fte" },
  { key: "formationDifference", label: "Verschil formatie (fte)", labelEn: "Formation difference (FTE)", type: "fte" },
  { key: "oldFilledFte", label: "Bezet oud (fte)", labelEn: "Old filled (FTE)", type: "fte" },
  { key: "newFilledFte", label: "Bezet nieuw (fte)", labelEn: "New filled (FTE)", type: "fte" },
  { key: "filledDifference", label: "Verschil bezet (fte)", labelEn: "Filled difference (FTE)", type: "fte" },
  { key: "costDifference", label: "Kosten per jaar, raming (€)", labelEn: "Estimated cost per year (€)", type: "euro" },
  { key: "status", label: "Mutatie", labelEn: "Change", type: "text" },
];

const FUNCTION_COLUMNS: TableColumn[] = [
  { key: "function", label: "Functie", labelEn: "Function", type: "text" },
  { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer", plain: true },
  ...FORMATION_COLUMNS,
];

const CLUSTER_COLUMNS: TableColumn[] = [{ key: "cluster", label: "Cluster", labelEn: "Cluster", type: "text" }, ...FORMATION_COLUMNS];

const TEXT = {
  compared: { nl: "Vergeleken: {old} (oud) met {new} (nieuw).", en: "Compared: {old} (old) with {new} (new)." },
  sheet: { nl: "werkblad '{sheet}'", en: "sheet '{sheet}'" },
  sheetInFile: { nl: "werkblad '{sheet}' in {file}", en: "sheet '{sheet}' in {file}" },
  counts: { nl: "Medewerkers: {people}. Vacatures per functie: {vacancies}.", en: "Employees: {people}. Vacancies per function: {vacancies}." },
  matching: {
    nl: "Medewerkers zijn gekoppeld op personeelsnummer, en waar een kant dat niet heeft op naam (dan staat dat in de toelichting); vacatures per functie. Kosten per jaar: de kosten nieuw min oud van de rijen van de medewerker (het budgeteffect).",
    en: "Employees are matched on personnel number, and where one side has none on name (the remark says so); vacancies per function. Cost per year: the new minus the old cost of the employee's rows (the budget effect).",
  },
  placement: {
    nl: "Plaatsingstype, bij een andere functie of schaal, zoals in de Plaatsingslijst met de oude formatie als huidige: functievolger = dezelfde functie; passend = ten hoogste {max|schaal|schalen} lager; niet passend = meer dan {max|schaal|schalen} lager (bevinding '{finding}'); hoger = hogere schaal. Bij een lagere schaal kan een salarisgarantie gelden; de kosten zijn berekend op de schaal in het werkblad.",
    en: "Placement type, for another function or scale, as in the placement list with the old formation as the current one: same function; suitable = at most {max|scale|scales} lower; not suitable = more than {max|scale|scales} lower (finding '{finding}'); higher = higher scale. A lower scale may come with a salary guarantee; costs are computed at the scale in the sheet.",
  },
  groups: {
    nl: "Formatie: de fte van alle rijen in het werkblad (bezet en vacature); bezet: rijen met een medewerker. Kosten per jaar: de kosten van de formatie nieuw min oud. Mutatie: nieuw of vervallen waar {what} in één van beide formaties geen rijen heeft.",
    en: "Formation: the FTE of all rows in the sheet (filled and vacant); filled: rows with an employee. Cost per year: the new minus the old cost of the formation. Change: new or gone where {what} has no rows in one of the two formations.",
  },
  matchedOnName: { nl: "gekoppeld op naam", en: "matched on name" },
  rowProblem: { nl: "rij {row:plain} ({side}): {reason}", en: "row {row:plain} ({side}): {reason}" },
  noFunction: { nl: "(geen functie)", en: "(no function)" },
  noCluster: { nl: "(geen cluster)", en: "(no cluster)" },
} satisfies Record<string, Localized>;

const SIDE_WORDS = { old: { nl: "oud", en: "old" }, new: { nl: "nieuw", en: "new" } } as const;

export function buildMutatieTables(mutaties: Mutaties, options: MutatieTableOptions): DataTable[] {
  return [employeesTable(mutaties, options), groupTable(mutaties, options, "functions"), groupTable(mutaties, options, "clusters")];
}

function headNotes(mutaties: Mutaties, options: MutatieTableOptions): Localized[] {
  const side = (source: SideSource) => (source.file !== undefined && source.file !== "" ? localize(TEXT.sheetInFile, { sheet: source.sheet, file: source.file }) : localize(TEXT.sheet, { sheet: source.sheet }));
  const [old, next] = [side(options.old), side(options.new)];
  return [localizeEach(TEXT.compared, (l) => ({ old: old[l], new: next[l] })), ...mutaties.notes];
}

function employeesTable(mutaties: Mutaties, options: MutatieTableOptions): DataTable {
  const language = options.language ?? "nl";
  const rows = mutaties.employees.map((line) => employeeRow(line, language));
  const fte = (i: number) => roundFte(columnSum(rows, i));
  const totals: TableCell[] = EMPLOYEE_COLUMNS.map(() => null);
  totals[0] = language === "nl" ? "Totaal" : "Total";
  for (const key of ["oldFte", "newFte", "fteDifference"]) totals[EMPLOYEE_COLUMNS.findIndex((c) => c.key === key)] = fte(EMPLOYEE_COLUMNS.findIndex((c) => c.key === key));
  const costIndex = EMPLOYEE_COLUMNS.findIndex((c) => c.key === "costDifference");
  totals[costIndex] = roundEuro(columnSum(rows, costIndex));
  const t = mutaties.totals;
  // The counts that are not 0, or "geen" when all are.
  const counted = <S extends string>(counts: Record<S, number>, words: Record<S, Localized>, order: readonly S[], l: Language) =>
    formatList(order.filter((status) => counts[status] > 0).map((status) => `${formatInteger(counts[status], l)} ${words[status][l]}`), l) || (l === "nl" ? "geen" : "none");
  const counts = localizeEach(TEXT.counts, (l) => ({
    people: counted(t.employees, STATUS_WORDS, ["in", "out", "changed", "unchanged", "unmatched", "unread"], l),
    vacancies: counted(t.vacancies, { ...GROUP_STATUS_WORDS, unread: STATUS_WORDS.unread }, ["in", "out", "changed", "unchanged", "unread"], l),
  }));
  const placement = localizeEach(TEXT.placement, (l) => ({ max: options.maxScaleDrop ?? 1, finding: plaatsingScaleDrop.title[l] }));
  return {
    name: MUTATIE_TABLE_NAMES.employees,
    title: "Mutaties medewerkers",
    titleEn: "Changes per employee",
    columns: EMPLOYEE_COLUMNS,
    rows,
    totals,
    notes: [...headNotes(mutaties, options), counts, TEXT.matching, ...mutaties.pricing.notes],
    footnotes: [placement, ...mutaties.pricing.footnotes],
  };
}

function employeeRow(line: EmployeeChange, language: Language): TableCell[] {
  const list = (values: readonly string[] | undefined, empty: Localized) => (values === undefined ? null : values.map((v) => v || empty[language]).join("; ") || null);
  const remarks: string[] = [];
  if (line.matchedOn === "name") remarks.push(TEXT.matchedOnName[language]);
  for (const problem of line.problems) remarks.push(localize(TEXT.rowProblem, { row: problem.row, side: SIDE_WORDS[problem.side][language], reason: problem.reason[language] })[language]);
  return [
    line.kind === "vacancy" ? VACANCY_NAME[language] : line.name,
    line.personnelNumber,
    mutationText(line, language),
    list(line.old?.functions, TEXT.noFunction),
    list(line.new?.functions, TEXT.noFunction),
    line.old?.scale ?? null,
    line.new?.scale ?? null,
    placementTypeText(line, language),
    fteOf(line.old),
    fteOf(line.new),
    line.fteDifference,
    list(line.old?.clusters, TEXT.noCluster),
    list(line.new?.clusters, TEXT.noCluster),
    line.costDifference,
    remarks.join("; ") || null,
  ];
}

function fteOf(side: SideState | null): number | null {
  return side ? side.fte : null;
}

function groupTable(mutaties: Mutaties, options: MutatieTableOptions, part: "functions" | "clusters"): DataTable {
  const language = options.language ?? "nl";
  const functions = part === "functions";
  const columns = functions ? FUNCTION_COLUMNS : CLUSTER_COLUMNS;
  const rows = mutaties[part].map((group) => [
    group.name || (functions ? TEXT.noFunction : TEXT.noCluster)[language],
    ...(functions ? [group.scale ?? null] : []),
    ...groupCells(group, language),
  ]);
  const first = functions ? 2 : 1;
  const totals: TableCell[] = columns.map((column, i) => {
    if (i === 0) return language === "nl" ? "Totaal" : "Total";
    if (i < first || column.type === "text") return null;
    return column.type === "euro" ? roundEuro(columnSum(rows, i)) : roundFte(columnSum(rows, i));
  });
  const what = functions ? { nl: "de functie", en: "the function" } : { nl: "het cluster", en: "the cluster" };
  return {
    name: functions ? MUTATIE_TABLE_NAMES.functions : MUTATIE_TABLE_NAMES.clusters,
    title: functions ? "Mutaties per functie" : "Mutaties per cluster",
    titleEn: functions ? "Changes per function" : "Changes per cluster",
    columns,
    rows,
    totals,
    notes: [...headNotes(mutaties, options), localizeEach(TEXT.groups, (l) => ({ what: what[l] })), ...mutaties.pricing.notes],
    ...(mutaties.pricing.footnotes.length > 0 ? { footnotes: mutaties.pricing.footnotes } : {}),
  };
}

function groupCells(group: GroupChange, language: Language): TableCell[] {
  return [
    group.old?.formationFte ?? null,
    group.new?.formationFte ?? null,
    group.formationDifference,
    group.old?.filledFte ?? null,
    group.new?.filledFte ?? null,
    group.filledDifference,
    group.costDifference,
    GROUP_STATUS_WORDS[group.status][language],
  ];
}
