/**
 * What the pane does, as methods the components call: it drives the services (validation,
 * live checking, tables, entry lists) through the workbook port and dispatches to the store.
 * Workbook work runs one operation at a time; a failure becomes a message, never a crash. The
 * tabs' own actions are parts it hands a `PaneHost` (pane-host.ts): `book` (book-actions.ts),
 * `findings` (finding-actions.ts), `vergelijk` (vergelijk-actions.ts), `plaatsing`
 * (plaatsing-settings.ts). No React here.
 */
import type { Finding } from "../../core/findings";
import type { Field } from "../../core/formatie/columns";
import type { CellValue } from "../../core/formatie/grid";
import type { Language } from "../../core/localized";
import type { StoredState, WorkbookPort } from "../../core/workbook-port";
import { message, type UiText } from "../i18n";
import { initialPaneState, paneReducer, type Operation, type PaneAction, type PaneState } from "../state/pane-state";
import { visibleFindings } from "../state/findings-view";
import { Store } from "../state/store";
import { BookActions } from "./book-actions";
import { startBook } from "./book-service";
import type { RowChange } from "./changed-rows";
import type { ColumnChoice } from "./check-protocol";
import { EntryListActions } from "./entry-list-actions";
import { FindingActions } from "./finding-actions";
import { LIVE_DEBOUNCE_MS, LiveValidation, type Timers } from "./live-validation";
import type { PaneDependencies, PaneHost } from "./pane-host";
import { describeError } from "./port-errors";
import { writePackedTables } from "./packed-tables";
import { FileTooLargeError } from "./read-file";
import { ownMeasuresOf, PlaatsingSettings } from "./plaatsing-settings";
import { ValidationService, type OnProgress } from "./validation-service";
import { VergelijkActions } from "./vergelijk-actions";

/** The fields a finding's row is shown with, in this order. */
export const CONTEXT_FIELDS = ["employee", "title", "normfunctie", "scale", "fte", "cluster"] as const satisfies readonly Field[];

export interface RowFact {
  field: (typeof CONTEXT_FIELDS)[number];
  value: CellValue;
}

export type { CompareWorkbook, PaneDependencies } from "./pane-host";

/**
 * Failures of a moment: the user is typing in a cell (Excel refuses requests then, unless it can
 * hold them), or Excel is busy. Work the user did not ask for (live checks, following the
 * selection) tries again after a pause instead of showing an error bar.
 */
const MOMENTARY = new Set(["InvalidOperationInCellEditMode", "ActivityLimitReached", "RequestAborted", "ServiceNotAvailable"]);
const BACKGROUND_RETRY_MS = 1000;
/** Tries at most (about a minute of typing in one cell); after that the error shows. */
const BACKGROUND_TRIES = 60;

const defaultTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class PaneController {
  readonly store: Store<PaneState, PaneAction>;
  /** The Plaatsing tab's settings: budget, begrotingsjaar, own raises, salary table. */
  readonly plaatsing: PlaatsingSettings;
  /** The Functieboek tab: which book, the template, the selected row's function. */
  readonly book: BookActions;
  /** A finding's suggestion applied or undone, a finding accepted with a reason. */
  readonly findings: FindingActions;
  /** The Vergelijk tab: the other formation, the comparison, the Mutaties sheets. */
  readonly vergelijk: VergelijkActions;
  /** The Invoerlijsten tab: the book's dropdowns on the sheet, installed and removed. */
  readonly entryLists: EntryListActions;
  private readonly validation: ValidationService | undefined;
  private readonly live: LiveValidation | undefined;
  private stored: StoredState = { schemaVersion: 1 };
  private queue: Promise<unknown> = Promise.resolve();
  private saving: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly deps: PaneDependencies,
    language: Language,
  ) {
    this.store = new Store(paneReducer, initialPaneState(language, deps.fileMode ?? false));
    const host: PaneHost = {
      deps,
      state: () => this.state,
      dispatch: (action) => this.dispatch(action),
      run: (operation, work, options) => this.run(operation, work, options),
      progress: (operation) => this.progress(operation),
      save: (update) => this.save(update),
      stored: () => this.stored,
      disposed: () => this.disposed,
      loadSheet: (validation, sheet, progress) => this.loadSheet(validation, sheet, progress),
      check: (validation, sheet, progress) => this.check(validation, sheet, progress),
      headerOf: (sheet) => this.headerOf(sheet),
      refreshSheetList: (port) => this.refreshSheetList(port),
    };
    this.plaatsing = new PlaatsingSettings(host);
    this.book = new BookActions(host);
    this.findings = new FindingActions(host);
    this.vergelijk = new VergelijkActions(host, this.plaatsing);
    this.entryLists = new EntryListActions(host, this.book);
    if (deps.port) {
      this.validation = new ValidationService(deps.port, deps.engine);
      this.live = new LiveValidation(deps.port, (sheet, change) => void this.liveChanged(sheet, change), deps.liveDebounceMs ?? LIVE_DEBOUNCE_MS, deps.timers);
    }
  }

  private get state(): PaneState {
    return this.store.getState();
  }

  private dispatch(action: PaneAction): void {
    this.store.dispatch(action);
  }

  // ---- start and stop ----

  async start(): Promise<void> {
    this.disposed = false;
    const port = this.deps.port;
    if (!port) {
      this.dispatch({ type: "no-workbook", language: this.state.language });
      return;
    }
    try {
      await this.startWith(port);
    } catch (error) {
      // Nothing to work with (the book's chunk did not load, say): say why instead of spinning.
      this.dispatch({ type: "error", error: describeError(error) });
    }
  }

  private async startWith(port: WorkbookPort): Promise<void> {
    let stored: StoredState | undefined;
    try {
      stored = await port.loadState();
    } catch (error) {
      this.dispatch({ type: "error", error: describeError(error) });
    }
    this.stored = stored ?? { schemaVersion: 1 };
    const settings = this.stored.settings ?? {};
    const { loaded, storedProblems } = await startBook(stored, this.deps.books);
    this.book.use(loaded);
    let sheets: string[] = [];
    let sheet: string | undefined;
    try {
      sheets = (await port.listSheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
      const active = await port.activeSheet();
      sheet = active !== undefined && sheets.includes(active) ? active : sheets[0];
    } catch (error) {
      this.dispatch({ type: "error", error: describeError(error) });
    }
    this.dispatch({
      type: "started",
      language: settings.language ?? this.state.language,
      sheets,
      ...(sheet !== undefined ? { sheet } : {}),
      book: loaded,
      ...(storedProblems ? { bookProblems: { intro: message("storedBookProblems"), problems: storedProblems } } : {}),
      columns: { ...(this.stored.columns ?? {}) },
      liveEnabled: settings.liveValidation ?? false,
      liveAvailable: port.onSheetChanged !== undefined,
      werkgeverslasten: settings.werkgeverslasten ?? this.state.plaatsing.werkgeverslasten,
      salaryStep: settings.salaryStep ?? this.state.plaatsing.salaryStep,
      chargesBase: settings.werkgeverslastenOver ?? this.state.plaatsing.chargesBase,
      ...(settings.begrotingsjaar !== undefined ? { begrotingsjaar: settings.begrotingsjaar } : {}),
      currentYear: Number(this.deps.today().slice(0, 4)),
      ownMeasures: ownMeasuresOf(settings.ownMeasures),
    });
    if (this.state.live.enabled && sheet !== undefined) await this.validate();
  }

  /** Removes every listener the pane added to the workbook (pane closed or unmounted). */
  async dispose(): Promise<void> {
    this.disposed = true;
    await Promise.all([this.live?.stop(), this.book.unwatchSelection()]);
  }

  // ---- general ----

  setLanguage(language: Language): void {
    this.dispatch({ type: "language", language });
    void this.save((s) => ({ ...s, settings: { ...s.settings, language } }));
  }

  selectSheet(sheet: string): void {
    if (sheet === this.state.sheet) return;
    this.dispatch({ type: "sheet", sheet });
    void this.live?.stop();
    if (this.state.live.enabled) void this.validate();
  }

  dismissError(): void {
    this.dispatch({ type: "error" });
  }

  /** A short message of the moment (shown as a toast): "… is gedownload". */
  notify(notice: UiText): void {
    this.dispatch({ type: "notice", notice });
  }

  /** A file the user picked could not be read. */
  fileReadFailed(error: unknown): void {
    // A file over the limit says so in the pane's language; anything else with its own text.
    const shown = error instanceof FileTooLargeError ? { localized: error.userMessage } : message("errorFileRead", { detail: error instanceof Error ? error.message : String(error) });
    this.dispatch({ type: "error", error: shown });
  }

  // ---- Controle ----

  /** Reads the sheet afresh and checks it. */
  validate(): Promise<void> {
    return this.run("validate", async (port, validation) => {
      await this.refreshSheetList(port);
      const sheet = this.state.sheet;
      if (sheet === undefined) return;
      const progress = this.progress("validate");
      await this.loadSheet(validation, sheet, progress);
      await this.check(validation, sheet, progress);
      // Not after the pane closed during the check: that listener would never be removed.
      if (this.state.live.enabled && !this.disposed) await this.live?.start(sheet);
    });
  }

  setSeverityShown(severity: Finding["severity"], shown: boolean): void {
    this.dispatch({ type: "filter", severity, shown });
  }

  async selectFinding(finding: Finding): Promise<void> {
    const port = this.deps.port;
    const cell = finding.cell;
    if (!port || cell === undefined) return;
    try {
      await port.selectCell(finding.sheet, cell);
    } catch (error) {
      this.dispatch({ type: "error", error: describeError(error) });
    }
  }

  /**
   * What a row of the checked sheet says in the fields people recognise it by (medewerker,
   * functie, normfunctie, schaal, fte, cluster), as last read; undefined when not known.
   */
  rowFacts(sheet: string, row: number): RowFact[] | undefined {
    const header = this.state.outcome?.sheet === sheet ? this.state.outcome.header : undefined;
    if (!header || this.validation?.view?.sheet !== sheet) return undefined;
    const fields = CONTEXT_FIELDS.filter((field) => header.columns[field] !== undefined);
    const values = this.validation.rowValues(row, fields.map((field) => header.columns[field] as number));
    return values ? fields.map((field, i) => ({ field, value: values[i] ?? null })) : undefined;
  }

  /** The current value of a finding's cell, as last read (for the confirmation dialog). */
  currentValue(finding: Finding): CellValue | undefined {
    if (finding.cell === undefined || this.validation?.view?.sheet !== finding.sheet) return undefined;
    return this.validation.cellValue(finding.cell);
  }

  /**
   * Whether the workbook holds writes not yet saved, as the port says (a file in file mode; live
   * Excel saves its own way). Asked after every operation and every save of the add-in's state,
   * so no write can be missed; file mode calls it again after a download.
   */
  syncUnsaved(): void {
    const unsaved = this.deps.port?.hasUnsavedChanges?.();
    if (unsaved !== undefined) this.dispatch({ type: "unsaved", unsaved });
  }

  markFindings(): Promise<void> {
    return this.run("mark", async (port) => {
      const findings = visibleFindings(this.state.outcome?.findings ?? [], this.state.filter);
      // Accepted findings go along for the Controle sheet (with their reason); they are not coloured.
      const summary = this.state.outcome?.summary;
      await port.markFindings(findings, summary ? { summary } : {});
      const marked = findings.filter((f) => !f.accepted).length;
      this.dispatch({ type: "marks", present: marked > 0 });
      this.dispatch({ type: "notice", notice: message(this.state.fileMode ? "markedFile" : "marked", { count: marked }) });
    });
  }

  clearMarks(): Promise<void> {
    return this.run("clear", async (port) => {
      const count = await port.clearMarks();
      this.dispatch({ type: "marks", present: false });
      this.dispatch({ type: "notice", notice: message("cleared", { count }) });
    });
  }

  /** Live checking on or off; on starts from a fresh check when there is none for this sheet. */
  async setLive(enabled: boolean): Promise<void> {
    if (!this.state.live.available) return;
    this.dispatch({ type: "live", enabled });
    void this.save((s) => ({ ...s, settings: { ...s.settings, liveValidation: enabled } }));
    const sheet = this.state.sheet;
    if (!enabled) {
      await this.live?.stop();
      return;
    }
    if (sheet === undefined) return;
    if (this.state.outcome?.sheet === sheet && this.validation?.view?.sheet === sheet) {
      await this.run("live", async () => {
        if (!this.disposed) await this.live?.start(sheet);
      });
    } else await this.validate();
  }

  private liveChanged(sheet: string, change: RowChange): Promise<void> {
    return this.run("live", async (_port, validation) => {
      if (sheet !== this.state.sheet || !this.state.live.enabled) return;
      const progress = this.progress("live");
      const how = await validation.refresh(sheet, change, this.headerOf(sheet)?.headerRow, progress);
      if (how === "sheet" && validation.view) this.dispatch({ type: "view", view: validation.view });
      await this.check(validation, sheet, progress);
    });
  }

  // ---- Kolommen ----

  /** Reads the sheet to show its header (Kolommen tab before any check). */
  readColumns(): Promise<void> {
    return this.run("columns", async (_port, validation) => {
      const sheet = this.state.sheet;
      if (sheet !== undefined) await this.loadSheet(validation, sheet, this.progress("columns"));
    });
  }

  /** Keeps the user's column mapping for a sheet (undefined: detect automatically again) and checks with it. */
  setColumns(sheet: string, choice: ColumnChoice | undefined): Promise<void> {
    return this.run("columns", async (_port, validation) => {
      this.dispatch({ type: "columns", sheet, ...(choice ? { choice } : {}) });
      await this.save((s) => {
        const columns = { ...(s.columns ?? {}) };
        if (choice) columns[sheet] = { headerRow: choice.headerRow, columns: { ...choice.columns } };
        else delete columns[sheet];
        return { ...s, columns };
      });
      this.dispatch({ type: "notice", notice: message(choice ? "columnsSaved" : "columnsResetDone", { sheet }) });
      if (this.state.outcome?.sheet === sheet && validation.view?.sheet === sheet) await this.check(validation, sheet, this.progress("columns"));
    });
  }

  // ---- Plaatsing ----

  /** Reads and checks the sheet afresh, builds the placement and budget tables and writes them. */
  generateTables(): Promise<void> {
    return this.run("tables", async (port, validation) => {
      const sheet = this.state.sheet;
      if (sheet === undefined) return;
      const progress = this.progress("tables");
      const salaryTable = await this.plaatsing.tableFor(port);
      await this.loadSheet(validation, sheet, progress);
      await this.check(validation, sheet, progress);
      progress({ phase: "tables" });
      const language = this.state.language;
      const result = await validation.buildTables(this.plaatsing.budgetInputs(salaryTable, this.deps.today(), language), this.state.columns[sheet]);
      if (!result.usable) {
        this.dispatch({ type: "tables", clusters: [], unusable: true });
        return;
      }
      progress({ phase: "writing" });
      const written = await writePackedTables(port, result.tables, { language, sourceSheet: sheet });
      const { overview } = result;
      this.dispatch({ type: "tables", written, clusters: result.clusters, ...(result.budget ? { budget: result.budget } : {}), ...(overview ? { overview } : {}), unusable: false });
    });
  }

  // ---- internals ----

  /**
   * Runs one operation after the ones before it; marks it busy, clears old messages (unless it is
   * quiet), and turns a failure into a message for the user.
   */
  private run(
    operation: Operation,
    work: (port: WorkbookPort, validation: ValidationService) => Promise<void>,
    { quiet = operation === "live" || operation === "selection", attempt = 1 }: { quiet?: boolean; attempt?: number } = {},
  ): Promise<void> {
    const task = this.queue.then(async () => {
      const port = this.deps.port;
      const validation = this.validation;
      if (this.disposed || !port || !validation) return;
      this.dispatch({ type: "busy", operation, busy: true });
      // Work the user did not ask for (live checks, following the selection, loading a table
      // for display) leaves the messages on screen alone.
      if (!quiet) {
        this.dispatch({ type: "error" });
        this.dispatch({ type: "notice" });
      }
      try {
        await work(port, validation);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        const background = operation === "live" || operation === "selection";
        if (background && typeof code === "string" && MOMENTARY.has(code) && attempt < BACKGROUND_TRIES) {
          (this.deps.timers ?? defaultTimers).set(() => {
            if (!this.disposed) void this.run(operation, work, { quiet, attempt: attempt + 1 });
          }, this.deps.backgroundRetryMs ?? BACKGROUND_RETRY_MS);
        } else this.dispatch({ type: "error", error: describeError(error) });
      } finally {
        this.syncUnsaved();
        this.dispatch({ type: "progress", operation });
        this.dispatch({ type: "busy", operation, busy: false });
      }
    });
    this.queue = task;
    return task;
  }

  private progress(operation: Operation): OnProgress {
    return (progress) => this.dispatch({ type: "progress", operation, progress });
  }

  private async refreshSheetList(port: WorkbookPort): Promise<void> {
    const sheets = (await port.listSheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
    this.dispatch({ type: "sheets", sheets });
    if (this.state.sheet === undefined || !sheets.includes(this.state.sheet)) {
      const active = await port.activeSheet();
      const sheet = active !== undefined && sheets.includes(active) ? active : sheets[0];
      if (sheet !== undefined) this.dispatch({ type: "sheet", sheet });
    }
  }

  private async loadSheet(validation: ValidationService, sheet: string, progress: OnProgress): Promise<void> {
    await this.ensureBookSent(validation);
    const view = await validation.load(sheet, progress);
    this.dispatch({ type: "view", view });
  }

  private async check(validation: ValidationService, sheet: string, progress: OnProgress): Promise<void> {
    await this.ensureBookSent(validation);
    const outcome = await validation.validate(this.state.columns[sheet], progress, this.plaatsing.current());
    this.dispatch({ type: "checked", outcome: this.findings.withAcceptances(outcome, validation) });
  }

  private async ensureBookSent(validation: ValidationService): Promise<void> {
    const book = this.state.book?.book;
    if (book) await validation.setBook(book);
  }

  /** The header of a sheet: the user's mapping, else what the last check or read found. */
  private headerOf(sheet: string): ColumnChoice | undefined {
    const own = this.state.columns[sheet];
    if (own) return own;
    if (this.state.outcome?.sheet === sheet && this.state.outcome.header) return this.state.outcome.header;
    const view = this.validation?.view;
    return view?.sheet === sheet ? view.detected : undefined;
  }

  /** Saves the add-in's state in the workbook; saves run in order, a failure is shown. */
  private save(update: (state: StoredState) => StoredState): Promise<void> {
    const port = this.deps.port;
    if (!port) return Promise.resolve();
    this.stored = update(this.stored);
    const snapshot = this.stored;
    this.saving = this.saving
      .then(() => port.saveState(snapshot))
      .then(() => this.syncUnsaved())
      .catch((error: unknown) => this.dispatch({ type: "error", error: describeError(error) }));
    return this.saving;
  }
}
