/**
 * Pane benchmark: the built pane's initial JavaScript (gzip) and its time to first render in
 * headless Chromium, and the longest task on the pane's thread while it checks a large sheet.
 * Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/pane-bench.ts [ROWS] [RUNS]
 *
 * - Size: the scripts dist/taskpane.html loads (Office's own office.js from Microsoft's CDN is not
 *   ours and not counted), gzip level 6 as a web server sends them. dist/ is built as for the
 *   browser tests (when missing or older than its sources) and measured from a copy (builds may
 *   run meanwhile). Chromium, its flags and the static server are the browser tests' own
 *   (tests/e2e/support/).
 * - First render: dist/ served from 127.0.0.1, a fresh browser context (empty cache) per run, the
 *   Office CDN unreachable (no name but 127.0.0.1 resolves: outside Excel the pane goes on without
 *   Office at once); the time from
 *   navigation start to React's first commit into #root, and to first contentful paint.
 * - Responsiveness: the real pane (App) and the real check engine in a Web Worker, bundled by
 *   esbuild (bench/pane/harness-entry.tsx) with an in-memory sheet of ROWS generated rows; a
 *   click on "Controleer", then every long task (PerformanceObserver 'longtask', tasks over
 *   50 ms) until the summary and every finding of the first pages are shown; then the same for
 *   a second check. The same with the engine on the pane's thread (what happens where no worker
 *   can start) is reported for comparison.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { DIST, ensureBuilt, ROOT, staleReason } from "../tests/e2e/support/built-pane";
import { launchChromium } from "../tests/e2e/support/chromium";
import { startStaticServer } from "../tests/e2e/support/static-server";

const rows = Number(process.argv[2] ?? 50000);
const runs = Number(process.argv[3] ?? 5);

interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function log(text: string): void {
  process.stderr.write(`  pane: ${text}\n`);
}

/** The scripts a page loads from its own origin (absolute URLs, such as Office's CDN, left out). */
function pageScripts(html: string, dir: string): ScriptSize[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1] as string).filter((src) => !/^(https?:)?\/\//i.test(src));
  return sources.map((src) => {
    const data = readFileSync(path.join(dir, src));
    return { file: src, bytes: data.length, gzipBytes: gzipSync(data, { level: 6 }).length };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};


const OBSERVE = `
  window.__bench = { longTasks: [], firstRender: undefined, fcp: undefined };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__bench.fcp = e.startTime; }).observe({ type: "paint", buffered: true });
  new MutationObserver(() => {
    const root = document.getElementById("root");
    if (window.__bench.firstRender === undefined && root && root.firstElementChild && root.firstElementChild.tagName !== "P") window.__bench.firstRender = performance.now();
    // When the summary appears, and when the findings list was last seen growing (aria-busy).
    const now = performance.now();
    if (window.__bench.summaryShown === undefined && document.getElementById("summary-heading")) window.__bench.summaryShown = now;
    if (window.__bench.listDone === undefined && document.querySelector('[aria-busy="false"]') && !document.querySelector('[aria-busy="true"]')) window.__bench.listDone = now;
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
`;

interface BenchWindow {
  __bench: {
    longTasks: { start: number; duration: number }[];
    firstRender?: number;
    fcp?: number;
    findingsArrived?: number;
    summaryShown?: number;
    listDone?: number;
  };
}

/** The task pane's size in Excel (it can be widened). */
const VIEWPORT = { width: 350, height: 800 };

async function firstRender(browser: Browser, dist: string): Promise<{ runs: { firstRenderMs: number; fcpMs: number }[]; scriptsLoaded: string[] }> {
  const server = await startStaticServer(dist);
  const results: { firstRenderMs: number; fcpMs: number }[] = [];
  let scriptsLoaded: string[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(`${server.url}taskpane.html`, { waitUntil: "load" });
      await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstRender !== undefined, undefined, { timeout: 30_000 });
      await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.fcp !== undefined, undefined, { timeout: 10_000 }).catch(() => undefined);
      const measured = await page.evaluate(() => {
        const bench = (window as unknown as BenchWindow).__bench;
        const render = bench.firstRender ?? NaN;
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e) => e.name.startsWith(location.origin) && e.name.endsWith(".js") && e.startTime < render)
          .map((e) => new URL(e.name).pathname.slice(1));
        return { firstRenderMs: render, fcpMs: bench.fcp ?? NaN, scripts };
      });
      // The first load warms the browser itself (its process, the disk cache of the files); not counted.
      if (i > 0) results.push({ firstRenderMs: Math.round(measured.firstRenderMs), fcpMs: Math.round(measured.fcpMs) });
      scriptsLoaded = measured.scripts;
      await context.close();
    }
  } finally {
    await server.close();
  }
  return { runs: results, scriptsLoaded };
}

/** Bundles the harness page (the pane on an in-memory sheet) and the check worker into `dir`. */
async function buildHarness(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // esbuild comes with tsx (a dependency), which already runs every TypeScript entry point here.
  const esbuild = (await import("esbuild")) as typeof import("esbuild");
  const common = { bundle: true, minify: true, logLevel: "warning" as const, define: { "process.env.NODE_ENV": '"production"' } };
  await esbuild.build({ ...common, entryPoints: [path.join(__dirname, "pane", "harness-entry.tsx")], format: "esm", splitting: true, outdir: dir, entryNames: "harness", jsx: "automatic" });
  await esbuild.build({ ...common, entryPoints: [path.join(ROOT, "src", "taskpane", "services", "check-worker.ts")], format: "iife", outfile: path.join(dir, "check-worker.js") });
  cpSync(path.join(__dirname, "pane", "harness.html"), path.join(dir, "harness.html"));
}

export interface Responsiveness {
  engine: "worker" | "inline";
  rows: number;
  /** Click on "Controleer" to the summary on screen. */
  checkMs: number;
  /** Click on "Controleer" to every finding of the first pages on screen (they appear in steps). */
  allShownMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Sum over long tasks of their time above 50 ms (Lighthouse's "total blocking time"). */
  blockingMs: number;
  /** With the worker: the longest task until the findings arrived (reading, handing over, checking) … */
  longestBeforeFindingsMs?: number;
  /** … and from then on (receiving and rendering the findings). */
  longestRenderingMs?: number;
  /** Characters of text in the pane after the check (what the browser has to lay out). */
  paneTextChars: number;
  /** List items in the findings after the check (each group's first page, and "show more"). */
  findingItems: number;
  /** "Opnieuw controleren" with the findings on screen: click to done, and the longest task. */
  again: { checkMs: number; longestTaskMs: number; longTasks: number };
}

async function responsiveness(browser: Browser, dir: string, engine: "worker" | "inline"): Promise<Responsiveness> {
  const server = await startStaticServer(dir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => log(`page error: ${error.message.split("\n")[0]}`));
    await page.addInitScript(OBSERVE);
    await page.goto(`${server.url}harness.html?rows=${rows}&engine=${engine}`, { waitUntil: "load" });
    const button = page.getByRole("button", { name: "Controleer", exact: true });
    await button.waitFor({ state: "visible", timeout: 60_000 });
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll("button")].find((e) => e.textContent?.trim() === "Controleer");
      return b !== undefined && !b.hasAttribute("disabled") && b.getAttribute("aria-disabled") !== "true";
    }, undefined, { timeout: 60_000 });
    // Let start-up work (the book, the first render) finish before measuring.
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => performance.now());
    await button.click();
    await page.locator("#summary-heading").waitFor({ state: "visible", timeout: 180_000 });
    // A large result is shown in steps (the list is aria-busy meanwhile): measure until all is shown.
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 60_000 });
    // The moments themselves are taken in the page (a MutationObserver), not by polling from here.
    const moments = await page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench;
      return { summary: bench.summaryShown ?? NaN, listDone: bench.listDone ?? NaN };
    });
    const end = moments.summary;
    const allShown = moments.listDone;
    await page.waitForTimeout(300); // long-task entries are delivered after their task
    const seen = await page.evaluate(
      (from) => ({
        tasks: (window as unknown as BenchWindow).__bench.longTasks.filter((t) => t.start + t.duration >= from),
        arrived: (window as unknown as BenchWindow).__bench.findingsArrived,
        text: (document.querySelector("main")?.textContent ?? "").length,
        items: document.querySelectorAll("main section li").length,
      }),
      start,
    );
    const longest = (tasks: { duration: number }[]) => Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
    const arrived = seen.arrived;

    // Checking again: the findings list is on screen and every item gets a new finding.
    const again = page.getByRole("button", { name: "Opnieuw controleren", exact: true });
    const enabled = (wanted: boolean) =>
      page.waitForFunction(
        (want) => {
          const b = [...document.querySelectorAll("button")].find((e) => e.textContent?.trim() === "Opnieuw controleren");
          return b !== undefined && (!b.hasAttribute("disabled") && b.getAttribute("aria-disabled") !== "true") === want;
        },
        wanted,
        { timeout: 180_000 },
      );
    const againStart = await page.evaluate(() => performance.now());
    await again.click();
    await enabled(false);
    await enabled(true);
    // The new result is on screen when "Markeer in werkblad" is enabled again (it is disabled while
    // the result shown is older than the latest) and the list is complete.
    await page.waitForFunction(
      () => {
        const mark = [...document.querySelectorAll("button")].find((e) => e.textContent?.trim() === "Markeer in werkblad");
        return mark !== undefined && !mark.hasAttribute("disabled") && document.querySelector('[aria-busy="true"]') === null;
      },
      undefined,
      { timeout: 60_000 },
    );
    const againEnd = await page.evaluate(() => performance.now());
    await page.waitForTimeout(500);
    const againTasks = await page.evaluate((from) => (window as unknown as BenchWindow).__bench.longTasks.filter((t) => t.start + t.duration >= from), againStart);
    return {
      engine,
      rows,
      checkMs: Math.round(end - start),
      allShownMs: Math.round(allShown - start),
      longestTaskMs: longest(seen.tasks),
      longTasks: seen.tasks.length,
      blockingMs: Math.round(seen.tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
      ...(arrived !== undefined
        ? {
            // The task that receives the findings (and renders them) begins before they arrive.
            longestBeforeFindingsMs: longest(seen.tasks.filter((t) => t.start + t.duration < arrived)),
            longestRenderingMs: longest(seen.tasks.filter((t) => t.start + t.duration >= arrived)),
          }
        : {}),
      paneTextChars: seen.text,
      findingItems: seen.items,
      again: { checkMs: Math.round(againEnd - againStart), longestTaskMs: longest(againTasks), longTasks: againTasks.length },
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * A copy of dist/ to measure and serve, so a build that starts meanwhile (webpack empties dist/
 * first) cannot take files away mid-run. Tried again while a build is still writing the files.
 */
function snapshotDist(into: string): void {
  for (let attempt = 1; ; attempt++) {
    rmSync(into, { recursive: true, force: true });
    try {
      cpSync(DIST, into, { recursive: true });
      const html = readFileSync(path.join(into, "taskpane.html"), "utf8");
      pageScripts(html, into); // every script it names is there
      return;
    } catch (error) {
      if (attempt >= 12) throw error;
      log("dist/ is being rebuilt; waiting …");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
    }
  }
}

async function main(): Promise<void> {
  const stale = staleReason();
  if (stale !== undefined) log(`building dist/ (${stale}) …`);
  ensureBuilt();
  const built = stale !== undefined;
  const work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-pane-bench-"));
  const dist = path.join(work, "dist");
  snapshotDist(dist);
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = pageScripts(html, dist);
  const browser = await launchChromium();
  const harness = path.join(work, "harness");
  try {
    log("first render …");
    const render = await firstRender(browser, dist);
    const loadedBeforeRender = render.scriptsLoaded.map((file) => {
      const data = readFileSync(path.join(dist, file));
      return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 6 }).length };
    });
    log(`bundling the harness, checking ${rows} rows …`);
    await buildHarness(harness);
    const worker = await responsiveness(browser, harness, "worker");
    const inline = await responsiveness(browser, harness, "inline");
    process.stdout.write(
      `${JSON.stringify({
        builtNow: built,
        chromium: browser.version(),
        initialScripts: scripts,
        initialGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
        loadedBeforeRender,
        loadedBeforeRenderGzipBytes: loadedBeforeRender.reduce((sum, s) => sum + s.gzipBytes, 0),
        firstRender: { runs: render.runs, medianMs: median(render.runs.map((r) => r.firstRenderMs)), fcpMedianMs: median(render.runs.map((r) => r.fcpMs)) },
        responsiveness: worker,
        responsivenessInline: inline,
      })}\n`,
    );
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
