/**
 * Marking findings in a file and taking the marks away again. A marked cell gets a copy of its own
 * cell format with the severity's fill (so its number format, font and borders stay), and a note
 * where the sheet can take one; what the cell had is saved first in the state sheet, so clearing
 * restores it exactly — to the very format index when nobody changed the cell since, else its own
 * fill on its current format. A cell the user recoloured since keeps the user's colour.
 */
import type { Finding } from "../../core/findings";
import type { Language } from "../../core/localized";
import { planMarks, SEVERITY_FILL, type CellMark } from "../../core/marking";
import { addTarget, patchCells, type CellTargets } from "./sheet-cells";
import type { EditableWorkbook } from "./editable-workbook";
import { fillJson, fillXmlFromJson, isSolidFill } from "./fill-json";
import { addNotes, restoreNotes, type NoteRestore, type NoteToAdd } from "./notes";
import { readStatus, writeStatus } from "./own-sheets";
import { sheetPrefix } from "./sheet-elements";
import type { SavedCell } from "./status-sheet";
import type { StylesPart } from "./styles-part";

const NOTE_PREFIX = "Formatiecheck";

export interface MarkResult {
  /** Sheets whose notes were left out because the sheet has notes or drawings of its own. */
  notesLeftOut: string[];
  marked: number;
}

/** Marks the findings (earlier marks are cleared first); the state sheet records what each cell had. */
export async function markFindings(workbook: EditableWorkbook, findings: readonly Finding[], language: Language): Promise<MarkResult> {
  await clearMarks(workbook);
  const status = await readStatus(workbook);
  const styles = await workbook.styles();
  const bySheet = new Map<string, CellMark[]>();
  for (const mark of planMarks(findings, language)) {
    const list = bySheet.get(mark.sheet);
    if (list) list.push(mark);
    else bySheet.set(mark.sheet, [mark]);
  }
  const saved: SavedCell[] = [];
  const notesLeftOut: string[] = [];
  let marked = 0;
  for (const [sheetName, marks] of bySheet) {
    const entry = workbook.sheet(sheetName);
    if (!entry || entry.kind !== "worksheet" || entry.part === undefined) continue;
    const xml = (await workbook.pkg.text(entry.part)) ?? "";
    const notes: NoteToAdd[] = [];
    for (const mark of marks) if (mark.messages.length > 0) notes.push({ row: mark.row, col: mark.col, text: `${NOTE_PREFIX}:\n${mark.messages.join("\n")}` });
    const notesAdded = await addNotes(workbook, entry.name, notes);
    if (!notesAdded && notes.length > 0) notesLeftOut.push(entry.name);
    const noteAt = new Map(notesAdded ? notes.map((n) => [`${n.row}:${n.col}`, n.text]) : []);
    const targets: CellTargets<CellMark> = new Map();
    for (const mark of marks) addTarget(targets, mark.row, mark.col, mark);
    // The sheet part may have gained a legacyDrawing element: read it again.
    const current = (await workbook.pkg.text(entry.part)) ?? xml;
    const patched = patchCells(current, targets, (row, col, existing, mark) => {
      const markFill = `FF${SEVERITY_FILL[mark.severity]}`;
      const original = existing?.style ?? 0;
      const style = styles.withFill(original, styles.solidFill(markFill));
      saved.push({
        sheet: entry.name,
        row,
        col,
        fill: fillJson(styles.fillOf(original)),
        note: "null",
        markFill,
        markNote: noteAt.get(`${row}:${col}`) ?? "",
        style: existing === undefined ? "-" : existing.hasStyle ? `${existing.style}@${formatFingerprint(styles, existing.style)}` : "",
        markStyle: String(style),
      });
      marked++;
      return { style };
    });
    workbook.pkg.setPart(entry.part, patched);
  }
  workbook.flush();
  await writeStatus(workbook, { cells: saved, createdSheets: status.createdSheets });
  return { notesLeftOut, marked };
}

/** Restores every cell the state sheet lists and forgets the marks; returns how many cells were restored. */
export async function clearMarks(workbook: EditableWorkbook): Promise<number> {
  const status = await readStatus(workbook);
  if (status.cells.length === 0) return 0;
  const styles = await workbook.styles();
  const bySheet = new Map<string, SavedCell[]>();
  for (const cell of status.cells) {
    const list = bySheet.get(cell.sheet);
    if (list) list.push(cell);
    else bySheet.set(cell.sheet, [cell]);
  }
  const colours = Object.values(SEVERITY_FILL);
  let restored = 0;
  for (const [sheetName, cells] of bySheet) {
    const entry = workbook.sheet(sheetName);
    if (!entry || entry.part === undefined) continue;
    const xml = (await workbook.pkg.text(entry.part)) ?? "";
    const prefix = sheetPrefix((await workbook.pkg.text(workbook.structure.stylesPart ?? "")) ?? "");
    const targets: CellTargets<SavedCell> = new Map();
    for (const cell of cells) addTarget(targets, cell.row, cell.col, cell);
    const patched = patchCells(xml, targets, (_row, _col, existing, cell) => {
      restored++;
      if (!existing) return undefined;
      const fill = styles.fillOf(existing.style);
      const stillOurs = cell.markFill !== undefined ? isSolidFill(fill, cell.markFill) : colours.some((c) => isSolidFill(fill, c));
      if (!stillOurs) return undefined;
      if (cell.markStyle !== undefined && cell.markStyle === String(existing.style) && cell.style !== undefined) {
        // Nobody changed the cell since: it gets its very own format index back — if that index
        // still holds the same format (a program that saved the file in between numbers them anew).
        if (cell.style === "-") return existing.hasContent ? { style: null } : { remove: true };
        if (cell.style === "") return { style: null };
        const [indexText, fingerprint] = cell.style.split("@");
        const index = Number(indexText);
        if (Number.isInteger(index) && index >= 0 && index < styles.cellFormatCount() && fingerprint === formatFingerprint(styles, index)) return { style: index };
      }
      if (cell.fill === "null") return { style: styles.withoutFill(existing.style) };
      const original = fillXmlFromJson(cell.fill, prefix);
      if (original === undefined) return undefined;
      return { style: styles.withFill(existing.style, original) };
    });
    workbook.pkg.setPart(entry.part, patched);
    const notes: NoteRestore[] = cells
      .filter((c) => c.markNote !== undefined && c.markNote !== "")
      .map((c) => ({ row: c.row, col: c.col, markNote: c.markNote as string, original: noteText(c.note) }));
    await restoreNotes(workbook, entry.name, notes);
  }
  workbook.flush();
  await writeStatus(workbook, { cells: [], createdSheets: status.createdSheets });
  return restored;
}

/** A short fingerprint of a cell format and its fill, to know the index still means the same format. */
function formatFingerprint(styles: StylesPart, index: number): string {
  const text = `${(styles.cellFormat(index) ?? "").replace(/\s+/g, " ")}|${styles.fillOf(index).replace(/\s+/g, " ")}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The text of a saved note: JSON of a string, of ExcelJS's comment shape ({ texts: [{ text }] }), or null. */
function noteText(json: string): string | null {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (parsed === null) return null;
    if (typeof parsed === "string") return parsed;
    if (typeof parsed === "object" && parsed !== null && Array.isArray((parsed as { texts?: unknown }).texts)) {
      return ((parsed as { texts: { text?: unknown }[] }).texts ?? []).map((t) => String(t.text ?? "")).join("");
    }
  } catch {
    // A damaged state row: the note is left as it is.
  }
  return null;
}
