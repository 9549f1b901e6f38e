/**
 * Per employee what changed between two formations: nieuw (in), vertrokken (uit), andere functie,
 * andere schaal (hoger or lager, with the placement type as the Plaatsingslijst gives it), andere
 * fte, ander cluster, or unchanged; vacancies per function; and rows that cannot be matched or
 * read, with their reason. Every row of both sheets is in exactly one line.
 */
import type { Localized } from "../localized";
import { roundEuro, roundFte } from "../plaatsing/data-table";
import { classifyPlacement, type PlacementType } from "../plaatsing/placement-type";
import type { RowInfo } from "./formation-side";
import { mainRow, type MatchedOn, type PersonGroup, type PersonPair } from "./employee-matching";
import { compareDutch } from "../text/dutch-order";

export type Side = "old" | "new";
/** unread: in both formations, nothing else changed, but a row's FTE cannot be read, so no one can say "unchanged". */
export type LineStatus = "in" | "out" | "changed" | "unchanged" | "unmatched" | "unread";
export type ChangeKind = "function" | "scale" | "fte" | "cluster";

/** One person (or a function's vacancies) in one formation. */
export interface SideState {
  /** 1-based sheet rows, ascending. */
  rows: number[];
  /** The functions of the rows, as the Plaatsing tables name them. */
  functions: readonly string[];
  /** The scale of the main row (the largest FTE): 11, or "10A". */
  scale: number | string | null;
  /** Null when a row's FTE cannot be read. */
  fte: number | null;
  clusters: readonly string[];
  /** Yearly cost; null when a row's scale has no amount in the salary table. */
  cost: number | null;
}

export interface RowProblem {
  side: Side;
  row: number;
  reason: Localized;
}

export interface EmployeeChange {
  kind: "employee" | "vacancy";
  status: LineStatus;
  /** What changed for a person in both formations (empty otherwise). */
  changes: ChangeKind[];
  /** The person's name (else the personeelsnummer); null for vacancies. */
  name: string | null;
  personnelNumber: string | null;
  /** How the two sides were matched: personeelsnummer, name, or (vacancies) function. */
  matchedOn: MatchedOn | "function" | null;
  old: SideState | null;
  new: SideState | null;
  scaleDirection: "higher" | "lower" | null;
  /** As in the Plaatsingslijst, the old function and scale standing for the current ones. */
  placementType: PlacementType | null;
  /** New minus old; null when a row's FTE cannot be read. */
  fteDifference: number | null;
  /** New minus old yearly cost: the budget effect; null when a cost is unknown or a FTE unread. */
  costDifference: number | null;
  /** Rows that cannot be matched or read, with the reason. */
  problems: readonly RowProblem[];
}

export function personLine(pair: PersonPair, maxScaleDrop: number): EmployeeChange {
  const oldRows = pair.old?.rows ?? [];
  const newRows = pair.new?.rows ?? [];
  const old = pair.old ? sideState(oldRows) : null;
  const next = pair.new ? sideState(newRows) : null;
  const main = mainRow(newRows.length > 0 ? newRows : oldRows);
  const status: LineStatus = pair.unmatched ? "unmatched" : !old ? "in" : !next ? "out" : "changed";
  const changes: ChangeKind[] = [];
  let scaleDirection: EmployeeChange["scaleDirection"] = null;
  let placementType: PlacementType | null = null;
  if (old && next) {
    const [o, n] = [mainRow(oldRows), mainRow(newRows)];
    if (!sameKeys(oldRows, newRows, (r) => r.functionKey)) changes.push("function");
    if (o.scale && n.scale && o.scale.rank !== n.scale.rank) {
      changes.push("scale");
      scaleDirection = n.scale.rank > o.scale.rank ? "higher" : "lower";
    } else if (oldRows.length === newRows.length && oldRows.length > 1 && !sameList(scaleRanks(oldRows), scaleRanks(newRows))) {
      // The main row kept its scale, another row of the person did not: no single direction.
      changes.push("scale");
    }
    if (old.fte !== null && next.fte !== null && old.fte !== next.fte) changes.push("fte");
    if (!sameKeys(oldRows, newRows, (r) => r.clusterKey)) changes.push("cluster");
    if (changes.includes("function") || changes.includes("scale")) {
      const difference = o.scale && n.scale ? n.scale.scale - o.scale.scale : undefined;
      placementType = classifyPlacement(o.functionKey === n.functionKey, difference, maxScaleDrop) ?? null;
    }
  }
  const position = main.placed.position;
  const personnelNumber = position.personnelNumber.kind === "ok" ? position.personnelNumber.value : null;
  return {
    kind: "employee",
    status: status === "changed" && changes.length === 0 ? (allRead(oldRows) && allRead(newRows) ? "unchanged" : "unread") : status,
    changes,
    name: main.placed.employeeName || personnelNumber,
    personnelNumber,
    matchedOn: pair.matchedOn ?? null,
    old,
    new: next,
    scaleDirection,
    placementType,
    ...differences(oldRows, newRows, old, next),
    problems: problemsOf(oldRows, newRows, pair.unmatched && pair.old ? pair.unmatched : undefined, pair.unmatched && pair.new ? pair.unmatched : undefined),
  };
}

/** A function's vacancies (open rows) then and now: matched per function, not per name. */
export function vacancyLine(oldRows: readonly RowInfo[], newRows: readonly RowInfo[]): EmployeeChange {
  const old = oldRows.length > 0 ? sideState(oldRows) : null;
  const next = newRows.length > 0 ? sideState(newRows) : null;
  const read = allRead(oldRows) && allRead(newRows);
  const fteChanged = old !== null && next !== null && read && old.fte !== next.fte;
  return {
    kind: "vacancy",
    status: !old ? "in" : !next ? "out" : fteChanged ? "changed" : read ? "unchanged" : "unread",
    changes: fteChanged ? ["fte"] : [],
    name: null,
    personnelNumber: null,
    matchedOn: old && next ? "function" : null,
    old,
    new: next,
    scaleDirection: null,
    placementType: null,
    ...differences(oldRows, newRows, old, next),
    problems: problemsOf(oldRows, newRows),
  };
}

/** A row that names nobody the comparison can find: listed on its own, with its reason. */
export function unreadableLine(side: Side, info: RowInfo): EmployeeChange {
  return personLine({ [side]: { key: "", rows: [info], numbered: false } satisfies PersonGroup, unmatched: info.problem ?? { nl: "niet te koppelen", en: "cannot be matched" } }, 0);
}

function sideState(rows: readonly RowInfo[]): SideState {
  const main = mainRow(rows);
  let fte = 0;
  let cost: number | null = 0;
  for (const row of rows) {
    fte += row.fte;
    cost = cost === null || row.cost === null ? null : cost + row.cost;
  }
  return {
    rows: rows.length === 1 ? [(rows[0] as RowInfo).row] : rows.map((r) => r.row).sort((a, b) => a - b),
    functions: distinctNames(rows, (r) => r.functionKey, (r) => r.placed.function.title, (r) => r.placed.function),
    scale: main.scale?.cell ?? null,
    fte: allRead(rows) ? roundFte(fte) : null,
    clusters: distinctNames(rows, (r) => r.clusterKey, (r) => r.placed.cluster.name, (r) => r.placed.cluster),
    cost: cost === null ? null : roundEuro(cost),
  };
}

function differences(oldRows: readonly RowInfo[], newRows: readonly RowInfo[], old: SideState | null, next: SideState | null): Pick<EmployeeChange, "fteDifference" | "costDifference"> {
  const read = allRead(oldRows) && allRead(newRows);
  const oldCost = old ? old.cost : 0;
  const newCost = next ? next.cost : 0;
  const oldFte = old ? old.fte : 0;
  const newFte = next ? next.fte : 0;
  return {
    fteDifference: oldFte !== null && newFte !== null ? roundFte(newFte - oldFte) : null,
    costDifference: read && oldCost !== null && newCost !== null ? roundEuro(newCost - oldCost) : null,
  };
}

/** Most lines have no problem: they share one empty list (frozen: nobody adds to it). */
const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

function problemsOf(oldRows: readonly RowInfo[], newRows: readonly RowInfo[], oldUnmatched?: Localized, newUnmatched?: Localized): readonly RowProblem[] {
  if (!oldUnmatched && !newUnmatched && oldRows.every((r) => r.problem === undefined) && newRows.every((r) => r.problem === undefined)) return NO_PROBLEMS;
  const problems: RowProblem[] = [];
  for (const [side, rows, unmatched] of [["old", oldRows, oldUnmatched], ["new", newRows, newUnmatched]] as const) {
    for (const info of [...rows].sort((a, b) => a.row - b.row)) {
      if (unmatched) problems.push({ side, row: info.row, reason: unmatched });
      if (info.problem && info.problem !== unmatched) problems.push({ side, row: info.row, reason: info.problem });
    }
  }
  return problems;
}

/** The scales of a person's rows, in order (rows without a known scale left out). */
function scaleRanks(rows: readonly RowInfo[]): number[] {
  return rows.flatMap((r) => (r.scale ? [r.scale.rank] : [])).sort((a, b) => a - b);
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function allRead(rows: readonly RowInfo[]): boolean {
  return rows.every((r) => r.fteRead);
}

function sameKeys(a: readonly RowInfo[], b: readonly RowInfo[], key: (row: RowInfo) => string): boolean {
  // Nearly everyone is on one row: no sets needed.
  if (a.length === 1 && b.length === 1) return key(a[0] as RowInfo) === key(b[0] as RowInfo);
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}

/**
 * The one-name lists of single-row people, one per function or cluster group and shared (frozen):
 * a 50,000-row comparison would otherwise make 200,000 of them.
 */
const SINGLE_NAMES = new WeakMap<object, readonly string[]>();

/** The distinct names of the rows' functions or clusters, in Dutch order. */
function distinctNames(rows: readonly RowInfo[], key: (row: RowInfo) => string, name: (row: RowInfo) => string, group: (row: RowInfo) => object): readonly string[] {
  if (rows.length === 1) {
    const owner = group(rows[0] as RowInfo);
    let names = SINGLE_NAMES.get(owner);
    if (!names) {
      names = Object.freeze([name(rows[0] as RowInfo)]);
      SINGLE_NAMES.set(owner, names);
    }
    return names;
  }
  const names = new Map<string, string>();
  for (const row of rows) if (!names.has(key(row))) names.set(key(row), name(row));
  return [...names.values()].sort(compareDutch);
}


