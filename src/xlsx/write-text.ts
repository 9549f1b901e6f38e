/**
 * The one way user text goes into an ExcelJS workbook: cell values, notes and links of the Controle
 * sheet, the tables and the state sheet all pass through here. ExcelJS stores a JavaScript string as
 * a string cell (`t="s"`); a formula only ever comes from a `{ formula }` object, which nothing here
 * makes. So "=HYPERLINK(…)", "+31 6 …", "@SUM(…)", "-2+3" and tab/CR/LF-led text stay literal text
 * (tests read the written file back to prove it). Anything that is not a string is turned into one
 * first, so no object shape can slip through; characters a workbook cannot hold become U+FFFD and
 * over-long text is cut to Excel's cell limit (`storableText`).
 */
import type ExcelJS from "exceljs";
import { storableText } from "../core/text/storable-text";

export function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = storableText(String(text));
}

/** Sets a cell's note (comment) to plain text. */
export function setNote(cell: ExcelJS.Cell, text: string): void {
  cell.note = storableText(String(text));
}

/**
 * Removes a cell's note. ExcelJS has no public way to do this, and a cell read from a file keeps a
 * copy of its note in its value's model, which it writes again; both are cleared (the reversible-
 * marking test proves it through a saved file).
 */
export function removeNote(cell: ExcelJS.Cell): void {
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internal._comment = undefined;
  if (internal._value?.model) delete internal._value.model.comment;
}

/**
 * A link to a cell inside the same workbook ("#'Formatie 2025'!D11"). Only internal links are made:
 * no text from a sheet ever becomes a link to somewhere else.
 */
export function setCellLink(cell: ExcelJS.Cell, text: string, sheet: string, address: string): void {
  if (!/^\$?[A-Z]{1,3}\$?\d{1,7}$/.test(address)) {
    setText(cell, text);
    return;
  }
  cell.value = { text: storableText(String(text)), hyperlink: `#'${sheet.replace(/'/g, "''")}'!${address}` };
}
