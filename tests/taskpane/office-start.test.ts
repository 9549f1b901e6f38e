/**
 * Start-up (issue 12, fault 4): the pane waits for Office.onReady no longer than its time-out, and
 * still switches to the add-in when Excel answers after it (a cold start of Excel on the web).
 */
import { waitForOffice, type OfficeReady, type StartTimers } from "../../src/taskpane/office-start";

/** An office.js whose onReady answers when the test says so. */
function office(): OfficeReady & { answer(host: string | null): void; fail(): void } {
  let answer: (info: { host: unknown }) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const ready = new Promise<{ host: unknown }>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "nl-NL" },
    onReady: () => ready,
    answer: (host) => answer({ host }),
    fail: () => fail(new Error("office.js failed")),
  };
}

/** Timers that fire when the test says so. */
function timers(): StartTimers & { fire(): void } {
  const waiting = new Map<number, () => void>();
  let next = 1;
  return {
    set: (callback) => {
      waiting.set(next, callback);
      return next++;
    },
    clear: (handle) => void waiting.delete(handle as number),
    fire: () => {
      for (const callback of [...waiting.values()]) callback();
      waiting.clear();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test.each([
  ["Excel answers in time", "Excel", { inExcel: true, displayLanguage: "nl-NL" }],
  ["office.js in a plain browser (no host)", null, { inExcel: false, displayLanguage: "nl-NL" }],
])("%s: that answer, at once", async (_, host, expected) => {
  const o = office();
  const t = timers();
  const late = jest.fn();
  const start = waitForOffice(o, 6000, late, t);
  o.answer(host);
  expect(await start).toEqual(expected);
  t.fire();
  await tick();
  expect(late).not.toHaveBeenCalled();
});

test("no office.js at all: not in Excel, without waiting", async () => {
  expect(await waitForOffice(undefined, 6000, jest.fn(), timers())).toEqual({ inExcel: false });
});

test("Excel answers after the time-out: file mode first, then the late answer switches to the add-in", async () => {
  const o = office();
  const t = timers();
  const late = jest.fn();
  const start = waitForOffice(o, 6000, late, t);
  t.fire();
  expect(await start).toEqual({ inExcel: false });
  o.answer("Excel");
  await tick();
  expect(late).toHaveBeenCalledWith({ inExcel: true, displayLanguage: "nl-NL" });
});

test("a late answer without Excel (or a failure) changes nothing", async () => {
  for (const finish of [(o: ReturnType<typeof office>) => o.answer(null), (o: ReturnType<typeof office>) => o.fail()]) {
    const o = office();
    const t = timers();
    const late = jest.fn();
    const start = waitForOffice(o, 6000, late, t);
    t.fire();
    expect(await start).toEqual({ inExcel: false });
    finish(o);
    await tick();
    expect(late).not.toHaveBeenCalled();
  }
});
