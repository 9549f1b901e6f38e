/**
 * A worksheet part read into the core's grid, in one pass over its XML. Only `sheetData` and
 * `mergeCells` are looked at: data validations, conditional formats, drawings and the like are
 * never parsed, so a dropdown on a whole column or a million formatted cells costs nothing. Cells
 * are placed by their own reference where they have one (else after the previous one), so rows and
 * cells without numbers, cells outside a row and rows out of order all read as Excel reads them.
 * The grid covers the cells that hold data only; formatting alone never stretches it, and merged
 * ranges are clipped to it.
 */
import type { CellValue, Grid, MergedRange } from "../../core/formatie/grid";
import { decodeOoxmlEscapes, decodeXml, decodeXmlContent, rawAttribute } from "../xml/xml-text";
import { EMPTY, END, findElement, findElements, START, scanTags } from "../xml/xml-scan";

export interface SheetReadContext {
  sheetName: string;
  sharedStrings: readonly string[];
  /** Per cell format index: shows numbers as dates. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Stop after this sheet row (the header search reads only the first rows). */
  maxRows?: number;
  /** Cells with a value at most; more throws `TooManyCellsError`. */
  maxCells?: number;
}

export class TooManyCellsError extends Error {
  constructor(readonly sheet: string, readonly max: number) {
    super(`sheet ${sheet} has more than ${max} cells`);
    this.name = "TooManyCellsError";
  }
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Above this many cells (rows × columns) rows are not padded to the same length. */
const PAD_LIMIT = 4_000_000;

export function readSheetGrid(xml: string, context: SheetReadContext): Grid {
  const maxRows = context.maxRows ?? Infinity;
  const maxCells = context.maxCells ?? Infinity;
  const rows: (CellValue[] | undefined)[] = [];
  const hiddenRows = new Set<number>();
  const hiddenCandidates = new Set<number>();
  let lastRow = 0;
  let lastCol = 0;
  let cells = 0;

  let row = 0;
  let col = 0;
  // The cell being read.
  let cellRow = 0;
  let cellCol = 0;
  let cellType = "";
  let cellStyle = 0;
  let valueStart = -1;
  let valueText: string | undefined;
  let hasFormula = false;
  let inInline = false;
  let inlineParts: string[] = [];
  let phonetic = 0;
  let textStart = -1;

  const store = () => {
    const value = cellValue();
    if (value === null) return;
    if (cellRow < 1 || cellRow > MAX_ROW || cellCol < 1 || cellCol > MAX_COL) return;
    if (++cells > maxCells) throw new TooManyCellsError(context.sheetName, maxCells);
    let line = rows[cellRow - 1];
    if (!line) rows[cellRow - 1] = line = [];
    line[cellCol - 1] = value;
    if (cellRow > lastRow) lastRow = cellRow;
    if (cellCol > lastCol) lastCol = cellCol;
  };

  const cellValue = (): CellValue => {
    let text = valueText;
    if (cellType === "inlineStr" && inlineParts.length > 0) text = inlineParts.join("");
    if (text === undefined) return hasFormula ? { error: "#UNCALCULATED" } : null;
    switch (cellType) {
      case "s": {
        const shared = context.sharedStrings[Number.parseInt(text, 10)];
        return shared === undefined || isBlank(shared) ? null : shared;
      }
      case "str":
      case "inlineStr": {
        const decoded = decodeOoxmlEscapes(decodeXmlContent(text));
        return isBlank(decoded) ? null : decoded;
      }
      case "b":
        return text.trim() === "1" || text.trim().toLowerCase() === "true";
      case "e":
        return { error: decodeXml(text).trim() || "#N/A" };
      case "d": {
        const date = new Date(decodeXml(text).trim());
        return Number.isNaN(date.getTime()) ? decodeXml(text) : date;
      }
      default: {
        const trimmed = text.trim();
        if (trimmed === "") return hasFormula ? { error: "#UNCALCULATED" } : null;
        const number = Number(trimmed);
        if (!Number.isFinite(number)) {
          const decoded = decodeOoxmlEscapes(decodeXml(text));
          return isBlank(decoded) ? null : decoded;
        }
        if (context.dateStyles[cellStyle] === true) return serialToDate(number, context.date1904) ?? number;
        return number;
      }
    }
  };

  const sheetData = findElement(xml, "sheetData");
  let stoppedAt = xml.length;
  if (sheetData && !sheetData.selfClosing) {
    stoppedAt = scanTags(xml, sheetData.innerStart, xml.length, (name, kind, lt, gt) => {
      switch (name) {
        case "c": {
          if (kind === END) {
            store();
            return;
          }
          const tag = xml.slice(lt, gt + 1);
          const ref = rawAttribute(tag, "r");
          const parsed = ref !== undefined ? parseReference(ref) : undefined;
          cellCol = parsed?.col ?? col + 1;
          cellRow = parsed?.row ?? (row === 0 ? 1 : row);
          col = cellCol;
          cellType = rawAttribute(tag, "t") ?? "n";
          const s = rawAttribute(tag, "s");
          cellStyle = s === undefined ? 0 : Number.parseInt(s, 10) || 0;
          valueText = undefined;
          valueStart = -1;
          hasFormula = false;
          inInline = false;
          inlineParts = [];
          phonetic = 0;
          if (kind === EMPTY) store();
          return;
        }
        case "v":
          if (kind === START) valueStart = gt + 1;
          else if (kind === END && valueStart >= 0) valueText = xml.slice(valueStart, lt);
          else if (kind === EMPTY) valueText = "";
          return;
        case "f":
          if (kind !== END) hasFormula = true;
          return;
        case "is":
          if (kind === START) inInline = true;
          else if (kind === END) inInline = false;
          return;
        case "t":
          if (!inInline || phonetic > 0) return;
          if (kind === START) textStart = gt + 1;
          else if (kind === END && textStart >= 0) {
            inlineParts.push(xml.slice(textStart, lt));
            textStart = -1;
          }
          return;
        case "rPh":
          if (kind === START) phonetic++;
          else if (kind === END) phonetic = Math.max(0, phonetic - 1);
          return;
        case "row": {
          if (kind === END) return;
          const tag = xml.slice(lt, gt + 1);
          const r = Number.parseInt(rawAttribute(tag, "r") ?? "", 10);
          row = Number.isInteger(r) && r >= 1 ? r : row + 1;
          col = 0;
          if (row > maxRows) return false;
          const hidden = rawAttribute(tag, "hidden");
          if (hidden === "1" || hidden === "true") hiddenCandidates.add(row);
          return;
        }
        case "sheetData":
          if (kind === END) return false;
          return;
        default:
          return;
      }
    });
  }

  for (const r of hiddenCandidates) if (rows[r - 1] !== undefined) hiddenRows.add(r);
  const pad = lastRow * lastCol <= PAD_LIMIT;
  const grid: CellValue[][] = new Array<CellValue[]>(lastRow);
  for (let r = 0; r < lastRow; r++) {
    const line = rows[r];
    const width = pad ? lastCol : (line?.length ?? 0);
    const out = line ?? [];
    for (let c = 0; c < width; c++) if (out[c] === undefined) out[c] = null;
    grid[r] = out;
  }
  const result: Grid = { sheet: context.sheetName, rows: grid, originRow: 1, originCol: 1, hiddenRows };
  // Stopped early (the first rows only): the merges come after the sheet's data, so skip the rest of it.
  const mergesFrom = stoppedAt < xml.length && maxRows !== Infinity ? Math.max(stoppedAt, xml.lastIndexOf("sheetData>")) : stoppedAt;
  const merges = readMerges(xml, mergesFrom, lastRow, lastCol);
  if (merges.length > 0) result.merges = merges;
  return result;
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** "AB12" → { row: 12, col: 28 }; "$A$1" allowed; undefined for anything else. */
export function parseReference(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  if (ref.charCodeAt(i) === 36) i++;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (col === 0) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  if (i === digitsFrom) return { row: 0, col };
  return { row, col };
}

/** Excel's date serial → Date (UTC), in the 1900 or 1904 system; undefined outside Excel's date range. */
export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  if (serial < 0 || serial > 2_958_465) return undefined;
  let days = serial + (date1904 ? 1462 : 0);
  // Serials below 60 lie before the 29 February 1900 that Excel counts but that never was.
  if (!date1904 && serial < 60) days += 1;
  return new Date(Math.round((days - 25569) * 86_400_000));
}

/** The sheet's merged ranges that touch its data, clipped to it. */
function readMerges(xml: string, from: number, lastRow: number, lastCol: number): MergedRange[] {
  if (lastRow === 0) return [];
  const element = findElement(xml, "mergeCells", from);
  if (!element || element.selfClosing) return [];
  const out: MergedRange[] = [];
  for (const merge of findElements(xml, "mergeCell", element.innerStart, element.innerEnd)) {
    const ref = rawAttribute(merge.tag, "ref");
    const [a, b] = (ref ?? "").split(":");
    const from = a ? parseReference(a) : undefined;
    const to = b ? parseReference(b) : from;
    if (!from || !to || from.row === 0 || to.row === 0) continue;
    const top = Math.min(from.row, to.row);
    const left = Math.min(from.col, to.col);
    if (top > lastRow || left > lastCol) continue;
    const range = { top, left, bottom: Math.min(Math.max(from.row, to.row), lastRow), right: Math.min(Math.max(from.col, to.col), lastCol) };
    if (range.top === range.bottom && range.left === range.right) continue;
    out.push(range);
  }
  return out.sort((x, y) => x.top - y.top || x.left - y.left);
}
