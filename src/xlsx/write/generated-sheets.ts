/**
 * The sheets the tool generates in a file — the tables and the Controle sheet — each laid out by
 * the core (src/core/print/table-layout.ts), written as a sheet with a native Excel table, its print
 * titles and print area, and recorded in the state sheet as the tool's own, so making them again
 * replaces them and a user's sheet of the same name is never touched.
 */
import type { PrintLayout } from "../../core/print/table-layout";
import { quoteSheetName } from "../../core/range-addresses";
import { uniqueTableName } from "../../core/plaatsing/table-output";
import { columnLetter } from "../../core/formatie/grid";
import { CONTENT_TYPES, type EditableWorkbook } from "./editable-workbook";
import { claimOwnSheet, readStatus, writeStatus } from "./own-sheets";
import { buildTableSheet, type LinkedCell } from "./table-sheet";

export interface SheetToWrite {
  /** The table's own name: the sheet's name unless a user's sheet has it. */
  name: string;
  layout: PrintLayout;
  links?: LinkedCell[];
}

export interface WrittenSheet {
  table: string;
  sheet: string;
  excelTable: string;
  /** A user's own sheet that had the table's name (left untouched). */
  userSheet?: string;
}

export async function writeGeneratedSheets(workbook: EditableWorkbook, sheets: readonly SheetToWrite[]): Promise<WrittenSheet[]> {
  const status = await readStatus(workbook);
  const own = new Set(status.createdSheets);
  const written: WrittenSheet[] = [];
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const claim = claimOwnSheet(workbook, sheet.name, own, taken);
    taken.add(claim.name.toLowerCase());
    const styles = await workbook.styles();
    const built = buildTableSheet(sheet.layout, styles, sheet.links);
    // The sheet's old table goes first, so its name is free for the new one.
    let excelTable = "";
    const build = async (part: string) => {
      const { names, maxId } = await workbook.takenTableNames();
      excelTable = uniqueTableName(sheet.name, names);
      const tablePart = workbook.pkg.freeName((n) => `xl/tables/table${n}.xml`);
      const id = await workbook.addPart(part, tablePart, built.tablePart(maxId + 1, excelTable), "table", CONTENT_TYPES.table);
      return built.xml(id);
    };
    const { index } = claim.replaces !== undefined ? await workbook.rewriteSheet(claim.replaces, build) : await workbook.addSheet(claim.name, "visible", build);
    const quoted = quoteSheetName(claim.name);
    await workbook.setDefinedName("_xlnm.Print_Titles", `${quoted}!$${sheet.layout.headerRow}:$${sheet.layout.headerRow}`, index);
    await workbook.setDefinedName("_xlnm.Print_Area", `${quoted}!$A$1:$${columnLetter(sheet.layout.lastCol)}$${sheet.layout.lastRow}`, index);
    if (!own.has(claim.name)) status.createdSheets.push(claim.name);
    own.add(claim.name);
    written.push({ table: sheet.name, sheet: claim.name, excelTable, ...(claim.userSheet !== undefined ? { userSheet: claim.userSheet } : {}) });
  }
  workbook.flush();
  await writeStatus(workbook, status);
  return written;
}
