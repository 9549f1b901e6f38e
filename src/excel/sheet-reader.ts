/**
 * Reading sheets: the list, the active one, a sheet's used extent (in blocks sized to Excel's 5 MB
 * response limit), part of a sheet (live checks, the selection). What comes with a read, in the
 * same request: hidden rows, merged areas (ExcelApi 1.13), which cells are error values, and —
 * for the ribbon command — the state the workbook keeps.
 *
 * Error values: `range.values` gives an error as text in Excel's language ("#N/B" in Dutch), so
 * which cells are errors comes from Excel itself: the sheet's error cells as special cells of type
 * Errors (one small answer for the whole sheet, in the first request), a small range's from
 * `range.valueTypes` ("Error"). Loading `valueTypes` for a whole 50,000-row sheet would nearly
 * double the response and cost an extra request (tests/excel/budgets.test.ts).
 */
import { HEADER_SEARCH_ROWS } from "../core/formatie/header-detection";
import type { Grid, MergedRange } from "../core/formatie/grid";
import type { SheetInfo, StoredState } from "../core/workbook-port";
import { cellKey, parseAreas, parseRect, rectAddress } from "../core/range-addresses";
import { supports } from "./api-support";
import type { Context, ExcelSession } from "./excel-run";
import { officeErrorCode, WorkbookError } from "./office-errors";
import { toCoreRows } from "./office-values";
import { RequestBudget, REQUEST_BUDGET } from "./request-budget";
import { queueStatePart, queueStateXml, takeStatePart, type StatePartRead } from "./state-part";
import { queueStatus, takeStatus } from "./status-store";

/** Rows read blind in the first request, before the sheet's extent is known. */
export const FIRST_BLOCK_ROWS = 2000;
/** Rows per `range.values` block of a large sheet. */
export const BLOCK_ROWS = 10_000;
/** Sheets with more cells than this in their used range are refused (50,000 rows × 15 columns fit). */
export const MAX_READ_CELLS = 2_000_000;
/** Response bytes per request when reading a sheet's values. */
export const READ_RESPONSE_BUDGET = 4_000_000;
/** Cells `readRange` reads at most. */
const MAX_RANGE_CELLS = 200_000;

type MergeScope = "used" | "header" | "none";

/** Errors after which reading a sheet again without its merged areas cannot help. */
const NOT_ABOUT_MERGES = new Set(["ItemNotFound", "RangeExceedsLimit", "AccessDenied", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export function badAddress(address: string): WorkbookError {
  return new WorkbookError("InvalidArgument", {
    nl: `'${address}' is geen geldig celadres.`,
    en: `'${address}' is not a valid cell address.`,
  });
}

/** The sheet names in a listing loaded with `load("items/name")`. */
export function namesOf(sheets: Excel.WorksheetCollection): string[] {
  return sheets.items.map((sheet) => sheet.name);
}

export class SheetReader {
  /**
   * Where merged areas are read from, per sheet: the whole used range, only its header rows, or
   * nowhere. Excel refuses merged areas beyond 512 in one range (and before ExcelApi 1.13 has no
   * way to list them), so a sheet that refuses the whole range is read again asking less.
   */
  private readonly mergeScopes = new Map<string, MergeScope>();

  constructor(private readonly session: ExcelSession) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.session.read(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      this.session.learnSheets(namesOf(sheets));
      return sheets.items.map((sheet) => ({ name: sheet.name, visibility: VISIBILITY[sheet.visibility] ?? "visible" }));
    });
  }

  activeSheet(): Promise<string | undefined> {
    return this.session.read(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  /** A sheet (default: the active one) and, where asked, the workbook's state, in as few requests as possible. */
  async readSheet(wanted: string | undefined, withState: boolean): Promise<{ grid: Grid; state: StoredState | undefined }> {
    const mergesReadable = supports("mergedAreas");
    let scope: MergeScope = mergesReadable ? (this.mergeScopes.get(wanted?.toLowerCase() ?? "") ?? "used") : "none";
    for (;;) {
      const attempt = { firstRequestDone: false };
      try {
        const result = await this.session.read((context, guess) => this.readIn(context, guess, wanted, withState, mergesReadable ? scope : "none", attempt));
        if (scope !== "used") this.mergeScopes.set(result.grid.sheet.toLowerCase(), scope);
        this.session.merges.set(result.grid.sheet.toLowerCase(), result.grid.merges ?? []);
        return result;
      } catch (error) {
        // Only the first request asks for merged areas; a missing, protected or too large sheet has
        // nothing to do with them.
        if (scope === "none" || attempt.firstRequestDone || NOT_ABOUT_MERGES.has(officeErrorCode(error) ?? "")) throw error;
        scope = scope === "used" ? "header" : "none";
      }
    }
  }

  private async readIn(
    context: Context,
    guess: boolean,
    wanted: string | undefined,
    withState: boolean,
    mergeScope: MergeScope,
    attempt: { firstRequestDone: boolean },
  ): Promise<{ grid: Grid; state: StoredState | undefined }> {
    const session = this.session;
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
    const errors = queueErrorCells(used);
    // Merged areas (a cluster merged down its rows, a group label over two header columns): Excel
    // gives a merge's value in its top-left cell only; the core fills in what a merge means.
    let merged: Excel.RangeAreas | undefined;
    if (mergeScope !== "none" && supports("mergedAreas")) {
      merged = (mergeScope === "used" ? used : used.getRow(0).getResizedRange(HEADER_SEARCH_ROWS - 1, 0)).getMergedAreasOrNullObject();
      merged.load("address");
    }
    const status = guess ? queueStatus(session, context) : undefined;
    const part = withState ? queueStatePart(session, context, guess) : undefined;
    await context.sync();
    attempt.firstRequestDone = true;

    session.learnSheets(namesOf(sheets));
    if (status) takeStatus(session, status);
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
    const lateStatus = blocks.length > 0 && !status && session.statusSheetKnown ? queueStatus(session, context) : undefined;
    if (blocks.length > 0 && part) queueStateXml(session, part as StatePartRead);
    await budget.flush();
    for (const block of blocks) rows.push(...block.values);
    if (lateStatus) takeStatus(session, lateStatus);

    const state = withState && part ? await takeStatePart(session, context, part) : undefined;
    const empty = rowCount === 1 && colCount === 1 && (rows[0]?.[0] === "" || rows[0]?.[0] === undefined);
    const errorCells = takeErrorCells(errors);
    const grid: Grid = {
      sheet: name,
      rows: empty ? [] : toCoreRows(rows, errorCells.size === 0 ? undefined : (i, j) => errorCells.has(cellKey(top + i, left + j))),
      originRow: empty ? 1 : top,
      originCol: empty ? 1 : left,
      hiddenRows: hiddenRows(visible.isNullObject ? undefined : visible.address, top, lastRow),
    };
    const merges: MergedRange[] = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
    if (!empty && merges.length > 0) grid.merges = merges;
    return { grid, state };
  }

  async readRange(sheet: string, address: string): Promise<Grid> {
    const rect = parseRect(address);
    if (!rect) throw badAddress(address);
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_RANGE_CELLS) {
      throw new WorkbookError("RangeExceedsLimit", { nl: `Bereik ${address} is te groot om in één keer te lezen.`, en: `Range ${address} is too large to read at once.` });
    }
    return this.session.read(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(rectAddress(rect));
      range.load("values,valueTypes");
      const visible = range.getSpecialCellsOrNullObject("Visible");
      visible.load("address");
      await context.sync();
      const types = range.valueTypes;
      return {
        sheet,
        rows: toCoreRows(range.values, (i, j) => types[i]?.[j] === "Error"),
        originRow: rect.top,
        originCol: rect.left,
        hiddenRows: hiddenRows(visible.isNullObject ? undefined : visible.address, rect.top, rect.bottom),
      };
    });
  }
}

type ErrorCellsRead = Excel.RangeAreas[];

/** Queues reading which cells of a range hold error values (constants and formula results). */
function queueErrorCells(range: Excel.Range): ErrorCellsRead {
  return (["Constants", "Formulas"] as const).map((type) => {
    const areas = range.getSpecialCellsOrNullObject(type, "Errors");
    areas.load("address");
    return areas;
  });
}

function takeErrorCells(read: ErrorCellsRead): Set<number> {
  const cells = new Set<number>();
  for (const areas of read) {
    if (areas.isNullObject) continue;
    for (const rect of parseAreas(areas.address)) for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) cells.add(cellKey(row, col));
  }
  return cells;
}

/** Rows hidden in [first, last]: those no visible area covers. */
export function hiddenRows(visibleAddress: string | undefined, first: number, last: number): Set<number> {
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
