import { LiveValidation, type Timers } from "../../src/taskpane/services/live-validation";
import type { RowChange } from "../../src/taskpane/services/changed-rows";
import { MemoryWorkbook } from "./support/memory-workbook";
import { formatieRows } from "./support/fixtures";

/** Timers that run only when the test says so. */
function manualTimers(): Timers & { fire(): void; pending(): number } {
  const waiting = new Map<number, () => void>();
  let next = 1;
  return {
    set: (callback) => {
      waiting.set(next, callback);
      return next++;
    },
    clear: (handle) => void waiting.delete(handle as number),
    fire: () => {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback();
    },
    pending: () => waiting.size,
  };
}

describe("LiveValidation", () => {
  test("collects the changes until the user pauses, then reports them once", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() });
    const timers = manualTimers();
    const changes: [string, RowChange][] = [];
    const live = new LiveValidation(port, (sheet, change) => changes.push([sheet, change]), 500, timers);
    expect(await live.start("Formatie")).toBe(true);
    port.userEdits("Formatie", "D3", 10);
    port.userEdits("Formatie", "D4", 6);
    port.userEdits("Formatie", "D9", 6);
    expect(timers.pending()).toBe(1);
    expect(changes).toEqual([]);
    timers.fire();
    expect(changes).toEqual([["Formatie", { kind: "rows", spans: [{ first: 3, last: 4 }, { first: 9, last: 9 }] }]]);
  });

  test("stop removes the listener and drops changes not yet reported", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() });
    const timers = manualTimers();
    const changes: unknown[] = [];
    const live = new LiveValidation(port, (...args) => changes.push(args), 500, timers);
    await live.start("Formatie");
    port.userEdits("Formatie", "D3", 10);
    await live.stop();
    timers.fire();
    expect(changes).toEqual([]);
    expect(port.listeners("Formatie")).toBe(0);
  });

  test("stopping while the listener is being added removes it as soon as it is added", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() });
    const live = new LiveValidation(port, () => undefined, 500, manualTimers());
    const starting = live.start("Formatie");
    await live.stop();
    expect(await starting).toBe(false);
    expect(port.listeners("Formatie")).toBe(0);
  });

  test("a workbook without change events cannot be followed", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { events: false });
    const live = new LiveValidation(port, () => undefined);
    expect(await live.start("Formatie")).toBe(false);
  });
});
