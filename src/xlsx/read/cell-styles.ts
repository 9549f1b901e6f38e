/**
 * What reading needs of the styles part: which cell formats (`cellXfs`) show a number as a date.
 * Built-in formats 14–22, 27–36, 45–47 and 50–58 are dates or times (ECMA-376 Part 1, 18.8.30, and
 * the East Asian ones Excel adds); a custom format is one when, outside quoted text, escapes and
 * colour or condition brackets, it has a day, month, year, hour or second code.
 */
import { attribute } from "../xml/xml-text";
import { findElement, findElements } from "../xml/xml-scan";

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormatCode(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  const cleaned = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    // [h], [mm], [ss] are elapsed time; other brackets are colours, conditions and locales.
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  if (/^general$/i.test(cleaned.trim())) return false;
  return /[dmyhs]/i.test(cleaned);
}

/** Per cell format index: true when it shows numbers as dates or times. */
export function dateStyles(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  const custom = new Map<number, string>();
  const numFmts = findElement(stylesXml, "numFmts");
  if (numFmts) {
    for (const element of findElements(stylesXml, "numFmt", numFmts.innerStart, numFmts.innerEnd)) {
      const id = Number(attribute(element.tag, "numFmtId"));
      const code = attribute(element.tag, "formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    }
  }
  const cellXfs = findElement(stylesXml, "cellXfs");
  if (!cellXfs) return [];
  return findElements(stylesXml, "xf", cellXfs.innerStart, cellXfs.innerEnd).map((xf) => {
    const id = Number(attribute(xf.tag, "numFmtId") ?? "0");
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATES.has(id);
  });
}
