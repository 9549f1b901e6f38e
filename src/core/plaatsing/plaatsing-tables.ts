/**
 * The placement tables of one validated sheet, in the order they are handed out: the overview
 * first, then per function, per cluster and the list. The budget table comes from
 * `src/core/budget/` and needs a salary table besides.
 */
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { Language } from "../localized";
import type { ValidationResult } from "../rules/engine";
import type { ValidationSettings } from "../rules/rule";
import type { DataTable } from "./data-table";
import { buildOverviewTable } from "./overview-table";
import { buildPerClusterTable } from "./per-cluster-table";
import { buildPerFunctionTable } from "./per-function-table";
import { analysePlaatsing, type Plaatsing } from "./placement-analysis";
import { buildPlacementListTable } from "./placement-list-table";

export interface PlaatsingTablesOptions {
  /** The validation settings the sheet was checked with (tolerance, maxScaleDrop). */
  settings?: Partial<ValidationSettings>;
  /** The date the tables are made (ISO, YYYY-MM-DD). */
  date: string;
  language?: Language;
}

export interface PlaatsingTables {
  plaatsing: Plaatsing;
  overview: DataTable;
  perFunction: DataTable;
  perCluster: DataTable;
  list: DataTable;
}

/** Undefined when the sheet could not be read as a formation sheet (the result's findings say why). */
export function buildPlaatsingTables(result: ValidationResult, index: FunctieboekIndex, options: PlaatsingTablesOptions): PlaatsingTables | undefined {
  if (!result.formatie) return undefined;
  const language = options.language ?? "nl";
  const plaatsing = analysePlaatsing(result.formatie, index, options.settings);
  return {
    plaatsing,
    overview: buildOverviewTable(plaatsing, { bookName: index.book.name, date: options.date, findings: result.findings }, language),
    perFunction: buildPerFunctionTable(plaatsing, language),
    perCluster: buildPerClusterTable(plaatsing, language),
    list: buildPlacementListTable(plaatsing, language),
  };
}
