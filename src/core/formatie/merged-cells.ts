/**
 * What a merged range means depends on where it is. Above the data it is a label: a group label
 * spans the columns it is merged over, and a label merged down two header rows names both. In the
 * data it is one value in one column: merged down a column it counts for every row it covers (a
 * cluster merged over its rows), merged across columns it belongs to its first column only (a
 * "Vacature" merged over Medewerker and Personeelsnummer is not a personeelsnummer).
 * Adapters that give a merge's value in every cell and those that give it only in the top-left cell
 * both end up with the same grid.
 */
import type { CellValue, Grid, MergedRange } from "./grid";

/** The grid with every merged range in the first `rows` sheet rows filled with its label. */
export function withMergedLabels(grid: Grid, lastRow: number): Grid {
  return rewrite(grid, (merge, set, valueAt) => {
    if (merge.top > lastRow) return;
    const value = valueAt(merge.top, merge.left);
    for (let r = merge.top; r <= Math.min(merge.bottom, lastRow); r++) for (let c = merge.left; c <= merge.right; c++) set(r, c, value);
  });
}

/**
 * The grid as data below `headerRow`: a range merged down a column gives its value to each row in
 * its first column; the other columns of a merged range are empty.
 */
export function withMergedData(grid: Grid, headerRow: number): Grid {
  return rewrite(grid, (merge, set, valueAt) => {
    if (merge.bottom <= headerRow) return;
    const firstDataRow = Math.max(merge.top, headerRow + 1);
    const value = merge.top > headerRow ? valueAt(merge.top, merge.left) : undefined;
    for (let r = firstDataRow; r <= merge.bottom; r++) {
      if (value !== undefined) set(r, merge.left, value);
      for (let c = merge.left + 1; c <= merge.right; c++) set(r, c, null);
    }
  });
}

type Visit = (merge: MergedRange, set: (row: number, col: number, value: CellValue) => void, valueAt: (row: number, col: number) => CellValue) => void;

/** Applies `visit` to every merge on a copy of the rows it touches; the grid itself is never changed. */
function rewrite(grid: Grid, visit: Visit): Grid {
  if (!grid.merges || grid.merges.length === 0) return grid;
  const originRow = grid.originRow ?? 1;
  const originCol = grid.originCol ?? 1;
  const rows = [...grid.rows];
  const copied = new Set<number>();
  const valueAt = (row: number, col: number): CellValue => grid.rows[row - originRow]?.[col - originCol] ?? null;
  const set = (row: number, col: number, value: CellValue) => {
    const i = row - originRow;
    const j = col - originCol;
    if (i < 0 || i >= rows.length || j < 0) return;
    if (!copied.has(i)) {
      rows[i] = [...(rows[i] ?? [])];
      copied.add(i);
    }
    const line = rows[i] as CellValue[];
    if (value === null && j >= line.length) return;
    while (line.length < j) line.push(null);
    line[j] = value;
  };
  for (const merge of grid.merges) visit(merge, set, valueAt);
  return { ...grid, rows };
}
