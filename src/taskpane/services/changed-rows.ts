/**
 * Which rows a change event touches, from the A1 address Excel reports: "B5", "B5:D9",
 * "Formatie!B5", "'Formatie 2025'!$B$5:$D$9", several areas "A1:B2, D4", whole rows "3:5".
 * Whole columns ("B:D") or anything unreadable mean the whole sheet: it is read again.
 */

export interface RowSpan {
  /** 1-based, inclusive. */
  first: number;
  last: number;
}

export type RowChange = { kind: "rows"; spans: RowSpan[] } | { kind: "sheet" };

const CELL = /^([A-Za-z]{1,3})?(\d+)?$/;

export function rowsOfAddress(address: string): RowChange {
  const spans: RowSpan[] = [];
  for (const area of splitAreas(address)) {
    const ref = area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
    const rows: number[] = [];
    for (const part of ref.split(":")) {
      const match = CELL.exec(part);
      if (!match || match[2] === undefined) return { kind: "sheet" };
      rows.push(Number(match[2]));
    }
    if (rows.length === 0 || rows.length > 2 || rows.some((r) => r < 1)) return { kind: "sheet" };
    spans.push({ first: Math.min(...rows), last: Math.max(...rows) });
  }
  return spans.length === 0 ? { kind: "sheet" } : { kind: "rows", spans: mergeSpans(spans) };
}

/** Sorted, with overlapping and adjacent spans joined. */
export function mergeSpans(spans: readonly RowSpan[]): RowSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const merged: RowSpan[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && span.first <= previous.last + 1) previous.last = Math.max(previous.last, span.last);
    else merged.push({ ...span });
  }
  return merged;
}

/** Combines changes: any whole-sheet change makes the result a whole-sheet change. */
export function combineChanges(changes: readonly RowChange[]): RowChange {
  const spans: RowSpan[] = [];
  for (const change of changes) {
    if (change.kind === "sheet") return change;
    spans.push(...change.spans);
  }
  return spans.length === 0 ? { kind: "sheet" } : { kind: "rows", spans: mergeSpans(spans) };
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      areas.push(current);
      current = "";
    } else current += ch;
  }
  areas.push(current);
  return areas.map((a) => a.trim()).filter((a) => a !== "");
}
