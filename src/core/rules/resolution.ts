/**
 * What the functieboek expects of a position, derived from what it resolves to. Shared by the
 * scale, formation and placement rules so they agree on one answer.
 */
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { Cluster, FunctionEntry } from "../functieboek/schema";
import { intermediateScalesOf, scaleSpanOf, type ScaleSpan } from "../functieboek/scale-span";
import { clusterText, type Position } from "../formatie/read-formatie";
import type { Resolution, RuleContext } from "./rule";

/** What a position's title and normfunctie name in the book. */
export function resolvePosition(position: Position, index: FunctieboekIndex): Resolution {
  const fn = position.title.kind === "ok" ? index.findFunction(position.title.value) : undefined;
  const nf = position.normfunctie.kind === "ok" ? index.findNormfunctie(position.normfunctie.value) : undefined;
  return { fn, nf, fnNormfunctie: fn ? index.normfunctieOf(fn.entry) : undefined };
}

/**
 * `resolvePosition` for the positions of one sheet: each distinct pair of title and normfunctie is
 * looked up once and its resolution shared (a sheet repeats a few dozen functions on every row).
 */
export function positionResolver(index: FunctieboekIndex): (position: Position) => Resolution {
  const byTitle = new Map<string, Map<string, Resolution>>();
  return (position) => {
    const title = position.title.kind === "ok" ? position.title.value : "";
    const normfunctie = position.normfunctie.kind === "ok" ? position.normfunctie.value : "";
    let byNormfunctie = byTitle.get(title);
    if (!byNormfunctie) {
      byNormfunctie = new Map();
      byTitle.set(title, byNormfunctie);
    }
    let resolution = byNormfunctie.get(normfunctie);
    if (!resolution) {
      resolution = resolvePosition(position, index);
      byNormfunctie.set(normfunctie, resolution);
    }
    return resolution;
  };
}

/**
 * The book's function for a position: the one its title names, or else the only function placed
 * on the normfunctie it names (sheets without a Functie column).
 */
export function bookFunction(resolution: Resolution, index: FunctieboekIndex): FunctionEntry | undefined {
  if (resolution.fn) return resolution.fn.entry;
  return resolution.nf ? index.onlyFunctionOf(resolution.nf.entry) : undefined;
}

/** The scale the book gives a position, if it gives exactly one. */
export function bookScale(resolution: Resolution, index: FunctieboekIndex): number | undefined {
  const fn = bookFunction(resolution, index);
  if (fn) return fn.scale;
  if (resolution.nf) {
    const scales = new Set(index.functionsOf(resolution.nf.entry).map((f) => f.scale));
    if (scales.size === 1) return [...scales][0];
  }
  return undefined;
}

/**
 * The scales the book allows a position: its function's scale or range (a groeifunctie), or the
 * one scale or range all functions of its normfunctie share.
 */
export function bookScaleSpan(resolution: Resolution, index: FunctieboekIndex): ScaleSpan | undefined {
  const fn = bookFunction(resolution, index);
  if (fn) return scaleSpanOf(fn);
  if (resolution.nf) {
    const spans = new Set(index.functionsOf(resolution.nf.entry).map((f) => `${f.scale}-${f.scaleMax ?? f.scale}`));
    const first = index.functionsOf(resolution.nf.entry)[0];
    if (spans.size === 1 && first) return scaleSpanOf(first);
  }
  return undefined;
}

/** The tussenschalen ("10A") the conversietabel allows for a position's normfunctie. */
export function allowedIntermediateScales(resolution: Resolution, index: FunctieboekIndex): string[] {
  const fn = bookFunction(resolution, index);
  const nf = fn ? index.normfunctieOf(fn) : resolution.nf?.entry;
  return nf ? intermediateScalesOf(index.book, nf) : [];
}

/** True when a function of the book has this scale: no other scale is ever suggested. */
export function isBookScale(scale: number, index: FunctieboekIndex): boolean {
  return index.book.functions.some((f) => scale >= f.scale && scale <= (f.scaleMax ?? f.scale));
}

export function uniqueStrings(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ""))];
}

/** Items grouped by a key (undefined keys left out), groups and items in input order. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Positions grouped by the book function they resolve to, in sheet order. */
export function positionsByFunction(positions: readonly Position[], context: RuleContext): Map<FunctionEntry, Position[]> {
  return groupBy(positions, (position) => bookFunction(context.resolve(position), context.book));
}

/** Positions grouped by the book's cluster they belong to (own cell or section heading above). */
export function positionsByCluster(positions: readonly Position[], context: RuleContext): Map<Cluster, Position[]> {
  return groupBy(positions, (position) => {
    const text = clusterText(position);
    return text === undefined ? undefined : context.book.findCluster(text)?.entry;
  });
}

/** Sum of effective FTE of positions. */
export function sumFte(positions: readonly Position[]): number {
  return positions.reduce((sum, p) => sum + (p.effectiveFte ?? 0), 0);
}
