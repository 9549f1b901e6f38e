/**
 * Which cells to mark for a set of findings, and how: the most severe finding of a cell decides
 * its colour, and every finding of the cell goes into its note, under its title ("Schaal past
 * niet bij de functie: Schaal 10 past niet bij …"; the rule id is for the Controle sheet's
 * column, not for people reading a note). Pure data, used by both adapters.
 */
import { findingTitle } from "./finding-titles";
import { columnNumber } from "./formatie/grid";
import type { Finding, Severity } from "./findings";
import type { Language } from "./localized";

/** Fill colours (ARGB without alpha) per severity: Excel's own "bad", "neutral" and a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

export interface CellMark {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  /** Messages of every finding on this cell, most severe first. */
  messages: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One mark per cell. A finding marks its own cell; an aggregate finding (with `rows`) also marks
 * the same column in each of its rows, so every row it concerns is visible.
 */
export function planMarks(findings: readonly Finding[], language: Language = "nl"): CellMark[] {
  // Per sheet, marks by a numeric cell key: aggregate findings mark 100,000 cells of a large sheet.
  const bySheet = new Map<string, Map<number, CellMark>>();
  for (const finding of findings) {
    // An accepted finding is listed on the Controle sheet, never coloured.
    if (finding.row === undefined || finding.column === undefined || finding.accepted) continue;
    const col = columnNumber(finding.column);
    if (col === undefined) continue;
    let marks = bySheet.get(finding.sheet);
    if (!marks) {
      marks = new Map();
      bySheet.set(finding.sheet, marks);
    }
    addMark(marks, finding, finding.row, col, `${findingTitle(finding.code)[language]}: ${finding.message[language]}`);
    for (const row of finding.rows ?? []) if (row !== finding.row) addMark(marks, finding, row, col, undefined);
  }
  // Sheets in locale order, then cells by row and column (the numeric key's order).
  const sheets = [...bySheet.keys()].sort((a, b) => a.localeCompare(b));
  return sheets.flatMap((sheet) => {
    const marks = bySheet.get(sheet) as Map<number, CellMark>;
    return [...marks.keys()].sort((a, b) => a - b).map((key) => marks.get(key) as CellMark);
  });
}

/** Marks one cell for a finding; `text` is the finding's message where the cell is its own. */
function addMark(marks: Map<number, CellMark>, finding: Finding, row: number, col: number, text: string | undefined): void {
  const key = row * 16385 + col;
  const mark = marks.get(key);
  if (!mark) {
    marks.set(key, { sheet: finding.sheet, row, col, severity: finding.severity, messages: text ? [text] : [] });
    return;
  }
  if (RANK[finding.severity] < RANK[mark.severity]) mark.severity = finding.severity;
  if (text && !mark.messages.includes(text)) mark.messages.push(text);
}
