/**
 * The one way text goes into a cell through Office.js. `range.values` is parsed like typed input:
 * "=HYPERLINK(…)" would become a formula, "100234" a number, "1-2" a date and "WAAR" a boolean.
 * Text that Excel would read as anything but text gets a leading apostrophe, which Excel does not
 * show or return: the cell keeps exactly the text. Characters a workbook cannot hold and over-long
 * text are handled by the core's `storableText` first.
 */
import { storableText } from "../core/text/storable-text";

/** Text Excel reads as the start of a formula (= + - @, and tab/CR/LF as CSV-style input does). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Numbers, percentages, currency amounts, dates and times as Excel's input parser may take them. */
const NUMBER_LIKE = /^\s*[-+(]?\s*[€$£]?\s*[\d.,\s]*\d[\d.,\s]*(?:[eE][-+]?\d+)?\s*%?\s*[€$£]?\s*\)?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}\s*[-/.]\s*(?:\d{1,2}|[A-Za-z]{3,9})(?:\s*[-/.]\s*\d{1,4})?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\s*$/;
const BOOLEAN_LIKE = /^\s*(?:true|false|waar|onwaar)\s*$/i;

/** True when Excel would store this text as something other than the same text. */
export function needsTextGuard(text: string): boolean {
  return NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || TIME_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

/** The value to put in `range.values` for a piece of text, so the cell holds that text. */
export function cellText(text: string): string {
  const stored = storableText(String(text));
  // A leading apostrophe means "this is text" to Excel: it is not shown and not returned. Text that
  // itself starts with one gets a second, so the apostrophe the user wrote survives.
  const guard = FORMULA_START.test(stored) || stored.startsWith("'") || needsTextGuard(stored);
  return guard ? `'${stored}` : stored;
}
