/**
 * How wide text prints in Excel's default font (Calibri 11) and how many lines it takes in a
 * column of a given width, so a layout can give columns widths from their content and rows the
 * heights their wrapped text needs. Widths are Calibri's advance widths (units of 1/2048 em),
 * read from Carlito, which is metric-compatible with Calibri (same widths glyph for glyph); a
 * column's width is counted as Excel stores it, in characters of 7 pixels (Calibri 11's digit).
 */

/** Advance widths of the printable ASCII characters 32…126, in 1/2048 em (Calibri Regular). */
const ASCII_WIDTHS = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
  1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
  596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
];

/** Characters outside ASCII that the tool's texts use (accented letters are measured by their base letter). */
const OTHER_WIDTHS: Record<string, number> = { "€": 1038, "–": 1020, "—": 1854, "·": 517, "’": 511, "‘": 511, "“": 857, "”": 857, "×": 1020, "−": 1020, "§": 1020 };

/** A character not in the tables: as wide as a capital, to err on the wide side. */
const UNKNOWN_WIDTH = 1200;

/** Bold Calibri is about 2,5 % wider; counted as 4 %. */
const BOLD_FACTOR = 1.04;

/** Pixels per em of an 11-point font at 96 dpi. */
const PX_PER_EM_11PT = (11 * 96) / 72;

/** Pixels of one width unit of a column (Calibri 11's digit). */
export const PX_PER_CHAR = 7;

/** Room a cell keeps free left and right of its text, in pixels (Excel: about 2 px each side; counted generously). */
const CELL_PADDING_PX = 6;

/** One indent level, in pixels (Excel indents by about the width of a few characters). */
const INDENT_PX = 10;

/** Text measured as wide as the font says (Excel's hinted glyphs round up about as often as down). */
const SAFETY = 1;

export interface TextStyle {
  bold?: boolean;
  /** Font size in points (default 11). */
  size?: number;
}

function charUnits(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] as number;
  const known = OTHER_WIDTHS[ch];
  if (known !== undefined) return known;
  const base = ch.normalize("NFD").charAt(0);
  const baseCode = base.charCodeAt(0);
  if (base !== ch && baseCode >= 32 && baseCode <= 126) return ASCII_WIDTHS[baseCode - 32] as number;
  return UNKNOWN_WIDTH;
}

/** The printed width of one line of text, in pixels at 100 %. */
export function textPx(text: string, style: TextStyle = {}): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  const size = style.size ?? 11;
  return (units / 2048) * PX_PER_EM_11PT * (size / 11) * (style.bold ? BOLD_FACTOR : 1) * SAFETY;
}

/** The pixels a column of `width` characters has for its text (less with an indent). */
export function textRoomPx(width: number, indent = 0): number {
  return Math.max(PX_PER_CHAR, width * PX_PER_CHAR - CELL_PADDING_PX - indent * INDENT_PX);
}

/** The column width (in characters) that shows `px` pixels of text on one line. */
export function widthForPx(px: number, indent = 0): number {
  return Math.ceil((px + CELL_PADDING_PX + indent * INDENT_PX) / PX_PER_CHAR);
}

/**
 * The lines a text takes when it wraps in a column of `width` characters: it breaks at spaces and
 * line breaks, and inside a word only where the word alone is wider than the column (as Excel does).
 */
export function wrappedLines(text: string, width: number, style: TextStyle = {}, indent = 0): number {
  if (text === "") return 1;
  const room = textRoomPx(width, indent);
  const space = textPx(" ", style);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    if (textPx(paragraph, style) <= room) continue;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textPx(word, style);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      if (w <= room) {
        used = w;
        continue;
      }
      // A word wider than the column: Excel breaks it where the line is full.
      let part = 0;
      for (const ch of word) {
        const c = textPx(ch, style);
        if (part > 0 && part + c > room) {
          lines++;
          part = 0;
        }
        part += c;
      }
      used = part;
    }
  }
  return lines;
}

/** The widest line of a text, in pixels. */
export function widestLinePx(text: string, style: TextStyle = {}): number {
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, textPx(line, style));
  return widest;
}

/** The widest word of a text, in pixels (a column narrower than this breaks the word). */
export function widestWordPx(text: string, style: TextStyle = {}): number {
  let widest = 0;
  for (const word of text.split(/[\s]+/)) widest = Math.max(widest, textPx(word, style));
  return widest;
}
