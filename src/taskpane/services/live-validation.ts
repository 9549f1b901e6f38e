/**
 * Live checking: listens to the sheet's changes, collects the rows they touch and, once the user
 * has paused typing for `debounceMs`, reports them in one go. An inserted or deleted row, column
 * or cell moves everything after it: that is reported as a change of the whole sheet. The listener is removed on `stop`
 * (switch turned off, another sheet chosen, pane closed).
 */
import type { Unsubscribe, WorkbookPort } from "../../core/workbook-port";
import { combineChanges, rowsOfAddress, type RowChange } from "./changed-rows";

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const LIVE_DEBOUNCE_MS = 600;

export class LiveValidation {
  private unsubscribe: Unsubscribe | undefined;
  private pending: RowChange[] = [];
  private timer: unknown;
  private generation = 0;
  private sheet: string | undefined;

  constructor(
    private readonly port: WorkbookPort,
    private readonly onChange: (sheet: string, change: RowChange) => void,
    private readonly debounceMs = LIVE_DEBOUNCE_MS,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** The sheet listened to, if any. */
  get listening(): string | undefined {
    return this.sheet;
  }

  /** Starts listening to one sheet (stopping any other); false when the workbook has no change events. */
  async start(sheet: string): Promise<boolean> {
    if (!this.port.onSheetChanged) return false;
    if (this.sheet === sheet && this.unsubscribe) return true;
    // Claim a generation before waiting for anything: a stop or start that comes later wins.
    const generation = ++this.generation;
    this.resetPending();
    await this.removeListener();
    if (generation !== this.generation) return false;
    this.sheet = sheet;
    const unsubscribe = await this.port.onSheetChanged(sheet, (address, structural) => this.changed(generation, sheet, structural === true ? { kind: "sheet" } : rowsOfAddress(address)));
    if (generation !== this.generation) {
      // Stopped (or restarted) while subscribing: drop this subscription at once.
      await unsubscribe();
      return false;
    }
    this.unsubscribe = unsubscribe;
    return true;
  }

  async stop(): Promise<void> {
    this.generation++;
    this.sheet = undefined;
    this.resetPending();
    await this.removeListener();
  }

  private resetPending(): void {
    this.pending = [];
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private async removeListener(): Promise<void> {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    if (unsubscribe) await unsubscribe();
  }

  /** A change: rows edited in place, or — rows, columns or cells inserted or deleted — the whole sheet. */
  private changed(generation: number, sheet: string, change: RowChange): void {
    if (generation !== this.generation) return;
    this.pending.push(change);
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      if (generation !== this.generation || this.pending.length === 0) return;
      const change = combineChanges(this.pending);
      this.pending = [];
      this.onChange(sheet, change);
    }, this.debounceMs);
  }
}
