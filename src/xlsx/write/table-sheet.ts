/**
 * One generated table on a sheet of its own, from the core's print layout: the title block as
 * merged, wrapping lines; the table as a native Excel table (header row, style, filter buttons, a
 * totals row that sums what is shown, bold with a line above); number formats, alignment and
 * indents per column, widths, row heights, a frozen header; A4 print setup with the header row
 * repeated, a page header and "pagina x van y" counted per sheet. The Overzicht chart the layout
 * places is not drawn in a file (the writer makes no chart parts): the print area ends with the
 * table's footnotes.
 */
import { columnLetter } from "../../core/formatie/grid";
import type { PrintLayout } from "../../core/print/table-layout";
import { MARGINS } from "../../core/print/print-page";
import { TABLE_STYLE } from "../../core/plaatsing/table-output";
import type { OwnCell, OwnRow, OwnSheetModel, TableColumnPart } from "./own-sheet-xml";
import { ownSheetXml, tablePartXml } from "./own-sheet-xml";
import type { StylesPart } from "./styles-part";

export interface LinkedCell {
  /** 0-based data row and column of the layout. */
  row: number;
  col: number;
  /** "'Formatie 2025'!D11" */
  location: string;
}

export interface BuiltTableSheet {
  xml: (tableRelationshipId: string) => string;
  tablePart: (id: number, name: string) => string;
}

export function buildTableSheet(layout: PrintLayout, styles: StylesPart, links: readonly LinkedCell[] = []): BuiltTableSheet {
  const lastLetter = columnLetter(layout.lastCol);
  const rows: OwnRow[] = [];
  const merges: string[] = [];
  const title = styles.own({ bold: true, size: 14, vertical: "top" });
  const subtitle = styles.own({ italic: true, wrap: true, vertical: "top" });
  const note = styles.own({ wrap: true, vertical: "top" });
  for (const line of [...layout.lines, ...layout.footnotes]) {
    const style = line.kind === "title" ? title : line.kind === "subtitle" ? subtitle : note;
    rows.push({ index: line.row, cells: [{ value: line.text, style }], height: line.height });
    if (layout.lastCol > 1) merges.push(`A${line.row}:${lastLetter}${line.row}`);
  }
  const headers = layout.columns.map((c) => styles.own({ bold: true, wrap: true, vertical: "bottom", horizontal: c.align, ...(c.indent ? { indent: c.indent } : {}) }));
  rows.push({ index: layout.headerRow, cells: layout.labels.map((label, j) => ({ value: label, style: headers[j] })), height: layout.headerHeight });

  const dataStyles = layout.columns.map((c) =>
    styles.own({ ...(c.numberFormat !== undefined ? { numFmt: c.numberFormat } : {}), wrap: c.wrap, vertical: "top", horizontal: c.align, ...(c.indent ? { indent: c.indent } : {}) }),
  );
  const linkStyles = layout.columns.map((c) => styles.own({ color: "0563C1", underline: true, wrap: c.wrap, vertical: "top", horizontal: c.align, ...(c.indent ? { indent: c.indent } : {}) }));
  const linkAt = new Map(links.map((l) => [`${l.row}:${l.col}`, l]));
  layout.rows.forEach((row, i) => {
    const cells: OwnCell[] = row.map((value, j) => ({ value, style: linkAt.has(`${i}:${j}`) ? linkStyles[j] : dataStyles[j] }));
    const height = layout.rowHeights[i];
    rows.push({ index: layout.firstDataRow + i, cells, ...(height !== undefined && height > 15 ? { height } : {}) });
  });

  const tableColumns: TableColumnPart[] = layout.labels.map((name) => ({ name }));
  const totalsRow = layout.lastDataRow + 1;
  if (layout.totals) {
    const cells: OwnCell[] = layout.totals.map((total, j) => {
      const column = layout.columns[j];
      const style = styles.own({ bold: true, topBorder: true, vertical: "top", horizontal: column?.align ?? "left", ...(column?.indent ? { indent: column.indent } : {}), ...(column?.numberFormat !== undefined ? { numFmt: column.numberFormat } : {}) });
      if (total.sumOf !== undefined) {
        (tableColumns[j] as TableColumnPart).totalsRowFormula = `SUBTOTAL(109,${total.sumOf})`;
        return { value: total.value, formula: `SUBTOTAL(109,${total.sumOf})`, style };
      }
      if (j === 0 && typeof total.value === "string") (tableColumns[j] as TableColumnPart).totalsRowLabel = total.value;
      return { value: total.value, style };
    });
    rows.push({ index: totalsRow, cells });
  }

  const tableRef = `A${layout.headerRow}:${lastLetter}${layout.totals ? totalsRow : layout.lastDataRow}`;
  const model = (tableRelationshipId: string): OwnSheetModel => ({
    rows,
    columns: layout.columns.map((c) => c.width),
    merges,
    freezeBelowRow: layout.headerRow,
    hyperlinks: links.map((l) => ({ ref: `${columnLetter(l.col + 1)}${layout.firstDataRow + l.row}`, location: l.location, display: String(layout.rows[l.row]?.[l.col] ?? "") })),
    page: {
      landscape: layout.landscape,
      ...(layout.fitToWidth ? { fitToWidth: 1, fitToHeight: layout.onePage ? 1 : 0 } : { scale: layout.scale * 100 }),
      firstPageNumber: layout.firstPageNumber,
      margins: MARGINS,
      header: `&L${layout.header.left}&R${layout.header.right}`,
      footer: `&L${layout.footer.left}&R${layout.footer.right}`,
    },
    tableRelationshipIds: [tableRelationshipId],
  });
  return {
    xml: (id) => ownSheetXml(model(id)),
    tablePart: (id, name) => tablePartXml(id, name, tableRef, tableColumns, layout.totals !== undefined, TABLE_STYLE),
  };
}
