/**
 * Opening a workbook file: what it is (Office Open XML .xlsx/.xlsm, or .xls, .xlsb, .ods, Excel 2003
 * XML), whether it can be read at all, and its sheets' grids. Checks come first and cost little: the
 * size, the signature (a password-protected file, a renamed CSV or HTML file), the zip's directory
 * (cut off, encrypted, too many parts, more unpacked bytes than allowed). Parts are then inflated one
 * at a time, only when needed, never past the size the directory promised.
 */
import type { Grid } from "../../core/formatie/grid";
import { OpcPackage } from "../opc/opc-package";
import { ZipArchive, ZipError } from "../zip/zip-archive";
import { compoundFileProblem } from "./compound-file-check";
import { FORMAT_NAMES, DEFAULT_LIMITS, INPUT_MESSAGES, WorkbookInputError, type WorkbookLimits } from "./input-errors";
import { LegacyWorkbook, type LegacyFormat } from "./legacy-formats";
import { TooManyCellsError } from "./sheet-grid";
import { findWorkbookPart, readWorkbookStructure, type SheetEntry } from "./workbook-structure";
import { EditableWorkbook } from "../write/editable-workbook";

export type WorkbookFormat = "xlsx" | "xlsm" | LegacyFormat;

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];


export class SourceWorkbook {
  private constructor(
    readonly format: WorkbookFormat,
    /** The workbook when it is Office Open XML (.xlsx, .xlsm): read and changed through this. */
    readonly openXml: EditableWorkbook | undefined,
    readonly legacy: LegacyWorkbook | undefined,
    private readonly limits: WorkbookLimits,
  ) {}

  /** Opens a workbook's bytes; a file that cannot be used throws a `WorkbookInputError` that says why. */
  static async open(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): Promise<SourceWorkbook> {
    if (bytes.byteLength === 0) throw new WorkbookInputError(INPUT_MESSAGES.empty, "empty");
    if (bytes.byteLength > limits.maxFileBytes) throw new WorkbookInputError(INPUT_MESSAGES.tooLarge(bytes.byteLength, limits.maxFileBytes), "too-large");
    if (CFB_SIGNATURE.every((b, i) => bytes[i] === b)) {
      // An OLE compound file: an .xlsx encrypted with a password (streams EncryptionInfo and
      // EncryptedPackage, in UTF-16), or an Excel 97–2003 workbook.
      if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) throw new WorkbookInputError(INPUT_MESSAGES.password, "encrypted");
      if (compoundFileProblem(bytes) !== undefined) throw new WorkbookInputError(INPUT_MESSAGES.oldFormatUnreadable(FORMAT_NAMES.xls), "old-format");
      return SourceWorkbook.openLegacy(bytes, "xls", limits);
    }
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return SourceWorkbook.openZip(bytes, limits);
    if (isBiffWithoutContainer(bytes)) return SourceWorkbook.openLegacy(bytes, "xls", limits);
    if (isXml2003(bytes)) return SourceWorkbook.openLegacy(bytes, "xml2003", limits);
    throw new WorkbookInputError(INPUT_MESSAGES.notWorkbook, "not-a-spreadsheet");
  }

  private static async openZip(bytes: Uint8Array, limits: WorkbookLimits): Promise<SourceWorkbook> {
    let archive: ZipArchive;
    try {
      archive = new ZipArchive(bytes);
    } catch (error) {
      throw zipProblem(error);
    }
    if (archive.entries.length > limits.maxParts) throw new WorkbookInputError(INPUT_MESSAGES.tooManyParts(archive.entries.length, limits.maxParts), "too-many-parts");
    if (archive.entries.some((e) => (e.flags & 1) === 1)) throw new WorkbookInputError(INPUT_MESSAGES.password, "encrypted");
    const declared = archive.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) throw new WorkbookInputError(INPUT_MESSAGES.inflatesTooMuch(declared, limits.maxUncompressedBytes), "zip-bomb");
    const pkg = OpcPackage.fromArchive(archive);
    try {
      const found = await findWorkbookPart(pkg);
      if (typeof found !== "string") {
        if (found.problem === "xlsb") return SourceWorkbook.openLegacy(bytes, "xlsb", limits);
        if (found.problem === "ods") {
          const manifest = (await pkg.text("META-INF/manifest.xml")) ?? "";
          if (/encryption-data/.test(manifest)) throw new WorkbookInputError(INPUT_MESSAGES.password, "encrypted");
          return SourceWorkbook.openLegacy(bytes, "ods", limits);
        }
        throw new WorkbookInputError(INPUT_MESSAGES.notSpreadsheetZip, "no-workbook");
      }
      const structure = await readWorkbookStructure(pkg, found);
      const contentType = (await pkg.contentType(found)) ?? "";
      const format: WorkbookFormat = /macroEnabled/i.test(contentType) || pkg.partNames().some((n) => /vbaProject\.bin$/i.test(n)) ? "xlsm" : "xlsx";
      return new SourceWorkbook(format, new EditableWorkbook(pkg, structure), undefined, limits);
    } catch (error) {
      throw zipProblem(error);
    }
  }

  private static async openLegacy(bytes: Uint8Array, format: LegacyFormat, limits: WorkbookLimits): Promise<SourceWorkbook> {
    try {
      return new SourceWorkbook(format, undefined, await LegacyWorkbook.read(bytes, format), limits);
    } catch (error) {
      if (error instanceof WorkbookInputError) throw error;
      const text = error instanceof Error ? error.message : String(error);
      if (/password|encrypt/i.test(text)) throw new WorkbookInputError(INPUT_MESSAGES.password, "encrypted");
      throw new WorkbookInputError(INPUT_MESSAGES.oldFormatUnreadable(FORMAT_NAMES[format]), "old-format");
    }
  }

  /** Every sheet in tab order (worksheets, chart sheets and the rest), as the workbook lists them. */
  get sheets(): readonly SheetEntry[] {
    return this.openXml?.structure.sheets ?? this.legacy?.sheets ?? [];
  }

  /** The index of the tab that was active when the file was saved. */
  get activeTab(): number {
    return this.openXml?.structure.activeTab ?? this.legacy?.activeTab ?? 0;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  }

  /** A worksheet's values within its real data extent (with `maxRows`, only its first rows). */
  async grid(name: string, maxRows = Infinity): Promise<Grid> {
    const entry = this.sheet(name);
    const empty: Grid = { sheet: entry?.name ?? name, rows: [], originRow: 1, originCol: 1, hiddenRows: new Set() };
    if (!entry || entry.kind !== "worksheet") return empty;
    try {
      if (this.legacy) return this.legacy.grid(entry.name, maxRows);
      const grid = await (this.openXml as EditableWorkbook).grid(entry.name, { maxRows, maxCells: this.limits.maxCells });
      if (!grid) throw new WorkbookInputError(INPUT_MESSAGES.damaged(INPUT_MESSAGES.sheetPartMissing(entry.name)), "damaged");
      return grid;
    } catch (error) {
      if (error instanceof TooManyCellsError) throw new WorkbookInputError(INPUT_MESSAGES.tooManyCells(error.sheet, error.max), "too-many-cells");
      throw zipProblem(error);
    }
  }
}

/** A zip or package problem as a user message; a WorkbookInputError passes unchanged; anything else is "damaged". */
function zipProblem(error: unknown): WorkbookInputError {
  if (error instanceof WorkbookInputError) return error;
  if (error instanceof ZipError) {
    if (error.kind === "encrypted") return new WorkbookInputError(INPUT_MESSAGES.password, "encrypted");
    if (error.kind === "bomb") return new WorkbookInputError(INPUT_MESSAGES.damaged(error.detail), "zip-bomb");
    return new WorkbookInputError(INPUT_MESSAGES.damaged(error.detail), "damaged");
  }
  const detail = { nl: "een onderdeel kan niet worden gelezen.", en: "a part cannot be read." };
  return new WorkbookInputError(INPUT_MESSAGES.damaged(detail), "damaged");
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

/** A bare BIFF stream (Excel 2.x–4.x worksheets, saved without an OLE container): a BOF record 0x0009, 0x0209, 0x0409 or 0x0809 first. */
function isBiffWithoutContainer(bytes: Uint8Array): boolean {
  const length = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8);
  return bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1) && length >= 4 && length <= 20;
}

/** The Excel 2003 XML spreadsheet ("XML-spreadsheet 2003"), which HR systems still export. */
function isXml2003(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048));
  return /^\s*(?:\uFEFF)?<\?xml/.test(head) && /urn:schemas-microsoft-com:office:spreadsheet/.test(head);
}
