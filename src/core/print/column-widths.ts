/**
 * Column widths from the content, and the page they fit: each column as wide as its widest value
 * or the longest word of its label (with caps), then portrait where that fits at 100 %, else
 * landscape. Text columns are narrowed — their text wraps — one character at a time where that
 * adds the fewest lines: while it adds none; down to a 75 % print whatever it adds (while a text
 * column can still give way); and further for a larger print while the printed length (lines ×
 * scale) stays within a tenth of the shortest of those steps. A column of short text — names,
 * statuses, up to KEEP_WHOLE_WIDTH — is not narrowed where the page still reaches 75 % that way;
 * only a table too wide for that breaks them.
 */
import { MIN_PRINT_SCALE, widthAtScale } from "./print-page";
import { widestLinePx, widestWordPx, widthForPx, wrappedLines } from "./text-metrics";

/** Widest a text column grows, in characters: text wraps past it. */
export const MAX_TEXT_WIDTH = 50;
/**
 * A column whose values are all this wide or narrower (in characters, the character of air after
 * them included) is kept whole while the page reaches 75 % that way: names ("Marieke van den
 * Berg"), statuses, cell addresses, so a list never breaks a name in two. Longer text wraps.
 */
export const KEEP_WHOLE_WIDTH = 22;
/** Narrowest a text column is made when the page is too narrow (unless its content is narrower). */
const MIN_TEXT_WIDTH = 10;
/** Words longer than this may be broken when their column is narrowed. */
const MAX_UNBROKEN_WORD = 20;
const MIN_NUMBER_WIDTH = 6;
const MAX_NUMBER_WIDTH = 22;
/** Rows looked at when weighing which column to narrow (every n-th row of a longer table). */
const SAMPLE_ROWS = 2000;
/** Narrowing always reaches this scale where it can: 70 % is the least, 75 % reads comfortably. */
const FLOOR_SCALE = MIN_PRINT_SCALE + 0.05;
/**
 * Beyond FLOOR_SCALE, columns are narrowed for a larger print while the printed length (lines ×
 * scale) stays within this share above the shortest it can be.
 */
const LENGTH_TOLERANCE = 0.1;

export interface WidthColumn {
  wrap: boolean;
  /** An indent before the text (after a number column). */
  indent: number;
  label: string;
  /** The cells as they show, one per row (the totals row included). */
  texts: readonly string[];
}

interface PathStep {
  /** The column narrowed by one character (-1: the start). */
  column: number;
  total: number;
  lines: number;
}

export interface FittedWidths {
  widths: number[];
  landscape: boolean;
}

export function fitColumnWidths(columns: readonly WidthColumn[]): FittedWidths {
  const natural = columns.map((c) => naturalWidth(c));
  const whole = fitWithin(columns, natural, true);
  if (whole.widths.reduce((a, b) => a + b, 0) <= widthAtScale(whole.landscape, FLOOR_SCALE)) return whole;
  return fitWithin(columns, natural, false);
}

/** The widths with no text column narrowed below its minimum (with `keepShort`: its short values kept whole). */
function fitWithin(columns: readonly WidthColumn[], natural: readonly number[], keepShort: boolean): FittedWidths {
  const minimum = columns.map((c, j) => (c.wrap ? minimumWidth(c, natural[j] as number, keepShort) : (natural[j] as number)));
  const portrait = widthAtScale(false, 1);
  const upright = new Narrowing(columns, natural, minimum);
  upright.narrowFreely(portrait);
  if (upright.total() <= portrait) return { widths: upright.widths, landscape: false };

  // Landscape: every step from here to the narrowest the columns go, then the best place to stop.
  const fitter = new Narrowing(columns, natural, minimum);
  const full = widthAtScale(true, 1);
  fitter.narrowFreely(full);
  const start = [...fitter.widths];
  const steps = fitter.path(full);
  const scale = (total: number) => Math.min(1, full / total);
  const floor = widthAtScale(true, FLOOR_SCALE);
  const readable = steps.filter((s) => s.total <= floor);
  const candidates = readable.length > 0 ? readable : steps.slice(-1);
  const length = (s: PathStep) => s.lines * scale(s.total);
  const shortest = Math.min(...candidates.map(length));
  let chosen = candidates[0] as PathStep;
  for (const step of candidates) if (length(step) <= shortest * (1 + LENGTH_TOLERANCE) && step.total <= chosen.total) chosen = step;
  const widths = [...start];
  for (const column of steps.slice(0, steps.indexOf(chosen) + 1).flatMap((s) => (s.column >= 0 ? [s.column] : []))) widths[column] = (widths[column] as number) - 1;
  return { widths, landscape: true };
}

function naturalWidth(column: WidthColumn): number {
  let px = widestWordPx(column.label, { bold: true });
  const seen = new Set<string>();
  for (const text of column.texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    px = Math.max(px, widestLinePx(text));
  }
  // A character more than the content, so no column's content runs up to the next one.
  const width = widthForPx(px, column.indent) + 1;
  return column.wrap ? Math.min(MAX_TEXT_WIDTH, width) : Math.min(MAX_NUMBER_WIDTH, Math.max(MIN_NUMBER_WIDTH, width));
}

/**
 * A text column's narrowest: its label's longest word, its values' longest word (up to a cap), or
 * MIN_TEXT_WIDTH; with `keepShort`, a column of short values only (none wider than
 * KEEP_WHOLE_WIDTH: names, statuses) is not narrowed at all, so they stay whole on one line.
 */
function minimumWidth(column: WidthColumn, natural: number, keepShort: boolean): number {
  if (keepShort && natural <= KEEP_WHOLE_WIDTH) return natural;
  let word = 0;
  const seen = new Set<string>();
  for (const text of column.texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    word = Math.max(word, widestWordPx(text));
  }
  const words = Math.min(MAX_UNBROKEN_WORD, widthForPx(word, column.indent));
  const label = widthForPx(widestWordPx(column.label, { bold: true }), column.indent);
  return Math.min(natural, Math.max(MIN_TEXT_WIDTH, words, label));
}

/**
 * Narrowing one character at a time: each step takes the text column whose narrowing adds the
 * fewest lines to the rows looked at (a row is as high as its tallest cell), the widest on a tie.
 * Texts are numbered per column, so the lines of each distinct text are measured once per width.
 */
class Narrowing {
  readonly widths: number[];
  /** Per column: the text id of each row looked at (the header label first). */
  private readonly ids: Int32Array[];
  private readonly distinct: string[][];
  private readonly measured: Map<number, number>[];
  /** Per column: the lines of each row looked at, at the column's width now. */
  private readonly lines: Int32Array[];
  /** Per row: its tallest cell, which column that is, and the tallest of the others. */
  private readonly top: Int32Array;
  private readonly topColumn: Int32Array;
  private readonly second: Int32Array;
  /** Lines of the rows looked at and the header together. */
  private height = 0;

  constructor(
    private readonly columns: readonly WidthColumn[],
    natural: readonly number[],
    private readonly minimum: readonly number[],
  ) {
    this.widths = [...natural];
    const count = columns[0]?.texts.length ?? 0;
    const step = Math.max(1, Math.ceil(count / SAMPLE_ROWS));
    const rows: number[] = [];
    for (let i = 0; i < count; i += step) rows.push(i);
    const size = rows.length + 1;
    this.distinct = columns.map((c) => [c.label]);
    this.ids = columns.map((column, j) => {
      const ids = new Int32Array(size);
      const known = new Map<string, number>();
      const texts = this.distinct[j] as string[];
      rows.forEach((row, i) => {
        const text = column.texts[row] ?? "";
        let id = known.get(text);
        if (id === undefined) {
          id = texts.length;
          texts.push(text);
          known.set(text, id);
        }
        ids[i + 1] = id;
      });
      return ids;
    });
    this.measured = columns.map(() => new Map());
    this.lines = columns.map((_, j) => {
      const lines = new Int32Array(size);
      for (let r = 0; r < size; r++) lines[r] = this.linesOf(j, this.ids[j]?.[r] as number, this.widths[j] as number);
      return lines;
    });
    this.top = new Int32Array(size);
    this.topColumn = new Int32Array(size);
    this.second = new Int32Array(size);
    for (let r = 0; r < size; r++) this.rank(r);
    for (let r = 0; r < size; r++) this.height += this.top[r] as number;
  }

  total(): number {
    return this.widths.reduce((a, b) => a + b, 0);
  }

  /** Narrows while the total is above `limit` and a step adds no line. */
  narrowFreely(limit: number): void {
    while (this.total() > limit) {
      const step = this.cheapest();
      if (!step || step.cost > 0) return;
      this.take(step.column, step.cost);
    }
  }

  /**
   * Every step down to `limit` (or as far as the columns go), cheapest first: the start (column -1)
   * and after each step the total width and the lines of the rows looked at.
   */
  path(limit: number): PathStep[] {
    const steps: PathStep[] = [{ column: -1, total: this.total(), lines: this.height }];
    while (this.total() > limit) {
      const step = this.cheapest();
      if (!step) break;
      this.take(step.column, step.cost);
      steps.push({ column: step.column, total: this.total(), lines: this.height });
    }
    return steps;
  }

  private cheapest(): { column: number; cost: number } | undefined {
    let best = -1;
    let bestCost = Infinity;
    for (let j = 0; j < this.columns.length; j++) {
      const width = this.widths[j] as number;
      if (!this.columns[j]?.wrap || width <= (this.minimum[j] as number)) continue;
      const cost = this.cost(j, width - 1);
      if (cost < bestCost || (cost === bestCost && width > (this.widths[best] as number))) {
        best = j;
        bestCost = cost;
      }
    }
    return best < 0 ? undefined : { column: best, cost: bestCost };
  }

  private take(column: number, cost: number): void {
    this.height += cost;
    const width = (this.widths[column] as number) - 1;
    this.widths[column] = width;
    const lines = this.lines[column] as Int32Array;
    const ids = this.ids[column] as Int32Array;
    for (let r = 0; r < lines.length; r++) {
      lines[r] = this.linesOf(column, ids[r] as number, width);
      this.rank(r);
    }
  }

  /** Lines added over the rows looked at when column `j` is `width` wide. */
  private cost(j: number, width: number): number {
    const lines = this.lines[j] as Int32Array;
    const ids = this.ids[j] as Int32Array;
    let added = 0;
    for (let r = 0; r < lines.length; r++) {
      const next = this.linesOf(j, ids[r] as number, width);
      const now = this.top[r] as number;
      if (next <= now) continue;
      const others = this.topColumn[r] === j ? (this.second[r] as number) : now;
      added += next - Math.max(others, lines[r] as number);
    }
    return added;
  }

  private rank(r: number): void {
    let top = 1;
    let column = -1;
    let second = 1;
    for (let j = 0; j < this.lines.length; j++) {
      const n = (this.lines[j] as Int32Array)[r] as number;
      if (n > top || column < 0) {
        if (column >= 0) second = Math.max(second, top);
        top = Math.max(top, n);
        column = j;
      } else second = Math.max(second, n);
    }
    this.top[r] = top;
    this.topColumn[r] = column;
    this.second[r] = second;
  }

  /** Lines of one distinct text of a column (id 0: the header label, bold; numbers never wrap). */
  private linesOf(j: number, id: number, width: number): number {
    const column = this.columns[j] as WidthColumn;
    if (!column.wrap && id > 0) return 1;
    const key = id * 1024 + width;
    const measured = this.measured[j] as Map<number, number>;
    let lines = measured.get(key);
    if (lines === undefined) {
      lines = wrappedLines(this.distinct[j]?.[id] ?? "", width, id === 0 ? { bold: true } : {}, column.indent);
      measured.set(key, lines);
    }
    return lines;
  }
}
