/**
 * Which cells to mark for a set of findings, and how: the most severe finding of a cell decides
 * its colour, and every finding of the cell goes into its note. Pure data, used by both adapters.
 */
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
  const marks = new Map<string, CellMark>();
  const add = (finding: Finding, row: number, col: number, own: boolean) => {
    const key = `${finding.sheet}\u0000${row}\u0000${col}`;
    const text = own ? `${finding.code}: ${finding.message[language]}` : undefined;
    const mark = marks.get(key);
    if (!mark) {
      marks.set(key, { sheet: finding.sheet, row, col, severity: finding.severity, messages: text ? [text] : [] });
      return;
    }
    if (RANK[finding.severity] < RANK[mark.severity]) mark.severity = finding.severity;
    if (text && !mark.messages.includes(text)) mark.messages.push(text);
  };
  for (const finding of findings) {
    if (finding.row === undefined || finding.column === undefined) continue;
    const col = columnNumber(finding.column);
    if (col === undefined) continue;
    add(finding, finding.row, col, true);
    for (const row of finding.rows ?? []) if (row !== finding.row) add(finding, row, col, false);
  }
  return [...marks.values()].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col);
}
