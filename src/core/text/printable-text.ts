/**
 * Text from a workbook or a functieboek, made safe to print on a terminal: control characters
 * (escape sequences can retitle a terminal, write the clipboard or hide text) become visible
 * control pictures (ESC → ␛), and bidirectional overrides (which can reorder what a line appears to
 * say) become U+FFFD. Line breaks inside one message become spaces.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/g;
const C1_AND_BIDI = /[\u0080-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function printableText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
    .replace(CONTROL, (ch) => (ch === "\t" ? " " : ch === "\u007F" ? "\u2421" : String.fromCharCode(0x2400 + ch.charCodeAt(0))))
    .replace(C1_AND_BIDI, "\uFFFD");
}
