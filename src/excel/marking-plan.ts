/**
 * What marking (and clearing) changes, worked out from data alone: the new marks (the core's
 * `planMarks`), the saved state of earlier marks, and each cell's current fill and note as read
 * from the workbook. The Office.js adapter only carries the plan out, grouped by colour.
 *
 * Rules (the same as the ExcelJS adapter's `clearMarks`):
 * - An earlier mark is taken away only where the cell still shows one of the tool's colours; a
 *   cell the user recoloured since keeps the user's colour. Its own fill comes back exactly as saved.
 * - A note comes back where it is still the tool's; where the user edited it, only the block the
 *   tool appended is taken out.
 * - A cell marked again keeps its first saved fill and note as "its own", never the tool's colour;
 *   a cell that shows a mark colour without any record carries a mark whose record was lost, and
 *   its own fill is taken as none — unless it is Excel's own "Ongeldig"/"Neutraal" cell style
 *   (the same fill with that style's font colour), which is the user's.
 * - A cell listed more than once (a change stopped half-way: the new rows are written below the
 *   old ones before anything is coloured, see status-store.ts) may carry any of the listed marks;
 *   its own fill and note are those of its newest row.
 */
import type { CellMark } from "../core/marking";
import { SEVERITY_FILL } from "../core/marking";
import { storableText } from "../core/text/storable-text";
import { fillFromStoredJson, fillKey, isSolidColor, storedFillJson, type OfficeFill } from "./fill-state";
import { cellKey, type CellRef } from "../core/range-addresses";
import type { MarkedCell, SavedMark, StatusContent } from "./status-sheet";

export const NOTE_PREFIX = "Formatiecheck";

export interface CellState {
  fill: OfficeFill | undefined;
  /** The note's text; null when the cell has none; undefined when notes are not read. */
  note: string | null | undefined;
}

export interface MarkingInput {
  marks: readonly CellMark[];
  saved: StatusContent;
  /** Sheets that exist (state of deleted sheets is dropped). */
  sheets: ReadonlySet<string>;
  current(sheet: string, row: number, col: number): CellState;
  /** Notes are written only where the host supports them (ExcelApi 1.18). */
  notes: boolean;
  /** At most this many notes are written in one marking; further cells get their colour only. */
  maxNotes: number;
  /** Whether a note may be put on this cell (not on a cell with a threaded comment); default yes. */
  noteAllowed?(sheet: string, row: number, col: number): boolean;
  /**
   * Whether an unrecorded cell showing a mark colour carries a mark whose record was lost (an
   * older version wrote the status sheet last): its own fill is then unknown and taken as none —
   * a mark colour is never recorded as a cell's own fill. Default: no.
   */
  lostMark?(sheet: string, row: number, col: number): boolean;
}

export type NoteChange = { sheet: string; row: number; col: number; content: string | null; exists: boolean };

export interface FillGroup {
  /** The fill to set; null: no fill (clear). */
  fill: OfficeFill | null;
  cells: Map<string, CellRef[]>;
}

export interface MarkingPlan {
  /** Earlier marks that go: grouped by the fill that comes back. */
  restore: FillGroup[];
  /** New marks: grouped by colour ("#FFC7CE"). */
  apply: FillGroup[];
  notes: NoteChange[];
  /** The state to save: one entry per marked cell. */
  status: MarkedCell[];
  /** Earlier marks processed (on sheets that still exist). */
  cleared: number;
  /** Earlier marks whose cell the user had recoloured: left as the user made it. */
  keptUserFill: number;
  /** Saved fills Office.js cannot set (a gradient): the cell gets no fill. */
  approximated: number;
  marked: number;
  notesWritten: number;
  /** Cells whose messages did not go into a note (no note support, or over `maxNotes`). */
  notesSkipped: number;
}

const MARK_COLORS = Object.values(SEVERITY_FILL);

function parseNote(json: string): string | null | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "object" && Array.isArray((value as { texts?: unknown }).texts)) {
    return ((value as { texts: { text?: unknown }[] }).texts).map((t) => (typeof t.text === "string" ? t.text : "")).join("");
  }
  return undefined;
}

class Groups {
  private readonly byKey = new Map<string, FillGroup>();
  add(fill: OfficeFill | null, sheet: string, cell: CellRef): void {
    const key = fillKey(fill);
    let group = this.byKey.get(key);
    if (!group) this.byKey.set(key, (group = { fill, cells: new Map() }));
    let cells = group.cells.get(sheet);
    if (!cells) group.cells.set(sheet, (cells = []));
    cells.push(cell);
  }
  list(): FillGroup[] {
    return [...this.byKey.values()];
  }
}

/** True when a fill is one of the tool's mark colours (solid, untinted). */
export function isMarkColour(fill: OfficeFill | undefined): boolean {
  return MARK_COLORS.some((c) => isSolidColor(fill, c));
}

const MARK_HEX = new Set(MARK_COLORS.map((c) => `#${c.toUpperCase()}`));

/**
 * True when a cell shows its mark, or a state between the mark and its own fill: a fill is set
 * property by property (colour, pattern, pattern colour, tint), so a change that stopped half-way
 * leaves, say, the own colour with the mark's solid pattern. Every property is then either the
 * mark's or the cell's own, and at least one is the mark's. A user's recolouring is not that.
 */
export function showsMark(current: OfficeFill | undefined, own: OfficeFill | null | undefined): boolean {
  if (!current) return false;
  if (isMarkColour(current)) return true;
  if (own === undefined || current.pattern === "None") return false;
  const mine: OfficeFill = own ?? { color: "#FFFFFF", pattern: "None" };
  const markColour = MARK_HEX.has(current.color.toUpperCase());
  const colourOk = markColour || current.color === mine.color;
  const patternOk = current.pattern === "Solid" || current.pattern === mine.pattern;
  const patternColourOk = current.patternColor === undefined || current.patternColor === mine.patternColor;
  const tint = current.tintAndShade ?? 0;
  const tintOk = tint === 0 || tint === (mine.tintAndShade ?? 0);
  const markTrace = markColour || (current.pattern === "Solid" && mine.pattern !== "Solid") || (tint === 0 && (mine.tintAndShade ?? 0) !== 0);
  return colourOk && patternOk && patternColourOk && tintOk && markTrace;
}

/** The cell's own note once the tool's part of it is taken out (undefined: unchanged). */
function noteWithoutMarks(now: string, entries: readonly SavedMark[]): string | null | undefined {
  const newest = entries[entries.length - 1] as SavedMark;
  const own = parseNote(newest.note);
  if (own === undefined) return undefined;
  for (const entry of entries) {
    if (entry.markNote === undefined ? now.includes(NOTE_PREFIX) : entry.markNote !== "" && now === entry.markNote) return own;
  }
  for (const entry of entries) {
    if (!entry.markNote) continue;
    const original = parseNote(entry.note);
    const block = original ? entry.markNote.slice(original.length) : entry.markNote;
    if (block !== "" && now.includes(block)) return now.replace(block, "").replace(/\n+$/, "") || null;
  }
  return undefined;
}

export function planMarking(input: MarkingInput): MarkingPlan {
  const restore = new Groups();
  const apply = new Groups();
  const notes: NoteChange[] = [];
  const status: MarkedCell[] = [];
  let cleared = 0;
  let keptUserFill = 0;
  let approximated = 0;
  let notesWritten = 0;
  let notesSkipped = 0;

  const newMarks = new Map<string, Map<number, CellMark>>();
  for (const mark of input.marks) {
    if (!input.sheets.has(mark.sheet)) continue;
    let sheet = newMarks.get(mark.sheet);
    if (!sheet) newMarks.set(mark.sheet, (sheet = new Map()));
    sheet.set(cellKey(mark.row, mark.col), mark);
  }

  // Earlier marks per cell, oldest row first.
  const earlier = new Map<string, { sheet: string; cell: CellRef; entries: SavedMark[] }>();
  for (const entry of input.saved.marks) {
    if (!input.sheets.has(entry.sheet)) continue;
    for (const cell of entry.cells) {
      const id = `${entry.sheet}\u0000${cellKey(cell.row, cell.col)}`;
      const known = earlier.get(id);
      if (known) known.entries.push(entry);
      else earlier.set(id, { sheet: entry.sheet, cell, entries: [entry] });
    }
  }

  /** What an earlier mark leaves behind: the cell's own fill and note as they are without the mark. */
  const carried = new Map<string, Map<number, { fill: string; note: string | null }>>();

  for (const { sheet, cell, entries } of earlier.values()) {
    cleared++;
    const newest = entries[entries.length - 1] as SavedMark;
    const current = input.current(sheet, cell.row, cell.col);
    const remarked = newMarks.get(sheet)?.has(cellKey(cell.row, cell.col)) ?? false;
    // The fill that is the cell's own after the mark goes.
    let ownFill: string;
    const original = fillFromStoredJson(newest.fill);
    if (showsMark(current.fill, original)) {
      ownFill = newest.fill;
      if (!remarked) {
        if (original === undefined) approximated++;
        restore.add(original ?? null, sheet, cell);
      }
    } else {
      keptUserFill++;
      ownFill = current.fill ? storedFillJson(current.fill) : "null";
    }
    // The note that is the cell's own after the mark goes.
    let ownNote = current.note;
    if (current.note !== undefined) {
      const without = noteWithoutMarks(current.note ?? "", entries);
      if (without !== undefined) ownNote = without;
      if (!remarked && ownNote !== current.note) notes.push({ sheet, row: cell.row, col: cell.col, content: ownNote ?? null, exists: current.note !== null });
    }
    if (remarked) {
      let byCell = carried.get(sheet);
      if (!byCell) carried.set(sheet, (byCell = new Map()));
      byCell.set(cellKey(cell.row, cell.col), { fill: ownFill, note: ownNote ?? null });
    }
  }

  for (const [sheet, cells] of newMarks) {
    for (const mark of cells.values()) {
      const key = cellKey(mark.row, mark.col);
      const before = carried.get(sheet)?.get(key);
      const current = input.current(sheet, mark.row, mark.col);
      if (!before && current.fill === undefined) continue; // its own fill could not be read: not marked
      const lost = !before && isMarkColour(current.fill) && (input.lostMark?.(sheet, mark.row, mark.col) ?? false);
      const ownFill = before ? before.fill : lost ? "null" : storedFillJson(current.fill as OfficeFill);
      const ownNote = before ? before.note : (current.note ?? null);
      const color = SEVERITY_FILL[mark.severity];
      apply.add({ color: `#${color}`, pattern: "Solid" }, sheet, { row: mark.row, col: mark.col });
      let markNote = "";
      const wantsNote = mark.messages.length > 0;
      const allowed = input.noteAllowed?.(sheet, mark.row, mark.col) ?? true;
      if (wantsNote && input.notes && allowed && current.note !== undefined && notesWritten < input.maxNotes) {
        const ours = `${NOTE_PREFIX}:\n${mark.messages.join("\n")}`;
        markNote = storableText(ownNote ? `${ownNote}\n\n${ours}` : ours);
        notes.push({ sheet, row: mark.row, col: mark.col, content: markNote, exists: current.note !== null });
        notesWritten++;
      } else {
        if (wantsNote) notesSkipped++;
        if (before && before.note !== (current.note ?? null) && current.note !== undefined) {
          notes.push({ sheet, row: mark.row, col: mark.col, content: before.note, exists: current.note !== null });
        }
      }
      status.push({ sheet, row: mark.row, col: mark.col, fill: ownFill, note: JSON.stringify(ownNote), markFill: `FF${color}`, markNote });
    }
  }

  return {
    restore: restore.list(),
    apply: apply.list(),
    notes,
    status,
    cleared,
    keptUserFill,
    approximated,
    marked: status.length,
    notesWritten,
    notesSkipped,
  };
}
