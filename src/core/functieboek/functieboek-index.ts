/**
 * Look-ups into a loaded functieboek, built once per book so that checking a sheet is one pass
 * over its rows with map look-ups (no scans per row).
 */
import { KeyCache } from "../text/key-cache";
import { cleanText, compactKey, nearest, normfunctieKey } from "../text/normalize";
import type { Cluster, FunctionEntry, Functieboek, Normfunctie } from "./schema";

export interface Match<T> {
  entry: T;
  /** True when the text equals the book's own spelling (apart from leading/trailing spaces). */
  exact: boolean;
  /** The book's spelling that matched (a title or an alias). */
  matched: string;
}

export class FunctieboekIndex {
  readonly book: Functieboek;
  private readonly functions = new Map<string, Entry<FunctionEntry>>();
  private readonly normfuncties = new Map<string, Entry<Normfunctie>>();
  private readonly clusters = new Map<string, Entry<Cluster>>();
  private readonly functionsOfNormfunctie = new Map<Normfunctie, FunctionEntry[]>();
  private readonly normfunctieOfFunction = new Map<FunctionEntry, Normfunctie | undefined>();
  /**
   * Look-ups by the text as typed: a sheet names the same few functions and clusters on thousands
   * of rows, so each distinct text is normalised and matched once. Matches are shared, never changed.
   */
  private readonly functionLookups = new KeyCache<Match<FunctionEntry> | undefined>(LOOKUP_CACHE_SIZE);
  private readonly normfunctieLookups = new KeyCache<Match<Normfunctie> | undefined>(LOOKUP_CACHE_SIZE);
  private readonly clusterLookups = new KeyCache<Match<Cluster> | undefined>(LOOKUP_CACHE_SIZE);
  private readonly matchFunction = (text: string) => match(this.functions.get(compactKey(text)), text);
  private readonly matchNormfunctie = (text: string) => match(this.normfuncties.get(normfunctieKey(text)), text);
  private readonly matchCluster = (text: string) => match(this.clusters.get(compactKey(text)), text);

  constructor(book: Functieboek) {
    this.book = book;
    for (const nf of book.normfuncties) {
      for (const spelling of [nf.name, ...nf.aliases]) {
        add(this.normfuncties, normfunctieKey(spelling), nf, spelling);
      }
    }
    for (const fn of book.functions) {
      for (const spelling of [fn.title, ...fn.aliases]) {
        add(this.functions, compactKey(spelling), fn, spelling);
      }
      const nf = this.normfuncties.get(normfunctieKey(fn.normfunctie))?.entry;
      this.normfunctieOfFunction.set(fn, nf);
      if (nf) this.functionsOfNormfunctie.set(nf, [...(this.functionsOfNormfunctie.get(nf) ?? []), fn]);
      // The function table's spelling of the normfunctie is a name planners copy into sheets.
      if (nf) add(this.normfuncties, normfunctieKey(fn.normfunctie), nf, fn.normfunctie);
    }
    for (const cluster of book.clusters) {
      for (const spelling of [cluster.name, ...cluster.aliases, cluster.name.replace(/^cluster\s+/i, "")]) {
        add(this.clusters, compactKey(spelling), cluster, spelling);
      }
    }
  }

  /** The function with this title (or alias), tolerant of case, accents, spacing and punctuation. */
  findFunction(text: string): Match<FunctionEntry> | undefined {
    return this.functionLookups.get(text, this.matchFunction);
  }

  /** The normfunctie with this name, tolerant also of how the level is written (3 / III / Il). */
  findNormfunctie(text: string): Match<Normfunctie> | undefined {
    return this.normfunctieLookups.get(text, this.matchNormfunctie);
  }

  findCluster(text: string): Match<Cluster> | undefined {
    return this.clusterLookups.get(text, this.matchCluster);
  }

  /** The normfunctie a function of the book is placed on, if the book describes it. */
  normfunctieOf(fn: FunctionEntry): Normfunctie | undefined {
    return this.normfunctieOfFunction.get(fn);
  }

  /** The functions of the book placed on this normfunctie. */
  functionsOf(nf: Normfunctie): readonly FunctionEntry[] {
    return this.functionsOfNormfunctie.get(nf) ?? [];
  }

  /** The one function of the book placed on this normfunctie; undefined when it has none or several. */
  onlyFunctionOf(nf: Normfunctie): FunctionEntry | undefined {
    const functions = this.functionsOf(nf);
    return functions.length === 1 ? functions[0] : undefined;
  }

  /**
   * The function a formation row stands for, by what it says, as the rules resolve it
   * (rules/resolution.ts `bookFunction`): its title, else the only function of its normfunctie;
   * undefined when neither names one function of the book.
   */
  functionForRow(title: string, normfunctie: string): FunctionEntry | undefined {
    const fn = title ? this.findFunction(title)?.entry : undefined;
    if (fn) return fn;
    const nf = normfunctie ? this.findNormfunctie(normfunctie)?.entry : undefined;
    return nf ? this.onlyFunctionOf(nf) : undefined;
  }

  /** Every spelling a user may choose from, for suggestions. */
  functionTitles(): string[] {
    return this.book.functions.map((f) => f.title.trim());
  }

  normfunctieNames(): string[] {
    const names = new Set<string>();
    for (const fn of this.book.functions) names.add(fn.normfunctie.trim());
    for (const nf of this.book.normfuncties) names.add(nf.name.trim());
    return [...names];
  }

  clusterNames(): string[] {
    return this.book.clusters.map((c) => c.name);
  }

  /**
   * The book's spellings nearest to `text` ("did you mean"), best first: `nearest` against
   * `functionTitles()`, `normfunctieNames()` or `clusterNames()`. Computed once per distinct text,
   * since a misspelling is usually copied down many rows.
   */
  nearestNames(list: NameList, text: string): string[] {
    return [...this.nearestLookups[list].get(text, this.nearestIn[list])];
  }

  private readonly nearestLookups: Record<NameList, KeyCache<readonly string[]>> = {
    functions: new KeyCache(LOOKUP_CACHE_SIZE),
    normfuncties: new KeyCache(LOOKUP_CACHE_SIZE),
    clusters: new KeyCache(LOOKUP_CACHE_SIZE),
  };

  private readonly nearestIn: Record<NameList, (text: string) => readonly string[]> = {
    functions: (text) => nearest(text, this.functionTitles()),
    normfuncties: (text) => nearest(text, this.normfunctieNames()),
    clusters: (text) => nearest(text, this.clusterNames()),
  };
}

/** The name lists of a book that suggestions come from. */
export type NameList = "functions" | "normfuncties" | "clusters";

const LOOKUP_CACHE_SIZE = 5_000;

interface Entry<T> {
  entry: T;
  /** The book's spellings that give this key, first one preferred for display. */
  spellings: string[];
}

function add<T>(map: Map<string, Entry<T>>, key: string, entry: T, spelling: string): void {
  if (!key) return;
  const existing = map.get(key);
  if (!existing) map.set(key, { entry, spellings: [spelling.trim()] });
  else if (existing.entry === entry && !existing.spellings.includes(spelling.trim())) existing.spellings.push(spelling.trim());
}

/** Exact when the text is one of the book's own spellings, apart from outer and repeated spaces. */
function match<T>(hit: Entry<T> | undefined, text: string): Match<T> | undefined {
  if (!hit) return undefined;
  const cleaned = cleanText(text);
  return { entry: hit.entry, matched: hit.spellings[0] ?? "", exact: hit.spellings.some((s) => cleanText(s) === cleaned) };
}


/** A normalised key for a function title; exported for callers that group rows by function. */
export function functionKey(text: string): string {
  return compactKey(text);
}

