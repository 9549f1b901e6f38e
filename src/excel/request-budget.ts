/**
 * Keeps each Office.js request and response under Excel's payload limit (5 MB on the web; requests
 * and responses alike): work is queued against a byte budget, and the context is synced only when
 * the next piece would not fit. Normal sheets need one sync per phase; a 50,000-row sheet a few.
 * Sizes are estimates of the JSON Office.js sends: each queued command costs `ACTION_BYTES` plus
 * its data.
 */

/** Well under the 5 MB limit, for the overhead of the request format. */
export const REQUEST_BUDGET = 3_500_000;
export const RESPONSE_BUDGET = 3_500_000;
export const ACTION_BYTES = 120;

/** Estimated JSON size of a value: strings by UTF-8 length plus quotes, arrays by their items. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "number") return 12;
  if (typeof value === "boolean") return 5;
  if (typeof value === "string") {
    let bytes = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      bytes += code < 0x20 || code === 0x22 || code === 0x5c ? 2 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
    return bytes;
  }
  if (Array.isArray(value)) {
    let bytes = 2;
    for (const item of value) bytes += jsonBytes(item) + 1;
    return bytes;
  }
  return JSON.stringify(value)?.length ?? 4;
}

export class RequestBudget {
  private request = 0;
  private response = 0;
  private started = false;
  /** Syncs made through this budget. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Called at the start of every batch (for `suspendScreenUpdatingUntilNextSync` and the like). */
    private readonly onBatchStart: () => void = () => undefined,
    private readonly limits = { request: REQUEST_BUDGET, response: RESPONSE_BUDGET },
  ) {}

  /** Makes room for a command of the given sizes: syncs first when the batch would grow too large. */
  async reserve(requestBytes: number, responseBytes = 0): Promise<void> {
    const request = requestBytes + ACTION_BYTES;
    const full = this.request + request > this.limits.request || this.response + responseBytes > this.limits.response;
    if (full && this.started) await this.sync();
    if (!this.started) {
      this.started = true;
      this.onBatchStart();
    }
    this.request += request;
    this.response += responseBytes;
  }

  /** Sends what is queued. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.request = 0;
    this.response = 0;
    this.started = false;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.started) await this.sync();
  }
}
