/**
 * Grid → positions: one position per data row of a formation sheet. Blank rows, section title
 * rows and totals rows are skipped (and remembered, so nothing is silently lost).
 */
import { compactKey } from "../text/normalize";
import { FIELDS, type ColumnMap, type Field } from "./columns";
import { cellText, isCellError, isEmptyCell, type CellValue, type Grid } from "./grid";
import { detectHeader, type HeaderDetection } from "./header-detection";
import {
  parseNumber,
  parseScale,
  parseText,
  parseYesNo,
  type NumberReading,
  type ScaleReading,
  type TextReading,
  type YesNoReading,
} from "./value-parsing";

/** The raw cell behind a field of a position. */
export interface FieldCell {
  col: number;
  raw: CellValue;
}

export interface Position {
  /** 1-based sheet row. */
  row: number;
  hidden: boolean;
  cells: Partial<Record<Field, FieldCell>>;
  cluster: TextReading;
  /** Set when the cluster comes from a section heading row above, not from a cell of this row. */
  inheritedCluster?: string;
  title: TextReading;
  normfunctie: TextReading;
  scale: ScaleReading;
  fte: NumberReading;
  hours: NumberReading;
  employee: TextReading;
  personnelNumber: TextReading;
  coordination: YesNoReading;
  explanation: TextReading;
  currentFunction: TextReading;
  currentScale: ScaleReading;
  /** FTE of this row for sums: the FTE column, else hours / full-time hours; null when unusable or outside (0, 1]. */
  effectiveFte: number | null;
}

export type SkipReason = "blank" | "totals" | "section";

export interface FormatieSheet {
  sheet: string;
  header: HeaderDetection;
  columns: ColumnMap;
  positions: Position[];
  skipped: { row: number; reason: SkipReason }[];
  /** Last data row of the sheet (1-based), for bounds. */
  lastRow: number;
  lastCol: number;
}

export type ReadResult =
  | { ok: true; sheet: FormatieSheet }
  | { ok: false; sheet: string; problem: "no-header" | "missing-column" | "empty"; missing?: Field[]; header?: HeaderDetection };

export interface ReadOptions {
  /** Hours of a full-time week, to turn hours into FTE (from the functieboek's policies). */
  fullTimeHours: number;
  /** An explicit column map (from the user), overriding detection. Needs `headerRow` too. */
  columns?: ColumnMap;
  headerRow?: number;
}

const TOTALS = /^(sub)?tota(a)?l|^grandtotal|^eindtotaal|^som$/;

export function readFormatie(grid: Grid, options: ReadOptions): ReadResult {
  const originRow = grid.originRow ?? 1;
  const originCol = grid.originCol ?? 1;
  const lastRow = originRow + grid.rows.length - 1;
  const lastCol = originCol + Math.max(0, ...grid.rows.map((r) => r.length)) - 1;
  if (grid.rows.every((r) => r.every((v) => isEmptyCell(v)))) return { ok: false, sheet: grid.sheet, problem: "empty" };

  let header: HeaderDetection | undefined;
  if (options.columns && options.headerRow !== undefined) {
    header = { headerRow: options.headerRow, columns: options.columns, labels: new Map(), duplicates: [] };
  } else {
    header = detectHeader(grid);
    if (header && options.columns) header = { ...header, columns: { ...header.columns, ...options.columns } };
  }
  if (!header) return { ok: false, sheet: grid.sheet, problem: "no-header" };
  const columns = header.columns;
  const missing: Field[] = [];
  if (columns.title === undefined && columns.normfunctie === undefined) missing.push("title");
  if (columns.fte === undefined && columns.hours === undefined) missing.push("fte");
  if (missing.length > 0) return { ok: false, sheet: grid.sheet, problem: "missing-column", missing, header };

  const mapped = FIELDS.filter((f) => columns[f] !== undefined);
  const positions: Position[] = [];
  const skipped: FormatieSheet["skipped"] = [];
  let sectionCluster: string | undefined;

  for (let i = header.headerRow - originRow + 1; i < grid.rows.length; i++) {
    const values = grid.rows[i] ?? [];
    const row = originRow + i;
    const nonEmpty = values.filter((v) => !isEmptyCell(v));
    if (nonEmpty.length === 0) {
      skipped.push({ row, reason: "blank" });
      continue;
    }
    const cellAt = (col: number | undefined): CellValue => (col === undefined ? null : (values[col - originCol] ?? null));
    const texts = nonEmpty.filter((v): v is string => typeof v === "string");
    if (texts.some((t) => TOTALS.test(compactKey(t)))) {
      skipped.push({ row, reason: "totals" });
      continue;
    }
    const filled = (field: Field) => !isEmptyCell(cellAt(columns[field]));
    // A position names a function, a person or a scale; a cluster alone is a section heading,
    // unless the row also gives a size.
    const describes =
      (["title", "normfunctie", "employee", "personnelNumber", "scale"] as const).some(filled) ||
      (filled("cluster") && (filled("fte") || filled("hours")));
    if (!describes) {
      // Only numbers: a sum row. One lone text outside the mapped columns: a section heading.
      if (texts.length === 1 && nonEmpty.length === 1) {
        sectionCluster = (texts[0] ?? "").trim();
        skipped.push({ row, reason: "section" });
      } else {
        skipped.push({ row, reason: texts.length === 0 ? "totals" : "section" });
      }
      continue;
    }
    const cells: Partial<Record<Field, FieldCell>> = {};
    for (const field of mapped) {
      const col = columns[field] as number;
      cells[field] = { col, raw: cellAt(col) };
    }
    const raw = (field: Field) => cellAt(columns[field]);
    const fte = parseNumber(raw("fte"));
    const hours = parseNumber(raw("hours"));
    const cluster = parseText(raw("cluster"));
    const position: Position = {
      row,
      hidden: grid.hiddenRows?.has(row) ?? false,
      cells,
      cluster,
      title: parseText(raw("title")),
      normfunctie: parseText(raw("normfunctie")),
      scale: parseScale(raw("scale")),
      fte,
      hours,
      employee: parseText(raw("employee")),
      personnelNumber: parseText(raw("personnelNumber")),
      coordination: parseYesNo(raw("coordination")),
      explanation: parseText(raw("explanation")),
      currentFunction: parseText(raw("currentFunction")),
      currentScale: parseScale(raw("currentScale")),
      effectiveFte: effectiveFte(fte, hours, options.fullTimeHours),
    };
    if (cluster.kind === "empty" && sectionCluster !== undefined) position.inheritedCluster = sectionCluster;
    positions.push(position);
  }
  return { ok: true, sheet: { sheet: grid.sheet, header, columns, positions, skipped, lastRow, lastCol } };
}

/**
 * FTE of one row for sums: the FTE column, else hours / full-time hours. A value outside
 * (0, 1] is reported by its rule and left out of every sum (an "80" meant as 80 % must not
 * inflate a function's total to 80 FTE).
 */
function effectiveFte(fte: NumberReading, hours: NumberReading, fullTimeHours: number): number | null {
  let value: number | null = null;
  if (fte.kind === "ok") value = fte.value;
  else if (fte.kind === "empty" && hours.kind === "ok") value = hours.value / fullTimeHours;
  if (value === null || value <= 0 || value > 1 + MAX_ROW_FTE_SLACK) return null;
  return value;
}

/** Rounding slack above 1.0 FTE for one row (e.g. 36.1 hours typed for 36). */
const MAX_ROW_FTE_SLACK = 0.005;

/** The cluster a position belongs to: its own cell, else the section heading above it. */
export function clusterText(position: Position): string | undefined {
  return position.cluster.kind === "ok" ? position.cluster.value : position.inheritedCluster;
}

/** Every field cell of a position that holds an Excel error value. */
export function errorCells(position: Position): { field: Field; col: number; error: string }[] {
  const found: { field: Field; col: number; error: string }[] = [];
  for (const field of FIELDS) {
    const cell = position.cells[field];
    if (cell && isCellError(cell.raw)) found.push({ field, col: cell.col, error: cellText(cell.raw) });
  }
  return found;
}
