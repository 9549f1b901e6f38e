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
import { setText } from "./write-text";

/** The very-hidden sheet that holds what the tool changed, so it can be undone. */
export const STATE_SHEET = "Formatiecheck_status";
export const CONTROL_SHEET = "Controle";

const NOTE_PREFIX = "Formatiecheck";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { error: "Fout", warning: "Waarschuwing", info: "Info" };

interface SavedCell {
  sheet: string;
  address: string;
  fill: string;
  note: string;
}

function stateSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  let sheet = workbook.getWorksheet(STATE_SHEET);
  if (!sheet) {
    sheet = workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
    sheet.addRow(["sheet", "cell", "fill", "note", "createdSheets"]);
  }
  return sheet;
}

function savedCells(workbook: ExcelJS.Workbook): SavedCell[] {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  if (!sheet) return [];
  const saved: SavedCell[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const [sheetName, address, fill, note] = [1, 2, 3, 4].map((c) => String(row.getCell(c).value ?? ""));
    if (sheetName && address) saved.push({ sheet: sheetName, address, fill: fill ?? "null", note: note ?? "null" });
  });
  return saved;
}

/** Sheets the tool created itself (recorded in the state sheet), so regenerating replaces only those. */
export function createdSheets(workbook: ExcelJS.Workbook): Set<string> {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  const names = new Set<string>();
  sheet?.eachRow((row, n) => {
    const value = row.getCell(5).value;
    if (n > 1 && typeof value === "string" && value !== "") names.add(value);
  });
  return names;
}

export function recordCreatedSheet(workbook: ExcelJS.Workbook, name: string): void {
  if (createdSheets(workbook).has(name)) return;
  stateSheet(workbook).addRow(["", "", "", "", name]);
}

/**
 * Removes every mark the tool made: restores each saved fill and note (a cell the user recoloured
 * since keeps the user's colour), and forgets the saved state.
 */
export function clearMarks(workbook: ExcelJS.Workbook): number {
  const saved = savedCells(workbook);
  let restored = 0;
  for (const entry of saved) {
    const worksheet = workbook.getWorksheet(entry.sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(entry.address);
    const markedFill = cell.fill as ExcelJS.FillPattern | undefined;
    const stillOurs = markedFill?.type === "pattern" && Object.values(SEVERITY_FILL).some((c) => markedFill.fgColor?.argb === `FF${c}`);
    if (stillOurs) {
      const original = JSON.parse(entry.fill) as ExcelJS.Fill | null;
      const style = { ...cell.style };
      if (original) style.fill = original;
      else delete style.fill;
      cell.style = style;
    }
    const note = cell.note;
    const noteText = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("") ?? "";
    if (noteText.includes(NOTE_PREFIX)) {
      const original = JSON.parse(entry.note) as ExcelJS.Comment | string | null;
      if (original) cell.note = original;
      else (cell as unknown as { _comment?: unknown })._comment = undefined;
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
  for (const mark of planMarks(findings, language)) {
    const worksheet = workbook.getWorksheet(mark.sheet);
    if (!worksheet) continue;
    const address = cellAddress(mark.row, mark.col);
    const cell = worksheet.getCell(address);
    const originalNote = cell.note ?? null;
    state.addRow([mark.sheet, address, JSON.stringify(cell.style?.fill ?? null), JSON.stringify(originalNote)]);
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[mark.severity]}` } } };
    if (mark.messages.length > 0) {
      const ours = `${NOTE_PREFIX}:\n${mark.messages.join("\n")}`;
      const before = typeof originalNote === "string" ? originalNote : originalNote?.texts?.map((t) => t.text).join("") ?? "";
      cell.note = before ? `${before}\n\n${ours}` : ours;
    }
  }
  writeControlSheet(workbook, findings, options);
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
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  findings.forEach((finding, i) => {
    const r = i + 3;
    setText(sheet.getCell(r, 1), SEVERITY_LABEL[finding.severity]);
    sheet.getCell(r, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[finding.severity]}` } };
    setText(sheet.getCell(r, 2), finding.code);
    if (finding.cell) {
      sheet.getCell(r, 3).value = { text: finding.cell, hyperlink: `#'${finding.sheet.replace(/'/g, "''")}'!${finding.cell}` };
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
