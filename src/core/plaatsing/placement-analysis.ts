/**
 * The plaatsing of a formation sheet on the functieboek, computed once and shared by every
 * placement and budget table: which function and cluster each row counts for (resolved exactly as
 * the rules resolve it, so tables and findings agree), what is filled, vacant and above formation.
 *
 * Definitions (also written on the sheets):
 * - bezet: FTE of rows with a person on them. In a sheet without a Medewerker/Personeelsnummer
 *   column every row counts as bezet; in a sheet with one, a row without a person ("Vacature",
 *   empty name) is open.
 * - vacant (per function): formatie minus bezet, where that is positive.
 * - boven formatie (per function): bezet minus formatie, where that is positive; a function the
 *   book gives no formation, or a function not in the book, is wholly above formation. Within a
 *   function, rows fill the formation in sheet order, so the rows at the end are the ones above it
 *   (the rule `fte/over-formation` points at the last row too).
 */
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { Cluster, FunctionEntry } from "../functieboek/schema";
import { clusterText, type FormatieSheet, type Position } from "../formatie/read-formatie";
import { employeeKey } from "../rules/employee-key";
import { bookFunction, positionResolver } from "../rules/resolution";
import { DEFAULT_SETTINGS, type Resolution, type ValidationSettings } from "../rules/rule";
import { compactKey, normfunctieKey } from "../text/normalize";
import { roundFte } from "./data-table";
import { assessPlacement, type PlacementAssessment } from "./placement-type";

export type PlacementStatus = "geplaatst" | "boven-formatie" | "geen-formatie" | "functie-onbekend" | "vacature";

export interface PlacedPosition {
  position: Position;
  resolution: Resolution;
  /** The book function the row counts for, as the formation rules count it. */
  fn?: FunctionEntry;
  /** True when the row's own title is not in the book (it may still count for a function via its normfunctie). */
  titleUnknown: boolean;
  function: FunctionPlacement;
  cluster: ClusterPlacement;
  employeeKey?: string;
  /** Display name: the employee's name, else the personeelsnummer; "" for an open row. */
  employeeName: string;
  /** Nobody on this row (see the module comment). */
  open: boolean;
  /** FTE in sums: the row's effective FTE, 0 when unusable. */
  fte: number;
  /** The part of this row's FTE above its function's formation. */
  surplusFte: number;
  /** For an open row: the part of the function's vacancy it stands for. */
  vacancyFte: number;
  status: PlacementStatus;
  placement: PlacementAssessment;
}

export interface FunctionPlacement {
  key: string;
  /** Absent for a function that is not in the book. */
  fn?: FunctionEntry;
  title: string;
  normfunctie: string;
  /** The book's scale, or for an unknown function the scale the sheet gives all its rows. */
  scale: number | string | null;
  /** From the book; null when the book gives none or the function is not in it. */
  formationFte: number | null;
  positions: PlacedPosition[];
  placedFte: number;
  vacantFte: number;
  surplusFte: number;
  /** FTE of open rows (vacancies the sheet itself lists). */
  openFte: number;
  /** Vacancy no open row of the sheet stands for. */
  unlistedVacancyFte: number;
  /** Distinct employees, in sheet order. */
  employees: { key: string; name: string }[];
}

export interface ClusterPlacement {
  key: string;
  /** Absent for a cluster that is not in the book, and for rows without a cluster. */
  cluster?: Cluster;
  /** The book's name, else the text of the sheet; "" for rows without a cluster. */
  name: string;
  indicativeFte: number | null;
  positions: PlacedPosition[];
  placedFte: number;
  openFte: number;
  surplusFte: number;
  vacancyFte: number;
  coordinators: string[];
}

export interface Plaatsing {
  sheet: FormatieSheet;
  index: FunctieboekIndex;
  settings: ValidationSettings;
  /** Sheet order. */
  positions: PlacedPosition[];
  /** Every function of the book in book order, then functions not in the book by first appearance. */
  functions: FunctionPlacement[];
  /** Every cluster of the book in book order, then unknown clusters, then rows without a cluster. */
  clusters: ClusterPlacement[];
  /** Rows per employee (only employees with a key). */
  employees: Map<string, PlacedPosition[]>;
  /** The sheet names people (a Medewerker or Personeelsnummer column). */
  hasPersons: boolean;
  /** The sheet has the employee's current function or scale (placement columns). */
  hasCurrent: boolean;
}

export function analysePlaatsing(sheet: FormatieSheet, index: FunctieboekIndex, settings: Partial<ValidationSettings> = {}): Plaatsing {
  const fullSettings: ValidationSettings = { ...DEFAULT_SETTINGS, ...settings };
  const tolerance = fullSettings.fteTolerance;
  const resolve = positionResolver(index);
  // A row counts for the function the rules group it by (`positionsByFunction` groups by
  // `bookFunction` of the same resolution), so tables and `fte/over-formation` agree; asked per
  // row, without a map over 50,000 rows.
  const hasPersons = sheet.columns.employee !== undefined || sheet.columns.personnelNumber !== undefined;
  const hasCurrent = sheet.columns.currentFunction !== undefined || sheet.columns.currentScale !== undefined;

  const functions = new Map<string, FunctionPlacement>();
  const functionKeyOf = new Map<FunctionEntry, string>();
  index.book.functions.forEach((fn, i) => {
    functionKeyOf.set(fn, `fn:${i}`);
    functions.set(`fn:${i}`, newFunction(`fn:${i}`, fn.title.trim(), fn.normfunctie.trim(), fn.scale, fn.formationFte, fn));
  });
  const clusters = new Map<string, ClusterPlacement>();
  for (const cluster of index.book.clusters) clusters.set(`cl:${cluster.name}`, newCluster(`cl:${cluster.name}`, cluster.name, cluster.indicativeFte, cluster));

  const positions: PlacedPosition[] = [];
  for (const position of sheet.positions) {
    const resolution = resolve(position);
    const fn = bookFunction(resolution, index);
    const group = fn ? (functions.get(functionKeyOf.get(fn) ?? "") as FunctionPlacement) : unknownFunction(functions, position);
    const cluster = clusterOf(clusters, position, index);
    const key = employeeKey(position);
    const open = hasPersons && key === undefined && position.employee.kind !== "error" && position.personnelNumber.kind !== "error";
    // One object shape per row, without the temporary objects of conditional spreads: a
    // 50,000-row sheet makes 50,000 of these.
    const placed: PlacedPosition = {
      position,
      resolution,
      titleUnknown: position.title.kind === "ok" && !resolution.fn,
      function: group,
      cluster,
      employeeName: open ? "" : displayName(position),
      open,
      fte: position.effectiveFte ?? 0,
      surplusFte: 0,
      vacancyFte: 0,
      status: "geplaatst",
      placement: assessPlacement(position, resolution, index, fullSettings.maxScaleDrop),
    };
    if (fn) placed.fn = fn;
    if (key !== undefined) placed.employeeKey = key;
    positions.push(placed);
    group.positions.push(placed);
    cluster.positions.push(placed);
  }
  for (const group of functions.values()) fillFunction(group, tolerance);
  for (const cluster of clusters.values()) sumCluster(cluster);
  const employees = new Map<string, PlacedPosition[]>();
  for (const placed of positions) {
    placed.status = statusOf(placed);
    if (placed.employeeKey === undefined) continue;
    const rows = employees.get(placed.employeeKey);
    if (rows) rows.push(placed);
    else employees.set(placed.employeeKey, [placed]);
  }
  const clusterList = [...clusters.values()];
  // Unknown clusters after the book's, rows without a cluster last.
  clusterList.sort((a, b) => rank(a) - rank(b));
  return { sheet, index, settings: fullSettings, positions, functions: [...functions.values()], clusters: clusterList, employees, hasPersons, hasCurrent };
}

function newFunction(key: string, title: string, normfunctie: string, scale: number | string | null, formationFte: number | null, fn?: FunctionEntry): FunctionPlacement {
  return {
    key,
    ...(fn ? { fn } : {}),
    title,
    normfunctie,
    scale,
    formationFte,
    positions: [],
    placedFte: 0,
    vacantFte: 0,
    surplusFte: 0,
    openFte: 0,
    unlistedVacancyFte: 0,
    employees: [],
  };
}

function newCluster(key: string, name: string, indicativeFte: number | null, cluster?: Cluster): ClusterPlacement {
  return { key, ...(cluster ? { cluster } : {}), name, indicativeFte, positions: [], placedFte: 0, openFte: 0, surplusFte: 0, vacancyFte: 0, coordinators: [] };
}

/** The group of a row whose function is not in the book: by its title, else its normfunctie. */
function unknownFunction(functions: Map<string, FunctionPlacement>, position: Position): FunctionPlacement {
  const title = position.title.kind === "ok" ? position.title.value : "";
  const normfunctie = position.normfunctie.kind === "ok" ? position.normfunctie.value : "";
  const key = title !== "" ? `?t:${compactKey(title)}` : normfunctie !== "" ? `?n:${normfunctieKey(normfunctie)}` : "?";
  let group = functions.get(key);
  if (!group) {
    group = newFunction(key, title || normfunctie, normfunctie, null, null);
    functions.set(key, group);
  }
  if (group.normfunctie === "" && normfunctie !== "") group.normfunctie = normfunctie;
  return group;
}

function clusterOf(clusters: Map<string, ClusterPlacement>, position: Position, index: FunctieboekIndex): ClusterPlacement {
  const text = clusterText(position);
  const cluster = text === undefined ? undefined : index.findCluster(text)?.entry;
  const key = cluster ? `cl:${cluster.name}` : text !== undefined ? `?:${compactKey(text)}` : "";
  let group = clusters.get(key);
  if (!group) {
    group = newCluster(key, cluster?.name ?? text ?? "", cluster?.indicativeFte ?? null, cluster);
    clusters.set(key, group);
  }
  return group;
}

function rank(cluster: ClusterPlacement): number {
  if (cluster.cluster) return 0;
  return cluster.key === "" ? 2 : 1;
}

function displayName(position: Position): string {
  if (position.employee.kind === "ok") return position.employee.value;
  if (position.personnelNumber.kind === "ok") return position.personnelNumber.value;
  if (position.employee.kind === "error") return position.employee.text;
  return "";
}

/** Bezet, vacant and above formation of one function; rows fill the formation in sheet order. */
function fillFunction(group: FunctionPlacement, tolerance: number): void {
  const filled = group.positions.filter((p) => !p.open);
  const open = group.positions.filter((p) => p.open);
  const placed = roundFte(filled.reduce((sum, p) => sum + p.fte, 0));
  const formation = group.formationFte ?? 0;
  const withinFormation = group.formationFte !== null && placed <= formation + tolerance;
  let capacity = formation;
  for (const p of filled) {
    const take = Math.max(0, Math.min(p.fte, capacity));
    capacity -= take;
    p.surplusFte = withinFormation ? 0 : roundFte(p.fte - take);
  }
  group.placedFte = placed;
  group.surplusFte = withinFormation ? 0 : roundFte(placed - formation);
  group.vacantFte = group.formationFte === null || placed >= formation - tolerance ? 0 : roundFte(formation - placed);
  let remaining = group.vacantFte;
  for (const p of open) {
    p.vacancyFte = roundFte(Math.max(0, Math.min(p.fte, remaining)));
    remaining = roundFte(remaining - p.vacancyFte);
  }
  group.openFte = roundFte(open.reduce((sum, p) => sum + p.fte, 0));
  group.unlistedVacancyFte = remaining;
  const seen = new Set<string>();
  for (const p of filled) {
    if (p.employeeKey === undefined || seen.has(p.employeeKey)) continue;
    seen.add(p.employeeKey);
    group.employees.push({ key: p.employeeKey, name: p.employeeName });
  }
  if (group.fn === undefined) {
    const scales = new Set(group.positions.map((p) => (p.position.scale.kind === "ok" ? p.position.scale.label : "")));
    const only = scales.size === 1 ? [...scales][0] : undefined;
    group.scale = only === undefined || only === "" ? null : /^\d+$/.test(only) ? Number(only) : only;
  }
}

function sumCluster(cluster: ClusterPlacement): void {
  let placed = 0;
  let open = 0;
  let surplus = 0;
  let vacancy = 0;
  for (const p of cluster.positions) {
    if (p.open) open += p.fte;
    else placed += p.fte;
    surplus += p.surplusFte;
    vacancy += p.vacancyFte;
  }
  cluster.placedFte = roundFte(placed);
  cluster.openFte = roundFte(open);
  cluster.surplusFte = roundFte(surplus);
  cluster.vacancyFte = roundFte(vacancy);
  const names: string[] = [];
  for (const p of cluster.positions) {
    if (p.position.coordination.kind !== "ok" || !p.position.coordination.value) continue;
    const name = p.employeeName || p.function.title;
    if (!names.includes(name)) names.push(name);
  }
  cluster.coordinators = names;
}

function statusOf(placed: PlacedPosition): PlacementStatus {
  if (placed.open) return "vacature";
  if (!placed.fn || placed.titleUnknown) return "functie-onbekend";
  if (placed.fn.formationFte === null) return "geen-formatie";
  if (placed.surplusFte > 0) return "boven-formatie";
  return "geplaatst";
}
