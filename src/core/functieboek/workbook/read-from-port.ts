/**
 * The functieboek kept in a workbook's own sheets, read through the workbook port (a file in the
 * CLI and file mode, the live workbook in Excel): the same reading everywhere.
 */
import type { WorkbookPort } from "../../workbook-port";
import { BOOK_SHEETS, findBookSheets, hasBookSheets } from "./book-sheets";
import { readFunctieboekWorkbook, type BookWorkbookResult, type ReadBookOptions } from "./read-book-workbook";

/** True when the workbook holds a Functies and a Normfuncties sheet. */
export async function portHasBook(port: Pick<WorkbookPort, "listSheets">): Promise<boolean> {
  return hasBookSheets((await port.listSheets()).map((s) => s.name));
}

/** Reads the book from the workbook's sheets (a missing sheet is one of the problems reported). */
export async function readFunctieboekFromPort(port: Pick<WorkbookPort, "listSheets" | "readSheet">, options: ReadBookOptions = {}): Promise<BookWorkbookResult> {
  const found = findBookSheets((await port.listSheets()).map((s) => s.name));
  const grids = [];
  for (const spec of BOOK_SHEETS) {
    const name = found[spec.key];
    if (name !== undefined) grids.push(await port.readSheet(name));
  }
  return readFunctieboekWorkbook(grids, options);
}
