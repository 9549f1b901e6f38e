/**
 * The core's tables (DataTable, with Dutch and English titles and notes) in the shape the
 * workbook port writes (TableData): title and notes in the pane's language.
 */
import type { Language } from "../../core/localized";
import type { DataTable } from "../../core/plaatsing/data-table";
import type { TableData } from "../../core/plaatsing/table-data";

export function toTableData(table: DataTable, language: Language): TableData {
  return {
    name: table.name,
    title: language === "nl" ? table.title : table.titleEn,
    columns: table.columns.map((c) => ({ ...c })),
    rows: table.rows,
    ...(table.totals ? { totals: table.totals } : {}),
    ...(table.notes ? { notes: table.notes.map((n) => n[language]) } : {}),
  };
}
