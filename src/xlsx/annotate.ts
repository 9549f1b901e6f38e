/**
 * Writing findings into a copy of a workbook with ExcelJS: a fill per severity and a note on
 * each offending cell, and a "Controle" sheet that lists every finding with a link to its cell.
 * Every cell's own fill and note are first saved in a very-hidden state sheet, so the marks can be
 * removed again and the original restored exactly (`clearMarks`).
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../core/findings";
import { cellAddress } from "../core/formatie/grid";
import type { Language } from "../core/localized";
import { planMarks, SEVERITY_FILL } from "../core/marking";
import { cellRuns, chunkAddresses, expandAddressList, rectAddress, type CellRef } from "../core/range-addresses";
import { removeNote, setCellLink, setNote, setText } from "./write-text";

/** The very-hidden sheet that holds what the tool changed, so it can be undone. */
export const STATE_SHEET = "Formatiecheck_status";
export const CONTROL_SHEET = "Controle";

const NOTE_PREFIX = "Formatiecheck";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "Fout", warning: "Waarschuwing", info: "Info" };

/** State sheet columns: what a cell had before, and what the tool put there. */
const STATE_HEADER = ["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote"];

interface SavedCell {
  sheet: string;
  address: string;
  /** JSON of the cell's own fill and note before marking ("null": none). */
  fill: string;
  note: string;
  /** The ARGB colour and the note text the tool set (absent in state written by older versions). */
  markFill?: string;
  markNote?: string;
}

function stateSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  let sheet = workbook.getWorksheet(STATE_SHEET);
  if (!sheet) {
    sheet = workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    addStateRow(sheet, STATE_HEADER);
  }
  return sheet;
}

/** State rows hold sheet names and note text from the user's workbook: written as text, never as formulas. */
function addStateRow(sheet: ExcelJS.Worksheet, values: readonly string[]): void {
  const row = sheet.getRow(sheet.rowCount + 1);
  values.forEach((value, i) => {
    if (value !== "") setText(row.getCell(i + 1), value);
  });
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  return String(value);
}

function savedCells(workbook: ExcelJS.Workbook): SavedCell[] {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  if (!sheet) return [];
  const saved: SavedCell[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const [sheetName, address, fill, note, , markFill, markNote] = [1, 2, 3, 4, 5, 6, 7].map((c) => textOf(row.getCell(c).value));
    if (!sheetName || !address) return;
    // The Excel adapter stores cells with equal fills as one address list ("A4:A50003,E7").
    const cells = address.includes(":") || address.includes(",") ? (expandAddressList(address) ?? []) : [undefined];
    for (const cell of cells) {
      const entry: SavedCell = { sheet: sheetName, address: cell ? cellAddress(cell.row, cell.col) : address, fill: fill || "null", note: note || "null" };
      if (markFill) entry.markFill = markFill;
      if (markNote) entry.markNote = markNote;
      saved.push(entry);
    }
  });
  return saved;
}

/** Sheets the tool created itself (recorded in the state sheet), so regenerating replaces only those. */
export function createdSheets(workbook: ExcelJS.Workbook): Set<string> {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  const names = new Set<string>();
  sheet?.eachRow((row, n) => {
    const value = textOf(row.getCell(5).value);
    if (n > 1 && value !== "") names.add(value);
  });
  return names;
}

export function recordCreatedSheet(workbook: ExcelJS.Workbook, name: string): void {
  if (createdSheets(workbook).has(name)) return;
  addStateRow(stateSheet(workbook), ["", "", "", "", name]);
}

/** JSON from the state sheet; undefined when it does not parse (a damaged or hand-edited state sheet). */
function parseSaved<T>(json: string): T | null | undefined {
  try {
    return JSON.parse(json) as T | null;
  } catch {
    return undefined;
  }
}

function noteText(note: ExcelJS.Comment | string | undefined | null): string {
  if (note === undefined || note === null) return "";
  return typeof note === "string" ? note : (note.texts?.map((t) => t.text).join("") ?? "");
}

/**
 * Removes every mark the tool made and forgets the saved state. A cell's fill comes back only when
 * it still has the tool's colour: a cell the user recoloured since keeps the user's colour. Likewise
 * a note comes back only when it is still the tool's; where the user added to it, only the tool's
 * part is taken out.
 */
export function clearMarks(workbook: ExcelJS.Workbook): number {
  const saved = savedCells(workbook);
  let restored = 0;
  for (const entry of saved) {
    const worksheet = workbook.getWorksheet(entry.sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(entry.address);
    const markedFill = cell.fill as ExcelJS.FillPattern | undefined;
    const argb = markedFill?.type === "pattern" ? markedFill.fgColor?.argb : undefined;
    const stillOurs = entry.markFill !== undefined ? argb === entry.markFill : Object.values(SEVERITY_FILL).some((c) => argb === `FF${c}`);
    const originalFill = parseSaved<ExcelJS.Fill>(entry.fill);
    if (stillOurs && originalFill !== undefined) {
      const style = { ...cell.style };
      if (originalFill) style.fill = originalFill;
      else delete style.fill;
      cell.style = style;
    }
    const current = noteText(cell.note);
    const originalNote = parseSaved<ExcelJS.Comment | string>(entry.note);
    if (originalNote !== undefined) {
      const ours = entry.markNote !== undefined ? current === entry.markNote : current.includes(NOTE_PREFIX);
      if (ours) {
        if (originalNote) cell.note = originalNote;
        else removeNote(cell);
      } else if (entry.markNote !== undefined) {
        // The user edited the note: take out only the block the tool appended, if it is still there.
        const before = noteText(originalNote);
        const block = before ? entry.markNote.slice(before.length) : entry.markNote;
        if (block !== "" && current.includes(block)) {
          let kept = current.replace(block, "").replace(/\n+$/, "");
          if (!before) kept = kept.replace(/^\n+/, "");
          setNote(cell, kept);
        }
      }
    }
    restored++;
  }
  const state = workbook.getWorksheet(STATE_SHEET);
  if (state) {
    const created = createdSheets(workbook);
    workbook.removeWorksheet(state.id);
    for (const name of created) recordCreatedSheet(workbook, name);
  }
  return restored;
}

export interface AnnotateOptions {
  language?: Language;
  /** Shown at the top of the Controle sheet. */
  title?: string;
}

/** Marks the findings in the workbook and (re)writes the Controle sheet. Earlier marks are cleared first. */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: readonly Finding[], options: AnnotateOptions = {}): void {
  const language = options.language ?? "nl";
  clearMarks(workbook);
  const state = stateSheet(workbook);
  const marked = new MarkedStyles();
  const saved = new SavedGroups();
  for (const mark of planMarks(findings, language)) {
    const worksheet = workbook.getWorksheet(mark.sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(mark.row, mark.col);
    const originalStyle = cell.style ?? {};
    const originalNote = cell.note ?? null;
    const markFill = `FF${SEVERITY_FILL[mark.severity]}`;
    cell.style = marked.styleOf(originalStyle, markFill);
    let markNote = "";
    if (mark.messages.length > 0) {
      const ours = `${NOTE_PREFIX}:\n${mark.messages.join("\n")}`;
      const before = noteText(originalNote);
      setNote(cell, before ? `${before}\n\n${ours}` : ours);
      markNote = noteText(cell.note);
    }
    saved.add(mark, originalStyle, originalNote, markFill, markNote, marked);
  }
  for (const { entry, cells } of saved.groups()) {
    const [sheetName, fill, note, markFill, markNote] = entry;
    for (const list of chunkAddresses(cellRuns(cells).map(rectAddress))) addStateRow(state, [sheetName, list, fill, note, "", markFill, markNote]);
  }
  writeControlSheet(workbook, findings, options);
}

const EMPTY_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

function isEmptyStyle(style: Partial<ExcelJS.Style>): boolean {
  for (const key in style) if (Object.hasOwn(style, key)) return false;
  return true;
}

type StateEntry = [sheet: string, fill: string, note: string, markFill: string, markNote: string];

/**
 * Marked cells grouped by what the state sheet keeps of them, so cells with the same values share
 * one state row with an address list ("D4:D9,F12"). Most marked cells have no note: those are
 * grouped by their own fill and the mark's colour without building a key per cell.
 */
class SavedGroups {
  private readonly plain = new Map<string, Map<string, Map<string, { entry: StateEntry; cells: CellRef[] }>>>();
  private readonly withNotes = new Map<string, { entry: StateEntry; cells: CellRef[] }>();
  private readonly order: { entry: StateEntry; cells: CellRef[] }[] = [];

  add(mark: CellRef & { sheet: string }, style: Partial<ExcelJS.Style>, note: unknown, markFill: string, markNote: string, styles: MarkedStyles): void {
    const cell = { row: mark.row, col: mark.col };
    if (note === null && markNote === "") {
      const fill = styles.fillJsonOf(style);
      let byFill = this.plain.get(mark.sheet);
      if (!byFill) this.plain.set(mark.sheet, (byFill = new Map()));
      let byColour = byFill.get(fill);
      if (!byColour) byFill.set(fill, (byColour = new Map()));
      const group = byColour.get(markFill);
      if (group) group.cells.push(cell);
      else byColour.set(markFill, this.start([mark.sheet, fill, "null", markFill, ""], cell));
      return;
    }
    const entry: StateEntry = [mark.sheet, styles.fillJsonOf(style), JSON.stringify(note), markFill, markNote];
    const key = entry.join("\u0000"); // none of the parts holds a NUL (JSON escapes it; cell text cannot hold it)
    const group = this.withNotes.get(key);
    if (group) group.cells.push(cell);
    else this.withNotes.set(key, this.start(entry, cell));
  }

  /** Groups in the order they were first seen. */
  groups(): readonly { entry: StateEntry; cells: CellRef[] }[] {
    return this.order;
  }

  private start(entry: StateEntry, cell: CellRef): { entry: StateEntry; cells: CellRef[] } {
    const group = { entry, cells: [cell] };
    this.order.push(group);
    return group;
  }
}

/**
 * The marked styles of one annotation, one object per original style and mark colour. ExcelJS
 * shares a style object between the cells of a file that have the same style, and writes each
 * distinct object's XML once: cells marked alike share their new style too, so marking 100,000
 * cells adds a handful of styles instead of 100,000 (the code never changes a style object in
 * place: `cell.style = …` always gets a new one, as it must with ExcelJS's shared styles).
 */
class MarkedStyles {
  private readonly byOriginal = new Map<Partial<ExcelJS.Style>, { fillJson: string; byColour: Map<string, Partial<ExcelJS.Style>> }>();

  styleOf(original: Partial<ExcelJS.Style>, argb: string): Partial<ExcelJS.Style> {
    const entry = this.entryOf(original);
    let style = entry.byColour.get(argb);
    if (!style) {
      style = { ...original, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
      entry.byColour.set(argb, style);
    }
    return style;
  }

  /** The JSON of a style's own fill ("null": none), as the state sheet keeps it. */
  fillJsonOf(original: Partial<ExcelJS.Style>): string {
    return this.entryOf(original).fillJson;
  }

  private entryOf(original: Partial<ExcelJS.Style>) {
    // ExcelJS gives every unstyled cell an empty style object of its own: those count as one style.
    const key = isEmptyStyle(original) ? EMPTY_STYLE : original;
    let entry = this.byOriginal.get(key);
    if (!entry) {
      entry = { fillJson: JSON.stringify(original.fill ?? null), byColour: new Map() };
      this.byOriginal.set(key, entry);
    }
    return entry;
  }
}

function writeControlSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], options: AnnotateOptions): void {
  const ownSheets = createdSheets(workbook);
  let name = CONTROL_SHEET;
  const existing = workbook.getWorksheet(name);
  if (existing && ownSheets.has(name)) workbook.removeWorksheet(existing.id);
  else if (existing) {
    // A user's own sheet named "Controle" is never overwritten.
    let n = 2;
    while (workbook.getWorksheet(`${CONTROL_SHEET} (${n})`)) n++;
    name = `${CONTROL_SHEET} (${n})`;
  }
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  recordCreatedSheet(workbook, name);
  setText(sheet.getCell("A1"), options.title ?? "Formatiecheck — controle");
  sheet.getCell("A1").font = { bold: true, size: 13 };
  const header = ["Ernst", "Code", "Cel", "Werkblad", "Melding", "Message (English)", "Suggestie"];
  header.forEach((label, i) => {
    const cell = sheet.getCell(2, i + 1);
    setText(cell, label);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  findings.forEach((finding, i) => {
    const r = i + 3;
    setText(sheet.getCell(r, 1), SEVERITY_LABEL[finding.severity]);
    sheet.getCell(r, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[finding.severity]}` } };
    setText(sheet.getCell(r, 2), finding.code);
    if (finding.cell) {
      setCellLink(sheet.getCell(r, 3), finding.cell, finding.sheet, finding.cell);
      sheet.getCell(r, 3).font = { color: { argb: "FF0563C1" }, underline: true };
    }
    setText(sheet.getCell(r, 4), finding.sheet);
    setText(sheet.getCell(r, 5), finding.message.nl);
    setText(sheet.getCell(r, 6), finding.message.en);
    if (finding.suggestion !== undefined) setText(sheet.getCell(r, 7), finding.suggestion);
  });
  const widths = [13, 26, 8, 16, 90, 90, 22];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  if (findings.length > 0) sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: findings.length + 2, column: header.length } };
}
