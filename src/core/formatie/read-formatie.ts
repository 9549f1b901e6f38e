/**
 * Grid → positions: one position per data row of a formation sheet. Blank rows, section title
 * rows and totals rows are skipped (and remembered, so nothing is silently lost).
 */
import { FIELDS, type ColumnMap, type Field } from "./columns";
import { cellText, isCellError, isEmptyCell, type CellValue, type Grid } from "./grid";
import { detectHeader, type HeaderDetection } from "./header-detection";
import { withMergedData } from "./merged-cells";
import {
  parseAmount,
  parseNumber,
  parseScale,
  parseStep,
  parseText,
  parseYesNo,
  type AmountReading,
  type NumberReading,
  type ScaleReading,
  type StepReading,
  type TextReading,
  type YesNoReading,
} from "./value-parsing";

export interface Position {
  /** 1-based sheet row. */
  row: number;
  hidden: boolean;
  /** The row's raw values as the grid holds them (shared, not copied); see `rawValue`. */
  values: readonly CellValue[];
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
  /** The employee's step (trede, periodiek) in the scale, where the sheet has the column. */
  step: StepReading;
  /** The employee's gross monthly salary for a full-time week, where the sheet has the column. */
  salary: AmountReading;
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
  /** 1-based sheet column of each row's first value. */
  originCol: number;
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

/** Labels of totals rows: "Totaal", "Subtotaal", "Total", "Grand total", "Eindtotaal", "Som". */
const TOTALS = /^\s*(?:sub\s*-?\s*)?tota(?:a)?l|^\s*grand\s*total|^\s*eind\s*totaal|^\s*som\s*[:.]?\s*$/i;

export function readFormatie(sheet: Grid, options: ReadOptions): ReadResult {
  let grid = sheet;
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
  grid = withMergedData(grid, header.headerRow);
  const columns = header.columns;
  const missing: Field[] = [];
  if (columns.title === undefined && columns.normfunctie === undefined) missing.push("title");
  if (columns.fte === undefined && columns.hours === undefined) missing.push("fte");
  if (missing.length > 0) return { ok: false, sheet: grid.sheet, problem: "missing-column", missing, header };

  const positions: Position[] = [];
  const skipped: FormatieSheet["skipped"] = [];
  let sectionCluster: string | undefined;

  const col = (field: Field): number | undefined => columns[field];
  // One reader per column: a column's repeated values (titles, clusters, scales, FTEs) are parsed
  // once and their readings shared, which keeps a 50,000-row sheet to a few objects per row.
  const read = {
    cluster: repeated(parseText),
    title: repeated(parseText),
    normfunctie: repeated(parseText),
    scale: repeated(parseScale),
    fte: repeated(parseNumber),
    hours: repeated(parseNumber),
    employee: repeated(parseText),
    personnelNumber: repeated(parseText),
    coordination: repeated(parseYesNo),
    explanation: repeated(parseText),
    currentFunction: repeated(parseText),
    currentScale: repeated(parseScale),
    step: repeated(parseStep),
    salary: repeated(parseAmount),
  };
  for (let i = header.headerRow - originRow + 1; i < grid.rows.length; i++) {
    const values = grid.rows[i] ?? [];
    const row = originRow + i;
    // One pass over the row: how many cells hold anything, how many hold text, and the first text.
    let filledCount = 0;
    let textCount = 0;
    let firstText: string | undefined;
    let totals = false;
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      if (isEmptyCell(value)) continue;
      filledCount++;
      if (typeof value === "string") {
        textCount++;
        firstText ??= value;
        if (!totals && TOTALS.test(value)) totals = true;
      }
    }
    if (filledCount === 0) {
      skipped.push({ row, reason: "blank" });
      continue;
    }
    if (totals) {
      skipped.push({ row, reason: "totals" });
      continue;
    }
    // A position names a function, a person or a scale; a cluster alone is a section heading,
    // unless the row also gives a size.
    const describes =
      isFilled(values, col("title"), originCol) ||
      isFilled(values, col("normfunctie"), originCol) ||
      isFilled(values, col("employee"), originCol) ||
      isFilled(values, col("personnelNumber"), originCol) ||
      isFilled(values, col("scale"), originCol) ||
      (isFilled(values, col("cluster"), originCol) && (isFilled(values, col("fte"), originCol) || isFilled(values, col("hours"), originCol)));
    if (!describes) {
      // Only numbers: a sum row. One lone text: a section heading (it may name the cluster).
      if (textCount === 1 && filledCount === 1) {
        sectionCluster = (firstText ?? "").trim();
        skipped.push({ row, reason: "section" });
      } else {
        skipped.push({ row, reason: textCount === 0 ? "totals" : "section" });
      }
      continue;
    }
    const fte = read.fte(valueAt(values, col("fte"), originCol));
    const hours = read.hours(valueAt(values, col("hours"), originCol));
    const cluster = read.cluster(valueAt(values, col("cluster"), originCol));
    const position: Position = {
      row,
      hidden: grid.hiddenRows?.has(row) ?? false,
      values,
      cluster,
      title: read.title(valueAt(values, col("title"), originCol)),
      normfunctie: read.normfunctie(valueAt(values, col("normfunctie"), originCol)),
      scale: read.scale(valueAt(values, col("scale"), originCol)),
      fte,
      hours,
      employee: read.employee(valueAt(values, col("employee"), originCol)),
      personnelNumber: read.personnelNumber(valueAt(values, col("personnelNumber"), originCol)),
      coordination: read.coordination(valueAt(values, col("coordination"), originCol)),
      explanation: read.explanation(valueAt(values, col("explanation"), originCol)),
      currentFunction: read.currentFunction(valueAt(values, col("currentFunction"), originCol)),
      currentScale: read.currentScale(valueAt(values, col("currentScale"), originCol)),
      step: read.step(valueAt(values, col("step"), originCol)),
      salary: read.salary(valueAt(values, col("salary"), originCol)),
      effectiveFte: effectiveFte(fte, hours, options.fullTimeHours),
    };
    if (cluster.kind === "empty" && sectionCluster !== undefined) position.inheritedCluster = sectionCluster;
    positions.push(position);
  }
  return { ok: true, sheet: { sheet: grid.sheet, header, columns, positions, skipped, originCol, lastRow, lastCol } };
}

/** Distinct values remembered per column; a column of unique values (names) stops being remembered there. */
const REPEATED_VALUES_LIMIT = 1_000;

/**
 * `parse` with the readings of text and number values remembered, for a column whose values repeat.
 * Readings are plain data that nothing changes, so rows with the same value share one.
 */
function repeated<R>(parse: (value: CellValue) => R): (value: CellValue) => R {
  const seen = new Map<string | number, R>();
  return (value) => {
    if (typeof value !== "string" && typeof value !== "number") return parse(value);
    let reading = seen.get(value);
    if (reading === undefined) {
      reading = parse(value);
      if (seen.size < REPEATED_VALUES_LIMIT) seen.set(value, reading);
    }
    return reading;
  };
}

function valueAt(values: readonly CellValue[], col: number | undefined, originCol: number): CellValue {
  return col === undefined ? null : (values[col - originCol] ?? null);
}

function isFilled(values: readonly CellValue[], col: number | undefined, originCol: number): boolean {
  return col !== undefined && !isEmptyCell(values[col - originCol]);
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

/** The raw value of a field's cell in a position's row (null where the sheet has no such column). */
export function rawValue(sheet: FormatieSheet, position: Position, field: Field): CellValue {
  return valueAt(position.values, sheet.columns[field], sheet.originCol);
}

/** Every field cell of a position that holds an Excel error value. */
export function errorCells(sheet: FormatieSheet, position: Position): { field: Field; col: number; error: string }[] {
  const found: { field: Field; col: number; error: string }[] = [];
  for (const field of FIELDS) {
    const col = sheet.columns[field];
    if (col === undefined) continue;
    const raw = valueAt(position.values, col, sheet.originCol);
    if (isCellError(raw)) found.push({ field, col, error: cellText(raw) });
  }
  return found;
}
