/**
 * User text written into a workbook stays text: never a formula, never a command. Excel treats
 * input starting with = + - @ (and tab/CR/LF in CSV-like paths) as a formula when it is typed or
 * set as a value; such text gets a guard.
 */

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** True when Excel would read this text as the start of a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The value to send through Office.js `range.values`: Excel reads a leading apostrophe as
 * "this is text" and does not show it, so "=HYPERLINK(…)" stays visible and inert.
 */
export function officeTextValue(text: string): string {
  return looksLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}
