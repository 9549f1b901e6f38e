/**
 * The workbook port on the live workbook in Excel (Office.js). The only place in the project that
 * calls `Excel.run`. Everything is batched: a user action takes a handful of `context.sync()` calls
 * whatever the sheet's size (see tests/excel/budgets.test.ts), each request and response stays under
 * Excel's payload limit, and formats are set on whole ranges (RangeAreas grouped by colour), never
 * cell by cell.
 *
 * State the add-in keeps in the workbook:
 * - "Formatiecheck_status" (very hidden): each marked cell's own fill and note, and the sheets the
 *   tool made (the ExcelJS adapter's layout, so marks made by the CLI can be cleared here);
 * - "Formatiecheck_lijsten" (very hidden): the values of the dropdowns "Invoerlijsten" installs;
 * - a custom XML part (urn:formatiecheck:state): functieboek, column mappings and settings.
 *
 * Every failure leaves as a `WorkbookError` with a Dutch and English `userMessage`.
 */
import type { Finding } from "../core/findings";
import { cellAddress, columnLetter, type Grid } from "../core/formatie/grid";
import { HEADER_SEARCH_ROWS } from "../core/formatie/header-detection";
import type { Language } from "../core/localized";
import { planMarks } from "../core/marking";
import type {
  EntryList,
  SheetInfo,
  StoredState,
  Unsubscribe,
  WorkbookPort,
  WriteTablesOptions,
  WriteTablesResult,
} from "../core/workbook-port";
import type { DataTable } from "../core/plaatsing/data-table";
import { cellText } from "./cell-text";
import { FillReader } from "./fill-reader";
import type { OfficeFill } from "./fill-state";
import { planMarking, type CellState, type MarkingPlan } from "./marking-plan";
import { toWorkbookError, WorkbookError, officeErrorCode } from "./office-errors";
import { toCoreRows } from "./office-values";
import {
  absoluteReference,
  cellKey,
  cellRuns,
  chunkAddresses,
  parseAreas,
  parseCell,
  parseRect,
  rectAddress,
  type CellRef,
} from "../core/range-addresses";
import { jsonBytes, RequestBudget, REQUEST_BUDGET } from "./request-budget";
import { EMPTY_STATUS, parseStatusRows, STATUS_COLUMNS, STATUS_SHEET, statusRows, type MarkedCell, type StatusContent } from "./status-sheet";
import { parseStoredStateXml, STATE_NAMESPACE, storedStateXml } from "../core/stored-state";
import { claimSheetName, TABLE_STYLE, uniqueTableName } from "../core/plaatsing/table-output";
import { layoutTable, type SheetLayout } from "./table-layout";

/** The very-hidden sheet that holds the dropdown values of "Invoerlijsten". */
export const LISTS_SHEET = "Formatiecheck_lijsten";

/** Rows read blind in the first request, before the sheet's extent is known. */
export const FIRST_BLOCK_ROWS = 2000;
/** Rows per `range.values` block of a large sheet. */
export const BLOCK_ROWS = 10_000;
/** Sheets with more cells than this in their used range are refused (50,000 rows × 15 columns fit). */
export const MAX_READ_CELLS = 2_000_000;
/** Response bytes per request when reading a sheet's values. */
export const READ_RESPONSE_BUDGET = 4_000_000;
/** Notes written in one marking at most; further cells get their colour only (the pane lists all). */
export const MAX_NOTES = 3000;

export interface OfficeWorkbookOptions {
  /** Language of notes and generated sheets (default: Excel's display language). */
  language?: Language;
}

export interface MarkResult {
  marked: number;
  /** Earlier marks taken away (or kept where the user recoloured the cell). */
  cleared: number;
  notesWritten: number;
  /** Cells whose messages are not in a note (no note support in this Excel, or too many). */
  notesSkipped: number;
  keptUserFill: number;
  /** Saved fills Excel cannot set again (a gradient): those cells got no fill. */
  approximated: number;
}

export interface OfficeWriteTablesOptions extends WriteTablesOptions {
  /** In every page header (default: the workbook's functieboek, else the bundled one). */
  functieboekName?: string;
  /** ISO date in every page footer (default: today). */
  date?: string;
}

export interface OfficeWriteTablesResult extends WriteTablesResult {
  /** The Excel table (ListObject) name per sheet. */
  excelTables: Record<string, string>;
}

type Context = Excel.RequestContext;

type MergeScope = "used" | "header" | "none";

/** Errors after which reading a sheet again without its merged areas cannot help. */
const NOT_ABOUT_MERGES = new Set(["ItemNotFound", "RangeExceedsLimit", "AccessDenied", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
type StatePartRead = { xml?: OfficeExtension.ClientResult<string>; parts?: Excel.CustomXmlPartScopedCollection };
type LoadedValues = { values: unknown[][] };

const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function displayLanguage(): Language {
  try {
    return typeof Office !== "undefined" && /^nl/i.test(Office.context?.displayLanguage ?? "") ? "nl" : "en";
  } catch {
    return "nl";
  }
}

function supports(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

function badAddress(address: string): WorkbookError {
  return new WorkbookError("InvalidArgument", {
    nl: `'${address}' is geen geldig celadres.`,
    en: `'${address}' is not a valid cell address.`,
  });
}

/** The sheet names in a listing loaded with `load("items/name")`. */
function namesOf(sheets: Excel.WorksheetCollection): string[] {
  return sheets.items.map((sheet) => sheet.name);
}

export class OfficeWorkbook implements WorkbookPort {
  readonly language: Language;
  /** What the last `loadState` could not read (a damaged or newer state), if anything. */
  stateProblem: { nl: string; en: string } | undefined;

  /** Whether the status sheet exists, as last seen (undefined: not known yet). */
  private statusSheetKnown: boolean | undefined;
  /** The status sheet's content as last read or written, and its raw values (to see a change). */
  private statusCache: { raw: string; content: StatusContent } | undefined;
  /** The custom XML part's id (null: known to be absent; undefined: not known yet). */
  private statePartId: string | null | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.language = options.language ?? displayLanguage();
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing

  /** Excel.run, with every failure turned into a WorkbookError. */
  private async run<T>(batch: (context: Context) => Promise<T>): Promise<T> {
    try {
      return await Excel.run(batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /**
   * A read that names objects it believes exist (the status sheet, the state part): when one has
   * gone, the knowledge is dropped and the read is done once more without the guess.
   */
  private async optimistic<T>(batch: (context: Context, guess: boolean) => Promise<T>): Promise<T> {
    try {
      return await this.run((context) => batch(context, true));
    } catch (error) {
      const code = officeErrorCode(error);
      if (code !== "ItemNotFound" && code !== "InvalidOperation") throw error;
      this.statusSheetKnown = undefined;
      this.statusCache = undefined;
      this.statePartId = undefined;
      return this.run((context) => batch(context, false));
    }
  }

  /** Queues reading the status sheet (only where it is known to exist). */
  private queueStatus(context: Context): Excel.Range | undefined {
    if (this.statusSheetKnown !== true) return undefined;
    const used = context.workbook.worksheets.getItem(STATUS_SHEET).getUsedRange(true);
    used.load("values");
    return used;
  }

  /** Takes a status read: updates the cache, returns the content. */
  private takeStatus(range: LoadedValues): StatusContent {
    const values = range.values.map((row) => row.slice(0, STATUS_COLUMNS).map((v) => (v === null || v === undefined ? "" : String(v))));
    const raw = JSON.stringify(values);
    if (this.statusCache?.raw === raw) return this.statusCache.content;
    const content = values.length === 1 && values[0]?.every((v) => v === "") ? EMPTY_STATUS : parseStatusRows(values);
    this.statusCache = { raw, content };
    return content;
  }

  private learnSheets(names: readonly string[]): void {
    this.knownSheets = new Set(names);
    const exists = names.includes(STATUS_SHEET);
    if (!exists) this.statusCache = undefined;
    this.statusSheetKnown = exists;
  }

  /**
   * Queues reading the state part: its XML when its id is known (a guess, retried when wrong),
   * else the ids of our namespace's parts (the XML follows in the next request).
   */
  private queueStatePart(context: Context, guess: boolean): StatePartRead {
    if (guess && typeof this.statePartId === "string") {
      const part = context.workbook.customXmlParts.getItem(this.statePartId);
      return { xml: part.getXml() };
    }
    const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
    parts.load("items/id");
    return { parts };
  }

  /** Starts a batch that changes the workbook: no screen updates, no recalculation, no own events. */
  private writeBudget(context: Context): RequestBudget {
    return new RequestBudget(context, () => {
      context.application.suspendScreenUpdatingUntilNextSync();
      context.application.suspendApiCalculationUntilNextSync();
      context.runtime.enableEvents = false;
    });
  }

  /** Queues events back on and sends the last batch; on failure turns them back on anyway. */
  private async finishWrite(context: Context, budget: RequestBudget, work: () => Promise<void>): Promise<void> {
    let done = false;
    try {
      await work();
      await budget.reserve(40);
      context.runtime.enableEvents = true;
      await budget.flush();
      done = true;
    } finally {
      if (!done) {
        try {
          context.runtime.enableEvents = true;
          await context.sync();
        } catch {
          // The workbook is gone or busy; events come back with the next session.
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sheets

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      this.learnSheets(namesOf(sheets));
      return sheets.items.map((sheet) => ({ name: sheet.name, visibility: VISIBILITY[sheet.visibility] ?? "visible" }));
    });
  }

  async activeSheet(): Promise<string | undefined> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async readSheet(name: string): Promise<Grid> {
    return (await this.readSheetWith(name, false)).grid;
  }

  /**
   * Reads a sheet (default: the active one) and, in the same requests, the state the workbook
   * keeps: for the ribbon command, one user action in as few syncs as possible.
   */
  async readSheetAndState(name?: string): Promise<{ grid: Grid; state: StoredState | undefined }> {
    return this.readSheetWith(name, true);
  }

  /**
   * Where merged areas are read from, per sheet: the whole used range, only its header rows, or
   * nowhere. Excel refuses merged areas beyond 512 in one range (and before ExcelApi 1.13 has no
   * way to list them), so a sheet that refuses the whole range is read again asking less.
   */
  private readonly mergeScopes = new Map<string, MergeScope>();

  private async readSheetWith(wanted: string | undefined, withState: boolean): Promise<{ grid: Grid; state: StoredState | undefined }> {
    let scope: MergeScope = supports("1.13") ? (this.mergeScopes.get(wanted?.toLowerCase() ?? "") ?? "used") : "none";
    for (;;) {
      const attempt = { firstRequestDone: false };
      try {
        const result = await this.readSheetIn(wanted, withState, scope, attempt);
        if (scope !== "used") this.mergeScopes.set(result.grid.sheet.toLowerCase(), scope);
        return result;
      } catch (error) {
        // Only the first request asks for merged areas; a missing, protected or too large sheet has
        // nothing to do with them.
        if (scope === "none" || attempt.firstRequestDone || NOT_ABOUT_MERGES.has(officeErrorCode(error) ?? "")) throw error;
        scope = scope === "used" ? "header" : "none";
      }
    }
  }

  private async readSheetIn(
    wanted: string | undefined,
    withState: boolean,
    mergeScope: MergeScope,
    attempt: { firstRequestDone: boolean },
  ): Promise<{ grid: Grid; state: StoredState | undefined }> {
    return this.optimistic(async (context, guess) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const sheet = wanted === undefined ? sheets.getActiveWorksheet() : sheets.getItem(wanted);
      sheet.load("name");
      const used = sheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const first = sheet.getRange(`1:${FIRST_BLOCK_ROWS}`).getIntersectionOrNullObject(used);
      first.load("values,rowIndex");
      const visible = used.getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      // Merged areas (a cluster merged down its rows, a group label over two header columns): Excel
      // gives a merge's value in its top-left cell only; the core fills in what a merge means.
      const merged = mergeScope === "none" ? undefined : (mergeScope === "used" ? used : used.getRow(0).getResizedRange(HEADER_SEARCH_ROWS - 1, 0)).getMergedAreasOrNullObject();
      merged?.load("address");
      const status = guess ? this.queueStatus(context) : undefined;
      const part = withState ? this.queueStatePart(context, guess) : undefined;
      await context.sync();
      attempt.firstRequestDone = true;

      this.learnSheets(namesOf(sheets));
      if (status) this.takeStatus(status);
      const name = sheet.name;
      const top = used.rowIndex + 1;
      const left = used.columnIndex + 1;
      const rowCount = used.rowCount;
      const colCount = used.columnCount;
      if (rowCount * colCount > MAX_READ_CELLS) {
        throw new WorkbookError("RangeExceedsLimit", {
          nl: `Werkblad '${name}' heeft ${rowCount.toLocaleString("nl-NL")} rijen × ${colCount} kolommen in gebruik; dat is te groot om te controleren.`,
          en: `Sheet '${name}' uses ${rowCount.toLocaleString("en-US")} rows × ${colCount} columns; too large to check.`,
        });
      }

      // The first rows came with the extent; the rest follows in blocks sized to the response limit.
      const rows: unknown[][] = [];
      let firstBytes = 0;
      if (!first.isNullObject) {
        rows.push(...first.values);
        firstBytes = JSON.stringify(first.values).length;
      }
      // Responses of 4 MB at most by the first block's measure (+15 %; Excel's limit is 5 MB).
      const budget = new RequestBudget(context, undefined, { request: REQUEST_BUDGET, response: READ_RESPONSE_BUDGET });
      const nextRow = top + rows.length;
      const lastRow = top + rowCount - 1;
      const bytesPerRow = rows.length > 0 ? Math.ceil((firstBytes / rows.length) * 1.15) + 8 : colCount * 24 + 8;
      const rowsPerSync = Math.max(1, Math.floor(READ_RESPONSE_BUDGET / bytesPerRow));
      const blocks: Excel.Range[] = [];
      for (let chunk = nextRow; chunk <= lastRow; chunk += rowsPerSync) {
        const chunkEnd = Math.min(lastRow, chunk + rowsPerSync - 1);
        for (let row = chunk; row <= chunkEnd; row += BLOCK_ROWS) {
          const count = Math.min(BLOCK_ROWS, chunkEnd - row + 1);
          await budget.reserve(100, count * bytesPerRow);
          const block = sheet.getRangeByIndexes(row - 1, left - 1, count, colCount);
          block.load("values");
          blocks.push(block);
        }
      }
      // What the first request could only find out about comes along with the blocks.
      const lateStatus = blocks.length > 0 && !status && this.statusSheetKnown ? this.queueStatus(context) : undefined;
      if (blocks.length > 0 && part) this.queueStateXml(part);
      await budget.flush();
      for (const block of blocks) rows.push(...block.values);
      if (lateStatus) this.takeStatus(lateStatus);

      const state = withState && part ? await this.takeStatePart(context, part) : undefined;
      const empty = rowCount === 1 && colCount === 1 && (rows[0]?.[0] === "" || rows[0]?.[0] === undefined);
      const grid: Grid = {
        sheet: name,
        rows: empty ? [] : toCoreRows(rows),
        originRow: empty ? 1 : top,
        originCol: empty ? 1 : left,
        hiddenRows: hiddenRows(visible.isNullObject ? undefined : visible.address, top, lastRow),
      };
      const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
      if (!empty && merges.length > 0) grid.merges = merges;
      return { grid, state };
    });
  }

  /**
   * After the ids of the state parts came: queues reading the XML of the first (no request yet).
   * Returns false when there is none.
   */
  private queueStateXml(read: StatePartRead): boolean {
    if (read.xml || !read.parts) return read.xml !== undefined;
    const item = read.parts.items[0];
    if (!item) {
      this.statePartId = null;
      this.stateProblem = undefined;
      return false;
    }
    this.statePartId = item.id;
    read.xml = item.getXml();
    return true;
  }

  /** Takes a state-part read: the parsed state, reading the XML in one more sync when only ids came. */
  private async takeStatePart(context: Context, read: StatePartRead): Promise<StoredState | undefined> {
    if (!read.xml) {
      if (!this.queueStateXml(read)) return undefined;
      await context.sync();
    }
    const xml = read.xml?.value;
    if (xml === undefined) return undefined;
    const parsed = parseStoredStateXml(xml);
    this.stateProblem = parsed.ok ? undefined : parsed.problem;
    return parsed.ok ? parsed.state : undefined;
  }

  async readRange(sheet: string, address: string): Promise<Grid> {
    const rect = parseRect(address);
    if (!rect) throw badAddress(address);
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 200_000) {
      throw new WorkbookError("RangeExceedsLimit", { nl: `Bereik ${address} is te groot om in één keer te lezen.`, en: `Range ${address} is too large to read at once.` });
    }
    return this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(rectAddress(rect));
      range.load("values");
      const visible = range.getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      await context.sync();
      return {
        sheet,
        rows: toCoreRows(range.values),
        originRow: rect.top,
        originCol: rect.left,
        hiddenRows: hiddenRows(visible.isNullObject ? undefined : visible.address, rect.top, rect.bottom),
      };
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Marks

  async markFindings(findings: readonly Finding[]): Promise<void> {
    await this.mark(findings);
  }

  /** `markFindings`, saying what it did (for the ribbon command and the pane's status line). */
  async mark(findings: readonly Finding[]): Promise<MarkResult> {
    return this.remark(planMarks(findings, this.language));
  }

  async clearMarks(): Promise<number> {
    return (await this.remark([])).cleared;
  }

  /** Takes earlier marks away and sets the new ones, in one go. */
  private async remark(marks: ReturnType<typeof planMarks>): Promise<MarkResult> {
    const notes = supports("1.18");
    return this.optimistic(async (context, guess) => {
      const budget = new RequestBudget(context);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await budget.reserve(60, 2000);
      const status = guess ? this.queueStatus(context) : undefined;
      // Read what the cells are now: the new marks, and the earlier ones as last known. Earlier
      // marks are read per colour they were given, so an untouched run answers "all one colour".
      type Wanted = CellRef & { note: boolean; group: string; queued: boolean };
      const wanted = new Map<string, Map<number, Wanted>>();
      const want = (sheet: string, row: number, col: number, note: boolean, group: string) => {
        let cells = wanted.get(sheet);
        if (!cells) wanted.set(sheet, (cells = new Map()));
        const key = cellKey(row, col);
        const known = cells.get(key);
        if (!known) cells.set(key, { row, col, note, group, queued: false });
        else {
          if (note) known.note = true;
          if (group !== "new") known.group = group;
        }
      };
      for (const mark of marks) want(mark.sheet, mark.row, mark.col, mark.messages.length > 0, "new");
      const knownOld = status ? this.statusCache?.content : undefined;
      for (const entry of knownOld?.marks ?? []) for (const cell of entry.cells) want(entry.sheet, cell.row, cell.col, entry.markNote !== "", entry.markFill ?? "old");
      const reader = new FillReader(context, budget);
      const noteReads = new Map<string, Map<number, Excel.Note>>();
      const queueCells = async (sheetNames: readonly string[]) => {
        for (const sheet of sheetNames) {
          const cells = [...(wanted.get(sheet)?.values() ?? [])].filter((cell) => !cell.queued);
          if (cells.length === 0) continue;
          const groups = new Map<string, Wanted[]>();
          for (const cell of cells) {
            cell.queued = true;
            let group = groups.get(cell.group);
            if (!group) groups.set(cell.group, (group = []));
            group.push(cell);
          }
          for (const group of groups.values()) await reader.queue(sheet, group);
          if (!notes) continue;
          const worksheet = context.workbook.worksheets.getItem(sheet);
          let reads = noteReads.get(sheet);
          if (!reads) noteReads.set(sheet, (reads = new Map()));
          for (const cell of cells) {
            if (!cell.note || reads.has(cellKey(cell.row, cell.col)) || reads.size >= MAX_NOTES * 2) continue;
            await budget.reserve(90, 400);
            const note = worksheet.notes.getItemOrNullObject(cellAddress(cell.row, cell.col));
            note.load("content");
            reads.set(cellKey(cell.row, cell.col), note);
          }
        }
      };
      // Only sheets known to exist are named (a sheet deleted since would fail the whole request).
      const knownSheets = this.knownSheets;
      await queueCells([...wanted.keys()].filter((sheet) => knownSheets === undefined || knownSheets.has(sheet)));
      await budget.flush();
      const names = new Set(namesOf(sheets));
      this.learnSheets([...names]);
      let content = status ? this.takeStatus(status) : EMPTY_STATUS;
      if (!status && this.statusSheetKnown) {
        // The status sheet was not known to exist: read it now.
        const late = this.queueStatus(context) as Excel.Range;
        await budget.reserve(60, 500_000);
        await budget.flush();
        content = this.takeStatus(late);
      }
      await reader.complete();
      // Earlier marks not read yet (the state changed since it was last seen): read them now.
      const missing = new Set<string>();
      for (const entry of content.marks) {
        if (!names.has(entry.sheet)) continue;
        for (const cell of entry.cells) {
          const noteWanted = entry.markNote !== "" && notes;
          const read = reader.has(entry.sheet, cell.row, cell.col) && (!noteWanted || noteReads.get(entry.sheet)?.has(cellKey(cell.row, cell.col)));
          if (read) continue;
          want(entry.sheet, cell.row, cell.col, entry.markNote !== "", entry.markFill ?? "old");
          missing.add(entry.sheet);
        }
      }
      // Sheets that were not known to exist before this request's listing.
      for (const [sheet, cells] of wanted) if (names.has(sheet) && [...cells.values()].some((cell) => !cell.queued)) missing.add(sheet);
      if (missing.size > 0) {
        await queueCells([...missing]);
        await budget.flush();
        await reader.complete();
      }

      const current = (sheet: string, row: number, col: number): CellState => {
        const fill: OfficeFill | undefined = reader.get(sheet, row, col);
        if (!notes) return { fill, note: undefined };
        const note = noteReads.get(sheet)?.get(cellKey(row, col));
        if (!note) {
          // Cells without messages were not read; their note is left alone.
          return { fill, note: undefined };
        }
        return { fill, note: note.isNullObject ? null : note.content };
      };
      const plan = planMarking({ marks, saved: content, sheets: names, current, notes, maxNotes: MAX_NOTES });
      if (plan.cleared === 0 && plan.marked === 0 && content.marks.length === 0) {
        return resultOf(plan);
      }
      await this.writeMarking(context, plan, content.createdSheets, names.has(STATUS_SHEET));
      return resultOf(plan);
    });
  }

  /** Sheets seen in the last listing (so reads only name sheets that exist). */
  private knownSheets: Set<string> | undefined;

  private async writeMarking(context: Context, plan: MarkingPlan, createdSheets: readonly string[], statusExists: boolean): Promise<void> {
    const budget = this.writeBudget(context);
    await this.finishWrite(context, budget, async () => {
      for (const group of [...plan.restore, ...plan.apply]) {
        for (const [sheet, cells] of group.cells) {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          for (const chunk of chunkAddresses(cellRuns(cells).map(rectAddress))) {
            await budget.reserve(chunk.length + 80);
            setFill(worksheet.getRanges(chunk), group.fill);
          }
        }
      }
      for (const change of plan.notes) {
        const worksheet = context.workbook.worksheets.getItem(change.sheet);
        const address = cellAddress(change.row, change.col);
        await budget.reserve(jsonBytes(change.content) + 40);
        if (change.content === null) {
          if (change.exists) worksheet.notes.getItem(address).delete();
        } else if (change.exists) worksheet.notes.getItem(address).content = change.content;
        else worksheet.notes.add(address, change.content);
      }
      await this.writeStatus(context, budget, plan.status, createdSheets, statusExists);
    });
  }

  /** Rewrites the status sheet (creating it, very hidden, where needed). */
  private async writeStatus(context: Context, budget: RequestBudget, marks: readonly MarkedCell[], createdSheets: readonly string[], exists: boolean): Promise<void> {
    const rows = statusRows(marks, createdSheets);
    await budget.reserve(120);
    let worksheet: Excel.Worksheet;
    if (exists) {
      worksheet = context.workbook.worksheets.getItem(STATUS_SHEET);
      worksheet.getRange().clear("Contents");
    } else {
      worksheet = context.workbook.worksheets.add(STATUS_SHEET);
      worksheet.visibility = "VeryHidden";
    }
    await writeRows(worksheet, budget, 1, 1, rows.map((row) => row.map((v) => cellText(v))));
    this.statusSheetKnown = true;
    this.statusCache = { raw: JSON.stringify(rows), content: parseStatusRows(rows) };
  }

  // ---------------------------------------------------------------------------------------------
  // Generated sheets

  async writeTables(tables: readonly DataTable[], options: OfficeWriteTablesOptions = {}): Promise<OfficeWriteTablesResult> {
    const wantBook = options.functieboekName === undefined;
    // The Overzicht chart needs `ChartAxis.setCategoryNames` (ExcelApi 1.7); older Excel gets none.
    const charts = supports("1.7");
    return this.optimistic(async (context, guess) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const excelTables = context.workbook.tables;
      excelTables.load("items/name,items/worksheet/name");
      const status = guess ? this.queueStatus(context) : undefined;
      const part = wantBook ? this.queueStatePart(context, guess) : undefined;
      await context.sync();
      const names = namesOf(sheets);
      this.learnSheets(names);
      let content = status ? this.takeStatus(status) : EMPTY_STATUS;
      if (!status && this.statusSheetKnown) {
        const late = this.queueStatus(context) as Excel.Range;
        await context.sync();
        content = this.takeStatus(late);
      }
      const state = part ? await this.takeStatePart(context, part) : undefined;
      const functieboekName = options.functieboekName ?? bookName(state?.functieboekJson) ?? (await bundledBookName());

      // Decide every sheet and table name first.
      const own = new Set(content.createdSheets);
      const claimed = new Set<string>();
      const replaced = new Set<string>();
      const tableNames = new Set<string>();
      for (const table of excelTables.items) if (!own.has(table.worksheet.name)) tableNames.add(table.name.toLowerCase());
      const plans = tables.map((table) => {
        const claim = claimSheetName(table.name, names, own, claimed);
        claimed.add(claim.name.toLowerCase());
        if (claim.replaces) replaced.add(claim.replaces);
        const excelTable = uniqueTableName(table.name, tableNames);
        tableNames.add(excelTable.toLowerCase());
        const layout = layoutTable(table, {
          functieboekName,
          date: options.date ?? todayIso(),
          ...(options.sourceSheet !== undefined ? { sourceSheet: options.sourceSheet } : {}),
          language: options.language ?? this.language,
        });
        return { table, claim, excelTable, layout };
      });

      const budget = this.writeBudget(context);
      await this.finishWrite(context, budget, async () => {
        for (const name of replaced) {
          await budget.reserve(60);
          context.workbook.worksheets.getItem(name).delete();
        }
        for (const plan of plans) await writeTableSheet(context, budget, plan.claim.name, plan.excelTable, plan.layout, charts);
        const created = [...content.createdSheets.filter((n) => !replaced.has(n) || plans.some((p) => p.claim.name === n)), ...plans.map((p) => p.claim.name)];
        const stillThere = new Set([...names.filter((n) => !replaced.has(n)), ...plans.map((p) => p.claim.name)]);
        const keep = [...new Set(created)].filter((n) => stillThere.has(n));
        await this.writeStatus(context, budget, markedCells(content), keep, names.includes(STATUS_SHEET));
      });
      return {
        sheets: plans.map((p) => ({ table: p.table.name, sheet: p.claim.name, renamed: p.claim.userSheet !== undefined })),
        excelTables: Object.fromEntries(plans.map((p) => [p.claim.name, p.excelTable])),
      };
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Cells

  async selectCell(sheet: string, address: string): Promise<void> {
    const rect = parseRect(address);
    if (!rect) throw badAddress(address);
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(rectAddress(rect)).select();
      await context.sync();
    });
  }

  async setCellValue(sheet: string, address: string, value: string | number): Promise<void> {
    const cell = parseCell(address);
    if (!cell) throw badAddress(address);
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new WorkbookError("InvalidArgument", { nl: "Die waarde is geen getal.", en: "That value is not a number." });
    }
    await this.run(async (context) => {
      const budget = this.writeBudget(context);
      await this.finishWrite(context, budget, async () => {
        await budget.reserve(jsonBytes(value) + 40);
        const range = context.workbook.worksheets.getItem(sheet).getRange(cellAddress(cell.row, cell.col));
        range.values = [[typeof value === "string" ? cellText(value) : value]];
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // State

  async loadState(): Promise<StoredState | undefined> {
    return this.optimistic(async (context, guess) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const status = guess ? this.queueStatus(context) : undefined;
      const part = this.queueStatePart(context, guess);
      await context.sync();
      this.learnSheets(namesOf(sheets));
      if (status) this.takeStatus(status);
      return this.takeStatePart(context, part);
    });
  }

  async saveState(state: StoredState): Promise<void> {
    const xml = storedStateXml(state);
    await this.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      // "items/id" is loaded above; the rule does not see a path load as loading `items`.
      // eslint-disable-next-line office-addins/load-object-before-read
      const [first, ...extra] = parts.items;
      if (first) first.setXml(xml);
      else {
        const added = context.workbook.customXmlParts.add(xml);
        added.load("id");
      }
      for (const part of extra) part.delete();
      await context.sync();
      this.statePartId = undefined;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  async onSheetChanged(sheet: string, handler: (address: string) => void): Promise<Unsubscribe> {
    return this.run(async (context) => {
      const subscription = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        // Own writes run with events off; where Excel says who changed the cells (ExcelApi 1.14), that counts too.
        if (event.triggerSource === "ThisLocalAddin") return;
        handler(event.address);
      });
      await context.sync();
      return () => removeHandler(subscription);
    });
  }

  async onSelectionChanged(handler: (sheet: string, row: number) => void): Promise<Unsubscribe> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const names = new Map(sheets.items.map((sheet) => [sheet.id, sheet.name]));
      const subscription = context.workbook.worksheets.onSelectionChanged.add(async (event: Excel.WorksheetSelectionChangedEventArgs) => {
        const rect = parseAreas(event.address)[0];
        if (!rect) return;
        let name = names.get(event.worksheetId);
        if (name === undefined) {
          name = await this.sheetName(event.worksheetId);
          if (name === undefined) return;
          names.set(event.worksheetId, name);
        }
        handler(name, rect.top);
      });
      await context.sync();
      return () => removeHandler(subscription);
    });
  }

  private async sheetName(id: string): Promise<string | undefined> {
    try {
      return await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(id);
        sheet.load("name");
        await context.sync();
        return sheet.isNullObject ? undefined : sheet.name;
      });
    } catch {
      return undefined;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Entry lists ("Invoerlijsten")

  async installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    await this.changeEntryLists(sheet, lists);
  }

  async removeEntryLists(sheet: string): Promise<void> {
    await this.changeEntryLists(sheet, []);
  }

  /**
   * The lists sheet holds one column per installed list: the formation sheet's name, the range
   * the dropdown is on, then the values. Lists of `sheet` are replaced by `lists`; other sheets'
   * lists stay.
   */
  private async changeEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const exists = namesOf(sheets).includes(LISTS_SHEET);
      // One column per list (sheet, address, values…). A column keeps its place: other sheets'
      // dropdowns point at their columns by address, so only this sheet's columns are reused.
      let slots: (string[] | undefined)[] = [];
      if (exists) {
        const used = context.workbook.worksheets.getItem(LISTS_SHEET).getUsedRange(true);
        used.load("values,columnIndex");
        await context.sync();
        const read = transpose(used.values.map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v))))).map((column) => ((column[0] ?? "") !== "" ? column : undefined));
        // The used range starts at the first column in use: the empty columns before it are slots too.
        slots = [...Array.from({ length: used.columnIndex }, () => undefined), ...read];
      }
      const budget = this.writeBudget(context);
      await this.finishWrite(context, budget, async () => {
        const target = context.workbook.worksheets.getItem(sheet);
        for (const [i, column] of slots.entries()) {
          if (column?.[0] !== sheet) continue;
          slots[i] = undefined;
          const rect = parseRect(column[1] ?? "");
          if (!rect) continue;
          await budget.reserve(80);
          target.getRange(rectAddress(rect)).dataValidation.clear();
        }
        const added = lists.filter((list) => list.values.length > 0);
        const placed = added.map((list) => {
          let index = slots.indexOf(undefined);
          if (index < 0) index = slots.length;
          slots[index] = [sheet, rectAddress({ top: list.firstRow, bottom: list.lastRow, left: list.column, right: list.column }), ...list.values];
          return { list, column: index + 1 };
        });
        while (slots.length > 0 && slots[slots.length - 1] === undefined) slots.pop();
        let listSheet: Excel.Worksheet;
        await budget.reserve(120);
        if (exists) {
          listSheet = context.workbook.worksheets.getItem(LISTS_SHEET);
          listSheet.getRange().clear("Contents");
        } else {
          listSheet = context.workbook.worksheets.add(LISTS_SHEET);
          listSheet.visibility = "VeryHidden";
        }
        if (slots.length > 0) {
          const height = Math.max(...slots.map((c) => c?.length ?? 0));
          const grid = Array.from({ length: height }, (_, i) => slots.map((column) => cellText(column?.[i] ?? "")));
          await writeRows(listSheet, budget, 1, 1, grid);
        }
        for (const { list, column: index } of placed) {
          const source = absoluteReference(LISTS_SHEET, { top: 3, bottom: 2 + list.values.length, left: index, right: index });
          await budget.reserve(source.length + 300);
          const range = target.getRange(rectAddress({ top: list.firstRow, bottom: list.lastRow, left: list.column, right: list.column }));
          range.dataValidation.clear();
          range.dataValidation.ignoreBlanks = true;
          range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${source}` } };
          range.dataValidation.errorAlert = {
            showAlert: true,
            style: "Stop",
            title: "Formatiecheck",
            message: this.language === "nl" ? "Kies een waarde uit de lijst van het functieboek." : "Choose a value from the function book's list.",
          };
        }
      });
    });
  }
}

// -----------------------------------------------------------------------------------------------
// Helpers

function resultOf(plan: MarkingPlan): MarkResult {
  return {
    marked: plan.marked,
    cleared: plan.cleared,
    notesWritten: plan.notesWritten,
    notesSkipped: plan.notesSkipped,
    keptUserFill: plan.keptUserFill,
    approximated: plan.approximated,
  };
}

/** Sets (or clears) a fill on a set of ranges at once. */
function setFill(ranges: Excel.RangeAreas, target: OfficeFill | null): void {
  if (target === null || target.pattern === "None") {
    ranges.format.fill.clear();
    return;
  }
  // The pattern is always set: a colour alone keeps a hatch pattern the cell had.
  ranges.format.fill.color = target.color;
  ranges.format.fill.pattern = target.pattern;
  if (target.patternColor !== undefined) ranges.format.fill.patternColor = target.patternColor;
  if (target.tintAndShade !== undefined) ranges.format.fill.tintAndShade = target.tintAndShade;
}

/** Rows hidden in [first, last]: those no visible area covers. */
function hiddenRows(visibleAddress: string | undefined, first: number, last: number): Set<number> {
  const hidden = new Set<number>();
  if (last < first) return hidden;
  const covered: [number, number][] = visibleAddress === undefined ? [] : parseAreas(visibleAddress).map((r) => [r.top, r.bottom]);
  covered.sort((a, b) => a[0] - b[0]);
  let row = first;
  for (const [top, bottom] of covered) {
    for (; row < Math.min(top, last + 1); row++) hidden.add(row);
    row = Math.max(row, bottom + 1);
  }
  for (; row <= last; row++) hidden.add(row);
  return hidden;
}

/** Writes a 2-D block of values in pieces that fit the request budget. */
async function writeRows(worksheet: Excel.Worksheet, budget: RequestBudget, top: number, left: number, rows: readonly (readonly (string | number | boolean | null)[])[]): Promise<void> {
  let start = 0;
  while (start < rows.length) {
    let bytes = 0;
    let end = start;
    while (end < rows.length && (end === start || bytes + jsonBytes(rows[end]) < 1_000_000)) {
      bytes += jsonBytes(rows[end]);
      end++;
    }
    const part = rows.slice(start, end) as (string | number | boolean | null)[][];
    const width = Math.max(1, ...part.map((r) => r.length));
    await budget.reserve(bytes + 60);
    worksheet.getRangeByIndexes(top - 1 + start, left - 1, part.length, width).values = part.map((r) => (r.length === width ? r : [...r, ...Array.from({ length: width - r.length }, () => "")]));
    start = end;
  }
}

async function writeTableSheet(context: Context, budget: RequestBudget, name: string, excelTable: string, layout: SheetLayout, charts: boolean): Promise<void> {
  await budget.reserve(80);
  const worksheet = context.workbook.worksheets.add(name);
  const last = columnLetter(layout.lastCol);
  // 1. Values, as 2-D blocks.
  await writeRows(worksheet, budget, 1, 1, layout.titleBlock);
  await writeRows(worksheet, budget, layout.headerRow, 1, layout.table);
  for (const note of layout.footnotes) {
    await budget.reserve(jsonBytes(note.text) + 40);
    worksheet.getRange(`A${note.row}`).values = [[note.text]];
  }
  // 2. Formats per column and per block (never per cell).
  await budget.reserve(400);
  const titleRow = worksheet.getRange(`A1:${last}1`).format.font;
  titleRow.bold = true;
  titleRow.size = 14;
  worksheet.getRange(`A2:${last}2`).format.font.italic = true;
  const body = worksheet.getRange(`A${layout.firstDataRow}:${last}${layout.lastDataRow + (layout.totals ? 1 : 0)}`).format;
  body.verticalAlignment = "Top";
  for (const column of layout.columns) {
    await budget.reserve(160);
    worksheet.getRange(`${column.letter}:${column.letter}`).format.columnWidth = column.width;
    const data = worksheet.getRange(`${column.letter}${layout.firstDataRow}:${column.letter}${layout.lastDataRow + (layout.totals ? 1 : 0)}`);
    if (column.numberFormat !== undefined) setNumberFormat(data, column.numberFormat);
    if (column.wrap) data.format.wrapText = true;
  }
  // 3. The Excel table, with its totals row.
  await budget.reserve(300 + jsonBytes(layout.totals ?? []));
  const table = worksheet.tables.add(`A${layout.headerRow}:${last}${layout.lastDataRow}`, true);
  table.name = excelTable;
  table.style = TABLE_STYLE;
  table.showBandedRows = true;
  if (layout.totals) {
    table.showTotals = true;
    table.getTotalRowRange().formulas = [layout.totals.map((v) => v ?? "")];
  }
  worksheet.freezePanes.freezeRows(layout.headerRow);
  // 4. The chart (Overzicht), in the same request. The sheet is new (a sheet made earlier was
  // deleted first), so regenerating never leaves a second chart.
  const chart = charts ? layout.chart : undefined;
  if (chart) {
    await budget.reserve(300 + jsonBytes(chart.title));
    const excelChart = worksheet.charts.add("ColumnClustered", worksheet.getRange(chart.source), "Columns");
    excelChart.axes.categoryAxis.setCategoryNames(worksheet.getRange(chart.categories));
    excelChart.title.text = chart.title;
    excelChart.setPosition(chart.topLeft, chart.bottomRight);
  }
  // 5. Page layout (the print area takes in the chart).
  await budget.reserve(800);
  const page = worksheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = layout.landscape ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: layout.onePage ? 1 : 0 };
  page.leftMargin = 36;
  page.rightMargin = 36;
  page.topMargin = 54;
  page.bottomMargin = 54;
  page.headerMargin = 21.6;
  page.footerMargin = 21.6;
  page.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
  page.setPrintArea(`A1:${last}${chart ? chart.lastRow : layout.lastRow}`);
  const pages = page.headersFooters.defaultForAllPages;
  pages.leftHeader = layout.header.left;
  pages.rightHeader = layout.header.right;
  pages.leftFooter = layout.footer.left;
  pages.rightFooter = layout.footer.right;
}

/** One number format for a whole range: a single value applies to every cell. */
function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

async function removeHandler(subscription: OfficeExtension.EventHandlerResult<unknown>): Promise<void> {
  try {
    await Excel.run(subscription.context, async (context) => {
      subscription.remove();
      await context.sync();
    });
  } catch (error) {
    throw toWorkbookError(error);
  }
}

function transpose(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => rows.map((row) => row[j] ?? "")).map((column) => {
    let end = column.length;
    while (end > 0 && column[end - 1] === "") end--;
    return column.slice(0, end);
  });
}

/** Earlier marks as cells again (to write the status sheet back unchanged). */
function markedCells(content: StatusContent): MarkedCell[] {
  const cells: MarkedCell[] = [];
  for (const entry of content.marks) {
    for (const cell of entry.cells) {
      cells.push({ sheet: entry.sheet, row: cell.row, col: cell.col, fill: entry.fill, note: entry.note, markFill: entry.markFill ?? "", markNote: entry.markNote ?? "" });
    }
  }
  return cells;
}

function bookName(json: string | undefined): string | undefined {
  if (json === undefined) return undefined;
  try {
    const name = (JSON.parse(json) as { name?: unknown }).name;
    return typeof name === "string" && name !== "" ? name : undefined;
  } catch {
    return undefined;
  }
}

async function bundledBookName(): Promise<string> {
  const { bundledFunctieboek } = await import("../core/functieboek/bundled");
  return bundledFunctieboek().name;
}
