/**
 * Changing single cells of a user's worksheet part without touching the rest of it: a cell's format
 * index (a mark's fill, and back), its value (only when the user applies a suggestion), or a cell
 * the tool added and takes away again. Rows and cells that are not changed are copied as they were,
 * character for character; a new cell goes where Excel wants it (rows and cells in order), and a row
 * whose cells had no references gets them, so a new cell cannot shift its neighbours.
 */
import { columnLetter } from "../../core/formatie/grid";
import { storableText } from "../../core/text/storable-text";
import { escapeXmlText, rawAttribute } from "../xml/xml-text";
import { END, findElement, rootElement, scanTags, START } from "../xml/xml-scan";
import { parseReference } from "../read/sheet-grid";
import { setAttributes } from "./styles-part";

export interface ExistingCell {
  /** The cell's format index (0 when it has none). */
  style: number;
  /** True when the start tag has an `s` attribute. */
  hasStyle: boolean;
  /** True when it holds a value or formula. */
  hasContent: boolean;
  /** True when it holds a formula element: its own, or a follower's of a shared formula. */
  hasFormula: boolean;
  /** The first cell of a shared formula (`<f t="shared" ref=…>`): other cells take their formula from it. */
  sharesFormula: boolean;
  /** The cell element as it stands in the part (kept by "apply a suggestion" for its undoing). */
  xml: string;
}

export type NewValue = { text: string } | { number: number };

export interface CellChange {
  /** A format index, or null to take the `s` attribute away. */
  style?: number | null;
  value?: NewValue;
  /** Take the cell away (only a cell with no content is ever taken away). */
  remove?: boolean;
  /**
   * Put back a cell element kept earlier (undoing a suggestion the user applied): its content and
   * type as they were, with the cell's current format index; null takes the element away (the
   * cell did not exist before).
   */
  restore?: string | null;
}

/** Decides the change of one target cell from what is there now (undefined: no cell element). */
export type CellDecision<T> = (row: number, col: number, existing: ExistingCell | undefined, target: T) => CellChange | undefined;

interface RowSpan {
  r: number;
  start: number;
  /** After the start tag. */
  innerStart: number;
  /** At the end tag's "<" (equal to innerStart for a self-closing row). */
  innerEnd: number;
  end: number;
  selfClosing: boolean;
}

/** The targets by row, then column. */
export type CellTargets<T> = Map<number, Map<number, T>>;

export function addTarget<T>(targets: CellTargets<T>, row: number, col: number, target: T): void {
  let cols = targets.get(row);
  if (!cols) targets.set(row, (cols = new Map()));
  cols.set(col, target);
}

/** Applies the decisions to the sheet's XML; returns the new XML (the same string when nothing changed). */
export function patchCells<T>(xml: string, targets: CellTargets<T>, decide: CellDecision<T>): string {
  if (targets.size === 0) return xml;
  const prefix = rootElement(xml)?.prefix ?? "";
  const p = prefix ? `${prefix}:` : "";
  let sheetData = findElement(xml, "sheetData");
  let source = xml;
  if (!sheetData) {
    source = insertSheetData(xml, p);
    sheetData = findElement(source, "sheetData");
    if (!sheetData) return xml;
  }
  if (sheetData.selfClosing) {
    source = `${source.slice(0, sheetData.start)}<${p}sheetData></${p}sheetData>${source.slice(sheetData.end)}`;
    sheetData = findElement(source, "sheetData");
    if (!sheetData) return xml;
  }
  const rows = indexRows(source, sheetData.innerStart, sheetData.innerEnd);
  const pending = [...targets.keys()].sort((a, b) => a - b);
  const out: string[] = [source.slice(0, sheetData.innerStart)];
  let copiedTo = sheetData.innerStart;
  let changed = false;
  let next = 0; // index into pending

  const emitNewRowsBefore = (limit: number) => {
    while (next < pending.length && (pending[next] as number) < limit) {
      const r = pending[next++] as number;
      const cells = newCells(r, targets.get(r) as Map<number, T>, decide, p);
      if (cells !== "") {
        out.push(`<${p}row r="${r}">${cells}</${p}row>`);
        changed = true;
      }
    }
  };

  for (const row of rows) {
    if (next >= pending.length) break;
    if ((pending[next] as number) < row.r) {
      out.push(source.slice(copiedTo, row.start));
      copiedTo = row.start;
      emitNewRowsBefore(row.r);
    }
    if (pending[next] !== row.r) continue;
    next++;
    const rewritten = rewriteRow(source, row, targets.get(row.r) as Map<number, T>, decide, p);
    if (rewritten === undefined) continue;
    out.push(source.slice(copiedTo, row.start), rewritten);
    copiedTo = row.end;
    changed = true;
  }
  out.push(source.slice(copiedTo, sheetData.innerEnd));
  emitNewRowsBefore(Infinity);
  out.push(source.slice(sheetData.innerEnd));
  if (!changed) return xml;
  const result = out.join("");
  // A sheet left without rows gets its empty element back (as Excel writes it: <sheetData/>).
  const after = findElement(result, "sheetData");
  if (after && !after.selfClosing && result.slice(after.innerStart, after.innerEnd).trim() === "") {
    return `${result.slice(0, after.start)}<${p}sheetData/>${result.slice(after.end)}`;
  }
  return result;
}

/** Every row element in sheetData, with its (explicit or implied) number. */
function indexRows(xml: string, from: number, to: number): RowSpan[] {
  const rows: RowSpan[] = [];
  let current: RowSpan | undefined;
  let last = 0;
  scanTags(xml, from, to, (name, kind, lt, gt) => {
    if (name !== "row") return;
    if (kind === END) {
      if (current) {
        current.innerEnd = lt;
        current.end = gt + 1;
        rows.push(current);
        current = undefined;
      }
      return;
    }
    const r = Number.parseInt(rawAttribute(xml.slice(lt, gt + 1), "r") ?? "", 10);
    last = Number.isInteger(r) && r >= 1 ? r : last + 1;
    const span: RowSpan = { r: last, start: lt, innerStart: gt + 1, innerEnd: gt + 1, end: gt + 1, selfClosing: kind !== START };
    if (span.selfClosing) rows.push(span);
    else current = span;
  });
  return rows;
}

interface CellSpan {
  col: number;
  start: number;
  /** After the start tag. */
  tagEnd: number;
  end: number;
  tag: string;
  hasRef: boolean;
  hasContent: boolean;
  hasFormula: boolean;
  sharesFormula: boolean;
}

function indexCells(xml: string, row: RowSpan): CellSpan[] {
  const cells: CellSpan[] = [];
  let current: CellSpan | undefined;
  let col = 0;
  scanTags(xml, row.innerStart, row.innerEnd, (name, kind, lt, gt) => {
    if (name === "c") {
      if (kind === END) {
        if (current) {
          current.end = gt + 1;
          cells.push(current);
          current = undefined;
        }
        return;
      }
      const tag = xml.slice(lt, gt + 1);
      const ref = rawAttribute(tag, "r");
      const parsed = ref !== undefined ? parseReference(ref) : undefined;
      col = parsed?.col ?? col + 1;
      const span: CellSpan = { col, start: lt, tagEnd: gt + 1, end: gt + 1, tag, hasRef: parsed !== undefined, hasContent: false, hasFormula: false, sharesFormula: false };
      if (kind === START) current = span;
      else cells.push(span);
    } else if (current && (name === "v" || name === "f" || name === "is") && kind !== END) {
      current.hasContent = true;
      if (name === "f") {
        const tag = xml.slice(lt, gt + 1);
        current.hasFormula = true;
        current.sharesFormula = rawAttribute(tag, "t") === "shared" && rawAttribute(tag, "ref") !== undefined;
      }
    }
  });
  return cells;
}

function existingOf(cell: CellSpan, xml: string): ExistingCell {
  const s = rawAttribute(cell.tag, "s");
  return { style: s === undefined ? 0 : Number.parseInt(s, 10) || 0, hasStyle: s !== undefined, hasContent: cell.hasContent, hasFormula: cell.hasFormula, sharesFormula: cell.sharesFormula, xml: xml.slice(cell.start, cell.end) };
}

/** A kept cell element with its reference and the format index the cell has now. */
function restoredXml(kept: string, row: number, col: number, currentTag: string): string {
  const s = rawAttribute(currentTag, "s");
  const withRef = setAttributes(kept, { r: `${columnLetter(col)}${row}` });
  return s === undefined ? withStyle(withRef, null) : setAttributes(withRef, { s });
}

function rewriteRow<T>(xml: string, row: RowSpan, targets: Map<number, T>, decide: CellDecision<T>, p: string): string | undefined {
  const cells = row.selfClosing ? [] : indexCells(xml, row);
  const byCol = new Map(cells.map((c) => [c.col, c]));
  const changes = new Map<number, CellChange>();
  for (const [col, target] of targets) {
    const cell = byCol.get(col);
    const change = decide(row.r, col, cell ? existingOf(cell, xml) : undefined, target);
    if (change && (cell || (!change.remove && change.restore === undefined && (change.value !== undefined || (change.style !== undefined && change.style !== null))))) changes.set(col, change);
  }
  if (changes.size === 0) return undefined;
  const inserts = [...changes.keys()].filter((col) => !byCol.has(col) && changes.get(col)?.restore === undefined).sort((a, b) => a - b);
  // Cells without references are numbered by their place; a new cell among them would shift the
  // rest, so only then do they get references.
  const needRefs = inserts.length > 0 && cells.some((c) => !c.hasRef);
  const parts: string[] = [];
  let rowTag = xml.slice(row.start, row.innerStart);
  if (row.selfClosing) rowTag = rowTag.replace(/\s*\/>$/, ">");
  // The row's "spans" is an optional hint (ECMA-376 Part 1, 18.3.1.73) that readers do not hold a
  // cell to; it is left as it was, so taking the tool's cells away gives the row back exactly.
  parts.push(rowTag);
  let copied = row.innerStart;
  let nextInsert = 0;
  const emitInsertsBefore = (limit: number) => {
    while (nextInsert < inserts.length && (inserts[nextInsert] as number) < limit) {
      const col = inserts[nextInsert++] as number;
      parts.push(cellXml(row.r, col, changes.get(col) as CellChange, undefined, p));
    }
  };
  for (const cell of cells) {
    const change = changes.get(cell.col);
    if (nextInsert < inserts.length && (inserts[nextInsert] as number) < cell.col) {
      parts.push(xml.slice(copied, cell.start));
      copied = cell.start;
      emitInsertsBefore(cell.col);
    }
    if (!change && !(needRefs && !cell.hasRef)) continue;
    parts.push(xml.slice(copied, cell.start));
    copied = cell.end;
    const tag = needRefs && !cell.hasRef ? setAttributes(cell.tag, { r: `${columnLetter(cell.col)}${row.r}` }) : cell.tag;
    if (!change) {
      parts.push(tag, xml.slice(cell.tagEnd, cell.end));
      continue;
    }
    if (change.remove && !cell.hasContent) continue;
    if (change.restore !== undefined) {
      if (change.restore !== null) parts.push(restoredXml(change.restore, row.r, cell.col, tag));
      continue;
    }
    if (change.value !== undefined) {
      parts.push(cellXml(row.r, cell.col, change, tag, p));
      continue;
    }
    parts.push(withStyle(tag, change.style), xml.slice(cell.tagEnd, cell.end));
  }
  parts.push(xml.slice(copied, row.selfClosing ? row.innerStart : row.innerEnd));
  emitInsertsBefore(Infinity);
  parts.push(row.selfClosing ? `</${p}row>` : xml.slice(row.innerEnd, row.end));
  const out = parts.join("");
  // A row left without cells and with nothing but its number is one the tool made: it goes too.
  const emptied = cells.length > 0 && [...changes.values()].filter((c) => c.remove).length === cells.length && inserts.length === 0;
  if (emptied && /^<([\w.-]+:)?row\s+r\s*=\s*("[^"]*"|'[^']*')(\s+spans\s*=\s*("[^"]*"|'[^']*'))?\s*\/?>$/.test(xml.slice(row.start, row.innerStart))) return "";
  return out;
}

function withStyle(tag: string, style: number | null | undefined): string {
  if (style === undefined) return tag;
  if (style === null) return tag.replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, "");
  return setAttributes(tag, { s: String(style) });
}

/** A cell element: the value written as text or a number (text is never a formula), the style kept or changed. */
function cellXml(row: number, col: number, change: CellChange, oldTag: string | undefined, p: string): string {
  const style = change.style !== undefined ? change.style : oldTag !== undefined ? Number.parseInt(rawAttribute(oldTag, "s") ?? "", 10) : NaN;
  const s = style !== null && Number.isInteger(style) && (style as number) > 0 ? ` s="${style}"` : "";
  const ref = `${columnLetter(col)}${row}`;
  const value = change.value;
  if (value === undefined) return `<${p}c r="${ref}"${s}/>`;
  if ("number" in value) return `<${p}c r="${ref}"${s}><${p}v>${formatNumber(value.number)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXmlText(storableText(value.text))}</${p}t></${p}is></${p}c>`;
}

function newCells<T>(row: number, targets: Map<number, T>, decide: CellDecision<T>, p: string): string {
  const out: string[] = [];
  for (const col of [...targets.keys()].sort((a, b) => a - b)) {
    const change = decide(row, col, undefined, targets.get(col) as T);
    if (!change || change.remove || (change.value === undefined && (change.style === undefined || change.style === null))) continue;
    out.push(cellXml(row, col, change, undefined, p));
  }
  return out.join("");
}

/**
 * True when the cell is exactly what writing `value` into it gave (same element, same format):
 * nobody changed it since, whatever its number format shows (a date, a percentage).
 */
export function holdsValue(existing: ExistingCell, row: number, col: number, value: NewValue): boolean {
  const prefix = /^<([\w.-]+:)?c[\s/>]/.exec(existing.xml)?.[1] ?? "";
  const tag = /^<[^>]*>/.exec(existing.xml)?.[0];
  return existing.xml === cellXml(row, col, { value }, tag, prefix);
}

/** A number as XML text: the shortest form that reads back the same. */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/** A worksheet without sheetData (never seen from Excel, but tolerated): one is added where the schema wants it. */
function insertSheetData(xml: string, p: string): string {
  for (const later of ["sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "drawing", "legacyDrawing", "tableParts", "extLst"]) {
    const element = findElement(xml, later);
    if (element) return `${xml.slice(0, element.start)}<${p}sheetData/>${xml.slice(element.start)}`;
  }
  const root = rootElement(xml);
  const close = root ? xml.lastIndexOf(`</${p}${root.name}`) : -1;
  return close >= 0 ? `${xml.slice(0, close)}<${p}sheetData/>${xml.slice(close)}` : xml;
}

