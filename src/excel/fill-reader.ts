/**
 * Reading the own fill of many cells in few requests. Long vertical runs ("A4:A50003") are asked
 * for their fill in segments of 128 cells (`range.format.fill`: one small answer when every cell
 * of the segment is the same, the common case); short runs, and segments that turn out mixed (a
 * user's coloured cell among them), are read cell by cell with `getCellProperties` (ExcelApi 1.9),
 * in blocks that keep each response under the payload limit. Typically one request; a second one
 * only for mixed segments.
 */
import { normalizeFill, type OfficeFill } from "./fill-state";
import { cellKey, cellRuns, rectAddress, type CellRef, type Rect } from "../core/range-addresses";
import type { RequestBudget } from "./request-budget";

/** Runs at least this long are probed segment by segment first. */
export const PROBE_MIN_CELLS = 16;
export const PROBE_SEGMENT = 128;
/** Short runs this close together are read as one block. */
const CLUSTER_GAP = 8;
/** Estimated response bytes per cell of `getCellProperties` (fill colour, pattern, pattern colour, tint). */
const CELL_PROPERTY_BYTES = 110;
const MAX_BLOCK_CELLS = 20_000;

/** A theme colour's tint comes with the colour: restoring the colour alone would give a darker cell. */
const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } };

interface Probe {
  sheet: string;
  rect: Rect;
  range: Excel.Range;
}

interface Block {
  sheet: string;
  rect: Rect;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export class FillReader {
  private readonly probes: Probe[] = [];
  private readonly blocks: Block[] = [];
  private readonly fills = new Map<string, Map<number, OfficeFill>>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: RequestBudget,
  ) {}

  /** Queues the reads for these cells of one sheet. */
  async queue(sheet: string, cells: Iterable<CellRef>): Promise<void> {
    const worksheet = this.context.workbook.worksheets.getItem(sheet);
    const short: Rect[] = [];
    for (const run of cellRuns(cells)) {
      if (run.bottom - run.top + 1 < PROBE_MIN_CELLS) {
        short.push(run);
        continue;
      }
      for (let top = run.top; top <= run.bottom; top += PROBE_SEGMENT) {
        const segment = { ...run, top, bottom: Math.min(run.bottom, top + PROBE_SEGMENT - 1) };
        const range = worksheet.getRange(rectAddress(segment));
        range.load("format/fill/color,format/fill/pattern,format/fill/patternColor,format/fill/tintAndShade");
        await this.budget.reserve(80, 120);
        this.probes.push({ sheet, rect: segment, range });
      }
    }
    for (const rect of clusters(short)) await this.queueBlock(worksheet, sheet, rect);
  }

  private async queueBlock(worksheet: Excel.Worksheet, sheet: string, rect: Rect): Promise<void> {
    for (let top = rect.top; top <= rect.bottom; top += MAX_BLOCK_CELLS) {
      const part = { ...rect, top, bottom: Math.min(rect.bottom, top + MAX_BLOCK_CELLS - 1) };
      await this.budget.reserve(160, (part.bottom - part.top + 1) * CELL_PROPERTY_BYTES);
      const result = worksheet.getRange(rectAddress(part)).getCellProperties(FILL_PROPERTIES);
      this.blocks.push({ sheet, rect: part, result });
    }
  }

  /**
   * Call after the queued reads were synced: takes their answers, and reads the runs that turned
   * out mixed cell by cell (syncing as the budget requires). Ends with nothing left queued.
   */
  async complete(): Promise<void> {
    if (!(await this.settleProbes())) return;
    await this.budget.flush();
    this.takeBlocks();
  }

  /** Whether reads are still to be synced (cell-by-cell reads of mixed segments) — see `settleProbes`. */
  get pending(): boolean {
    return this.probes.length > 0 || this.blocks.length > 0;
  }

  /**
   * After a sync: takes what came (probes and blocks) and queues cell-by-cell reads for the
   * segments that turned out mixed (syncing only where the budget is full). True when reads were
   * queued: sync, then `takeBlocks`.
   */
  async settleProbes(): Promise<boolean> {
    const mixed: Probe[] = [];
    for (const probe of this.probes.splice(0)) {
      const { color, pattern, patternColor, tintAndShade } = probe.range.format.fill;
      const fill = normalizeFill({ color, pattern, patternColor, tintAndShade });
      const uniform = fill !== undefined && (fill.pattern === "None" || fill.pattern === "Solid" || fill.patternColor !== undefined);
      if (!uniform) {
        mixed.push(probe);
        continue;
      }
      for (let row = probe.rect.top; row <= probe.rect.bottom; row++) this.set(probe.sheet, row, probe.rect.left, fill);
    }
    this.takeBlocks();
    for (const probe of mixed) await this.queueBlock(this.context.workbook.worksheets.getItem(probe.sheet), probe.sheet, probe.rect);
    return mixed.length > 0;
  }

  /** Takes the answers of the cell-by-cell reads synced since. */
  takeBlocks(): void {
    for (const block of this.blocks.splice(0)) {
      const rows = block.result.value;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] ?? [];
        for (let j = 0; j < row.length; j++) {
          const fill = row[j]?.format?.fill;
          const normal = fill ? normalizeFill(fill) : undefined;
          if (normal) this.set(block.sheet, block.rect.top + i, block.rect.left + j, normal);
        }
      }
    }
  }

  private set(sheet: string, row: number, col: number, fill: OfficeFill): void {
    let cells = this.fills.get(sheet);
    if (!cells) this.fills.set(sheet, (cells = new Map()));
    cells.set(cellKey(row, col), fill);
  }

  /** The cell's fill, if it was read. */
  get(sheet: string, row: number, col: number): OfficeFill | undefined {
    return this.fills.get(sheet)?.get(cellKey(row, col));
  }

  has(sheet: string, row: number, col: number): boolean {
    return this.fills.get(sheet)?.has(cellKey(row, col)) ?? false;
  }
}

/** Short runs of one column merged into blocks where they lie close together. */
function clusters(runs: readonly Rect[]): Rect[] {
  const sorted = [...runs].sort((a, b) => a.left - b.left || a.top - b.top);
  const result: Rect[] = [];
  for (const run of sorted) {
    const last = result[result.length - 1];
    if (last && last.left === run.left && run.top - last.bottom <= CLUSTER_GAP && run.bottom - last.top < MAX_BLOCK_CELLS) last.bottom = Math.max(last.bottom, run.bottom);
    else result.push({ ...run });
  }
  return result;
}
