/**
 * Reading .xlsx files with ExcelJS (Node and browser). Input is checked before ExcelJS parses it:
 * file size; the signature (an old .xls, a password-protected file, a CSV or HTML file renamed); the
 * zip's central directory (cut off, encrypted parts, total uncompressed size, number of parts); then
 * every part is inflated once without keeping the output, to prove its real size matches what the
 * directory says (a zip bomb that lies is caught) and to count each sheet's cells. A sheet's extent
 * is its real data, not its formatted range.
 */
import type ExcelJS from "exceljs";
import { detectHeader, HEADER_SEARCH_ROWS } from "../core/formatie/header-detection";
import type { CellValue, Grid, MergedRange } from "../core/formatie/grid";
import type { Localized } from "../core/localized";
import { printableText } from "../core/text/printable-text";
import { toCoreValue } from "./cell-values";

export interface WorkbookLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Total uncompressed size of every part of the zip (sheets, shared strings, styles, images). */
  maxUncompressedBytes: number;
  /** Number of parts in the zip. */
  maxParts: number;
  /** Cells per sheet, filled or only formatted (each costs ExcelJS memory). */
  maxCells: number;
}

/** Files above this size are refused before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Sheets with more cells than this are refused (a formation of 50,000 rows × 15 columns fits). */
export const MAX_CELLS = 2_000_000;

export const DEFAULT_LIMITS: WorkbookLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxParts: 10_000,
  maxCells: MAX_CELLS,
};

export class WorkbookInputError extends Error {
  readonly userMessage: Localized;
  constructor(message: Localized) {
    // Messages quote sheet names and library errors: printable, whatever the file holds.
    const printable = { nl: printableText(message.nl), en: printableText(message.en) };
    super(printable.en);
    this.name = "WorkbookInputError";
    this.userMessage = printable;
  }
}

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const MESSAGES = {
  empty: { nl: "Het bestand is leeg (0 bytes).", en: "The file is empty (0 bytes)." },
  tooLarge: (bytes: number, max: number): Localized => ({
    nl: `Het bestand is te groot (${megabytes(bytes)} MB; de grens is ${megabytes(max)} MB).`,
    en: `The file is too large (${megabytes(bytes)} MB; the limit is ${megabytes(max)} MB).`,
  }),
  oldXls: {
    nl: "Dit is een oud .xls-bestand (Excel 97-2003). Sla het in Excel op als .xlsx-werkmap.",
    en: "This is an old .xls file (Excel 97-2003). Save it in Excel as an .xlsx workbook.",
  },
  password: {
    nl: "Dit bestand is met een wachtwoord beveiligd. Sla het in Excel op zonder wachtwoord (Bestand > Info > Werkmap beveiligen).",
    en: "This file is password-protected. Save it in Excel without a password (File > Info > Protect Workbook).",
  },
  notWorkbook: {
    nl: "Dit is geen Excel-werkmap (.xlsx). Is het misschien een CSV-, HTML- of tekstbestand met een andere extensie?",
    en: "This is not an Excel workbook (.xlsx). Is it perhaps a CSV, HTML or text file with another extension?",
  },
  notSpreadsheetZip: {
    nl: "Dit is geen Excel-werkmap (.xlsx): het is een zip-bestand zonder werkmap erin.",
    en: "This is not an Excel workbook (.xlsx): it is a zip file with no workbook inside.",
  },
  xlsb: {
    nl: "Dit is een binaire Excel-werkmap (.xlsb). Sla het in Excel op als .xlsx-werkmap.",
    en: "This is a binary Excel workbook (.xlsb). Save it in Excel as an .xlsx workbook.",
  },
  ods: {
    nl: "Dit is een OpenDocument-rekenblad (.ods). Sla het op als Excel-werkmap (.xlsx).",
    en: "This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx).",
  },
  damaged: (detail: Localized): Localized => ({
    nl: `De werkmap kan niet worden gelezen (beschadigd of onvolledig bestand): ${detail.nl}`,
    en: `The workbook cannot be read (damaged or incomplete file): ${detail.en}`,
  }),
  inflatesTooMuch: (bytes: number, max: number): Localized => ({
    nl: `De werkmap pakt uit tot ${megabytes(bytes)} MB; de grens is ${megabytes(max)} MB. Het bestand is te groot of opzettelijk opgeblazen (zip-bom).`,
    en: `The workbook unpacks to ${megabytes(bytes)} MB; the limit is ${megabytes(max)} MB. The file is too large or deliberately inflated (zip bomb).`,
  }),
  zip64: {
    nl: "De werkmap is te groot: hij gebruikt het zip-formaat voor bestanden van meer dan 4 GB (ZIP64).",
    en: "The workbook is too large: it uses the zip format for files over 4 GB (ZIP64).",
  },
  tooManyParts: (count: number, max: number): Localized => ({
    nl: `De werkmap bestaat uit ${count} onderdelen; de grens is ${max}.`,
    en: `The workbook consists of ${count} parts; the limit is ${max}.`,
  }),
  tooManyCells: (sheet: string, max: number): Localized => ({
    nl: `Werkblad '${sheet}' heeft meer dan ${max.toLocaleString("nl-NL")} gevulde of opgemaakte cellen; dat is te groot om te controleren. Loopt de opmaak door tot ver onder de gegevens? Wis dan de opmaak van de lege rijen.`,
    en: `Sheet '${sheet}' has more than ${max.toLocaleString("en-US")} filled or formatted cells; too large to check. Does formatting run far below the data? Then clear the formatting of the empty rows.`,
  }),
};

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Checks the bytes are a plain, unencrypted .xlsx within the limits, then loads it. */
export async function loadWorkbook(data: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): Promise<ExcelJS.Workbook> {
  await inspectWorkbookBytes(data, limits);
  const Excel = await loadExcelJs();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new WorkbookInputError(MESSAGES.damaged({ nl: detail, en: detail }));
  }
  return workbook;
}

/**
 * ExcelJS, loaded when a workbook is first read: the CLI's other commands and a pane that never
 * opens a file do without its 200 modules (in Node it also loads natively, not through tsx's
 * compile hooks; in the browser it becomes a chunk of its own).
 */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const module = (await import("exceljs")) as unknown as { default?: typeof ExcelJS };
  return module.default ?? (module as unknown as typeof ExcelJS);
}

/**
 * Everything checked before ExcelJS sees the bytes. Throws a `WorkbookInputError` that names the
 * problem; returns the number of cells per sheet part when all is well.
 */
export async function inspectWorkbookBytes(data: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): Promise<Map<string, number>> {
  if (data.byteLength === 0) throw new WorkbookInputError(MESSAGES.empty);
  if (data.byteLength > limits.maxFileBytes) throw new WorkbookInputError(MESSAGES.tooLarge(data.byteLength, limits.maxFileBytes));
  if (CFB_SIGNATURE.every((b, i) => data[i] === b)) {
    // An OLE compound file: an old .xls, or an .xlsx encrypted with a password (its streams are
    // named EncryptionInfo and EncryptedPackage, in UTF-16).
    throw new WorkbookInputError(containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage") ? MESSAGES.password : MESSAGES.oldXls);
  }
  if (!(data[0] === 0x50 && data[1] === 0x4b)) throw new WorkbookInputError(MESSAGES.notWorkbook);

  const entries = readCentralDirectory(data);
  if (entries.length > limits.maxParts) throw new WorkbookInputError(MESSAGES.tooManyParts(entries.length, limits.maxParts));
  if (entries.some((e) => (e.flags & 1) === 1)) throw new WorkbookInputError(MESSAGES.password);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("xl/workbook.bin")) throw new WorkbookInputError(MESSAGES.xlsb);
    if (names.has("mimetype") && names.has("content.xml")) throw new WorkbookInputError(MESSAGES.ods);
    throw new WorkbookInputError(MESSAGES.notSpreadsheetZip);
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) throw new WorkbookInputError(MESSAGES.inflatesTooMuch(declared, limits.maxUncompressedBytes));
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) {
      throw new WorkbookInputError(MESSAGES.damaged({ nl: `onderdeel ${entry.name} gebruikt een onbekende compressiemethode (${entry.method}).`, en: `part ${entry.name} uses an unknown compression method (${entry.method}).` }));
    }
  }

  // Inflate every part once, keeping only counts: its real size, and the cells of each sheet.
  const cellsPerPart = new Map<string, number>();
  const small = new Map<string, string>();
  const keepText = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
  for (const entry of entries) {
    if (entry.compressedSize === 0 && entry.uncompressedSize === 0) continue; // a folder entry or an empty part
    const compressed = entryData(data, entry);
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const counter = isSheet ? new CellCounter() : undefined;
    const kept: Uint8Array[] = [];
    const keep = keepText.has(entry.name) && entry.uncompressedSize < 4 * 1024 * 1024;
    const size = await inflatedSize(compressed, entry.method, entry.uncompressedSize, (chunk) => {
      counter?.scan(chunk);
      if (keep) kept.push(chunk);
    });
    if (size === "undecidable") continue; // no inflater in this environment: the declared sizes were checked above
    if (size === "invalid") {
      throw new WorkbookInputError(MESSAGES.damaged({ nl: `onderdeel ${entry.name} kan niet worden uitgepakt.`, en: `part ${entry.name} cannot be unpacked.` }));
    }
    if (size !== entry.uncompressedSize) {
      throw new WorkbookInputError(
        MESSAGES.damaged({
          nl: `onderdeel ${entry.name} is ${size > entry.uncompressedSize ? "groter" : "kleiner"} dan de inhoudsopgave van het zip-bestand zegt.`,
          en: `part ${entry.name} is ${size > entry.uncompressedSize ? "larger" : "smaller"} than the zip's directory says.`,
        }),
      );
    }
    if (counter) cellsPerPart.set(entry.name, counter.cells);
    if (keep) small.set(entry.name, new TextDecoder().decode(concat(kept)));
  }
  const sheetNames = sheetNamesByPart(small.get("xl/workbook.xml") ?? "", small.get("xl/_rels/workbook.xml.rels") ?? "");
  for (const [part, cells] of cellsPerPart) {
    if (cells > limits.maxCells) throw new WorkbookInputError(MESSAGES.tooManyCells(sheetNames.get(part) ?? part, limits.maxCells));
  }
  return cellsPerPart;
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const limit = Math.min(data.length, 1024 * 1024) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (data[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

interface ZipDirectoryEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const cutOff = (what: Localized) => new WorkbookInputError(MESSAGES.damaged(what));
const TRUNCATED = { nl: "het zip-bestand is afgebroken (de inhoudsopgave ontbreekt).", en: "the zip file is cut off (its directory is missing)." };

/** The zip's central directory, read from its end record. */
function readCentralDirectory(data: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw cutOff(TRUNCATED);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new WorkbookInputError(MESSAGES.zip64);
  if (view.getUint16(end + 4, true) !== 0 || offset + size > end) throw cutOff(TRUNCATED);
  const decoder = new TextDecoder();
  const entries: ZipDirectoryEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== 0x02014b50) throw cutOff({ nl: "de inhoudsopgave van het zip-bestand is onleesbaar.", en: "the zip's directory is unreadable." });
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    if (uncompressedSize === 0xffffffff) throw new WorkbookInputError(MESSAGES.zip64);
    entries.push({
      name: decoder.decode(data.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, ""),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize,
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of one part, found through its local header. */
function entryData(data: Uint8Array, entry: ZipDirectoryEntry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const p = entry.localOffset;
  if (p + 30 > data.length || view.getUint32(p, true) !== 0x04034b50) throw cutOff({ nl: `onderdeel ${entry.name} ontbreekt.`, en: `part ${entry.name} is missing.` });
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > data.length) throw cutOff({ nl: `onderdeel ${entry.name} is afgebroken.`, en: `part ${entry.name} is cut off.` });
  return data.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates a part chunk by chunk, handing each chunk on and keeping none, and stops as soon as the
 * output passes `expected` bytes. "undecidable" where the environment has neither Node's zlib nor
 * DecompressionStream.
 */
async function inflatedSize(compressed: Uint8Array, method: number, expected: number, onChunk: (chunk: Uint8Array) => void): Promise<number | "invalid" | "undecidable"> {
  if (method === 0) {
    onChunk(compressed);
    return compressed.length;
  }
  const zlib = await nodeZlib();
  if (zlib) return inflateWithZlib(zlib, compressed, expected, onChunk);
  if (typeof DecompressionStream === "undefined") return "undecidable";
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(compressed);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream("deflate-raw") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.length;
      if (total > expected) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
      onChunk(value);
    }
  } catch {
    return "invalid";
  }
}

type Zlib = typeof import("node:zlib");

/**
 * Node's zlib where there is one (the CLI): the same streaming inflate as DecompressionStream
 * without the web-streams layer around it, which makes checking a 50,000-row file about twice as fast.
 * Never loaded in a browser (webpack leaves the import alone).
 */
async function nodeZlib(): Promise<Zlib | undefined> {
  if (typeof process === "undefined" || typeof process.versions?.node !== "string") return undefined;
  try {
    return (await import(/* webpackIgnore: true */ "node:zlib")) as Zlib;
  } catch {
    return undefined;
  }
}

/** `inflatedSize` with zlib: chunks handed on and not kept, stopped as soon as the output passes `expected`. */
function inflateWithZlib(zlib: Zlib, compressed: Uint8Array, expected: number, onChunk: (chunk: Uint8Array) => void): Promise<number | "invalid"> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    let settled = false;
    const finish = (result: number | "invalid") => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    inflate.on("data", (chunk: Uint8Array) => {
      if (settled) return;
      total += chunk.length;
      if (total > expected) {
        finish(total);
        inflate.destroy();
        return;
      }
      onChunk(chunk);
    });
    inflate.on("end", () => finish(total));
    inflate.on("error", () => finish("invalid"));
    inflate.end(compressed);
  });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Counts `<c …>` cell elements in sheet XML streamed in chunks (any namespace prefix, filled or only
 * formatted), without decoding or keeping the text.
 */
class CellCounter {
  cells = 0;
  private inName = false;
  /** Length and first byte of the element name after any namespace prefix. */
  private localLength = 0;
  private localFirst = 0;

  scan(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (b === 0x3c /* < */) {
        this.inName = true;
        this.localLength = 0;
      } else if (this.inName) {
        if (b === 0x3a /* : */) this.localLength = 0;
        else if ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e) {
          if (this.localLength === 0) this.localFirst = b;
          this.localLength++;
        } else {
          this.inName = false;
          if (this.localLength === 1 && this.localFirst === 0x63 /* c */) this.cells++;
        }
      }
    }
  }
}

/** Sheet names by zip part ("xl/worksheets/sheet1.xml" → "Formatie"), from the workbook and its relationships. */
function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  const names = new Map<string, string>();
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) names.set(part, decodeXmlText(name));
  }
  return names;
}

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity[0] === "#") return String.fromCodePoint(entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return named[entity.toLowerCase()] ?? "";
  });
}

export function sheetInfos(workbook: ExcelJS.Workbook): SheetInfo[] {
  return workbook.worksheets.map((ws) => ({ name: ws.name, state: sheetState(ws) }));
}

export function sheetState(worksheet: ExcelJS.Worksheet): SheetInfo["state"] {
  return worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";
}

/**
 * A worksheet as a grid of core values, limited to the cells that hold data (formatting alone never
 * stretches it). Hidden rows, also rows hidden by a filter (Excel saves those as hidden rows), are
 * listed; merged ranges are listed too, so the core can give a value merged down a column to every
 * row it covers. With `maxRows`, only the sheet's first rows (enough to find the header).
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet, maxRows = Infinity): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  const merges = new Map<string, MergedRange>();
  let lastRow = 0;
  let lastCol = 0;
  let cells = 0;
  const visit = (row: ExcelJS.Row, rowNumber: number) => {
    const values: CellValue[] = [];
    let rowHasData = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell other than its range's top-left one (ExcelJS's ValueType.Merge).
      if (cell.master !== cell) {
        const master = cell.master;
        const masterRow = Number(master.row);
        const masterCol = Number(master.col);
        const key = `${masterRow}:${masterCol}`;
        const range = merges.get(key) ?? { top: masterRow, left: masterCol, bottom: masterRow, right: masterCol };
        range.bottom = Math.max(range.bottom, rowNumber);
        range.right = Math.max(range.right, colNumber);
        merges.set(key, range);
      }
      const value = toCoreValue(cell.value);
      if (value === null || (typeof value === "string" && value.trim() === "")) return;
      values[colNumber - 1] = value;
      rowHasData = true;
      cells++;
      if (colNumber > lastCol) lastCol = colNumber;
    });
    if (cells > MAX_CELLS) throw new WorkbookInputError(MESSAGES.tooManyCells(worksheet.name, MAX_CELLS));
    if (!rowHasData) return;
    rows[rowNumber - 1] = values;
    if (row.hidden) hiddenRows.add(rowNumber);
    lastRow = rowNumber;
  };
  if (maxRows === Infinity) worksheet.eachRow({ includeEmpty: false }, visit);
  else {
    for (let r = 1; r <= Math.min(maxRows, worksheet.rowCount); r++) {
      const row = worksheet.findRow(r);
      if (row?.hasValues) visit(row, r);
    }
  }
  const grid: CellValue[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const source = rows[r] ?? [];
    const line: CellValue[] = new Array<CellValue>(lastCol).fill(null);
    for (let c = 0; c < lastCol; c++) line[c] = source[c] ?? null;
    grid.push(line);
  }
  const result: Grid = { sheet: worksheet.name, rows: grid, originRow: 1, originCol: 1, hiddenRows };
  if (merges.size > 0) result.merges = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return result;
}

export type SheetChoice = { ok: true; worksheet: ExcelJS.Worksheet } | { ok: false; message: Localized };

/**
 * The sheet to check: the one named, or else the only sheet that looks like a formation sheet
 * (a header with a function and a size column). Sheets the tool wrote itself are never chosen,
 * nor very hidden sheets; a hidden sheet only when no visible sheet qualifies.
 */
export function chooseSheet(workbook: ExcelJS.Workbook, name: string | undefined, ownSheets: ReadonlySet<string> = new Set()): SheetChoice {
  const names = workbook.worksheets.filter((ws) => ws.state !== "veryHidden").map((ws) => ws.name);
  if (name !== undefined) {
    const worksheet = workbook.getWorksheet(name) ?? workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (worksheet) return { ok: true, worksheet };
    return {
      ok: false,
      message: {
        nl: `Werkblad '${name}' bestaat niet. Werkbladen: ${names.join(", ")}.`,
        en: `Sheet '${name}' does not exist. Sheets: ${names.join(", ")}.`,
      },
    };
  }
  // The header is found in the first rows: only those are read to choose (a 50,000-row sheet is read once, after).
  const candidates = workbook.worksheets.filter((ws) => !ownSheets.has(ws.name) && ws.state !== "veryHidden" && detectHeader(worksheetGrid(ws, HEADER_SEARCH_ROWS)) !== undefined);
  const visible = candidates.filter((ws) => ws.state !== "hidden");
  const pool = visible.length > 0 ? visible : candidates;
  if (pool.length === 1 && pool[0]) return { ok: true, worksheet: pool[0] };
  if (pool.length === 0) {
    return {
      ok: false,
      message: {
        nl: `Geen werkblad lijkt op een formatieoverzicht (kolommen Functie en FTE of Uren). Werkbladen: ${names.join(", ") || "—"}.`,
        en: `No sheet looks like a formation sheet (columns Function and FTE or Hours). Sheets: ${names.join(", ") || "—"}.`,
      },
    };
  }
  const formatie = pool.filter((ws) => /formatie/i.test(ws.name));
  if (formatie.length === 1 && formatie[0]) return { ok: true, worksheet: formatie[0] };
  const list = pool.map((ws) => `'${ws.name}'`).join(", ");
  return {
    ok: false,
    message: {
      nl: `Meer werkbladen lijken op een formatieoverzicht (${list}); kies er een met --sheet.`,
      en: `Several sheets look like a formation sheet (${list}); choose one with --sheet.`,
    },
  };
}
