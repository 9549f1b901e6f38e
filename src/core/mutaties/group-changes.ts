/**
 * Per function and per cluster: formatie (the FTE of every row of the sheet, filled or open) and
 * bezetting (rows with a person) then and now, the difference, the yearly cost of the difference,
 * and whether the function or cluster appears or disappears. Functions and clusters are the
 * Plaatsing tables' groups: the book's in book order, then those not in the book by name.
 */
import { roundEuro, roundFte } from "../plaatsing/data-table";
import type { ClusterPlacement, FunctionPlacement } from "../plaatsing/placement-analysis";
import { compactKey } from "../text/normalize";
import type { FormationSide, RowInfo } from "./formation-side";

export type GroupStatus = "in" | "out" | "changed" | "unchanged";

export interface GroupSide {
  /** FTE of all rows (filled and open). */
  formationFte: number;
  /** FTE of rows with a person. */
  filledFte: number;
  rows: number;
  /** Yearly cost of all rows; null when a row's scale has no amount in the salary table. */
  cost: number | null;
}

export interface GroupChange {
  /** The function's title or the cluster's name ("" for rows without one). */
  name: string;
  /** Functions only: the book's normfunctie and scale (for a function not in the book, the one scale its rows share). */
  normfunctie?: string;
  scale?: number | string | null;
  /** in: appears; out: disappears. */
  status: GroupStatus;
  old: GroupSide | null;
  new: GroupSide | null;
  formationDifference: number;
  filledDifference: number;
  /** The yearly cost of the difference in formatie; null when a cost is unknown. */
  costDifference: number | null;
}

interface Group<P> {
  key: string;
  placement: P;
  rows: RowInfo[];
}

export function functionChanges(old: FormationSide, next: FormationSide): GroupChange[] {
  const bookOrder = new Map(old.plaatsing.index.book.functions.map((fn, i) => [fn, i]));
  const rank = (p: FunctionPlacement) => (p.fn ? (bookOrder.get(p.fn) ?? Infinity) : Infinity);
  const olds = groups(old.rows, (r) => r.functionKey, (r) => r.placed.function);
  const news = groups(next.rows, (r) => r.functionKey, (r) => r.placed.function);
  return pairs(olds, news, rank).map(([o, n]) => {
    const placement = (n ?? o)?.placement as FunctionPlacement;
    return { name: placement.title, normfunctie: placement.normfunctie, scale: placement.fn ? placement.fn.scale : sharedScale([...(o?.rows ?? []), ...(n?.rows ?? [])]), ...change(o, n) };
  });
}

export function clusterChanges(old: FormationSide, next: FormationSide): GroupChange[] {
  const bookOrder = new Map(old.plaatsing.index.book.clusters.map((cluster, i) => [cluster, i]));
  // Book clusters first, then clusters not in the book, rows without a cluster last.
  const rank = (p: ClusterPlacement) => (p.cluster ? (bookOrder.get(p.cluster) ?? Infinity) : p.key === "" ? Number.MAX_VALUE * 2 : Number.MAX_VALUE);
  const olds = groups(old.rows, (r) => r.clusterKey, (r) => r.placed.cluster);
  const news = groups(next.rows, (r) => r.clusterKey, (r) => r.placed.cluster);
  return pairs(olds, news, rank).map(([o, n]) => ({ name: ((n ?? o)?.placement as ClusterPlacement).name, ...change(o, n) }));
}

function groups<P>(rows: readonly RowInfo[], key: (row: RowInfo) => string, placement: (row: RowInfo) => P): Map<string, Group<P>> {
  const found = new Map<string, Group<P>>();
  for (const row of rows) {
    const k = key(row);
    const group = found.get(k);
    if (group) group.rows.push(row);
    else found.set(k, { key: k, placement: placement(row), rows: [row] });
  }
  return found;
}

/** The groups of both sides by key, in order: by rank, then by name (never by sheet order). */
function pairs<P extends { title?: string; name?: string }>(olds: Map<string, Group<P>>, news: Map<string, Group<P>>, rank: (placement: P) => number): [Group<P> | undefined, Group<P> | undefined][] {
  const keys = new Set([...olds.keys(), ...news.keys()]);
  const list = [...keys].map((key) => {
    const o = olds.get(key);
    const n = news.get(key);
    const placement = (n ?? o)?.placement as P;
    return { key, o, n, rank: rank(placement), name: compactKey(placement.title ?? placement.name ?? "") };
  });
  list.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return list.map((g) => [g.o, g.n]);
}

function change(o: Group<unknown> | undefined, n: Group<unknown> | undefined): Omit<GroupChange, "name" | "normfunctie" | "scale"> {
  const old = o ? sideOf(o.rows) : null;
  const next = n ? sideOf(n.rows) : null;
  const formationDifference = roundFte((next?.formationFte ?? 0) - (old?.formationFte ?? 0));
  const filledDifference = roundFte((next?.filledFte ?? 0) - (old?.filledFte ?? 0));
  const oldCost = old ? old.cost : 0;
  const newCost = next ? next.cost : 0;
  const costDifference = oldCost === null || newCost === null ? null : roundEuro(newCost - oldCost);
  const status: GroupStatus = !old ? "in" : !next ? "out" : formationDifference !== 0 || filledDifference !== 0 || (costDifference ?? 0) !== 0 ? "changed" : "unchanged";
  return { status, old, new: next, formationDifference, filledDifference, costDifference };
}

function sideOf(rows: readonly RowInfo[]): GroupSide {
  let formation = 0;
  let filled = 0;
  let cost: number | null = 0;
  for (const row of rows) {
    formation += row.fte;
    if (!row.placed.open) filled += row.fte;
    cost = cost === null || row.cost === null ? null : cost + row.cost;
  }
  return { formationFte: roundFte(formation), filledFte: roundFte(filled), rows: rows.length, cost: cost === null ? null : roundEuro(cost) };
}

/** The one scale every row of a function outside the book has (as the Plaatsing tables take it), else null. */
function sharedScale(rows: readonly RowInfo[]): number | string | null {
  const scales = new Set(rows.map((r) => (r.placed.position.scale.kind === "ok" ? String(r.scale?.cell) : "")));
  const only = scales.size === 1 ? [...scales][0] : undefined;
  if (only === undefined || only === "") return null;
  return /^\d+$/.test(only) ? Number(only) : only;
}

