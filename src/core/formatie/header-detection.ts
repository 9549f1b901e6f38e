/**
 * Finding the header row of a formation sheet and which column holds which field.
 * Title rows, merged title cells and blank rows may come before the header; a two-row header
 * (a merged group label above the column labels, such as "Functie" over "Nieuw" and "Huidig") is
 * read as one.
 */
import { FIELD_LABELS, FIELDS, type ColumnMap, type Field } from "./columns";
import { cellText, isEmptyCell, type Grid } from "./grid";
import { labelLookup } from "./label-lookup";
import { withMergedLabels } from "./merged-cells";

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderDetection {
  /** 1-based sheet row of the header (the lower row of a two-row header). */
  headerRow: number;
  columns: ColumnMap;
  /** The header label of every non-empty header column, by 1-based sheet column. */
  labels: Map<number, string>;
  /** Fields whose label appears in more than one column: the first column is used. */
  duplicates: { field: Field; columns: number[] }[];
}

const LABELS = labelLookup(FIELDS.map((field) => ({ value: field, labels: FIELD_LABELS[field] })));

/** The field a header label names, if any: exact label first, then a known label inside it. */
export function fieldOfLabel(label: string): Field | undefined {
  return LABELS.find(label);
}

/** The field a label names exactly (as a whole label, not a word inside it). */
function exactField(label: string): Field | undefined {
  return LABELS.exact(label);
}

/**
 * True when row `index` is the lower row of a two-row header: only text, every label a column name
 * on its own or, with the group label above it, exactly a known column name ("Schaal" + "Huidig" =
 * "Schaal (huidig)"), and at least one label that needs the group label. A data row under a header
 * never qualifies: it holds numbers, or values that are no column names.
 */
function isLowerHeaderRow(grid: Grid, index: number, labels: string[], above: string[]): boolean {
  const cells = grid.rows[index] ?? [];
  if (cells.some((v) => !isEmptyCell(v) && typeof v !== "string")) return false;
  let needsGroup = false;
  for (const [j, label] of labels.entries()) {
    if (label.trim() === "" || fieldOfLabel(label)) continue;
    const up = above[j] ?? "";
    if (up.trim() === "" || !exactField(`${up} ${label}`)) return false;
    needsGroup = true;
  }
  return needsGroup;
}

function rowLabels(grid: Grid, index: number): string[] {
  return (grid.rows[index] ?? []).map((v) => (typeof v === "string" ? v : isEmptyCell(v) ? "" : typeof v === "number" ? "" : cellText(v)));
}

/** Maps one row of labels to fields; the score is the number of distinct fields named. */
function mapRow(labels: string[], originCol: number): { columns: ColumnMap; duplicates: Map<Field, number[]>; score: number } {
  const columns: ColumnMap = {};
  const duplicates = new Map<Field, number[]>();
  let score = 0;
  labels.forEach((label, j) => {
    const field = fieldOfLabel(label);
    if (!field) return;
    const col = originCol + j;
    if (columns[field] === undefined) {
      columns[field] = col;
      score++; // distinct fields: a label repeated is no better header
    }
    else duplicates.set(field, [...(duplicates.get(field) ?? [columns[field] as number]), col]);
  });
  return { columns, duplicates, score };
}

/** Searches the first rows for the header. Undefined when no row names a function and a size column. */
export function detectHeader(sheet: Grid): HeaderDetection | undefined {
  const originRow = sheet.originRow ?? 1;
  const grid = withMergedLabels(sheet, originRow + HEADER_SEARCH_ROWS - 1);
  const originCol = grid.originCol ?? 1;
  let best: (ReturnType<typeof mapRow> & { index: number; labels: string[] }) | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    let labels = rowLabels(grid, i);
    let mapped = mapRow(labels, originCol);
    if (i > 0) {
      // Two-row header: fill this row's empty cells from the row above (a merged group label),
      // and try "group label + column label" where a column label alone names nothing.
      const above = rowLabels(grid, i - 1);
      const combined = Array.from({ length: Math.max(labels.length, above.length) }, (_, j) => {
        const label = labels[j] ?? "";
        const up = above[j] ?? "";
        if (label.trim() === "") return up;
        if (!fieldOfLabel(label) && up.trim() !== "" && fieldOfLabel(`${up} ${label}`)) return `${up} ${label}`;
        return label;
      });
      const combinedMapped = mapRow(combined, originCol);
      const lowerHeader = combinedMapped.score > mapped.score && (mapped.score >= 2 || isLowerHeaderRow(grid, i, labels, above));
      if (lowerHeader) {
        labels = combined;
        mapped = combinedMapped;
      }
    }
    const usable = (mapped.columns.title !== undefined || mapped.columns.normfunctie !== undefined) && mapped.score >= 2;
    if (usable && (!best || mapped.score > best.score)) best = { ...mapped, index: i, labels };
  }
  if (!best) return undefined;
  const labels = new Map<number, string>();
  best.labels.forEach((label, j) => {
    if (label.trim() !== "") labels.set(originCol + j, label.trim());
  });
  return {
    headerRow: originRow + best.index,
    columns: best.columns,
    labels,
    duplicates: [...best.duplicates].map(([field, columns]) => ({ field, columns })),
  };
}
