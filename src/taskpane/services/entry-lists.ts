/**
 * The dropdowns "Invoerlijsten" installs: on the Functie, Normfunctie and Schaal columns, from
 * the row under the header to some way past the last data row (so new rows get them too), with
 * the values of the book. Pure: the port installs them.
 */
import type { Field } from "../../core/formatie/columns";
import type { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { EntryList } from "../../core/workbook-port";
import type { ColumnChoice } from "./check-protocol";

export const ENTRY_LIST_FIELDS = ["title", "normfunctie", "scale"] as const satisfies readonly Field[];

export type EntryListField = (typeof ENTRY_LIST_FIELDS)[number];

/** Rows below the last data row that get the dropdowns as well. */
export const ENTRY_LIST_EXTRA_ROWS = 500;

const EXCEL_MAX_ROW = 1_048_576;

export interface EntryListPlan {
  lists: (EntryList & { field: EntryListField })[];
  /** Fields without a column in the sheet. */
  skipped: EntryListField[];
  firstRow: number;
  lastRow: number;
}

export function planEntryLists(index: FunctieboekIndex, choice: ColumnChoice, lastDataRow: number): EntryListPlan {
  const firstRow = choice.headerRow + 1;
  const lastRow = Math.min(EXCEL_MAX_ROW, Math.max(lastDataRow, choice.headerRow) + ENTRY_LIST_EXTRA_ROWS);
  const lists: EntryListPlan["lists"] = [];
  const skipped: EntryListField[] = [];
  for (const field of ENTRY_LIST_FIELDS) {
    const column = choice.columns[field];
    if (column === undefined) {
      skipped.push(field);
      continue;
    }
    lists.push({ field, column, firstRow, lastRow, values: valuesOf(index, field) });
  }
  return { lists, skipped, firstRow, lastRow };
}

function valuesOf(index: FunctieboekIndex, field: EntryListField): string[] {
  if (field === "title") return unique(index.functionTitles());
  if (field === "normfunctie") return unique(index.normfunctieNames()).sort((a, b) => a.localeCompare(b, "nl"));
  return [...new Set(index.book.functions.map((f) => f.scale))].sort((a, b) => a - b).map(String);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))];
}
