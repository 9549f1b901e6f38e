/**
 * What marking (and clearing) changes, worked out from data alone: the new marks (the core's
 * `planMarks`), the saved state of earlier marks, and each cell's current fill and note as read
 * from the workbook. The Office.js adapter only carries the plan out, grouped by colour.
 *
 * Rules (the same as the ExcelJS adapter's `clearMarks`):
 * - An earlier mark is taken away only where the cell still has the tool's colour; a cell the user
 *   recoloured since keeps the user's colour. Its own fill comes back exactly as saved.
 * - A note comes back where it is still the tool's; where the user edited it, only the block the
 *   tool appended is taken out.
 * - A cell marked again keeps its first saved fill and note as "its own", never the tool's colour.
 */
import type { CellMark } from "../core/marking";
import { SEVERITY_FILL } from "../core/marking";
import { storableText } from "../core/text/storable-text";
import { fillFromStoredJson, fillKey, isSolidColor, storedFillJson, type OfficeFill } from "./fill-state";
import { cellKey, type CellRef } from "../core/range-addresses";
import type { MarkedCell, StatusContent } from "./status-sheet";

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

  /** What an earlier mark leaves behind: the cell's own fill and note as they are without the mark. */
  const carried = new Map<string, Map<number, { fill: string; note: string | null }>>();

  const seen = new Set<string>();
  for (const entry of input.saved.marks) {
    if (!input.sheets.has(entry.sheet)) continue;
    for (const cell of entry.cells) {
      const id = `${entry.sheet}\u0000${cellKey(cell.row, cell.col)}`;
      if (seen.has(id)) continue; // a cell listed twice (a damaged state): the first entry counts
      seen.add(id);
      cleared++;
      const current = input.current(entry.sheet, cell.row, cell.col);
      const remarked = newMarks.get(entry.sheet)?.has(cellKey(cell.row, cell.col)) ?? false;
      const stillOurs =
        entry.markFill !== undefined ? isSolidColor(current.fill, entry.markFill) : MARK_COLORS.some((c) => isSolidColor(current.fill, c));
      // The fill that is the cell's own after the mark goes.
      let ownFill: string;
      if (stillOurs) {
        ownFill = entry.fill;
        if (!remarked) {
          const original = fillFromStoredJson(entry.fill);
          if (original === undefined) approximated++;
          restore.add(original ?? null, entry.sheet, cell);
        }
      } else {
        keptUserFill++;
        ownFill = current.fill ? storedFillJson(current.fill) : "null";
      }
      // The note that is the cell's own after the mark goes.
      let ownNote = current.note;
      const original = parseNote(entry.note);
      if (current.note !== undefined && original !== undefined && entry.markNote !== "") {
        const now = current.note ?? "";
        const ours = entry.markNote !== undefined ? now === entry.markNote : now.includes(NOTE_PREFIX);
        if (ours) ownNote = original;
        else if (entry.markNote !== undefined) {
          const block = original ? entry.markNote.slice(original.length) : entry.markNote;
          if (block !== "" && now.includes(block)) ownNote = now.replace(block, "").replace(/\n+$/, "") || null;
        }
        if (!remarked && ownNote !== current.note) notes.push({ sheet: entry.sheet, row: cell.row, col: cell.col, content: ownNote ?? null, exists: current.note !== null });
      }
      if (remarked) {
        let sheet = carried.get(entry.sheet);
        if (!sheet) carried.set(entry.sheet, (sheet = new Map()));
        sheet.set(cellKey(cell.row, cell.col), { fill: ownFill, note: ownNote ?? null });
      }
    }
  }

  for (const [sheet, cells] of newMarks) {
    for (const mark of cells.values()) {
      const key = cellKey(mark.row, mark.col);
      const earlier = carried.get(sheet)?.get(key);
      const current = input.current(sheet, mark.row, mark.col);
      if (!earlier && current.fill === undefined) continue; // its own fill could not be read: not marked
      const ownFill = earlier ? earlier.fill : storedFillJson(current.fill as OfficeFill);
      const ownNote = earlier ? earlier.note : (current.note ?? null);
      const color = SEVERITY_FILL[mark.severity];
      apply.add({ color: `#${color}`, pattern: "Solid" }, sheet, { row: mark.row, col: mark.col });
      let markNote = "";
      const wantsNote = mark.messages.length > 0;
      if (wantsNote && input.notes && current.note !== undefined && notesWritten < input.maxNotes) {
        const ours = `${NOTE_PREFIX}:\n${mark.messages.join("\n")}`;
        markNote = storableText(ownNote ? `${ownNote}\n\n${ours}` : ours);
        notes.push({ sheet, row: mark.row, col: mark.col, content: markNote, exists: current.note !== null });
        notesWritten++;
      } else {
        if (wantsNote) notesSkipped++;
        if (earlier && earlier.note !== (current.note ?? null) && current.note !== undefined) {
          notes.push({ sheet, row: mark.row, col: mark.col, content: earlier.note, exists: current.note !== null });
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
