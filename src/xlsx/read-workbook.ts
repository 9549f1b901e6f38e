/**
 * Reading .xlsx files with ExcelJS (Node and browser). Input is checked before it is parsed:
 * size, zip signature, encryption; a sheet's extent is its real data, not its formatted range.
 */
import ExcelJS from "exceljs";
import { detectHeader } from "../core/formatie/header-detection";
import type { CellValue, Grid } from "../core/formatie/grid";
import type { Localized } from "../core/localized";
import { toCoreValue } from "./cell-values";

/** Files above this size are refused before parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Sheets with more non-empty cells than this are refused (a formation of 50,000 rows × 15 columns fits). */
export const MAX_CELLS = 2_000_000;

export class WorkbookInputError extends Error {
  readonly userMessage: Localized;
  constructor(message: Localized) {
    super(message.en);
    this.name = "WorkbookInputError";
    this.userMessage = message;
  }
}

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
}

/** Checks the bytes look like an unencrypted .xlsx (a zip), then loads it. */
export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  if (data.byteLength === 0) throw new WorkbookInputError({ nl: "Het bestand is leeg (0 bytes).", en: "The file is empty (0 bytes)." });
  if (data.byteLength > MAX_FILE_BYTES) {
    throw new WorkbookInputError({
      nl: `Het bestand is te groot (${Math.round(data.byteLength / 1024 / 1024)} MB; de grens is ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
      en: `The file is too large (${Math.round(data.byteLength / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
    });
  }
  const signature = Array.from(data.subarray(0, 8));
  const isZip = signature[0] === 0x50 && signature[1] === 0x4b;
  const isOle = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => signature[i] === b);
  if (isOle) {
    throw new WorkbookInputError({
      nl: "Dit is een oud .xls-bestand of een met een wachtwoord beveiligd bestand. Sla het in Excel op als .xlsx zonder wachtwoord.",
      en: "This is an old .xls file or a password-protected file. Save it in Excel as .xlsx without a password.",
    });
  }
  if (!isZip) {
    throw new WorkbookInputError({
      nl: "Dit is geen Excel-werkmap (.xlsx). Is het misschien een CSV- of tekstbestand met een andere extensie?",
      en: "This is not an Excel workbook (.xlsx). Is it perhaps a CSV or text file with another extension?",
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new WorkbookInputError({
      nl: `De werkmap kan niet worden gelezen (beschadigd of onvolledig bestand): ${detail}`,
      en: `The workbook cannot be read (damaged or incomplete file): ${detail}`,
    });
  }
  return workbook;
}

export function sheetInfos(workbook: ExcelJS.Workbook): SheetInfo[] {
  return workbook.worksheets.map((ws) => ({ name: ws.name, state: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible" }));
}

/** A worksheet as a grid of core values, limited to the cells that hold data. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  let lastRow = 0;
  let lastCol = 0;
  let cells = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    let rowHasData = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toCoreValue(cell.value);
      if (value === null || (typeof value === "string" && value.trim() === "")) return;
      values[colNumber - 1] = value;
      rowHasData = true;
      cells++;
      if (colNumber > lastCol) lastCol = colNumber;
    });
    if (cells > MAX_CELLS) {
      throw new WorkbookInputError({
        nl: `Werkblad '${worksheet.name}' heeft meer dan ${MAX_CELLS.toLocaleString("nl-NL")} gevulde cellen; dat is te groot om te controleren.`,
        en: `Sheet '${worksheet.name}' has more than ${MAX_CELLS.toLocaleString("en-US")} filled cells; too large to check.`,
      });
    }
    if (!rowHasData) return;
    rows[rowNumber - 1] = values;
    if (row.hidden) hiddenRows.add(rowNumber);
    lastRow = rowNumber;
  });
  const grid: CellValue[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const source = rows[r] ?? [];
    const line: CellValue[] = new Array<CellValue>(lastCol).fill(null);
    for (let c = 0; c < lastCol; c++) line[c] = source[c] ?? null;
    grid.push(line);
  }
  return { sheet: worksheet.name, rows: grid, originRow: 1, originCol: 1, hiddenRows };
}

export type SheetChoice = { ok: true; worksheet: ExcelJS.Worksheet } | { ok: false; message: Localized };

/**
 * The sheet to check: the one named, or else the only sheet that looks like a formation sheet
 * (a header with a function and a size column). Sheets the tool wrote itself are never chosen.
 */
export function chooseSheet(workbook: ExcelJS.Workbook, name: string | undefined, ownSheets: ReadonlySet<string> = new Set()): SheetChoice {
  const names = workbook.worksheets.map((ws) => ws.name);
  if (name !== undefined) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet) return { ok: true, worksheet };
    return {
      ok: false,
      message: {
        nl: `Werkblad '${name}' bestaat niet. Werkbladen: ${names.join(", ")}.`,
        en: `Sheet '${name}' does not exist. Sheets: ${names.join(", ")}.`,
      },
    };
  }
  const candidates = workbook.worksheets.filter((ws) => !ownSheets.has(ws.name) && ws.state !== "veryHidden" && detectHeader(worksheetGrid(ws)) !== undefined);
  const visible = candidates.filter((ws) => ws.state !== "hidden");
  const pool = visible.length > 0 ? visible : candidates;
  if (pool.length === 1 && pool[0]) return { ok: true, worksheet: pool[0] };
  if (pool.length === 0) {
    return {
      ok: false,
      message: {
        nl: `Geen werkblad lijkt op een formatieoverzicht (kolommen Functie en FTE of Uren). Werkbladen: ${names.join(", ")}.`,
        en: `No sheet looks like a formation sheet (columns Function and FTE or Hours). Sheets: ${names.join(", ")}.`,
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
