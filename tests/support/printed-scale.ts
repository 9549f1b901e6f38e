/**
 * The scale each sheet of a workbook prints at, worked out from what is in the file alone — as
 * Excel does it, and independent of the code that laid the sheet out: the paper and orientation
 * of `<pageSetup>`, the margins of `<pageMargins>`, fit-to-page (`<sheetPr><pageSetUpPr
 * fitToPage>` with `fitToWidth`/`fitToHeight`) or a fixed `scale`, the column widths of `<cols>`
 * and the row heights of `<row ht>` inside the print area (the sheet's `_xlnm.Print_Area` name,
 * else its used range). Also the same for a sheet of the Excel fake, from what the Office.js
 * adapter set there.
 *
 * Widths: ECMA-376 §18.3.1.13 — a width of w characters is Truncate(((256·w + Truncate(128/7)) /
 * 256) · 7) pixels for Calibri 11's 7-pixel digit; 0,75 point a pixel. A fitted scale is rounded
 * down to whole percents, as Excel's page setup shows it.
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import type { FakeSheet } from "./excel-fake/model";

/** Paper sizes by `paperSize` code, in points (ECMA-376 §18.3.1.63: 1 Letter, 9 A4; default 1). */
const PAPER: Record<number, { name: string; width: number; height: number }> = {
  1: { name: "Letter", width: 612, height: 792 },
  9: { name: "A4", width: 595.28, height: 841.89 },
};

export interface PrintedSheet {
  sheet: string;
  paper: string;
  landscape: boolean;
  /** The scale the sheet prints at (0…1). */
  scale: number;
  /** How it got it: fitted to so many pages wide and tall (0: any), or a fixed scale. */
  fit: { wide: number; tall: number } | "fixed";
  /** The print area's content, in points at 100 %. */
  contentWidth: number;
  contentHeight: number;
  /** The printable area of a page, in points. */
  pageWidth: number;
  pageHeight: number;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["sheet", "definedName", "col", "row", "Relationship"].includes(name) });

type Xml = Record<string, unknown>;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "'Plaatsing per functie'!$A$1:$J$40" → rows and columns. */
function parseArea(reference: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(reference.trim());
  if (!m) return undefined;
  return { left: columnNumber(m[1] as string), top: Number(m[2]), right: columnNumber(m[3] as string), bottom: Number(m[4]) };
}

function columnPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}

function scaleOf(content: { width: number; height: number }, page: { width: number; height: number }, fit: { wide: number; tall: number } | "fixed", fixed: number): number {
  if (fit === "fixed") return fixed;
  let scale = 1;
  if (fit.wide > 0) scale = Math.min(scale, (fit.wide * page.width) / Math.max(1, content.width));
  if (fit.tall > 0) scale = Math.min(scale, (fit.tall * page.height) / Math.max(1, content.height));
  return Math.max(0.1, Math.floor(scale * 100 + 1e-9) / 100);
}

/** Every worksheet of an .xlsx with how it prints. */
export async function printedSheets(bytes: Uint8Array): Promise<PrintedSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const workbook = parser.parse(await text("xl/workbook.xml")).workbook as Xml;
  const rels = (parser.parse(await text("xl/_rels/workbook.xml.rels")).Relationships as Xml).Relationship as Xml[];
  const sheets = ((workbook.sheets as Xml).sheet as Xml[]) ?? [];
  const names = (((workbook.definedNames as Xml | undefined)?.definedName as Xml[] | undefined) ?? []).map((d) => ({ name: String(d.name), local: d.localSheetId, value: String(d["#text"] ?? "") }));
  const out: PrintedSheet[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const rel = rels.find((r) => r.Id === sheet["r:id"]);
    if (!rel) continue;
    const target = String(rel.Target).replace(/^\//, "");
    const path = target.startsWith("xl/") ? target : `xl/${target}`;
    const xml = await text(path);
    if (!xml.includes("<worksheet")) continue;
    const root = parser.parse(xml).worksheet as Xml;
    const setup = (root.pageSetup ?? {}) as Xml;
    const margins = (root.pageMargins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 }) as Xml;
    const fitToPage = String(((root.sheetPr as Xml | undefined)?.pageSetUpPr as Xml | undefined)?.fitToPage ?? "0");
    const paper = PAPER[Number(setup.paperSize ?? 1)] ?? (PAPER[1] as { name: string; width: number; height: number });
    const landscape = setup.orientation === "landscape";
    const page = {
      width: (landscape ? paper.height : paper.width) - (Number(margins.left) + Number(margins.right)) * 72,
      height: (landscape ? paper.width : paper.height) - (Number(margins.top) + Number(margins.bottom)) * 72,
    };
    const fit = fitToPage === "1" || fitToPage === "true" ? { wide: Number(setup.fitToWidth ?? 1), tall: Number(setup.fitToHeight ?? 1) } : ("fixed" as const);

    // The print area, else the used range (the dimension, else the cells).
    const printArea = names.find((n) => n.name === "_xlnm.Print_Area" && Number(n.local) === index);
    const dimension = String((root.dimension as Xml | undefined)?.ref ?? "A1");
    const area = (printArea && parseArea(printArea.value)) ?? parseArea(`x!${dimension.includes(":") ? dimension : `${dimension}:${dimension}`}`) ?? { top: 1, left: 1, bottom: 1, right: 1 };

    const format = (root.sheetFormatPr ?? {}) as Xml;
    const defaultWidth = format.defaultColWidth !== undefined ? columnPixels(Number(format.defaultColWidth)) : 64;
    const columns = ((root.cols as Xml | undefined)?.col as Xml[] | undefined) ?? [];
    let widthPx = 0;
    for (let c = area.left; c <= area.right; c++) {
      const col = columns.find((x) => Number(x.min) <= c && c <= Number(x.max));
      if (col && (col.hidden === "1" || col.hidden === "true")) continue;
      widthPx += col?.width !== undefined ? columnPixels(Number(col.width)) : defaultWidth;
    }
    const defaultHeight = Number(format.defaultRowHeight ?? 15);
    const rows = new Map<number, Xml>();
    for (const row of ((root.sheetData as Xml | undefined)?.row as Xml[] | undefined) ?? []) rows.set(Number(row.r), row);
    let height = 0;
    for (let r = area.top; r <= area.bottom; r++) {
      const row = rows.get(r);
      if (row && (row.hidden === "1" || row.hidden === "true")) continue;
      height += row?.ht !== undefined ? Number(row.ht) : defaultHeight;
    }
    const content = { width: widthPx * 0.75, height };
    out.push({ sheet: String(sheet.name), paper: paper.name, landscape, fit, scale: scaleOf(content, page, fit, Number(setup.scale ?? 100) / 100), contentWidth: content.width, contentHeight: content.height, pageWidth: page.width, pageHeight: page.height });
  }
  return out;
}

/** Paper sizes of Office.js `Excel.PaperType`, in points. */
const OFFICE_PAPER: Record<string, { width: number; height: number }> = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } };

/**
 * How a sheet of the Excel fake prints, from what was set through Office.js: `pageLayout` (paper,
 * orientation, margins in points, `zoom` as pages wide/tall or a scale), column widths in points
 * (`format.columnWidth`; the fake's default 48) and row heights (`format.rowHeight`; default 15)
 * inside the print area.
 */
export function fakePrintedSheet(sheet: FakeSheet): PrintedSheet {
  const layout = sheet.pageLayout;
  const paper = OFFICE_PAPER[layout.paperSize ?? "Letter"] ?? (OFFICE_PAPER.Letter as { width: number; height: number });
  const landscape = layout.orientation === "Landscape";
  const page = {
    width: (landscape ? paper.height : paper.width) - (layout.leftMargin ?? 50.4) - (layout.rightMargin ?? 50.4),
    height: (landscape ? paper.width : paper.height) - (layout.topMargin ?? 54) - (layout.bottomMargin ?? 54),
  };
  const zoom = layout.zoom ?? { scale: 100 };
  const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined ? { wide: zoom.horizontalFitToPages ?? 0, tall: zoom.verticalFitToPages ?? 0 } : ("fixed" as const);
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec((layout.printArea ?? "").replace(/^.*!/, ""));
  if (!m) throw new Error(`Sheet ${sheet.name} has no print area`);
  const area = { left: columnNumber(m[1] as string), top: Number(m[2]), right: columnNumber(m[3] as string), bottom: Number(m[4]) };
  let width = 0;
  for (let c = area.left; c <= area.right; c++) width += sheet.columnWidths.get(c) ?? 48;
  let height = 0;
  for (let r = area.top; r <= area.bottom; r++) height += sheet.rowHeights.get(r) ?? 15;
  const content = { width, height };
  return { sheet: sheet.name, paper: layout.paperSize ?? "Letter", landscape, fit, scale: scaleOf(content, page, fit, (zoom.scale ?? 100) / 100), contentWidth: width, contentHeight: height, pageWidth: page.width, pageHeight: page.height };
}
