/**
 * The messages between the pane and its check engine. The engine holds the sheet's grid and the
 * book and runs the core (validation, tables); it runs in a Web Worker in Excel, so a 50,000-row
 * check never blocks the pane, and in the pane's own thread in tests and where no worker starts.
 * Everything here is plain data that survives `postMessage` (structured clone).
 */
import type { BudgetTotals } from "../../core/budget/formation-budget";
import type { BudgetSettings } from "../../core/budget/salary-cost";
import type { SalaryMeasure } from "../../core/budget/salary-measures";
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import type { Finding } from "../../core/findings";
import type { ColumnMap } from "../../core/formatie/columns";
import type { CellValue, MergedRange } from "../../core/formatie/grid";
import type { Functieboek } from "../../core/functieboek/schema";
import type { Language, Localized } from "../../core/localized";
import type { DataTable } from "../../core/plaatsing/data-table";
import type { ValidationSummary } from "../../core/rules/engine";

/** A header row with the column of each field (1-based sheet row and columns). */
export interface ColumnChoice {
  headerRow: number;
  columns: ColumnMap;
}

/** A validation result without the positions (they stay in the engine). */
export interface CheckOutcome {
  sheet: string;
  usable: boolean;
  findings: Finding[];
  summary: ValidationSummary;
  /** The header row and columns the check used; absent when no header was found. */
  header?: ColumnChoice;
}

/** One bar pair of the pane's chart: a cluster's formation (the book's indicative size) and what is filled. */
export interface ClusterBar {
  /** The cluster's name; "" for rows without a cluster. */
  name: string;
  formationFte: number | null;
  filledFte: number;
}

export interface TablesOptions {
  salaryTable: SalaryTable;
  budget: Partial<BudgetSettings>;
  /** The begrotingsjaar; absent: the year of `date`. */
  year?: number;
  /** The user's own expected raises. */
  ownMeasures?: SalaryMeasure[];
  /** The date the tables are made (ISO): the date of the calculation. */
  date: string;
  language: Language;
}

/** One line of the pane's budget overview: a cluster, or the formation no row of the sheet stands for. */
export interface BudgetLine {
  /** The cluster's name; "" for rows without a cluster; null for the formation without a row. */
  name: string | null;
  budgetedFte: number;
  budgeted: number;
  filledFte: number;
  filledCost: number;
  difference: number;
}

/** What the pane shows of the formation budget: totals, per cluster, and its warnings (raming, out of date). */
export interface BudgetSummary {
  year: number;
  estimated: boolean;
  warnings: Localized[];
  totals: BudgetTotals;
  clusters: BudgetLine[];
}

export interface TablesOutcome {
  /** False when the sheet could not be read as a formation sheet. */
  usable: boolean;
  tables: DataTable[];
  clusters: ClusterBar[];
  budget?: BudgetSummary;
}

export type CheckRequest =
  | { type: "set-book"; book: Functieboek }
  | { type: "start-grid"; sheet: string; originRow: number; originCol: number; rowCount: number; hiddenRows: number[]; merges: MergedRange[] }
  | { type: "grid-rows"; offset: number; rows: CellValue[][] }
  /** Replaces rows from `firstRow` on (1-based sheet rows), aligned to the grid's first column. */
  | { type: "patch-rows"; firstRow: number; rows: CellValue[][]; hidden: boolean[] }
  /** The salary table the treden are checked against (absent: the bundled one). */
  | { type: "validate"; columns?: ColumnChoice; salaryTable?: SalaryTable }
  | { type: "build-tables"; columns?: ColumnChoice; options: TablesOptions };

export type CheckReply =
  | { type: "done" }
  | { type: "validated"; outcome: CheckOutcome }
  | { type: "tables"; outcome: TablesOutcome }
  | { type: "failed"; message: string };

/** A message to or from a worker, with the id that pairs a reply with its request. */
export interface Envelope<T> {
  id: number;
  body: T;
}
