/**
 * What the pane's parts (book-actions, finding-actions, vergelijk-actions, plaatsing-settings)
 * are given by the controller: its dependencies, the state and how to change it, the one queue
 * that workbook work runs in, and the steps every action shares (read the sheet, check it, save
 * the add-in's state). No React here.
 */
import type { Grid } from "../../core/formatie/grid";
import type { SheetInfo, StoredState, WorkbookPort } from "../../core/workbook-port";
import type { Operation, PaneAction, PaneState } from "../state/pane-state";
import type { BookLoaders } from "./book-service";
import type { CheckEngine } from "./check-engine";
import type { ColumnChoice } from "./check-protocol";
import type { Download } from "./download";
import type { Timers } from "./live-validation";
import type { SalaryLoaders } from "./salary-service";
import type { OnProgress, ValidationService } from "./validation-service";

export interface PaneDependencies {
  /** The workbook; undefined outside Excel (the pane then says to open it in Excel). */
  port: WorkbookPort | undefined;
  engine: CheckEngine;
  books: BookLoaders;
  salaries: SalaryLoaders;
  download: Download;
  /** The workbook is a file in the browser, not one open in Excel (texts say "de kopie"). */
  fileMode?: boolean;
  /** The workbook's file name, where it is a file (file mode): names this side of a comparison with another file. */
  fileName?: string;
  /** Today as an ISO date (the tables' date). */
  today: () => string;
  liveDebounceMs?: number;
  timers?: Timers;
  /** How long a background operation waits before it tries again after Excel was busy. */
  backgroundRetryMs?: number;
  /** Opens another workbook file to compare with (file mode); absent where only this workbook's sheets can be compared. */
  openOtherFile?: (file: File) => Promise<CompareWorkbook>;
}

/** Another workbook file the Vergelijk tab reads a formation from (a FileWorkbook in file mode). */
export interface CompareWorkbook {
  readonly fileName: string;
  listSheets(): Promise<SheetInfo[]>;
  readSheet(name: string): Promise<Grid>;
  /** The sheets that look like a formation sheet, where the workbook can tell. */
  formationSheets?(): Promise<string[]>;
  /** Lets the file go when another takes its place (a file held by the file worker). */
  dispose?(): void;
}

export interface PaneHost {
  readonly deps: PaneDependencies;
  state(): PaneState;
  dispatch(action: PaneAction): void;
  /** Runs workbook work after the operations before it; a failure becomes a message. */
  run(operation: Operation, work: (port: WorkbookPort, validation: ValidationService) => Promise<void>, options?: { quiet?: boolean }): Promise<void>;
  progress(operation: Operation): OnProgress;
  /** Saves the add-in's state in the workbook (in order; a failure is shown). */
  save(update: (state: StoredState) => StoredState): Promise<void>;
  /** The add-in's state as last saved or loaded. */
  stored(): StoredState;
  /** True once the pane closed: no listeners are added then. */
  disposed(): boolean;
  /** Reads a sheet afresh (the book sent first). */
  loadSheet(validation: ValidationService, sheet: string, progress: OnProgress): Promise<void>;
  /** Checks the sheet as read and shows the outcome. */
  check(validation: ValidationService, sheet: string, progress: OnProgress): Promise<void>;
  /** The header of a sheet: the user's mapping, else what the last check or read found. */
  headerOf(sheet: string): ColumnChoice | undefined;
  refreshSheetList(port: WorkbookPort): Promise<void>;
}
