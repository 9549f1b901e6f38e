/**
 * The one way user text goes into an ExcelJS cell. ExcelJS stores a JavaScript string as a
 * shared-string cell (`t="s"`); a formula only ever comes from a `{ formula }` object. So
 * "=HYPERLINK(…)", "+31 6 …" and "@SUM(…)" stay literal text (tests read the file back to prove it).
 * Anything that is not a string is turned into one first, so no object shape can slip through.
 */
import type ExcelJS from "exceljs";

export function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = String(text);
}
