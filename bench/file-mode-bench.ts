/**
 * File-mode benchmark (issue 14): the longest task on the pane's thread while a user works on a
 * large formation file in the browser — opening it, checking it, generating the tables and
 * downloading the checked copy. Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/file-mode-bench.ts [ROWS] [RUNS]
 *
 * The built pane (dist/, built as for the browser tests) from the tests' static server in their
 * headless Chromium, outside Office (file mode). The file is bench/formation-workbook.ts's
 * generated formation of ROWS rows, as planners keep them. Every long task (PerformanceObserver
 * 'longtask': a task over 50 ms on the page's thread) is recorded from the start; each step runs
 * from its click until what it shows is on screen:
 *   open      the file chosen → the Controle tab and the file bar shown
 *   check     "Controleer" → the summary and the whole findings list shown
 *   generate  "Genereer tabellen" → the list of sheets written shown
 *   download  "Download" → the browser received the file and the pane said so
 * Per step the longest task of the run with the lowest longest task counts (the median is printed
 * too): a task is the page's own, but a loaded machine can stretch one.
 * Usage: node bin/run-ts.cjs bench/file-mode-bench.ts [ROWS] [RUNS] [--probe]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuilt } from "../tests/e2e/support/built-pane";
import { startPaneSession } from "../tests/e2e/support/pane-page";
import { formationWorkbookBytes } from "./formation-workbook";

const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const rows = Number(positional[0] ?? 20000);
const runs = Number(positional[1] ?? 3);
/** --probe: also print, per step, its long tasks and every message to or from a worker that took over 10 ms on the pane's thread. */
const probe = process.argv.includes("--probe");

const STEPS = ["open", "check", "generate", "download"] as const;
type Step = (typeof STEPS)[number];

interface Task {
  start: number;
  duration: number;
}

interface StepResult {
  ms: number;
  longestTaskMs: number;
  longTasks: number;
}

export interface FileModeResult {
  rows: number;
  runs: number;
  /** Per step: the run with the shortest longest task, and the median of the longest tasks. */
  steps: Record<Step, StepResult & { medianLongestTaskMs: number }>;
  /** The longest task over the whole flow (of the best run per step). */
  longestTaskMs: number;
}

/** Times each worker's postMessage and message handling on the pane's thread (taking a message apart happens when its data is first read). */
const PROBE = `
window.__probe = [];
(() => {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    const start = performance.now();
    post.call(this, message, transfer);
    const ms = performance.now() - start;
    if (ms > 10) window.__probe.push({ what: "send " + (message?.body?.type ?? "") + " " + (message?.body?.method ?? ""), start, duration: ms });
  };
  const listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen.call(this, type, listener, options);
    return listen.call(this, type, function (event) {
      const start = performance.now();
      const data = event.data;
      const read = performance.now() - start;
      listener.call(this, event);
      const ms = performance.now() - start;
      if (ms > 10) window.__probe.push({ what: "receive " + (data?.body?.type ?? "file reply") + " (reading " + Math.round(read) + " ms)", start, duration: ms });
    }, options);
  };
})();
`;

const OBSERVE = `${probe ? PROBE : ""}
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true });
`;

function log(text: string): void {
  process.stderr.write(`  file mode: ${text}\n`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  ensureBuilt();
  const work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-file-bench-"));
  const file = path.join(work, `formatie-${rows}.xlsx`);
  writeFileSync(file, await formationWorkbookBytes(rows));
  const session = await startPaneSession();
  const measured: Record<Step, StepResult[]> = { open: [], check: [], generate: [], download: [] };
  try {
    for (let run = 0; run < runs; run++) {
      log(`run ${run + 1} of ${runs} (${rows} rows) …`);
      const { page, context } = await session.open({ initScript: OBSERVE });
      try {
        await page.getByRole("heading", { name: "Bestand openen" }).waitFor({ timeout: 60_000 });
        // Let start-up work (the start screen, the chunks it fetches ahead) finish first.
        await page.waitForTimeout(1500);
        const now = () => page.evaluate(() => performance.now());
        const step = async (name: Step, act: () => Promise<void>, done: () => Promise<void>) => {
          const start = await now();
          await act();
          await done();
          const end = await now();
          await page.waitForTimeout(300); // long-task entries are delivered after their task
          const tasks = await page.evaluate(
            ([from, to]) => (window as unknown as { __longTasks: Task[] }).__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to),
            [start, end] as const,
          );
          if (probe) {
            const seen = await page.evaluate(([from, to]) => ((window as unknown as { __probe: (Task & { what: string })[] }).__probe ?? []).filter((t) => t.start >= from && t.start <= to), [start, end] as const);
            log(`${name}: long tasks ${tasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start - start)} ms`).join(", ") || "none"}; messages ${seen.map((p) => `${p.what}: ${Math.round(p.duration)} ms at ${Math.round(p.start - start)} ms`).join(", ") || "none over 10 ms"}`);
          }
          measured[name].push({ ms: Math.round(end - start), longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))), longTasks: tasks.length });
        };

        // Playwright's own locators walk the page's DOM on its thread (text and roles): the steps'
        // buttons are found before a step starts, and its end is seen by cheap checks polled every
        // 100 ms, so the benchmark's own work does not show up as the pane's long tasks.
        const button = async (name: string) => {
          const handle = await page.getByRole("button", { name, exact: true }).first().elementHandle({ timeout: 120_000 });
          if (!handle) throw new Error(`No button ${name}`);
          return handle;
        };
        /** What a step waits for, checked in the page (the pane's CSP allows no strings as code). */
        type Done = { section?: string; button?: string; selector?: string; idle?: boolean; text?: string };
        const until = (done: Done, timeout = 180_000) =>
          page
            .waitForFunction(
              (d: Done) =>
                (d.section === undefined || document.querySelector(`section[aria-label="${d.section}"]`) !== null) &&
                (d.button === undefined || [...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === d.button && !b.disabled && b.getAttribute("aria-disabled") !== "true")) &&
                (d.selector === undefined || document.querySelector(d.selector) !== null) &&
                (d.idle !== true || document.querySelector('[aria-busy="true"]') === null) &&
                (d.text === undefined || (document.body.textContent ?? "").includes(d.text)),
              done,
              { polling: 100, timeout },
            )
            .then(() => undefined);
        const fileInput = await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").elementHandle();
        if (!fileInput) throw new Error("No file input");
        await step(
          "open",
          () => fileInput.setInputFiles(file),
          () => until({ section: `Bestand: ${path.basename(file)}`, button: "Controleer" }),
        );
        await page.waitForTimeout(500);
        const check = await button("Controleer");
        await step(
          "check",
          () => check.click(),
          () => until({ selector: "#summary-heading", idle: true }),
        );
        await page.getByRole("tab", { name: "Plaatsing" }).click();
        await page.waitForTimeout(500);
        const generate = await button("Genereer tabellen");
        await step(
          "generate",
          () => generate.click(),
          () => until({ selector: "#tables-written" }),
        );
        await page.waitForTimeout(500);
        const download = await button("Download gecontroleerd bestand");
        await step(
          "download",
          async () => {
            const received = page.waitForEvent("download", { timeout: 180_000 });
            await download.click();
            await received;
          },
          () => until({ text: "is gedownload" }, 60_000),
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await session.close();
    rmSync(work, { recursive: true, force: true });
  }
  const steps = Object.fromEntries(
    STEPS.map((name) => {
      const results = measured[name];
      const best = results.reduce((a, b) => (b.longestTaskMs < a.longestTaskMs ? b : a));
      return [name, { ...best, medianLongestTaskMs: median(results.map((r) => r.longestTaskMs)) }];
    }),
  ) as FileModeResult["steps"];
  const result: FileModeResult = { rows, runs, steps, longestTaskMs: Math.max(...STEPS.map((s) => steps[s].longestTaskMs)) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
