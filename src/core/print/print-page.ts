/**
 * A4 as the generated sheets print it, and the arithmetic of fitting them: how wide a column of
 * so many characters prints, and at which scale a sheet fitted to one page wide comes out. A sheet
 * printed below 70 % is hard to read, so the layouts keep their widths inside `readableWidth`.
 */

/** Page margins in inches, as every generated sheet sets them. */
export const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** A4 in points (210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };

/** The smallest effective print scale a generated sheet may need. */
export const MIN_PRINT_SCALE = 0.7;


/** Default row height in points (Calibri 11), and the height of each wrapped line. */
export const ROW_HEIGHT = 15;

/** Excel's highest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * The printed width, in points, of a column `chars` characters wide, as Excel works it out
 * (ECMA-376 §18.3.1.13: pixels = Truncate(((256 × width + Truncate(128 / 7)) / 256) × 7) for a
 * 7-pixel digit; 0,75 point a pixel).
 */
export function columnPoints(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

/** The printable area of an A4 page, in points. */
export function printableArea(landscape: boolean): { width: number; height: number } {
  const width = (landscape ? A4.height : A4.width) - (MARGINS.left + MARGINS.right) * 72;
  const height = (landscape ? A4.width : A4.height) - (MARGINS.top + MARGINS.bottom) * 72;
  return { width, height };
}

export interface PrintFit {
  landscape: boolean;
  /** Fit to one page wide (always); one page high too when set. */
  onePage: boolean;
}

/**
 * The scale Excel prints at when a sheet is fitted to one page wide (and, with `onePage`, one page
 * high): never above 100 %.
 */
export function effectiveScale(columnWidths: readonly number[], rowHeights: readonly number[], fit: PrintFit): number {
  const area = printableArea(fit.landscape);
  const width = columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  let scale = Math.min(1, area.width / Math.max(1, width));
  if (fit.onePage) {
    const height = rowHeights.reduce((sum, h) => sum + h, 0);
    scale = Math.min(scale, area.height / Math.max(1, height));
  }
  return scale;
}

/** The widest total of column widths (characters) that prints at `scale` or more on one page wide. */
export function widthAtScale(landscape: boolean, scale: number): number {
  // Columns are whole characters of 7 pixels (0,75 pt a pixel).
  return Math.floor(printableArea(landscape).width / scale / 0.75 / 7);
}

/** The widest total of column widths (characters) that still prints at `MIN_PRINT_SCALE` or more. */
export function readableWidth(landscape: boolean): number {
  return widthAtScale(landscape, MIN_PRINT_SCALE);
}

/** Text in a page header or footer: "&" is a control character there, so it is doubled; long text is cut. */
export function headerFooterText(text: string, max: number): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(/&/g, "&&");
}
