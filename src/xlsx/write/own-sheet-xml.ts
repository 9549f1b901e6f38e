/**
 * The XML of a sheet the tool makes itself (Controle, the tables, its state sheets), from a small
 * model: cells with values and formats, column widths, merged title lines, a frozen header, links
 * to cells inside the workbook, print setup and the Excel tables on it. Text is always written as
 * an inline string, so "=HYPERLINK(…)" in a cell stays text and the workbook's shared strings are
 * never touched; the only formulas are the tool's own (SUBTOTAL in a table's totals row).
 */
import { columnLetter } from "../../core/formatie/grid";
import { storableText } from "../../core/text/storable-text";
import { escapeXmlAttribute, escapeXmlText } from "../xml/xml-text";
import { formatNumber } from "./sheet-cells";

export interface OwnCell {
  value: string | number | null;
  style?: number;
  /** The tool's own formula (never user text), with `value` as its cached result. */
  formula?: string;
}

export interface OwnRow {
  /** 1-based row number. */
  index: number;
  cells: (OwnCell | undefined)[];
  height?: number;
}

export interface PageSetup {
  landscape: boolean;
  /** Fit to this many pages wide (0: as many as needed); with `fitToHeight` set, fit-to-page is on. */
  fitToWidth?: number;
  fitToHeight?: number;
  /** A fixed print scale in percent (when not fitting). */
  scale?: number;
  /** The number of the sheet's first printed page (else Excel numbers on from the sheet before). */
  firstPageNumber?: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Header and footer in Excel's codes (&L, &C, &R, &P, &N); "&" in text must already be doubled. */
  header?: string;
  footer?: string;
}

export interface OwnSheetModel {
  rows: OwnRow[];
  /** Widths in characters, column A first. */
  columns?: number[];
  merges?: string[];
  /** Rows above this one stay in view (the header of a table). */
  freezeBelowRow?: number;
  autoFilter?: string;
  hyperlinks?: { ref: string; location: string; display: string }[];
  page?: PageSetup;
  /** Relationship ids of the sheet's table parts. */
  tableRelationshipIds?: string[];
  /** Only for very hidden state sheets: no view settings needed. */
  plain?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function ownSheetXml(model: OwnSheetModel): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">`];
  const fit = model.page !== undefined && (model.page.fitToWidth !== undefined || model.page.fitToHeight !== undefined);
  if (fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const lastRow = model.rows.reduce((m, r) => Math.max(m, r.index), 0);
  const lastCol = model.rows.reduce((m, r) => Math.max(m, r.cells.length), model.columns?.length ?? 0);
  out.push(`<dimension ref="A1${lastRow > 0 && lastCol > 0 ? `:${columnLetter(lastCol)}${lastRow}` : ""}"/>`);
  if (!model.plain) {
    if (model.freezeBelowRow !== undefined && model.freezeBelowRow > 0) {
      const top = `A${model.freezeBelowRow + 1}`;
      out.push(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="${model.freezeBelowRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`);
    } else out.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (model.columns && model.columns.length > 0) {
    out.push("<cols>");
    model.columns.forEach((width, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${round(width)}" customWidth="1"/>`));
    out.push("</cols>");
  }
  out.push("<sheetData>");
  for (const row of [...model.rows].sort((a, b) => a.index - b.index)) {
    const height = row.height !== undefined ? ` ht="${round(row.height)}" customHeight="1"` : "";
    const cells: string[] = [];
    row.cells.forEach((cell, j) => {
      if (!cell) return;
      const ref = `${columnLetter(j + 1)}${row.index}`;
      const s = cell.style ? ` s="${cell.style}"` : "";
      if (cell.formula !== undefined) {
        const cached = typeof cell.value === "number" ? `<v>${formatNumber(cell.value)}</v>` : "";
        cells.push(`<c r="${ref}"${s}><f>${escapeXmlText(cell.formula)}</f>${cached}</c>`);
      } else if (typeof cell.value === "number") cells.push(`<c r="${ref}"${s}><v>${formatNumber(cell.value)}</v></c>`);
      else if (typeof cell.value === "string" && cell.value !== "") cells.push(`<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(storableText(cell.value))}</t></is></c>`);
      else if (cell.style) cells.push(`<c r="${ref}"${s}/>`);
    });
    if (cells.length > 0 || height) out.push(`<row r="${row.index}"${height}>${cells.join("")}</row>`);
  }
  out.push("</sheetData>");
  if (model.autoFilter) out.push(`<autoFilter ref="${model.autoFilter}"/>`);
  if (model.merges && model.merges.length > 0) out.push(`<mergeCells count="${model.merges.length}">${model.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  if (model.hyperlinks && model.hyperlinks.length > 0) {
    out.push("<hyperlinks>");
    for (const link of model.hyperlinks) out.push(`<hyperlink ref="${link.ref}" location="${escapeXmlAttribute(link.location)}" display="${escapeXmlAttribute(storableText(link.display))}"/>`);
    out.push("</hyperlinks>");
  }
  const page = model.page;
  if (page) {
    const m = page.margins;
    out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
    const fitAttributes = fit ? ` fitToWidth="${page.fitToWidth ?? 1}" fitToHeight="${page.fitToHeight ?? 0}"` : "";
    const scale = !fit && page.scale !== undefined ? ` scale="${Math.round(page.scale)}"` : "";
    const first = page.firstPageNumber !== undefined ? ` firstPageNumber="${page.firstPageNumber}" useFirstPageNumber="1"` : "";
    out.push(`<pageSetup paperSize="9"${scale}${first}${fitAttributes} orientation="${page.landscape ? "landscape" : "portrait"}"/>`);
    if (page.header !== undefined || page.footer !== undefined) {
      out.push("<headerFooter>");
      if (page.header !== undefined) out.push(`<oddHeader>${escapeXmlText(page.header)}</oddHeader>`);
      if (page.footer !== undefined) out.push(`<oddFooter>${escapeXmlText(page.footer)}</oddFooter>`);
      out.push("</headerFooter>");
    }
  }
  if (model.tableRelationshipIds && model.tableRelationshipIds.length > 0) {
    out.push(`<tableParts count="${model.tableRelationshipIds.length}">${model.tableRelationshipIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`);
  }
  out.push("</worksheet>");
  return out.join("");
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export interface TableColumnPart {
  name: string;
  totalsRowLabel?: string;
  /** The totals row's formula for this column (the tool's own SUBTOTAL), as a custom totals function. */
  totalsRowFormula?: string;
}

/** The XML of an Excel table (ListObject) part. */
export function tablePartXml(id: number, name: string, ref: string, columns: readonly TableColumnPart[], totalsRow: boolean, style: string): string {
  const [first, last] = ref.split(":") as [string, string];
  const filterRef = totalsRow ? `${first}:${last.replace(/\d+$/, (n) => String(Number(n) - 1))}` : ref;
  const columnXml = columns
    .map((c, i) => {
      const label = c.totalsRowLabel !== undefined ? ` totalsRowLabel="${escapeXmlAttribute(c.totalsRowLabel)}"` : "";
      if (c.totalsRowFormula !== undefined) return `<tableColumn id="${i + 1}" name="${escapeXmlAttribute(c.name)}" totalsRowFunction="custom"><totalsRowFormula>${escapeXmlText(c.totalsRowFormula)}</totalsRowFormula></tableColumn>`;
      return `<tableColumn id="${i + 1}" name="${escapeXmlAttribute(c.name)}"${label}/>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${escapeXmlAttribute(name)}" displayName="${escapeXmlAttribute(name)}" ref="${ref}" headerRowCount="1"${totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filterRef}"/><tableColumns count="${columns.length}">${columnXml}</tableColumns>` +
    `<tableStyleInfo name="${escapeXmlAttribute(style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** A column name inside a structured reference: ' [ ] # escaped with a quote. */
export function structuredColumn(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}
