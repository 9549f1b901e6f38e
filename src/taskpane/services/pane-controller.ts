/**
 * What the pane does, as methods the components call: it drives the services (validation,
 * live checking, book, tables, entry lists) through the workbook port and dispatches to the
 * store. Workbook work runs one operation at a time; a failure becomes a message, never a crash.
 * No React here.
 */
import type { Finding } from "../../core/findings";
import { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { Field } from "../../core/formatie/columns";
import { cellAddress, cellText, type CellValue, type Grid } from "../../core/formatie/grid";
import type { BookWorkbookResult } from "../../core/functieboek/workbook/read-book-workbook";
import type { Language } from "../../core/localized";
import { defaultOtherSheet } from "../../core/mutaties/sheet-pair";
import type { SheetInfo, StoredState, Unsubscribe, WorkbookPort, WriteTablesResult } from "../../core/workbook-port";
import { message, type UiText } from "../i18n";
import { initialPaneState, paneReducer, type Operation, type PaneAction, type PaneState } from "../state/pane-state";
import { visibleFindings } from "../state/findings-view";
import { Store } from "../state/store";
import { bookFileName, bookJson, startBook, type BookLoaders, type LoadedBook } from "./book-service";
import type { RowChange } from "./changed-rows";
import type { CheckEngine } from "./check-engine";
import type { CheckOutcome, ColumnChoice } from "./check-protocol";
import { acceptanceId, applyAcceptances, type AcceptedFinding } from "../../core/acceptance";
import type { Download } from "./download";
import { planEntryLists } from "./entry-lists";
import { LIVE_DEBOUNCE_MS, LiveValidation, type Timers } from "./live-validation";
import { describeError } from "./port-errors";
import { ownMeasuresOf, PlaatsingSettings } from "./plaatsing-settings";
import type { SalaryLoaders } from "./salary-service";
import { suggestionFix } from "./suggestion";
import { ValidationService, type OnProgress } from "./validation-service";

/** The fields a finding's row is shown with, in this order. */
export const CONTEXT_FIELDS = ["employee", "title", "normfunctie", "scale", "fte", "cluster"] as const satisfies readonly Field[];

export interface RowFact {
  field: (typeof CONTEXT_FIELDS)[number];
  value: CellValue;
}

export interface PaneDependencies {
  /** The workbook; undefined outside Excel (the pane then says to open it in Excel). */
  port: WorkbookPort | undefined;
  engine: CheckEngine;
  books: BookLoaders;
  salaries: SalaryLoaders;
  download: Download;
  /** The workbook is a file in the browser, not one open in Excel (texts say "de kopie"). */
  fileMode?: boolean;
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
}

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
  private readonly validation: ValidationService | undefined;
  private readonly live: LiveValidation | undefined;
  private stored: StoredState = { schemaVersion: 1 };
  private index: FunctieboekIndex | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private saving: Promise<void> = Promise.resolve();
  private selectionUnsubscribe: Unsubscribe | undefined;
  /** The other file opened in the Vergelijk tab. */
  private otherFile: CompareWorkbook | undefined;
  private selectionGeneration = 0;
  private selectionRequest = 0;
  private disposed = false;
  private fixCount = 0;

  constructor(
    private readonly deps: PaneDependencies,
    language: Language,
  ) {
    this.store = new Store(paneReducer, initialPaneState(language, deps.fileMode ?? false));
    this.plaatsing = new PlaatsingSettings({
      state: () => this.state,
      dispatch: (action) => this.dispatch(action),
      save: (update) => this.save(update),
      run: (operation, work, options) => this.run(operation, (port) => work(port), options),
      salaries: deps.salaries,
    });
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
    this.useBook(loaded);
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
    await Promise.all([this.live?.stop(), this.unwatchSelection()]);
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

  dismissNotice(): void {
    this.dispatch({ type: "notice" });
  }

  /** A short message of the moment (shown as a toast): "… is gedownload". */
  notify(notice: UiText): void {
    this.dispatch({ type: "notice", notice });
  }

  /** A file the user picked could not be read. */
  fileReadFailed(error: unknown): void {
    this.dispatch({ type: "error", error: message("errorFileRead", { detail: error instanceof Error ? error.message : String(error) }) });
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

  /** Writes a finding's suggestion into its cell: only after the user confirmed it in the dialog. */
  applySuggestion(finding: Finding): Promise<void> {
    return this.run("apply", async (port, validation) => {
      const fix = suggestionFix(finding, this.state.outcome?.header);
      if (!fix || finding.row === undefined) return;
      const before = await port.setCellValue(fix.sheet, fix.cell, fix.value);
      const id = ++this.fixCount;
      this.dispatch({ type: "fix-applied", fix: { id, sheet: fix.sheet, cell: fix.cell, value: fix.value, before, message: finding.message, undone: false } });
      this.dispatch({ type: "notice", notice: message("applied", { cell: fix.cell, value: fix.value }), fix: id });
      await this.recheckRow(validation, fix.sheet, finding.row);
    });
  }

  /**
   * "Ongedaan maken": the cell of an applied suggestion gets back exactly what it held (its
   * formula too), unless it was changed since — then nothing is written and the pane says so.
   */
  undoFix(id: number): Promise<void> {
    return this.run("apply", async (port, validation) => {
      const fix = this.state.fixes.find((f) => f.id === id);
      if (!fix || fix.undone) return;
      const restored = await port.restoreCell(fix.before, fix.value);
      if (!restored) {
        this.dispatch({ type: "error", error: message("undoChanged", { cell: fix.cell, sheet: fix.sheet }) });
        return;
      }
      this.dispatch({ type: "fix-undone", id });
      this.dispatch({ type: "notice", notice: message("undone", { cell: fix.cell }) });
      const row = /\d+$/.exec(fix.cell);
      if (row) await this.recheckRow(validation, fix.sheet, Number(row[0]));
    });
  }

  /** File mode: the copy with the tool's changes was downloaded. */
  changesSaved(): void {
    this.dispatch({ type: "unsaved", unsaved: false });
  }

  /** Reads one changed row of the checked sheet again and checks the sheet. */
  private async recheckRow(validation: ValidationService, sheet: string, row: number): Promise<void> {
    if (sheet !== this.state.sheet) return;
    const progress = this.progress("apply");
    const how = await validation.refresh(sheet, { kind: "rows", spans: [{ first: row, last: row }] }, this.headerRowOf(sheet), progress);
    if (how === "sheet" && validation.view) this.dispatch({ type: "view", view: validation.view });
    await this.check(validation, sheet, progress);
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
      const how = await validation.refresh(sheet, change, this.headerRowOf(sheet), progress);
      if (how === "sheet" && validation.view) this.dispatch({ type: "view", view: validation.view });
      await this.check(validation, sheet, progress);
    });
  }

  /**
   * "Accepteren met reden": the finding is kept as accepted in the workbook's stored state, tied
   * to its row as it is now; it is shown as geaccepteerd, not counted and not marked, and listed
   * with its reason on the Controle sheet. A change of the row brings it back.
   */
  acceptFinding(finding: Finding, reason: string): Promise<void> {
    const text = reason.trim();
    return this.run("accept", async (_port, validation) => {
      if (finding.row === undefined || text === "" || validation.view?.sheet !== finding.sheet) return;
      const key = validation.rowKeyOf(finding.row);
      if (key === undefined) return;
      const entry: AcceptedFinding = { sheet: finding.sheet, code: finding.code, ...(finding.cell !== undefined ? { cell: finding.cell } : {}), row: finding.row, rowKey: key, reason: text, date: this.deps.today() };
      const id = acceptanceId(finding);
      await this.save((s) => ({ ...s, accepted: [...(s.accepted ?? []).filter((a) => acceptanceId(a) !== id), entry] }));
      this.dispatch({ type: "unsaved", unsaved: true });
      const outcome = this.state.outcome;
      if (outcome) this.dispatch({ type: "checked", outcome: this.withAcceptances(outcome, validation) });
      this.dispatch({ type: "notice", notice: message("acceptedNotice", { cell: finding.cell ?? String(finding.row) }) });
    });
  }

  /** Takes an acceptance back: the finding counts again. */
  withdrawAcceptance(finding: Finding): Promise<void> {
    return this.run("accept", async (_port, validation) => {
      const id = acceptanceId(finding);
      await this.save((s) => ({ ...s, accepted: (s.accepted ?? []).filter((a) => acceptanceId(a) !== id) }));
      this.dispatch({ type: "unsaved", unsaved: true });
      const outcome = this.state.outcome;
      if (outcome) this.dispatch({ type: "checked", outcome: this.withAcceptances(outcome, validation) });
    });
  }

  /** The outcome with accepted findings marked as such and left out of the summary's counts. */
  private withAcceptances(outcome: CheckOutcome, validation: ValidationService): CheckOutcome {
    const accepted = this.stored.accepted ?? [];
    if (accepted.length === 0 && !outcome.findings.some((f) => f.accepted)) return outcome;
    const findings = applyAcceptances(outcome.findings, accepted, (sheet, row) => (validation.view?.sheet === sheet ? validation.rowKeyOf(row) : undefined));
    const counted = findings.filter((f) => !f.accepted);
    const count = (severity: Finding["severity"]) => counted.filter((f) => f.severity === severity).length;
    return { ...outcome, findings, summary: { ...outcome.summary, errors: count("error"), warnings: count("warning"), infos: count("info") } };
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

  // ---- Functieboek ----

  importBook(fileName: string, text: string): Promise<void> {
    return this.run("book", async (_port, validation) => {
      const result = await this.deps.books.parse(text);
      if (!result.ok) {
        this.dispatch({ type: "book-problems", report: { intro: message("bookProblems", { file: fileName }), problems: result.problems } });
        return;
      }
      const loaded: LoadedBook = { book: result.book, source: "imported", json: text };
      await this.switchBook(validation, loaded);
      await this.save((s) => ({ ...s, functieboekJson: text }));
      this.dispatch({ type: "notice", notice: message("bookImported", { name: result.book.name }) });
    });
  }

  resetBook(): Promise<void> {
    return this.run("book", async (_port, validation) => {
      const book = await this.deps.books.bundled();
      await this.switchBook(validation, { book, source: "bundled" });
      await this.save((s) => {
        const { functieboekJson: _dropped, ...rest } = s;
        return rest;
      });
      this.dispatch({ type: "notice", notice: message("bookResetDone", { name: book.name }) });
    });
  }

  exportBook(): void {
    const loaded = this.state.book;
    if (!loaded) return;
    const file = bookFileName(loaded.book);
    try {
      this.deps.download(file, bookJson(loaded));
      this.dispatch({ type: "notice", notice: message("bookExported", { file }) });
    } catch (error) {
      this.dispatch({ type: "error", error: describeError(error) });
    }
  }

  /** Functieboek → Uit werkblad: the book kept on this workbook's own sheets (Functies, Normfuncties, Beleid, …). */
  bookFromSheets(): Promise<void> {
    return this.run("book", async (port, validation) => {
      const { readFunctieboekFromPort } = await import(/* webpackChunkName: "functieboek-werkblad" */ "../../core/functieboek/workbook/read-from-port");
      await this.useSheetBook(validation, await readFunctieboekFromPort(port), message("bookSheetProblems"));
    });
  }

  /** Functieboek → Uit ander bestand: the book kept on the sheets of another workbook file. */
  bookFromWorkbookFile(fileName: string, bytes: Uint8Array): Promise<void> {
    return this.run("book", async (_port, validation) => {
      const [{ FileWorkbook }, { readFunctieboekFromPort }] = await Promise.all([
        import(/* webpackChunkName: "file-workbook" */ "../../xlsx/file-workbook"),
        import(/* webpackChunkName: "functieboek-werkblad" */ "../../core/functieboek/workbook/read-from-port"),
      ]);
      const file = await FileWorkbook.fromBytes(bytes, { fileName });
      await this.useSheetBook(validation, await readFunctieboekFromPort(file, { sourceTitle: fileName }), message("bookProblems", { file: fileName }));
    });
  }

  /** Functieboek → Sjabloon invoegen: the template sheets, with the book in use as example, into this workbook. */
  insertBookTemplate(): Promise<void> {
    return this.run("book", async (port) => {
      const book = this.state.book?.book ?? (await this.deps.books.bundled());
      const { buildBookTemplate } = await import(/* webpackChunkName: "functieboek-werkblad" */ "../../core/functieboek/workbook/book-template");
      const language = this.state.language;
      const added = await port.insertSheets(buildBookTemplate(book, language), { functieboekName: book.name, language });
      await this.refreshSheetList(port);
      this.dispatch({ type: "notice", notice: message("templateInserted", { sheets: added.join(", ") }) });
    });
  }

  private async useSheetBook(validation: ValidationService, result: BookWorkbookResult, intro: UiText): Promise<void> {
    if (!result.ok) {
      // Each problem already says its sheet and cell; there is no JSON path to show.
      this.dispatch({ type: "book-problems", report: { intro, problems: result.problems.map((p) => ({ path: "", message: p.message })) } });
      return;
    }
    const json = `${JSON.stringify(result.book, null, 2)}\n`;
    await this.switchBook(validation, { book: result.book, source: "imported", json, placedFindings: result.findings });
    await this.save((s) => ({ ...s, functieboekJson: json }));
    this.dispatch({ type: "notice", notice: message("bookFromSheetsDone", { name: result.book.name, count: result.findings.length }) });
  }

  dismissBookProblems(): void {
    this.dispatch({ type: "book-problems" });
  }

  chooseFunction(functionIndex: number | undefined): void {
    this.dispatch({ type: "book-selection", selection: functionIndex === undefined ? {} : { functionIndex } });
  }

  /** Follows the user's selection in the workbook (while the Functieboek tab is open). */
  async watchSelection(): Promise<void> {
    const port = this.deps.port;
    if (!port?.onSelectionChanged || this.selectionUnsubscribe || this.disposed) return;
    const generation = ++this.selectionGeneration;
    try {
      const unsubscribe = await port.onSelectionChanged((sheet, row) => void this.rowSelected(sheet, row));
      if (generation !== this.selectionGeneration) await unsubscribe();
      else this.selectionUnsubscribe = unsubscribe;
    } catch (error) {
      this.dispatch({ type: "error", error: describeError(error) });
    }
  }

  async unwatchSelection(): Promise<void> {
    this.selectionGeneration++;
    const unsubscribe = this.selectionUnsubscribe;
    this.selectionUnsubscribe = undefined;
    if (unsubscribe) await unsubscribe();
  }

  /** Shows the function of the row the user selected in the checked sheet. */
  private rowSelected(sheet: string, row: number): Promise<void> {
    const request = ++this.selectionRequest;
    return this.run("selection", async (port, validation) => {
      const index = this.index;
      // Only the latest selection counts; the checked sheet only.
      if (request !== this.selectionRequest || !index || sheet !== this.state.sheet) return;
      if (!this.headerOf(sheet)) await this.loadSheet(validation, sheet, () => undefined);
      const header = this.headerOf(sheet);
      const titleCol = header?.columns.title;
      const nfCol = header?.columns.normfunctie;
      if (!header || row <= header.headerRow || (titleCol === undefined && nfCol === undefined)) return;
      const first = Math.min(titleCol ?? Infinity, nfCol ?? Infinity);
      const last = Math.max(titleCol ?? -Infinity, nfCol ?? -Infinity);
      const part = await port.readRange(sheet, `${cellAddress(row, first)}:${cellAddress(row, last)}`);
      const valueAt = (col: number | undefined): string => {
        if (col === undefined) return "";
        return cellText(part.rows[row - (part.originRow ?? row)]?.[col - (part.originCol ?? first)]).trim();
      };
      const title = valueAt(titleCol);
      const normfunctie = valueAt(nfCol);
      const fn = title ? index.findFunction(title)?.entry : undefined;
      const nf = !fn && normfunctie ? index.findNormfunctie(normfunctie)?.entry : undefined;
      const match = fn ?? (nf ? index.functionsOf(nf)[0] : undefined);
      const functionIndex = match ? index.book.functions.indexOf(match) : -1;
      const shown = title || normfunctie;
      this.dispatch({
        type: "book-selection",
        selection: {
          ...(functionIndex >= 0 ? { functionIndex } : {}),
          fromSheet: { sheet, row, ...(shown ? { title: shown } : {}), found: functionIndex >= 0 },
        },
      });
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
      const result = await validation.buildTables(this.plaatsing.tablesOptions(salaryTable, this.deps.today(), language), this.state.columns[sheet]);
      if (!result.usable) {
        this.dispatch({ type: "tables", clusters: [], unusable: true });
        return;
      }
      progress({ phase: "writing" });
      const written = await port.writeTables(result.tables, { language, sourceSheet: sheet });
      this.dispatch({ type: "tables", written, clusters: result.clusters, ...(result.budget ? { budget: result.budget } : {}), unusable: false });
      this.dispatch({ type: "unsaved", unsaved: true });
    });
  }

  // ---- Vergelijk ----

  /** True where another file can be opened to compare with (file mode). */
  get canOpenOtherFile(): boolean {
    return this.deps.openOtherFile !== undefined;
  }

  /** The sheet the Vergelijk tab compares with: the one chosen, else its first suggestion. */
  compareSheet(): string | undefined {
    const vergelijk = this.state.vergelijk;
    if (vergelijk.source === "file") return vergelijk.otherSheet ?? vergelijk.otherFile?.sheets[0];
    const others = this.state.sheets.filter((s) => s !== this.state.sheet);
    if (vergelijk.otherSheet !== undefined && others.includes(vergelijk.otherSheet)) return vergelijk.otherSheet;
    return defaultOtherSheet(this.state.sheet, this.state.sheets);
  }

  setCompareSource(source: "workbook" | "file"): void {
    if (source === "file" && !this.canOpenOtherFile) return;
    this.dispatch({ type: "vergelijk-settings", source });
  }

  setCompareSheet(sheet: string): void {
    this.dispatch({ type: "vergelijk-settings", otherSheet: sheet });
  }

  setCompareDirection(otherIs: "old" | "new"): void {
    this.dispatch({ type: "vergelijk-settings", otherIs });
  }

  /** Opens another workbook file to compare with; its formation sheets become the choices. */
  openCompareFile(file: File): Promise<void> {
    return this.run("compare", async () => {
      const open = this.deps.openOtherFile;
      if (!open) return;
      const workbook = await open(file);
      const sheets = workbook.formationSheets ? await workbook.formationSheets() : [];
      const choices = sheets.length > 0 ? sheets : (await workbook.listSheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
      this.otherFile = workbook;
      const suggested = defaultOtherSheet(this.state.sheet, [...(this.state.sheet !== undefined ? [this.state.sheet] : []), ...choices]);
      this.dispatch({ type: "vergelijk-file", file: { name: workbook.fileName, sheets: choices }, ...(suggested !== undefined ? { otherSheet: suggested } : {}) });
      this.dispatch({ type: "notice", notice: message("vergelijkFileOpened", { file: workbook.fileName }) });
    });
  }

  /**
   * Reads and checks the sheet and the other formation afresh, compares them and shows the
   * totals; with `write`, also writes the Mutaties sheets into this workbook (never the other file).
   */
  compare(write = false): Promise<void> {
    return this.run("compare", async (port, validation) => {
      const sheet = this.state.sheet;
      const other = this.compareSheet();
      const { source, otherIs } = this.state.vergelijk;
      const otherWorkbook = source === "file" ? this.otherFile : port;
      if (sheet === undefined) return;
      if (other === undefined || !otherWorkbook) {
        this.dispatch({ type: "error", error: message(source === "file" ? "vergelijkNoFile" : "vergelijkNoOtherSheet") });
        return;
      }
      const progress = this.progress("compare");
      await this.loadSheet(validation, sheet, progress);
      await this.check(validation, sheet, progress);
      progress({ phase: "reading", sheet: other });
      await validation.loadOther(await otherWorkbook.readSheet(other), progress);
      const salaryTable = await this.plaatsing.tableFor(port);
      const { werkgeverslasten, chargesBase, salaryStep } = this.state.plaatsing;
      progress({ phase: "comparing" });
      const language = this.state.language;
      const otherFile = source === "file" ? this.otherFile?.fileName : undefined;
      const outcome = await validation.compare(
        {
          otherIs,
          sources: { sheet: { sheet, ...(otherFile !== undefined ? { file: this.fileNameOfPort() } : {}) }, other: { sheet: other, ...(otherFile !== undefined ? { file: otherFile } : {}) } },
          salaryTable,
          budget: { employerChargesPercent: werkgeverslasten, employerChargesBase: chargesBase, basis: salaryStep === "max" ? { kind: "maximum" } : { kind: "step", step: salaryStep } },
          date: this.deps.today(),
          language,
        },
        this.state.columns[sheet],
        source === "workbook" ? this.state.columns[other] : undefined,
      );
      if (!outcome.usable || !outcome.totals) {
        this.dispatch({ type: "vergelijk-result", ...(outcome.problem ? { problem: outcome.problem } : {}) });
        return;
      }
      let written: WriteTablesResult | undefined;
      if (write) {
        progress({ phase: "writing" });
        written = await port.writeTables(outcome.tables, { language });
      }
      const result = { oldSheet: outcome.oldSheet, newSheet: outcome.newSheet, ...(otherFile !== undefined ? { otherFile } : {}), otherIs, totals: outcome.totals, notes: outcome.notes };
      this.dispatch({ type: "vergelijk-result", result, ...(written ? { written } : {}) });
    });
  }

  /** The name of this workbook's file, where the port is a file (file mode). */
  private fileNameOfPort(): string | undefined {
    const name = (this.deps.port as { fileName?: unknown } | undefined)?.fileName;
    return typeof name === "string" ? name : undefined;
  }

  // ---- Invoerlijsten ----

  installEntryLists(): Promise<void> {
    return this.run("entryLists", async (port, validation) => {
      const sheet = this.state.sheet;
      if (sheet === undefined || !this.index) return;
      if (validation.view?.sheet !== sheet) await this.loadSheet(validation, sheet, this.progress("entryLists"));
      const header = this.headerOf(sheet);
      const view = validation.view;
      if (!header || !view) {
        this.dispatch({ type: "error", error: message("entryListsNone") });
        return;
      }
      const plan = planEntryLists(this.index, header, view.lastRow);
      if (plan.lists.length === 0) {
        this.dispatch({ type: "error", error: message("entryListsNone") });
        return;
      }
      this.dispatch({ type: "unsaved", unsaved: true });
      await port.installEntryLists(
        sheet,
        plan.lists.map(({ field: _field, ...list }) => list),
      );
      this.dispatch({
        type: "entry-lists",
        installed: {
          sheet,
          firstRow: plan.firstRow,
          lastRow: plan.lastRow,
          lists: plan.lists.map((l) => ({ field: l.field, column: l.column, count: l.values.length })),
          skipped: plan.skipped,
        },
      });
    });
  }

  removeEntryLists(): Promise<void> {
    return this.run("entryLists", async (port) => {
      const sheet = this.state.sheet;
      if (sheet === undefined) return;
      await port.removeEntryLists(sheet);
      this.dispatch({ type: "unsaved", unsaved: true });
      this.dispatch({ type: "entry-lists" });
      this.dispatch({ type: "notice", notice: message("entryListsRemoved", { sheet }) });
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
    this.dispatch({ type: "checked", outcome: this.withAcceptances(outcome, validation) });
  }

  private async ensureBookSent(validation: ValidationService): Promise<void> {
    const book = this.state.book?.book;
    if (book) await validation.setBook(book);
  }

  private async switchBook(validation: ValidationService, loaded: LoadedBook): Promise<void> {
    this.useBook(loaded);
    this.dispatch({ type: "book", book: loaded });
    this.dispatch({ type: "book-problems" });
    await validation.setBook(loaded.book);
    const sheet = this.state.sheet;
    // Findings shown were made with the old book: check again with the new one.
    if (sheet !== undefined && this.state.outcome?.sheet === sheet && validation.view?.sheet === sheet) await this.check(validation, sheet, this.progress("book"));
  }

  private useBook(loaded: LoadedBook): void {
    this.index = new FunctieboekIndex(loaded.book);
  }

  /** The header of a sheet: the user's mapping, else what the last check or read found. */
  private headerOf(sheet: string): ColumnChoice | undefined {
    const own = this.state.columns[sheet];
    if (own) return own;
    if (this.state.outcome?.sheet === sheet && this.state.outcome.header) return this.state.outcome.header;
    const view = this.validation?.view;
    return view?.sheet === sheet ? view.detected : undefined;
  }

  private headerRowOf(sheet: string): number | undefined {
    return this.headerOf(sheet)?.headerRow;
  }

  /** Saves the add-in's state in the workbook; saves run in order, a failure is shown. */
  private save(update: (state: StoredState) => StoredState): Promise<void> {
    const port = this.deps.port;
    if (!port) return Promise.resolve();
    this.stored = update(this.stored);
    const snapshot = this.stored;
    this.saving = this.saving
      .then(() => port.saveState(snapshot))
      .catch((error: unknown) => this.dispatch({ type: "error", error: describeError(error) }));
    return this.saving;
  }
}
