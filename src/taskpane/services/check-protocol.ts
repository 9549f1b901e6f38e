/**
 * The messages between the pane and its check engine. The engine holds the sheet's grid, the book
 * and the salary table, each sent when it changes, and runs the core (validation, tables); it runs
 * in a Web Worker in Excel, so a 50,000-row check never blocks the pane, and in the pane's own
 * thread in tests and where no worker starts.
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
import type { MutatieTotals } from "../../core/mutaties/compare-formaties";
import type { DataTable } from "../../core/plaatsing/data-table";
import type { ValidationSummary } from "../../core/rules/engine";
import type { PackedTables } from "./packed-tables";

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

/** What the Formatiebudget is priced with (the Plaatsing tab's settings); the Mutaties are priced with the same. */
export interface BudgetInputs {
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

export type TablesOptions = BudgetInputs;

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
  /** The formation sheet the budget is made from (named on the line of formation without a row). */
  sheet: string;
  year: number;
  estimated: boolean;
  warnings: Localized[];
  totals: BudgetTotals;
  clusters: BudgetLine[];
}

/** What the engine builds for "Genereer tabellen". */
export interface TablesOutcome {
  /** False when the sheet could not be read as a formation sheet. */
  usable: boolean;
  tables: DataTable[];
  clusters: ClusterBar[];
  budget?: BudgetSummary;
}

/**
 * The same as it reaches the pane: the tables packed (packed-tables.ts), to be written without
 * being taken apart on the pane's thread; the Overzicht as it is, for the pane to show.
 */
export interface PackedTablesOutcome extends Omit<TablesOutcome, "tables"> {
  tables: PackedTables;
  overview?: DataTable;
}

/**
 * The engine holds two grids: the sheet the pane checks, and the other formation the Vergelijk
 * tab compares it with (another sheet, or a sheet of another file).
 */
export type GridSlot = "sheet" | "other";

/** Where one side of a comparison comes from, for the notes above the Mutaties tables. */
export interface CompareSource {
  sheet: string;
  /** The file, where the other formation is in another file. */
  file?: string;
}

/** Priced as the Formatiebudget: its salary table, begrotingsjaar, own raises and settings. */
export interface CompareOptions extends BudgetInputs {
  /** Which of the two the other formation is: the old one (the usual) or the new one. */
  otherIs: "old" | "new";
  sources: { sheet: CompareSource; other: CompareSource };
}

/** A sheet of a comparison that cannot be read as a formation: which, and the check's reason (the pane words it). */
export interface UnusableSheet {
  sheet: string;
  reason?: Localized;
}

export interface CompareOutcome {
  /** False when one of the two sheets cannot be read as a formation sheet (`unusable` says which and why). */
  usable: boolean;
  unusable?: UnusableSheet;
  oldSheet: string;
  newSheet: string;
  tables: DataTable[];
  totals?: MutatieTotals;
  /** The begrotingsjaar the costs are priced in. */
  year?: number;
  /** The Formatiebudget's warnings about the prices (a raming, amounts out of date). */
  warnings: Localized[];
  /** What the reader must know (a side without people, rows not read or not priced). */
  notes: Localized[];
}

/** The same as it reaches the pane: the Mutaties tables packed (packed-tables.ts). */
export interface PackedCompareOutcome extends Omit<CompareOutcome, "tables"> {
  tables: PackedTables;
}

export type CheckRequest =
  | { type: "set-book"; book: Functieboek }
  | { type: "start-grid"; sheet: string; originRow: number; originCol: number; rowCount: number; hiddenRows: number[]; merges: MergedRange[]; slot?: GridSlot }
  | { type: "grid-rows"; offset: number; rows: CellValue[][]; slot?: GridSlot }
  /** Replaces rows from `firstRow` on (1-based sheet rows), aligned to the grid's first column. */
  | { type: "patch-rows"; firstRow: number; rows: CellValue[][]; hidden: boolean[] }
  /** The salary table the treden are checked against from now on (absent: the bundled one); sent only when it changes. */
  | { type: "set-salary-table"; salaryTable?: SalaryTable }
  | { type: "validate"; columns?: ColumnChoice }
  | { type: "build-tables"; columns?: ColumnChoice; options: TablesOptions }
  /** Compares the sheet with the other grid; `otherColumns` is the user's mapping of the other sheet. */
  | { type: "compare"; columns?: ColumnChoice; otherColumns?: ColumnChoice; options: CompareOptions };

export type CheckReply =
  | { type: "done" }
  | { type: "validated"; outcome: CheckOutcome }
  | { type: "tables"; outcome: PackedTablesOutcome }
  | { type: "compared"; outcome: PackedCompareOutcome }
  | { type: "failed"; message: string };

export type { Envelope } from "./worker-channel";
