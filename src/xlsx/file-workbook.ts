/**
 * The workbook port on a workbook file held in memory, in Node (the CLI) and in the browser (the
 * task pane's file mode). `toBytes()` gives the checked copy; the original bytes are never changed.
 *
 * Reading goes through src/xlsx/read/ (any .xlsx or .xlsm as Excel finds its parts; .xls, .xlsb,
 * .ods and Excel 2003 XML through SheetJS). Writing changes only what the tool adds — fills and
 * notes on marked cells, its own sheets, its dropdowns, its state — and carries every other part
 * of the package over byte for byte (charts, pivot tables, macros, comments, …). A file in another
 * format than Office Open XML becomes an .xlsx copy when the tool first writes to it.
 *
 * A file has no user editing it while the pane looks at it: there are no change or selection
 * events, and "selecting" a cell only records it for the pane to show (`selection`, `onSelect`).
 */
import { buildControlTable } from "../core/controle/controle-table";
import { localIsoDate } from "../core/format";
import type { Finding } from "../core/findings";
import type { CellValue, Grid } from "../core/formatie/grid";
import { findBookSheets, hasBookSheets } from "../core/functieboek/workbook/book-sheets";
import { detectHeader, HEADER_SEARCH_ROWS } from "../core/formatie/header-detection";
import { chooseFormationSheet, type SheetChoice } from "../core/formatie/sheet-choice";
import type { Language, Localized } from "../core/localized";
import type { DataTable } from "../core/plaatsing/data-table";
import { layoutTable } from "../core/print/table-layout";
import { parseCell, parseRect, quoteSheetName } from "../core/range-addresses";
import { parseStoredStateXml, storedBookName, storedStateXml } from "../core/stored-state";
import type { TemplateSheet } from "../core/functieboek/workbook/book-template";
import type { CellBefore, EntryList, InsertSheetsOptions, MarkOptions, SheetInfo, StoredState, WorkbookPort, WriteTablesOptions, WriteTablesResult } from "../core/workbook-port";
import { DEFAULT_LIMITS, WorkbookInputError, type WorkbookLimits } from "./read/input-errors";
import { SourceWorkbook, type WorkbookFormat } from "./read/source-workbook";
import type { EditableWorkbook } from "./write/editable-workbook";
import { setEntryLists } from "./write/entry-lists";
import { writeGeneratedSheets } from "./write/generated-sheets";
import { blankWorkbookBytes } from "./write/blank-workbook";
import { addTemplateSheets } from "./write/template-sheets";
import { clearMarks, markFindings } from "./write/marks";
import { readStatus } from "./write/own-sheets";
import { holdsValue, patchCells, type CellChange, type ExistingCell } from "./write/sheet-cells";
import { readStateXml, writeStateXml } from "./write/state-part";
import { LISTS_SHEET } from "./write/entry-lists";
import { STATE_SHEET } from "./write/status-sheet";
import { decodeXml } from "./xml/xml-text";

export { STATE_SHEET, LISTS_SHEET };
export const CONTROL_SHEET = "Controle";

export interface FileWorkbookOptions {
  /** The file's name, for titles and the download's name. */
  fileName?: string;
  /** Language of notes, the Controle sheet and the tables (default Dutch). */
  language?: Language;
  limits?: WorkbookLimits;
  /** Today as an ISO date, on the generated sheets (default: today). */
  today?: () => string;
  /** The name of the bundled functieboek, for sheet titles when the file carries no book of its own. */
  bundledBookName?: () => Promise<string>;
  /** A finding's short title for people, for the Controle sheet (default: its rule's title). */
  findingTitle?: (code: string) => Localized;
}

/** The cell the user last chose in the pane, with its value as the file has it. */
export interface FileSelection {
  sheet: string;
  address: string;
  value: CellValue;
}

/** Cells read at once by `readRange` at most (a few rows are what live checking asks for). */
const MAX_RANGE_CELLS = 200_000;

const MESSAGES = {
  noSheet: (sheet: string): Localized => ({ nl: `Werkblad '${sheet}' bestaat niet in dit bestand.`, en: `Sheet '${sheet}' does not exist in this file.` }),
  badAddress: (address: string): Localized => ({ nl: `'${address}' is geen geldig celadres.`, en: `'${address}' is not a valid cell address.` }),
  sharedFormula: (address: string): Localized => ({
    nl: `Cel ${address} bevat een formule die andere cellen delen; Formatiecheck overschrijft die niet. Pas de cel zelf aan in Excel.`,
    en: `Cell ${address} holds a formula other cells share; Formatiecheck does not overwrite it. Change the cell yourself in Excel.`,
  }),
  rangeTooLarge: (address: string): Localized => ({ nl: `Bereik ${address} is te groot om in één keer te lezen.`, en: `Range ${address} is too large to read at once.` }),
  notANumber: { nl: "Die waarde is geen getal.", en: "That value is not a number." },
  notesLeftOut: (sheet: string): Localized => ({
    nl: `Werkblad '${sheet}' heeft eigen opmerkingen of tekenobjecten; die blijven onaangeroerd, dus de meldingen staan daar alleen als kleur en op het blad Controle.`,
    en: `Sheet '${sheet}' has notes or drawings of its own; they stay untouched, so its findings are shown there as colours only and on the Controle sheet.`,
  }),
  converted: (format: string): Localized => ({
    nl: `Het bestand is een ${format}-bestand; de gecontroleerde kopie is een .xlsx-werkmap met de waarden (zonder de opmaak van het origineel).`,
    en: `The file is a ${format} file; the checked copy is an .xlsx workbook with its values (without the original's formatting).`,
  }),
};

/** The formula of a cell element ("=C11/36"), if it holds one (a shared formula's followers: none of their own). */
function formulaOf(cellXml: string): string | undefined {
  const match = /<(?:[\w.-]+:)?f(?:\s[^>]*)?>([^<]*)</.exec(cellXml);
  return match && match[1] !== "" ? `=${decodeXml(match[1] as string)}` : undefined;
}

export class FileWorkbook implements WorkbookPort {
  readonly fileName: string;
  readonly language: Language;
  /** What could not be read of the add-in's state in the file (damaged, or from a newer version). */
  readonly stateProblem: Localized | undefined;
  /** The cell last selected through the port (a click on a finding). */
  selection: FileSelection | undefined;
  /** What the user should know about the last write (notes left out, a converted format). */
  notices: Localized[] = [];

  private state: StoredState | undefined;
  private stateChanged = false;
  /** Writes since the file was opened, and how many of them the last download holds. */
  private revision = 0;
  private savedRevision = 0;
  private readonly listeners = new Set<(selection: FileSelection) => void>();
  private readonly originalFormat: WorkbookFormat;
  private grids = new Map<string, Grid>();

  private constructor(
    private source: SourceWorkbook,
    state: { state?: StoredState; problem?: Localized },
    private readonly options: FileWorkbookOptions,
  ) {
    this.fileName = options.fileName ?? "werkmap.xlsx";
    this.language = options.language ?? "nl";
    this.state = state.state;
    this.stateProblem = state.problem;
    this.originalFormat = source.format;
  }

  /**
   * Opens a workbook file from its bytes. Input the user can get wrong (not a workbook, damaged, too
   * large, password-protected) is refused with a `WorkbookInputError` that says what is wrong.
   */
  static async fromBytes(bytes: Uint8Array, options: FileWorkbookOptions = {}): Promise<FileWorkbook> {
    const source = await SourceWorkbook.open(bytes, options.limits ?? DEFAULT_LIMITS);
    let state: { state?: StoredState; problem?: Localized } = {};
    const xml = source.openXml ? await readStateXml(source.openXml).catch(() => undefined) : undefined;
    if (xml !== undefined) {
      const parsed = parseStoredStateXml(xml);
      state = parsed.ok ? { state: parsed.state } : { problem: parsed.problem };
    }
    return new FileWorkbook(source, state, options);
  }

  /** A new, empty workbook (to write the functieboek template into). */
  static async blank(options: FileWorkbookOptions = {}): Promise<FileWorkbook> {
    return FileWorkbook.fromBytes(await blankWorkbookBytes(), options);
  }

  /** The format the file was read in ("xlsx", "xlsm", "xls", …). */
  get format(): WorkbookFormat {
    return this.originalFormat;
  }

  // ---- sheets ----

  async listSheets(): Promise<SheetInfo[]> {
    return this.source.sheets.filter((s) => s.kind === "worksheet").map((s) => ({ name: s.name, visibility: s.state }));
  }

  /** The sheets the tool made itself (its tables, Controle, its state sheets). */
  async ownSheets(): Promise<Set<string>> {
    const own = new Set([STATE_SHEET, LISTS_SHEET]);
    if (this.source.openXml) for (const name of (await readStatus(this.source.openXml)).createdSheets) own.add(name);
    return own;
  }

  /** The tool's own sheets and those of a functieboek kept in this workbook: the book, never the formation. */
  private async notFormationSheets(): Promise<Set<string>> {
    const own = await this.ownSheets();
    const names = this.source.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
    if (hasBookSheets(names)) for (const name of Object.values(findBookSheets(names))) own.add(name);
    return own;
  }

  /** Which sheet to check: the one named, else the formation sheet, with the reason when there was a choice. */
  async chooseSheet(requested?: string): Promise<SheetChoice> {
    const own = await this.notFormationSheets();
    const candidates = await this.sheetCandidates(own, requested === undefined);
    const active = this.source.sheets[this.source.activeTab]?.name;
    return chooseFormationSheet({ sheets: candidates, ...(requested !== undefined ? { requested } : {}), ...(active !== undefined ? { active } : {}), own });
  }

  /**
   * The sheets that look like a formation sheet (a formation header in their first rows), in
   * workbook order: visible ones, else hidden ones; never very hidden sheets nor the tool's own.
   */
  async formationSheets(): Promise<string[]> {
    const own = await this.notFormationSheets();
    const found = (await this.sheetCandidates(own, true)).filter((s) => s.looksLikeFormation && !own.has(s.name));
    const visible = found.filter((s) => s.state === "visible");
    return (visible.length > 0 ? visible : found).map((s) => s.name);
  }

  private async sheetCandidates(own: ReadonlySet<string>, detect: boolean) {
    const candidates = [];
    for (const sheet of this.source.sheets.filter((s) => s.kind === "worksheet")) {
      const skip = !detect || sheet.state === "veryHidden" || own.has(sheet.name) || (this.source.openXml !== undefined && sheet.part === undefined);
      const looksLikeFormation = skip ? false : detectHeader(await this.source.grid(sheet.name, HEADER_SEARCH_ROWS)) !== undefined;
      candidates.push({ name: sheet.name, state: sheet.state, looksLikeFormation });
    }
    return candidates;
  }

  /** A file has no sheet in view: the formation sheet, else the sheet the file was saved on. */
  async activeSheet(): Promise<string | undefined> {
    const choice = await this.chooseSheet();
    if (choice.ok) return choice.sheet;
    const worksheets = this.source.sheets.filter((s) => s.kind === "worksheet");
    const active = this.source.sheets[this.source.activeTab];
    return active?.kind === "worksheet" ? active.name : worksheets[0]?.name;
  }

  async readSheet(name: string): Promise<Grid> {
    const entry = this.worksheet(name);
    const cached = this.grids.get(entry.name);
    if (cached) return cached;
    const grid = await this.source.grid(entry.name);
    this.grids.set(entry.name, grid);
    return grid;
  }

  async readRange(sheet: string, address: string): Promise<Grid> {
    const grid = await this.readSheet(sheet);
    const rect = parseRect(address);
    if (!rect) throw new WorkbookInputError(MESSAGES.badAddress(address), "bad-address");
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_RANGE_CELLS) throw new WorkbookInputError(MESSAGES.rangeTooLarge(address), "bad-address");
    const rows: CellValue[][] = [];
    const hiddenRows = new Set<number>();
    for (let r = rect.top; r <= rect.bottom; r++) {
      if (grid.hiddenRows?.has(r)) hiddenRows.add(r);
      const source = grid.rows[r - 1];
      const line: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(source?.[c - 1] ?? null);
      rows.push(line);
    }
    return { sheet: grid.sheet, rows, originRow: rect.top, originCol: rect.left, hiddenRows };
  }

  // ---- marks and tables ----

  async markFindings(findings: readonly Finding[], options: MarkOptions = {}): Promise<void> {
    const workbook = await this.editable();
    const result = await markFindings(workbook, findings, this.language);
    this.notices.push(...result.notesLeftOut.map((sheet) => MESSAGES.notesLeftOut(sheet)));
    const control = buildControlTable(findings, { language: this.language, ...(this.options.findingTitle ? { titleOf: this.options.findingTitle } : {}), ...(options.summary ? { summary: options.summary } : {}) });
    const sourceSheet = findings.find((f) => f.sheet !== "")?.sheet;
    const layout = layoutTable(control.table, {
      functieboekName: options.functieboekName ?? (await this.functieboekName()),
      date: this.today(),
      language: this.language,
      ...(sourceSheet !== undefined ? { sourceSheet } : {}),
    });
    const links = control.links.flatMap((link, row) => (link ? [{ row, col: control.linkColumn, location: `${quoteSheetName(link.sheet)}!${link.cell}` }] : []));
    await writeGeneratedSheets(workbook, [{ name: CONTROL_SHEET, layout, links }]);
    this.changed();
  }

  async clearMarks(): Promise<number> {
    if (!this.source.openXml) return 0;
    const restored = await clearMarks(this.source.openXml);
    if (restored > 0) this.changed();
    return restored;
  }

  async writeTables(tables: readonly DataTable[], options: WriteTablesOptions = {}): Promise<WriteTablesResult> {
    const workbook = await this.editable();
    const language = options.language ?? this.language;
    const context = { functieboekName: await this.functieboekName(), date: this.today(), language, ...(options.sourceSheet !== undefined ? { sourceSheet: options.sourceSheet } : {}) };
    const written = await writeGeneratedSheets(
      workbook,
      tables.map((table) => ({ name: table.name, layout: layoutTable(table, context) })),
    );
    this.changed();
    return { sheets: written.map((w) => ({ table: w.table, sheet: w.sheet, renamed: w.userSheet !== undefined })) };
  }

  // ---- cells ----

  async selectCell(sheet: string, address: string): Promise<void> {
    const entry = this.worksheet(sheet);
    const cell = parseCell(address);
    if (!cell) throw new WorkbookInputError(MESSAGES.badAddress(address), "bad-address");
    const grid = await this.readSheet(entry.name);
    this.selection = { sheet: entry.name, address, value: grid.rows[cell.row - 1]?.[cell.col - 1] ?? null };
    for (const listener of this.listeners) listener(this.selection);
  }

  /** Calls the listener with each cell selected through the port; returns the unsubscriber. */
  onSelect(listener: (selection: FileSelection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async setCellValue(sheet: string, address: string, value: string | number): Promise<CellBefore> {
    const entry = this.worksheet(sheet);
    const cell = parseCell(address);
    if (!cell) throw new WorkbookInputError(MESSAGES.badAddress(address), "bad-address");
    if (typeof value === "number" && !Number.isFinite(value)) throw new WorkbookInputError(MESSAGES.notANumber, "bad-address");
    const shown = (await this.readSheet(entry.name)).rows[cell.row - 1]?.[cell.col - 1] ?? null;
    let kept: string | undefined;
    await this.patchCell(entry.name, cell, (existing) => {
      // Other cells take their formula from this one: overwriting it would break them.
      if (existing?.sharesFormula) throw new WorkbookInputError(MESSAGES.sharedFormula(address), "shared-formula");
      kept = existing?.xml;
      return { value: typeof value === "number" ? { number: value } : { text: value } };
    });
    const formula = kept !== undefined ? formulaOf(kept) : undefined;
    return { sheet: entry.name, address, value: shown, ...(formula !== undefined ? { formula } : {}), ...(kept !== undefined ? { xml: kept } : {}) };
  }

  async restoreCell(before: CellBefore, written: string | number): Promise<boolean> {
    const entry = this.worksheet(before.sheet);
    const cell = parseCell(before.address);
    if (!cell) throw new WorkbookInputError(MESSAGES.badAddress(before.address), "bad-address");
    const value = typeof written === "number" ? { number: written } : { text: written };
    let holds = false;
    await this.patchCell(entry.name, cell, (existing) => {
      holds = existing !== undefined && holdsValue(existing, cell.row, cell.col, value);
      return holds ? { restore: before.xml ?? null } : undefined;
    });
    return holds;
  }

  /** Changes one cell of a sheet as `decide` says; the grid read before is forgotten, the selection follows. */
  private async patchCell(sheet: string, cell: { row: number; col: number }, decide: (existing: ExistingCell | undefined) => CellChange | undefined): Promise<void> {
    const workbook = await this.editable();
    const entry = workbook.sheet(sheet);
    if (!entry?.part) throw new WorkbookInputError(MESSAGES.noSheet(sheet), "no-such-sheet");
    const xml = (await workbook.pkg.text(entry.part)) ?? "";
    let hadFormula = false;
    let change: CellChange | undefined;
    const targets = new Map([[cell.row, new Map([[cell.col, true]])]]);
    const patched = patchCells(xml, targets, (_r, _c, existing) => {
      hadFormula = existing?.hasFormula ?? false;
      change = decide(existing);
      return change;
    });
    if (change === undefined) return;
    workbook.pkg.setPart(entry.part, patched);
    // Excel's calculation chain lists formula cells; one listed without a formula is "damaged".
    if (hadFormula) await workbook.dropCalcChain();
    this.revision++;
    this.grids.delete(entry.name);
    if (this.selection?.sheet === entry.name && parseCell(this.selection.address)?.row === cell.row && parseCell(this.selection.address)?.col === cell.col) {
      const value = (await this.readSheet(entry.name)).rows[cell.row - 1]?.[cell.col - 1] ?? null;
      this.selection = { ...this.selection, value };
    }
  }

  // ---- state ----

  async loadState(): Promise<StoredState | undefined> {
    return this.state;
  }

  async saveState(state: StoredState): Promise<void> {
    this.state = { ...state, schemaVersion: 1 };
    this.stateChanged = true;
    this.revision++;
  }

  // ---- entry lists ----

  async installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    const entry = this.worksheet(sheet);
    await setEntryLists(await this.editable(), entry.name, lists, this.language);
    this.revision++;
  }

  async removeEntryLists(sheet: string): Promise<void> {
    const entry = this.worksheet(sheet);
    if (!this.source.openXml) return;
    await setEntryLists(this.source.openXml, entry.name, [], this.language);
    this.revision++;
  }

  // ---- sheets the user owns ----

  async insertSheets(sheets: readonly TemplateSheet[], options: InsertSheetsOptions = {}): Promise<string[]> {
    const workbook = await this.editable();
    const added = await addTemplateSheets(workbook, sheets, {
      functieboekName: options.functieboekName ?? (await this.functieboekName()),
      date: this.today(),
      language: options.language ?? this.language,
    });
    this.changed();
    return added;
  }

  // ---- the file ----

  /** The workbook as it is now, as bytes of an .xlsx (or .xlsm) file: marks, Controle, tables, state. */
  async toBytes(): Promise<Uint8Array> {
    const workbook = await this.editable();
    if (this.stateChanged && this.state) await writeStateXml(workbook, storedStateXml(this.state));
    workbook.flush();
    return workbook.pkg.toBytes();
  }

  /** True when the workbook was written to since it was opened or `markSaved` was last called. */
  hasUnsavedChanges(): boolean {
    return this.revision !== this.savedRevision;
  }

  /** The bytes of `toBytes` were saved (downloaded): what is written so far is kept. */
  markSaved(): void {
    this.savedRevision = this.revision;
  }

  /** "formatie.xlsx" → "formatie-gecontroleerd.xlsx" (an .xlsm stays .xlsm; other formats become .xlsx). */
  checkedFileName(): string {
    const extension = this.originalFormat === "xlsm" ? ".xlsm" : ".xlsx";
    const base = this.fileName.replace(/\.(xlsx|xlsm|xls|xlsb|ods|xml)$/i, "") || "werkmap";
    return `${base}-gecontroleerd${extension}`;
  }

  /** The extension a written copy must have: ".xlsm" for a workbook with macros, else ".xlsx". */
  outputExtension(): ".xlsx" | ".xlsm" {
    return this.originalFormat === "xlsm" ? ".xlsm" : ".xlsx";
  }

  /** Something was written: the grids read before are stale, and the copy has unsaved changes. */
  private changed(): void {
    this.revision++;
    this.grids.clear();
  }

  /** The Office Open XML workbook to write into; a file in another format is converted once. */
  private async editable(): Promise<EditableWorkbook> {
    if (this.source.openXml) return this.source.openXml;
    const legacy = this.source.legacy;
    if (!legacy) throw new WorkbookInputError(MESSAGES.noSheet(""), "damaged");
    const converted = await SourceWorkbook.open(legacy.toXlsx());
    this.notices.push(MESSAGES.converted(`.${this.originalFormat === "xml2003" ? "xml" : this.originalFormat}`));
    this.source = converted;
    this.grids.clear();
    return converted.openXml as EditableWorkbook;
  }

  private worksheet(name: string) {
    const entry = this.source.sheet(name);
    if (!entry || entry.kind !== "worksheet") throw new WorkbookInputError(MESSAGES.noSheet(name), "no-such-sheet");
    return entry;
  }

  private today(): string {
    return this.options.today ? this.options.today() : localIsoDate(new Date());
  }

  /** The workbook's own book, else the bundled one (as the Office.js adapter names it: excel/state-part.ts). */
  private async functieboekName(): Promise<string> {
    const own = storedBookName(this.state);
    if (own !== undefined) return own;
    if (this.options.bundledBookName) return this.options.bundledBookName();
    const { bundledFunctieboek } = await import(/* webpackChunkName: "functieboek" */ "../core/functieboek/bundled");
    return bundledFunctieboek().name;
  }
}
