/**
 * Which functieboek the pane uses: the one the workbook carries (StoredState.functieboekJson),
 * else the bundled Ommen book. Loading goes through the core's loader, which never throws; the
 * loader and the bundled book (zod and 170 kB of JSON) are fetched on first use, outside the
 * pane's first chunk.
 */
import type { LoadProblem, LoadResult } from "../../core/functieboek/load-functieboek";
import type { Functieboek } from "../../core/functieboek/schema";
import type { PlacedBookFinding } from "../../core/functieboek/workbook/read-book-workbook";
import type { StoredState } from "../../core/workbook-port";

export type BookSource = "bundled" | "workbook" | "imported";

export interface LoadedBook {
  book: Functieboek;
  source: BookSource;
  /** The JSON text the book was loaded from (kept so export and the workbook get it verbatim). */
  json?: string;
  /** A book read from a workbook's sheets: its self-check with each finding's sheet and cell. */
  placedFindings?: PlacedBookFinding[];
}

export interface BookLoaders {
  bundled(): Promise<Functieboek>;
  parse(text: string): Promise<LoadResult>;
}

export const defaultBookLoaders: BookLoaders = {
  bundled: async () => (await import(/* webpackChunkName: "functieboek" */ "../../core/functieboek/bundled")).bundledFunctieboek(),
  parse: async (text) => (await import(/* webpackChunkName: "functieboek" */ "../../core/functieboek/load-functieboek")).parseFunctieboekText(text),
};

/** The book to start with; when the workbook's own book does not load, the bundled one and why. */
export async function startBook(stored: StoredState | undefined, loaders: BookLoaders): Promise<{ loaded: LoadedBook; storedProblems?: LoadProblem[] }> {
  if (stored?.functieboekJson !== undefined) {
    const result = await loaders.parse(stored.functieboekJson);
    if (result.ok) return { loaded: { book: result.book, source: "workbook", json: stored.functieboekJson } };
    return { loaded: { book: await loaders.bundled(), source: "bundled" }, storedProblems: result.problems };
  }
  return { loaded: { book: await loaders.bundled(), source: "bundled" } };
}

/** The book as JSON text for export: the text it was loaded from, else the parsed book. */
export function bookJson(loaded: LoadedBook): string {
  return loaded.json ?? `${JSON.stringify(loaded.book, null, 2)}\n`;
}

/** "Functieboek Gemeente Ommen" → "functieboek-gemeente-ommen.json". */
export function bookFileName(book: Functieboek): string {
  const slug = book.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "functieboek"}.json`;
}
