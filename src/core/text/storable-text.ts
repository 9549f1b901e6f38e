/**
 * Text a workbook can hold. A cell holds at most 32,767 characters, and the file format (XML 1.0)
 * cannot hold control characters other than tab, line feed and carriage return, nor unpaired
 * surrogates: a file with them is "corrupt" to Excel. Both adapters pass user text through here
 * before writing it; what cannot be stored becomes a visible U+FFFD, never silently nothing.
 */

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with characters a workbook cannot store replaced, cut to fit one cell (ending in "…"). */
export function storableText(text: string, maxLength = MAX_CELL_TEXT): string {
  const clean = text.replace(NOT_IN_XML, "\uFFFD");
  if (clean.length <= maxLength) return clean;
  let cut = clean.slice(0, maxLength - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
