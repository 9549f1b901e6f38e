/**
 * The Overzicht chart: formatie and bezet per cluster, one series per column named by its header,
 * the clusters on the x-axis; the data rows only, not the totals row. It goes under the table and
 * its footnotes, as wide as the table, so it prints on the same (one) page. The layout only says
 * where; an adapter that draws charts puts it there, one that does not ends the print area with
 * the table's footnotes.
 */
import { columnLetter } from "../formatie/grid";
import type { Language, Localized } from "../localized";
import type { DataTable } from "../plaatsing/data-table";
import { OVERVIEW_TABLE } from "../plaatsing/overview-table";

/** Rows the chart spans (about 240 points at the default row height). */
export const CHART_ROWS = 16;

const CHART_TITLE: Localized = { nl: "Formatie en bezetting per cluster", en: "Formation and filled positions per cluster" };

export interface ChartLayout {
  title: string;
  /** The formatie and bezet columns with their header cells ("C5:D9"). */
  source: string;
  /** The cluster names of the data rows ("A6:A9"). */
  categories: string;
  /** The cells the chart covers, from its top-left to its bottom-right cell. */
  topLeft: string;
  bottomRight: string;
  /** The chart's first and last rows: the print area reaches down to the last. */
  firstRow: number;
  lastRow: number;
}

export interface TablePlace {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  lastCol: number;
  /** The last row of the table's text (totals row or footnotes). */
  lastRow: number;
}

/** The chart of the Overzicht table: needs its cluster, formatie and bezet columns (the last two side by side) and data rows. */
export function overviewChart(table: DataTable, at: TablePlace, language: Language): ChartLayout | undefined {
  if (table.name !== OVERVIEW_TABLE || table.rows.length === 0) return undefined;
  const index = (key: string) => table.columns.findIndex((c) => c.key === key);
  const cluster = index("part");
  const formation = index("formationFte");
  const filled = index("filledFte");
  if (cluster < 0 || formation < 0 || filled !== formation + 1) return undefined;
  const letter = (j: number) => columnLetter(j + 1);
  const top = at.lastRow + 2;
  const bottom = top + CHART_ROWS - 1;
  return {
    title: CHART_TITLE[language],
    source: `${letter(formation)}${at.headerRow}:${letter(filled)}${at.lastDataRow}`,
    categories: `${letter(cluster)}${at.firstDataRow}:${letter(cluster)}${at.lastDataRow}`,
    topLeft: `A${top}`,
    bottomRight: `${columnLetter(at.lastCol)}${bottom}`,
    firstRow: top,
    lastRow: bottom,
  };
}
