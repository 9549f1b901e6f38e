/**
 * Workbooks in the formats that are not Office Open XML: Excel 97–2003 (.xls, BIFF), Excel's binary
 * workbook (.xlsb), OpenDocument (.ods) and the Excel 2003 XML spreadsheet. They are read with
 * SheetJS Community Edition (the npm package `@e965/xlsx`, a faithful republication of SheetJS's
 * own builds, pinned to one version), loaded only when such a file is opened. Read are values,
 * merged ranges, hidden rows and sheet visibility — what a check needs. A checked copy of such a
 * file is written as .xlsx: SheetJS converts the values to a new workbook, and the tool's own
 * additions go into that.
 */
import type { CellValue, Grid, MergedRange } from "../../core/formatie/grid";
import type { SheetEntry } from "./workbook-structure";
import { serialToDate } from "./sheet-grid";

type SheetJs = typeof import("@e965/xlsx");
type SheetJsWorkbook = import("@e965/xlsx").WorkBook;
type SheetJsCell = import("@e965/xlsx").CellObject;

export type LegacyFormat = "xls" | "xlsb" | "ods" | "xml2003";

let loading: Promise<SheetJs> | undefined;

async function sheetJs(): Promise<SheetJs> {
  loading ??= import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx").then((module) => ((module as unknown as { default?: SheetJs }).default ?? module) as SheetJs);
  return loading;
}

export class LegacyWorkbook {
  private constructor(
    private readonly library: SheetJs,
    private readonly workbook: SheetJsWorkbook,
    readonly format: LegacyFormat,
    readonly sheets: SheetEntry[],
    readonly activeTab: number,
  ) {}

  /** Parses the file; throws the library's error for a file it cannot read (the caller words it). */
  static async read(bytes: Uint8Array, format: LegacyFormat): Promise<LegacyWorkbook> {
    const library = await sheetJs();
    const workbook = quietly(() => readWithSheetJs(library, bytes));
    const sheets: SheetEntry[] = workbook.SheetNames.map((name, i) => {
      const hidden = workbook.Workbook?.Sheets?.[i]?.Hidden;
      const sheet = workbook.Sheets[name];
      const isChart = sheet !== undefined && (sheet as { "!type"?: string })["!type"] === "chart";
      return { name, state: hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible", kind: isChart ? "chartsheet" : "worksheet", part: undefined, relationshipId: "" };
    });
    const active = Number((workbook.Workbook?.Views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0);
    return new LegacyWorkbook(library, workbook, format, sheets, Number.isInteger(active) && active >= 0 && active < sheets.length ? active : 0);
  }

  grid(name: string, maxRows = Infinity): Grid {
    const sheet = this.workbook.Sheets[name] as (import("@e965/xlsx").WorkSheet & { "!data"?: (SheetJsCell | undefined)[][] }) | undefined;
    const date1904 = Boolean(this.workbook.Workbook?.WBProps?.date1904);
    const rows: CellValue[][] = [];
    const hiddenRows = new Set<number>();
    let lastCol = 0;
    const data = sheet?.["!data"] ?? [];
    const limit = Math.min(data.length, maxRows);
    for (let r = 0; r < limit; r++) {
      const source = data[r];
      const line: CellValue[] = [];
      if (source) {
        for (let c = 0; c < source.length; c++) {
          const value = cellValue(source[c], date1904, this.library);
          if (value === null) continue;
          line[c] = value;
          if (c + 1 > lastCol) lastCol = c + 1;
        }
      }
      rows.push(line);
    }
    while (rows.length > 0 && (rows[rows.length - 1] as CellValue[]).length === 0) rows.pop();
    rows.forEach((line, r) => {
      for (let c = 0; c < lastCol; c++) if (line[c] === undefined) line[c] = null;
      if (line.some((v) => v !== null) && sheet?.["!rows"]?.[r]?.hidden) hiddenRows.add(r + 1);
    });
    const merges: MergedRange[] = (sheet?.["!merges"] ?? [])
      .map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: Math.min(m.e.r + 1, rows.length), right: Math.min(m.e.c + 1, lastCol) }))
      .filter((m) => m.top <= rows.length && m.left <= lastCol && (m.top !== m.bottom || m.left !== m.right))
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const grid: Grid = { sheet: name, rows, originRow: 1, originCol: 1, hiddenRows };
    if (merges.length > 0) grid.merges = merges;
    return grid;
  }

  /** The values as a new .xlsx workbook (no formatting), for a checked copy. */
  toXlsx(): Uint8Array {
    return new Uint8Array(quietly(() => this.library.write(this.workbook, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer));
  }
}

/**
 * What SheetJS is asked to read: values, their number formats (`cellNF`, to tell dates from numbers)
 * and what it reads anyway (merges, hidden rows, sheet visibility). Not asked for, because nothing
 * here uses them and they cost most of the time on large files (docs/PERFORMANCE.md, corpus): cell
 * styles (`cellStyles` also makes an empty "stub" cell of every formatted empty cell), the display
 * text of every cell (`cellText`; an error cell's text comes from its code), formulas, HTML.
 */
const READ_OPTIONS = { dense: true, cellNF: true, cellText: false, cellStyles: false, cellDates: false, cellFormula: false, cellHTML: false, WTF: false } as const;

/**
 * Parses the bytes the way SheetJS reads them fastest: in Node as a Buffer over the same memory (its
 * .xls reader then joins a stream's sectors with Buffer.concat; given a Uint8Array it copies them
 * byte by byte into plain arrays, a third of its time on a large .xls), in the browser as the array.
 * A damaged .xls whose sector chain points past the file fails as a Buffer where the array reading
 * still gets its first sheets, so a file the Buffer reading refuses is read again as an array.
 */
export function readWithSheetJs(library: Pick<SheetJs, "read">, bytes: Uint8Array, asBuffer = nodeBuffer() !== undefined): SheetJsWorkbook {
  const NodeBuffer = nodeBuffer();
  if (asBuffer && NodeBuffer) {
    try {
      return library.read(NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: "buffer", ...READ_OPTIONS });
    } catch {
      // Read again as an array, below.
    }
  }
  return library.read(bytes, { type: "array", ...READ_OPTIONS });
}

function nodeBuffer(): { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array } | undefined {
  return (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array } }).Buffer;
}

/**
 * Runs SheetJS with the console silenced: it reports records it does not know ("Missing Info for
 * XLS Record …") and doubtful number formats on the console, which would land in the CLI's output.
 */
function quietly<T>(work: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  const silent = () => undefined;
  Object.assign(console, { log: silent, warn: silent, error: silent, info: silent });
  try {
    return work();
  } finally {
    Object.assign(console, saved);
  }
}

function cellValue(cell: SheetJsCell | undefined, date1904: boolean, library: SheetJs): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "s": {
      const text = String(cell.v ?? "");
      return text.trim() === "" ? null : text;
    }
    case "b":
      return Boolean(cell.v);
    case "e":
      return { error: cell.w ?? library.utils.format_cell(cell) ?? "#N/A" };
    case "n": {
      const value = cell.v as number;
      if (typeof value !== "number" || !Number.isFinite(value)) return null;
      if (typeof cell.z === "string" && library.SSF.is_date(cell.z)) return serialToDate(value, date1904) ?? value;
      return value;
    }
    case "d":
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null;
  }
}
