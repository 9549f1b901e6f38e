/**
 * Marking findings and clearing marks, in few requests whatever the sheet's size (see
 * tests/excel/budgets.test.ts): one request reads what the cells are now (their fills — probed per
 * colour run —, the notes the marks touch, the sheets' protection, threaded comments, the status
 * sheet); a second one, only where needed, reads what the first could not know; then one write
 * phase.
 *
 * Nothing is lost when Excel refuses part way (tests/excel/fault-injection.test.ts). Excel keeps
 * the commands of a failed request that ran before the failing one, so the write phase is ordered:
 * 1. protection checked first (a protected sheet or workbook: a Dutch explanation, nothing written);
 * 2. the new records appended to the status sheet, the old ones kept (status-store.ts): every cell
 *    that may change colour is recorded before it does;
 * 3. the fills (earlier marks restored, new ones set, each with its tint);
 * 4. the notes;
 * 5. the old records deleted.
 * A failure while writing is never retried as it was planned. Where Excel says a note failed
 * (`debugInfo.errorLocation` "NoteCollection.add", "Note…"), the marking is done once more,
 * planned afresh from what the cells are now, without adding notes: a note Excel refuses must not
 * cost the colours, and the findings stay listed in the task pane (tab Controle).
 *
 * A finding on a cell inside a merged area marks the area's top-left cell: Excel shows a merged
 * area with that cell's fill, and keeps a merged area's note on it.
 */
import type { Finding } from "../core/findings";
import { cellAddress, columnLetter, columnNumber, type MergedRange } from "../core/formatie/grid";
import { planMarks, type CellMark } from "../core/marking";
import { cellKey, cellRuns, chunkAddresses, parseAreas, rectAddress, type CellRef } from "../core/range-addresses";
import { supports } from "./api-support";
import type { Context, ExcelSession } from "./excel-run";
import { FillReader } from "./fill-reader";
import type { OfficeFill } from "./fill-state";
import { isMarkColour, planMarking, type CellState, type MarkingPlan } from "./marking-plan";
import { officeErrorCode, officeErrorLocation } from "./office-errors";
import { assertWritable, queueProtection, type ProtectionRead } from "./protection";
import { jsonBytes, RequestBudget } from "./request-budget";
import { namesOf } from "./sheet-reader";
import { EMPTY_STATUS, statusRows, STATUS_SHEET, type StatusContent } from "./status-sheet";
import { appendStatus, dropOldStatus, queueStatus, takeStatus } from "./status-store";
import { finishWrite, writeBudget } from "./write-batch";

/** Notes written in one marking at most; further cells get their colour only (the pane lists all). */
export const MAX_NOTES = 3000;

export interface MarkResult {
  marked: number;
  /** Earlier marks taken away (or kept where the user recoloured the cell). */
  cleared: number;
  notesWritten: number;
  /**
   * Cells whose messages are not in a note (no note support in this Excel, too many, a threaded
   * comment on the cell, or Excel refused the notes): the task pane lists every finding.
   */
  notesSkipped: number;
  keptUserFill: number;
  /** Saved fills Excel cannot set again (a gradient): those cells got no fill. */
  approximated: number;
}

/** Codes of failures that a second marking without notes cannot get round. */
const NOT_ABOUT_NOTES = new Set(["AccessDenied", "ItemNotFound", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "InvalidOperationInCellEditMode"]);

interface Reading {
  plan: MarkingPlan;
  content: StatusContent;
  names: Set<string>;
}

type Wanted = CellRef & { note: boolean; group: string; queued: boolean };

export class Marks {
  constructor(private readonly session: ExcelSession) {}

  async mark(findings: readonly Finding[]): Promise<MarkResult> {
    return this.remark(planMarks(this.intoMergeCorners(findings), this.session.language));
  }

  async clear(): Promise<number> {
    return (await this.remark([])).cleared;
  }

  /** Findings on cells inside a merged area (as the sheet was last read) moved to its top-left cell. */
  private intoMergeCorners(findings: readonly Finding[]): Finding[] {
    return findings.map((finding) => {
      const merges = this.session.merges.get(finding.sheet.toLowerCase());
      if (!merges || merges.length === 0 || finding.row === undefined || finding.column === undefined) return finding;
      const corner = (row: number, col: number) => cornerOf(merges, row, col);
      const col = columnNumber(finding.column);
      if (col === undefined) return finding;
      const at = corner(finding.row, col);
      const rows = finding.rows?.map((row) => corner(row, col).row);
      if (at.row === finding.row && at.col === col && !rows?.some((r, i) => r !== finding.rows?.[i])) return finding;
      return { ...finding, row: at.row, column: columnLetter(at.col), cell: cellAddress(at.row, at.col), ...(rows ? { rows: [...new Set(rows)] } : {}) };
    });
  }

  private async remark(marks: CellMark[]): Promise<MarkResult> {
    const notes = supports("notes");
    const comments = notes && supports("threadedComments");
    let addedNotes = false;
    try {
      return await this.session.change(
        (context, guess) => this.read(context, guess, marks, { notes, comments, addNotes: true }),
        async (context, reading) => {
          addedNotes = reading.plan.notes.some((change) => change.content !== null && !change.exists);
          return this.write(context, reading);
        },
      );
    } catch (error) {
      // Only where Excel says the failure was a note's (debugInfo.errorLocation).
      if (!addedNotes || !/^Note/.test(officeErrorLocation(error) ?? "") || NOT_ABOUT_NOTES.has(officeErrorCode(error) ?? "")) throw error;
      // A note Excel refused: colour the cells anyway, planned afresh from what the cells are now.
      return this.session.change(
        (context, guess) => this.read(context, guess, marks, { notes, comments, addNotes: false }),
        (context, reading) => this.write(context, reading),
      );
    }
  }

  private async read(context: Context, guess: boolean, marks: readonly CellMark[], options: { notes: boolean; comments: boolean; addNotes: boolean }): Promise<Reading> {
    const session = this.session;
    const budget = new RequestBudget(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await budget.reserve(60, 2000);
    const status = guess ? queueStatus(session, context) : undefined;
    // Read what the cells are now: the new marks, and the earlier ones as last known. Earlier
    // marks are read per colour they were given, so an untouched run answers "all one colour".
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
    const knownOld = status ? session.status?.content : undefined;
    for (const entry of knownOld?.marks ?? []) for (const cell of entry.cells) want(entry.sheet, cell.row, cell.col, entry.markNote !== "", entry.markFill ?? "old");
    const reader = new FillReader(context, budget);
    const noteReads = new Map<string, Map<number, Excel.Note>>();
    const commentCounts = new Map<string, OfficeExtension.ClientResult<number>>();
    const protection: ProtectionRead = queueProtection(context, [], true);
    const queueCells = async (sheetNames: readonly string[], countComments: boolean) => {
      queueProtection(context, sheetNames, true, protection);
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
        if (!options.notes || !supports("notes")) continue;
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
        // A cell with a threaded comment takes no note: how many the sheet has, now; where, next.
        if (countComments && options.comments && supports("threadedComments") && !commentCounts.has(sheet) && cells.some((c) => c.note)) {
          commentCounts.set(sheet, worksheet.comments.getCount());
        }
      }
    };
    // Only sheets known to exist are named (a sheet deleted since would fail the whole request).
    const knownSheets = session.knownSheets;
    await queueCells(
      [...wanted.keys()].filter((sheet) => knownSheets === undefined || knownSheets.has(sheet)),
      true,
    );
    await budget.flush();

    // What the first request could not know, in one more: the status sheet where it was not known
    // to exist, earlier marks not read yet, sheets not known before, mixed colour runs, comments.
    const names = new Set(namesOf(sheets));
    session.learnSheets([...names]);
    let content = status ? takeStatus(session, status) : EMPTY_STATUS;
    const late = !status && session.statusSheetKnown ? queueStatus(session, context) : undefined;
    if (late) {
      await budget.reserve(60, 500_000);
      await budget.flush();
      content = takeStatus(session, late);
    }
    const missing = new Set<string>();
    for (const entry of content.marks) {
      if (!names.has(entry.sheet)) continue;
      for (const cell of entry.cells) {
        const noteWanted = entry.markNote !== "" && options.notes;
        const read = reader.has(entry.sheet, cell.row, cell.col) && (!noteWanted || noteReads.get(entry.sheet)?.has(cellKey(cell.row, cell.col)));
        if (read) continue;
        want(entry.sheet, cell.row, cell.col, entry.markNote !== "", entry.markFill ?? "old");
        missing.add(entry.sheet);
      }
    }
    for (const [sheet, cells] of wanted) if (names.has(sheet) && [...cells.values()].some((cell) => !cell.queued)) missing.add(sheet);
    await reader.settleProbes();
    const commented = await queueCommentLocations(context, budget, commentCounts);
    // (Sheets found only now are not searched for comments: a note refused there costs a second marking.)
    if (missing.size > 0) await queueCells([...missing], false);
    await budget.flush();
    reader.takeBlocks();
    // Runs of earlier marks found only now were probed: their mixed segments, in one more request.
    if (await reader.settleProbes()) {
      await budget.flush();
      reader.takeBlocks();
    }
    const comments = takeCommentLocations(commented);
    const lost = await lostMarks(context, budget, marks, content, reader);

    const current = (sheet: string, row: number, col: number): CellState => {
      const fill: OfficeFill | undefined = reader.get(sheet, row, col);
      if (!options.notes) return { fill, note: undefined };
      const note = noteReads.get(sheet)?.get(cellKey(row, col));
      // Cells without messages were not read; their note is left alone.
      if (!note) return { fill, note: undefined };
      return { fill, note: note.isNullObject ? null : note.content };
    };
    const plan = planMarking({
      marks,
      saved: content,
      sheets: names,
      current,
      notes: options.notes,
      maxNotes: MAX_NOTES,
      noteAllowed: (sheet, row, col) => options.addNotes && !(comments.get(sheet)?.has(cellKey(row, col)) ?? false),
      lostMark: (sheet, row, col) => lost.get(sheet)?.has(cellKey(row, col)) ?? false,
    });
    // Nothing is written where anything to be written is protected.
    const touched = new Set<string>();
    for (const group of [...plan.restore, ...plan.apply]) for (const sheet of group.cells.keys()) touched.add(sheet);
    for (const change of plan.notes) touched.add(change.sheet);
    assertWritable(protection, touched, touched.size > 0 && !names.has(STATUS_SHEET));
    return { plan, content, names };
  }

  private async write(context: Context, { plan, content, names }: Reading): Promise<MarkResult> {
    const result = resultOf(plan);
    if (plan.cleared === 0 && plan.marked === 0 && content.marks.length === 0) return result;
    const budget = writeBudget(context, { suspendCalculation: true });
    const entries = statusRows(plan.status, content.createdSheets).slice(1);
    await finishWrite(context, budget, async () => {
      const oldLastRow = await appendStatus(context, budget, this.session, entries, names.has(STATUS_SHEET));
      for (const group of [...plan.restore, ...plan.apply]) {
        for (const [sheet, cells] of group.cells) {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          for (const chunk of chunkAddresses(cellRuns(cells).map(rectAddress))) {
            await budget.reserve(chunk.length + 100);
            setFill(worksheet.getRanges(chunk), group.fill);
          }
        }
      }
      // (A plan has notes only where Excel has them: ExcelApi 1.18.)
      if (supports("notes")) {
        for (const change of plan.notes) {
          const worksheet = context.workbook.worksheets.getItem(change.sheet);
          const address = cellAddress(change.row, change.col);
          await budget.reserve(jsonBytes(change.content) + 40);
          if (change.content === null) {
            if (change.exists) worksheet.notes.getItem(address).delete();
          } else if (change.exists) worksheet.notes.getItem(address).content = change.content;
          else worksheet.notes.add(address, change.content);
        }
      }
      await dropOldStatus(context, budget, this.session, oldLastRow, entries);
    });
    return result;
  }
}

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

/** Sets (or clears) a fill on a set of ranges at once: colour, pattern and tint, always all three. */
function setFill(ranges: Excel.RangeAreas, target: OfficeFill | null): void {
  if (target === null || target.pattern === "None") {
    ranges.format.fill.clear();
    return;
  }
  // The pattern is always set (a colour alone keeps a hatch pattern the cell had), and so is the
  // tint (0 for an RGB colour): a theme colour's tint must not carry over to the mark, nor be lost
  // when the cell's own fill comes back.
  ranges.format.fill.color = target.color;
  ranges.format.fill.pattern = target.pattern;
  if (target.patternColor !== undefined) ranges.format.fill.patternColor = target.patternColor;
  ranges.format.fill.tintAndShade = target.tintAndShade ?? 0;
}

/**
 * Excel's built-in cell styles whose fill is a mark colour ("Ongeldig"/Bad, "Neutraal"/Neutral):
 * fill → the style's font colour. A cell with both is styled by the user, not marked.
 */
const STYLE_FONTS: Record<string, string> = { "#FFC7CE": "#9C0006", "#FFEB9C": "#9C5700" };

/**
 * New marks on cells that show a mark colour but are in no record: marks of an older version
 * whose record was lost (it wrote the status sheet last). Their font colour tells Excel's own cell
 * styles apart; read only where there are such cells (one more request then).
 */
async function lostMarks(context: Context, budget: RequestBudget, marks: readonly CellMark[], content: StatusContent, reader: FillReader): Promise<Map<string, Set<number>>> {
  const recorded = new Set(content.marks.flatMap((entry) => entry.cells.map((cell) => `${entry.sheet}\u0000${cellKey(cell.row, cell.col)}`)));
  const suspects: { mark: CellMark; fill: OfficeFill; font: Excel.RangeFont }[] = [];
  for (const mark of marks) {
    const fill = reader.get(mark.sheet, mark.row, mark.col);
    if (!isMarkColour(fill) || recorded.has(`${mark.sheet}\u0000${cellKey(mark.row, mark.col)}`)) continue;
    await budget.reserve(80, 40);
    const font = context.workbook.worksheets.getItem(mark.sheet).getRange(cellAddress(mark.row, mark.col)).format.font;
    font.load("color");
    suspects.push({ mark, fill: fill as OfficeFill, font });
  }
  const lost = new Map<string, Set<number>>();
  if (suspects.length === 0) return lost;
  await budget.flush();
  for (const { mark, fill, font } of suspects) {
    if (STYLE_FONTS[fill.color.toUpperCase()] === font.color?.toUpperCase()) continue;
    let cells = lost.get(mark.sheet);
    if (!cells) lost.set(mark.sheet, (cells = new Set()));
    cells.add(cellKey(mark.row, mark.col));
  }
  return lost;
}

type CommentLocations = Map<string, Excel.Range[]>;

/** Queues the cell of every threaded comment on the sheets that have any. */
async function queueCommentLocations(context: Context, budget: RequestBudget, counts: Map<string, OfficeExtension.ClientResult<number>>): Promise<CommentLocations> {
  const located: CommentLocations = new Map();
  if (!supports("threadedComments")) return located;
  for (const [sheet, count] of counts) {
    if (count.value === 0) continue;
    const comments = context.workbook.worksheets.getItem(sheet).comments;
    const ranges: Excel.Range[] = [];
    for (let i = 0; i < count.value; i++) {
      await budget.reserve(80, 120);
      const range = comments.getItemAt(i).getLocation();
      range.load("address");
      ranges.push(range);
    }
    located.set(sheet, ranges);
  }
  return located;
}

function takeCommentLocations(located: CommentLocations): Map<string, Set<number>> {
  const cells = new Map<string, Set<number>>();
  for (const [sheet, ranges] of located) {
    const keys = new Set<number>();
    for (const range of ranges) for (const rect of parseAreas(range.address)) keys.add(cellKey(rect.top, rect.left));
    cells.set(sheet, keys);
  }
  return cells;
}

function cornerOf(merges: readonly MergedRange[], row: number, col: number): { row: number; col: number } {
  const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return merge ? { row: merge.top, col: merge.left } : { row, col };
}
