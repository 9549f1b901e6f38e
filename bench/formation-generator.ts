/**
 * Realistic Ommen formation rows for benchmarks: the functions of the book in proportion to their
 * formation, the three clusters, part-time factors, hours, names and personeelsnummers, and about
 * 1 % planted errors (wrong scale, unknown function, FTE as "80", ambiguous "1.000", wrong normfunctie).
 */
import type { CellValue, Grid } from "../src/core/formatie/grid";
import type { Functieboek } from "../src/core/functieboek/schema";

export const HEADER = ["Cluster", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Uren per week", "Medewerker", "Personeelsnummer", "Coördinatiemodule", "Toelichting"];

const CLUSTERS = ["Cluster Beleid en Ontwikkeling", "Cluster Regie en Coördinatie", "Cluster Concern en Ondersteuning"];
const FIRST = ["Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Greet", "Henk", "Iris", "Joost", "Karin", "Luuk", "Mira", "Niels"];
const LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Kok", "Peters", "Hendriks"];
const FTES = [1, 1, 1, 0.8, 0.8, 0.6, 0.9, 0.5];

/** A deterministic pseudo-random generator (mulberry32), so every run benchmarks the same sheet. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function formationRows(book: Functieboek, count: number, seed = 1): CellValue[][] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const weighted = book.functions.flatMap((f) => Array.from({ length: Math.max(1, Math.round((f.formationFte ?? 0.5) * 2)) }, () => f));
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const fn = pick(weighted);
    const fte = pick(FTES);
    const row: CellValue[] = [pick(CLUSTERS), fn.title.trim(), fn.normfunctie.trim(), fn.scale, fte, Math.round(fte * 36 * 10) / 10, `${pick(FIRST)} ${pick(LAST)}`, String(100000 + i), i % 97 === 0 ? "ja" : "nee", null];
    const dice = next();
    if (dice < 0.002) row[3] = fn.scale + 1;
    else if (dice < 0.004) row[1] = "Beleidsmedewerker";
    else if (dice < 0.006) row[4] = 80;
    else if (dice < 0.008) row[4] = "1.000";
    else if (dice < 0.01) row[2] = "Adviseur III";
    rows.push(row);
  }
  return rows;
}

export function formationGrid(book: Functieboek, count: number, seed = 1): Grid {
  return { sheet: "Formatie", rows: [["Formatie (benchmark)"], [], HEADER, ...formationRows(book, count, seed)] };
}
