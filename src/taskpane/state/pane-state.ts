/**
 * The task pane's state and the one reducer that changes it. Pure data: what the tabs show.
 * Services (src/taskpane/services/) do the work and dispatch these actions.
 */
import type { EmployerChargesBase } from "../../core/budget/salary-cost";
import type { SalaryMeasure } from "../../core/budget/salary-measures";
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import type { Severity } from "../../core/findings";
import type { Language, Localized } from "../../core/localized";
import type { MutatieTotals } from "../../core/mutaties/compare-formaties";
import type { DataTable } from "../../core/plaatsing/data-table";
import type { CellBefore, WriteTablesResult } from "../../core/workbook-port";
import type { UiText } from "../i18n";
import type { LoadedBook } from "../services/book-service";
import type { BudgetSummary, CheckOutcome, ClusterBar, ColumnChoice } from "../services/check-protocol";
import type { EntryListField } from "../services/entry-lists";
import type { Progress, SheetView } from "../services/validation-service";

export type Phase = "starting" | "ready" | "no-workbook";

/** Operations that run one at a time per kind; a button shows busy while its operation runs. */
export type Operation = "validate" | "live" | "selection" | "mark" | "clear" | "apply" | "accept" | "tables" | "entryLists" | "book" | "salary" | "columns" | "compare";

export interface ProblemReport {
  /** Which file, or the workbook's own book. */
  intro: UiText;
  problems: { path: string; message: { nl: string; en: string } }[];
}

export interface InstalledEntryLists {
  sheet: string;
  firstRow: number;
  lastRow: number;
  lists: { field: EntryListField; column: number; count: number }[];
  skipped: EntryListField[];
}

/** What the Functieboek tab shows: a function the user chose, or the one of the row selected in the sheet. */
export interface BookSelection {
  functionIndex?: number;
  fromSheet?: { sheet: string; row: number; title?: string; found: boolean };
}

/** Where the salary table in use comes from: the bundled one, a JSON file imported, or the workbook's sheet "Salaristabel". */
export type SalarySource = "bundled" | "file" | "sheet";

export interface PlaatsingState {
  /** Werkgeverslasten in percent (30 = 30 %). */
  werkgeverslasten: number;
  /** What the werkgeverslasten are a percentage of. */
  chargesBase: EmployerChargesBase;
  /** "max": the scale maximum; a number: that step (trede). */
  salaryStep: number | "max";
  /** The begrotingsjaar chosen; absent: the current year. */
  begrotingsjaar?: number;
  /** The year of today (the default begrotingsjaar). */
  currentYear: number;
  /** The user's own expected raises, in date order. */
  ownMeasures: SalaryMeasure[];
  salaryTable?: SalaryTable;
  /** The highest step every scale of the salary table has. */
  salaryMaxStep: number;
  salarySource: SalarySource;
  salaryProblems?: ProblemReport;
  written?: WriteTablesResult;
  clusters?: ClusterBar[];
  /** The budget of the last generation: totals, per cluster, warnings. */
  budget?: BudgetSummary;
  /** The Overzicht sheet of the last generation, as the core made it (the tab shows it). */
  overview?: DataTable;
  /** The last generation found no formation sheet. */
  unusable?: boolean;
}

/** What the Vergelijk tab shows of a comparison: the two sheets and the totals of the Mutaties. */
export interface VergelijkResult {
  oldSheet: string;
  newSheet: string;
  /** The other formation's file, where it is another file. */
  otherFile?: string;
  otherIs: "old" | "new";
  totals: MutatieTotals;
  /** The begrotingsjaar the costs are priced in, as in the Formatiebudget. */
  year: number;
  /** The Formatiebudget's warnings about the prices (a raming, amounts out of date). */
  warnings: Localized[];
  notes: Localized[];
}

export interface VergelijkState {
  /** Compare with another sheet of this workbook, or (file mode) with a sheet of another file. */
  source: "workbook" | "file";
  /** The sheet chosen to compare with (absent: the tab's first suggestion). */
  otherSheet?: string;
  /** The other file opened to compare with: its name and the sheets that look like a formation. */
  otherFile?: { name: string; sheets: string[] };
  /** Which formation the other sheet is. */
  otherIs: "old" | "new";
  result?: VergelijkResult;
  /** Why the last comparison could not be made. */
  problem?: Localized;
  written?: WriteTablesResult;
}

/** A suggestion the user applied in this session, and what the cell held before (for "Ongedaan maken"). */
export interface AppliedFix {
  id: number;
  sheet: string;
  cell: string;
  /** The cell's row (1-based), checked again after the fix and after its undoing. */
  row: number;
  /** What the tool wrote. */
  value: string | number;
  before: CellBefore;
  undone: boolean;
}

export interface PaneState {
  phase: Phase;
  language: Language;
  sheets: string[];
  /** The sheet checked (the active sheet at start). */
  sheet?: string;
  book?: LoadedBook;
  bookProblems?: ProblemReport;
  bookSelection: BookSelection;
  outcome?: CheckOutcome;
  view?: SheetView;
  filter: Record<Severity, boolean>;
  live: { enabled: boolean; available: boolean };
  /** Column mappings the user set, per sheet (kept in the workbook). */
  columns: Record<string, ColumnChoice>;
  plaatsing: PlaatsingState;
  vergelijk: VergelijkState;
  entryLists?: InstalledEntryLists;
  busy: Partial<Record<Operation, boolean>>;
  progress?: { operation: Operation; progress: Progress };
  error?: UiText;
  notice?: UiText;
  /** The pane works on a file in the browser (no live workbook: nothing is "in het werkblad"). */
  fileMode: boolean;
  /** Whether the tool's marks are in the workbook, as far as this session knows (undefined: not known). */
  marksPresent?: boolean;
  /** The session's applied suggestions, newest first. */
  fixes: AppliedFix[];
  /** The fix the last notice is about ("Ongedaan maken" next to it). */
  noticeFix?: number;
  /**
   * The workbook has changes the tool made that were not saved yet (file mode: not downloaded):
   * applied or undone suggestions, generated tables, entry lists.
   */
  unsaved: boolean;
}

export type PaneAction =
  | {
      type: "started";
      language: Language;
      sheets: string[];
      sheet?: string;
      book: LoadedBook;
      bookProblems?: ProblemReport;
      columns: Record<string, ColumnChoice>;
      liveEnabled: boolean;
      liveAvailable: boolean;
      werkgeverslasten: number;
      salaryStep: number | "max";
      chargesBase: EmployerChargesBase;
      begrotingsjaar?: number;
      currentYear: number;
      ownMeasures: SalaryMeasure[];
    }
  | { type: "no-workbook"; language: Language }
  | { type: "language"; language: Language }
  | { type: "sheets"; sheets: string[] }
  | { type: "sheet"; sheet: string }
  | { type: "busy"; operation: Operation; busy: boolean }
  | { type: "progress"; operation: Operation; progress?: Progress }
  | { type: "view"; view: SheetView }
  | { type: "checked"; outcome: CheckOutcome }
  | { type: "filter"; severity: Severity; shown: boolean }
  | { type: "live"; enabled: boolean }
  | { type: "book"; book: LoadedBook }
  | { type: "book-problems"; report?: ProblemReport }
  | { type: "book-selection"; selection: BookSelection }
  | { type: "columns"; sheet: string; choice?: ColumnChoice }
  | { type: "plaatsing-settings"; werkgeverslasten?: number; salaryStep?: number | "max"; chargesBase?: EmployerChargesBase; ownMeasures?: SalaryMeasure[] }
  /** The begrotingsjaar; undefined: the current year. */
  | { type: "begrotingsjaar"; year: number | undefined }
  | { type: "salary-table"; table: SalaryTable; maxStep: number; source: SalarySource }
  | { type: "salary-problems"; report?: ProblemReport }
  | { type: "tables"; written?: WriteTablesResult; clusters: ClusterBar[]; budget?: BudgetSummary; overview?: DataTable; unusable: boolean }
  | { type: "entry-lists"; installed?: InstalledEntryLists }
  | { type: "vergelijk-settings"; source?: VergelijkState["source"]; otherSheet?: string; otherIs?: VergelijkState["otherIs"] }
  | { type: "vergelijk-file"; file: { name: string; sheets: string[] }; otherSheet?: string }
  | { type: "vergelijk-result"; result?: VergelijkResult; problem?: Localized; written?: WriteTablesResult }
  | { type: "error"; error?: UiText }
  | { type: "notice"; notice?: UiText; fix?: number }
  | { type: "fix-applied"; fix: AppliedFix }
  | { type: "fix-undone"; id: number }
  | { type: "unsaved"; unsaved: boolean }
  | { type: "marks"; present: boolean };

export function initialPaneState(language: Language, fileMode = false): PaneState {
  return {
    fileMode,
    phase: "starting",
    language,
    sheets: [],
    bookSelection: {},
    filter: { error: true, warning: true, info: true },
    live: { enabled: false, available: false },
    columns: {},
    plaatsing: { werkgeverslasten: 30, chargesBase: "salary-and-ikb", salaryStep: "max", currentYear: new Date().getFullYear(), ownMeasures: [], salaryMaxStep: 0, salarySource: "bundled" },
    vergelijk: { source: "workbook", otherIs: "old" },
    busy: {},
    fixes: [],
    unsaved: false,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started":
      return {
        ...state,
        phase: "ready",
        language: action.language,
        sheets: action.sheets,
        ...(action.sheet !== undefined ? { sheet: action.sheet } : {}),
        book: action.book,
        ...(action.bookProblems ? { bookProblems: action.bookProblems } : {}),
        columns: action.columns,
        live: { enabled: action.liveEnabled && action.liveAvailable, available: action.liveAvailable },
        plaatsing: {
          ...withoutYear(state.plaatsing),
          werkgeverslasten: action.werkgeverslasten,
          salaryStep: action.salaryStep,
          chargesBase: action.chargesBase,
          currentYear: action.currentYear,
          ownMeasures: action.ownMeasures,
          ...(action.begrotingsjaar !== undefined ? { begrotingsjaar: action.begrotingsjaar } : {}),
        },
      };
    case "no-workbook":
      return { ...state, phase: "no-workbook", language: action.language };
    case "language":
      return { ...state, language: action.language };
    case "sheets":
      return { ...state, sheets: action.sheets };
    case "sheet":
      if (state.sheet === action.sheet) return state;
      // Findings, tables and entry lists belong to the sheet they were made for.
      return { ...withoutSheetResults(state), sheet: action.sheet };
    case "busy":
      return { ...state, busy: { ...state.busy, [action.operation]: action.busy } };
    case "progress": {
      if (action.progress) return { ...state, progress: { operation: action.operation, progress: action.progress } };
      if (state.progress?.operation !== action.operation) return state;
      const { progress: _cleared, ...rest } = state;
      return rest;
    }
    case "view":
      return { ...state, view: action.view };
    case "checked":
      return { ...state, outcome: action.outcome };
    case "filter":
      return { ...state, filter: { ...state.filter, [action.severity]: action.shown } };
    case "live":
      return { ...state, live: { ...state.live, enabled: action.enabled && state.live.available } };
    case "book":
      return { ...state, book: action.book, bookSelection: {} };
    case "book-problems": {
      if (action.report) return { ...state, bookProblems: action.report };
      const { bookProblems: _cleared, ...rest } = state;
      return rest;
    }
    case "book-selection":
      return { ...state, bookSelection: action.selection };
    case "columns": {
      const columns = { ...state.columns };
      if (action.choice) columns[action.sheet] = action.choice;
      else delete columns[action.sheet];
      return { ...state, columns };
    }
    case "plaatsing-settings":
      return {
        ...state,
        plaatsing: {
          ...state.plaatsing,
          ...(action.werkgeverslasten !== undefined ? { werkgeverslasten: action.werkgeverslasten } : {}),
          ...(action.salaryStep !== undefined ? { salaryStep: action.salaryStep } : {}),
          ...(action.chargesBase !== undefined ? { chargesBase: action.chargesBase } : {}),
          ...(action.ownMeasures !== undefined ? { ownMeasures: action.ownMeasures } : {}),
        },
      };
    case "begrotingsjaar":
      return { ...state, plaatsing: { ...withoutYear(state.plaatsing), ...(action.year !== undefined ? { begrotingsjaar: action.year } : {}) } };
    case "salary-table":
      return { ...state, plaatsing: { ...state.plaatsing, salaryTable: action.table, salaryMaxStep: action.maxStep, salarySource: action.source } };
    case "salary-problems": {
      const { salaryProblems: _cleared, ...plaatsing } = state.plaatsing;
      return { ...state, plaatsing: action.report ? { ...plaatsing, salaryProblems: action.report } : plaatsing };
    }
    case "tables": {
      const { written: _w, budget: _b, overview: _o, ...plaatsing } = state.plaatsing;
      return {
        ...state,
        plaatsing: {
          ...plaatsing,
          ...(action.written ? { written: action.written } : {}),
          ...(action.budget ? { budget: action.budget } : {}),
          ...(action.overview ? { overview: action.overview } : {}),
          clusters: action.clusters,
          unusable: action.unusable,
        },
      };
    }
    case "entry-lists": {
      if (action.installed) return { ...state, entryLists: action.installed };
      const { entryLists: _cleared, ...rest } = state;
      return rest;
    }
    case "vergelijk-settings": {
      // Another sheet or source makes the last comparison a comparison of something else.
      const { result: _r, problem: _p, written: _w, ...vergelijk } = state.vergelijk;
      return {
        ...state,
        vergelijk: {
          ...vergelijk,
          ...(action.source !== undefined ? { source: action.source } : {}),
          ...(action.otherSheet !== undefined ? { otherSheet: action.otherSheet } : {}),
          ...(action.otherIs !== undefined ? { otherIs: action.otherIs } : {}),
        },
      };
    }
    case "vergelijk-file": {
      const { result: _r, problem: _p, written: _w, otherSheet: _s, ...vergelijk } = state.vergelijk;
      return { ...state, vergelijk: { ...vergelijk, source: "file", otherFile: action.file, ...(action.otherSheet !== undefined ? { otherSheet: action.otherSheet } : {}) } };
    }
    case "vergelijk-result": {
      const { result: _r, problem: _p, written: _w, ...vergelijk } = state.vergelijk;
      return {
        ...state,
        vergelijk: { ...vergelijk, ...(action.result ? { result: action.result } : {}), ...(action.problem ? { problem: action.problem } : {}), ...(action.written ? { written: action.written } : {}) },
      };
    }
    case "error": {
      if (action.error) return { ...state, error: action.error };
      const { error: _cleared, ...rest } = state;
      return rest;
    }
    case "notice": {
      const { notice: _cleared, noticeFix: _fix, ...rest } = state;
      if (!action.notice) return rest;
      return { ...rest, notice: action.notice, ...(action.fix !== undefined ? { noticeFix: action.fix } : {}) };
    }
    case "fix-applied":
      return { ...state, fixes: [action.fix, ...state.fixes] };
    case "fix-undone":
      return { ...state, fixes: state.fixes.map((f) => (f.id === action.id ? { ...f, undone: true } : f)) };
    case "marks":
      return { ...state, marksPresent: action.present };
    case "unsaved":
      return state.unsaved === action.unsaved ? state : { ...state, unsaved: action.unsaved };
  }
}

function withoutSheetResults(state: PaneState): PaneState {
  const { outcome: _o, view: _v, entryLists: _e, ...rest } = state;
  const { written: _w, clusters: _c, unusable: _u, budget: _b, overview: _ov, ...plaatsing } = state.plaatsing;
  const { result: _r, problem: _p, written: _vw, ...vergelijk } = state.vergelijk;
  return { ...rest, plaatsing, vergelijk };
}

function withoutYear(plaatsing: PlaatsingState): PlaatsingState {
  const { begrotingsjaar: _year, ...rest } = plaatsing;
  return rest;
}
