/**
 * `npm run bench`: every figure of issues 8 and 19 with its target and whether it is met, as a table
 * on stdout and as JSON in bench/results/ (latest.json and a dated copy). Each part runs in
 * processes of its own, so one part's memory and JIT state never colour another's:
 *
 *   1. core       reading a grid into positions + all rules (bench/core-bench.ts, one process per size)
 *   2. cli        validate, validate --out and tables --out at 20,000 and 50,000 rows against the CLI
 *                 before the file layer's rewrite, with ExcelJS as a reference (bench/cli-bench.ts)
 *   3. adapter    the Office.js adapter on the recording Excel fake (bench/excel-adapter-bench.ts)
 *   4. pane       initial JavaScript and first render of the built pane in headless Chromium
 *   5. responsive the longest task while the pane checks 50,000 rows (both in bench/pane-bench.ts)
 *   6. bounds     whole-column dropdowns and 50,000 merged ranges (bench/bounds-bench.ts)
 *   7. corpus     every real-world workbook under 5 MB in ≤ 3 s and ≤ 400 MB (bench/corpus-bench.ts)
 *   8. mutaties   two formations of 50,000 rows compared in the core (bench/mutaties-bench.ts, issue 17)
 *   9. filemode   the longest task on the pane's thread while a 20,000-row file is opened, checked,
 *                 its tables generated and its copy downloaded in the browser (bench/file-mode-bench.ts, issue 14)
 * Parts 2, 6 and 7 are reported by bench/run-file-layer.ts.
 *
 * Options: --only core,cli,adapter,pane,bounds,corpus,mutaties,filemode (default all); --quick (fewer repeats, for a
 * try-out); --pre-rewrite=recorded (compare the CLI with bench/pre-rewrite.json instead of running
 * the old CLI from git); --corpus DIR (also a larger corpus of workbooks that is not committed, for
 * example the public test suites of issue 19; or FORMATIECHECK_CORPUS=DIR); --fresh-all (the
 * corpus with a fresh process per file: slow).
 * Exits with 1 when a target is missed or a part did not run, else 0.
 * How each figure is measured and what its target rests on: docs/PERFORMANCE.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ActionCost as RecordedCost } from "./excel-scenarios";
import type { FileModeResult } from "./file-mode-bench";
import type { Responsiveness } from "./pane-bench";
import { add, kb, lastJsonLine, MB, mb, n, printTable, ROOT, rows, runTs } from "./report-table";
import { bounds, cli, corpus } from "./run-file-layer";

const SIZES = [1000, 10000, 50000];
/** The core is also timed at 100,000 rows, to show its growth past 50,000. */
const CORE_SIZES = [...SIZES, 100000];
const started = Date.now();

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args.find((a, i) => args[i - 1] === "--only" || a.startsWith("--only="));
const only = new Set((onlyArg?.replace(/^--only=/, "") ?? "core,cli,adapter,pane,bounds,corpus,mutaties,filemode").split(","));
const preRewrite = args.includes("--pre-rewrite=recorded") ? "recorded" : "live";
const freshAll = args.includes("--fresh-all");
const corpusDir = args.find((a, i) => args[i - 1] === "--corpus");

// ---- 1. core -------------------------------------------------------------------------------------

interface CoreResult {
  rows: number;
  runs: number;
  medianMs: number;
  cpuMedianMs: number;
  rowsPerSecond: number;
  peakRssMb: number;
  findings: number;
  /** The median of each round (the lower one is `medianMs`). */
  roundMediansMs?: number[];
}

function core(): { sizes: CoreResult[]; ratio10kTo50k: number; ratio50kTo100k: number } {
  process.stderr.write("1. core …\n");
  // Two rounds, the second in reverse order, each size in a process of its own; per size the round
  // with the lower median counts. On a shared machine a slow spell then has to hit a size twice
  // to move its figure, and it cannot fall on one size of a ratio only (the CLI bench alternates
  // its runs for the same reason).
  const rounds = quick ? [CORE_SIZES] : [CORE_SIZES, [...CORE_SIZES].reverse()];
  const measured = new Map<number, CoreResult[]>();
  for (const order of rounds) {
    for (const size of order) {
      const result = lastJsonLine<CoreResult>(runTs("bench/core-bench.ts", [String(size), quick ? "5" : "15"]));
      measured.set(size, [...(measured.get(size) ?? []), result]);
    }
  }
  const sizes = CORE_SIZES.map((size) => {
    const results = measured.get(size) ?? [];
    const best = results.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
    return { ...best, roundMediansMs: results.map((r) => r.medianMs) };
  });
  const at = (size: number) => sizes.find((c) => c.rows === size) as CoreResult;
  const ratio = at(50000).medianMs / at(10000).medianMs;
  const ratio100k = at(100000).medianMs / at(50000).medianMs;
  for (const c of sizes) {
    const big = c.rows === 50000;
    const rounds = c.roundMediansMs && c.roundMediansMs.length > 1 ? ` (rounds: ${c.roundMediansMs.join(" / ")})` : "";
    add({ part: "1 core", figure: "median time", size: n(c.rows), value: `${c.medianMs} ms${rounds}`, target: big ? "≤ 1000 ms" : "", ...(big ? { met: c.medianMs <= 1000 } : {}) });
    add({ part: "1 core", figure: "rows per second", size: n(c.rows), value: n(c.rowsPerSecond), target: "" });
    add({ part: "1 core", figure: "peak memory (RSS)", size: n(c.rows), value: `${c.peakRssMb} MB`, target: big ? "≤ 200 MB" : "", ...(big ? { met: c.peakRssMb <= 200 } : {}) });
  }
  // Linear: the time per row at the larger size within 25 % of that at the smaller one.
  add({ part: "1 core", figure: "growth 10k → 50k (5.00 = linear)", size: "", value: ratio.toFixed(2), target: "≤ 6.25 (per row + ≤ 25 %)", met: ratio <= 6.25 });
  add({ part: "1 core", figure: "growth 50k → 100k (2.00 = linear)", size: "", value: ratio100k.toFixed(2), target: "≤ 2.50 (per row + ≤ 25 %)", met: ratio100k <= 2.5 });
  return { sizes, ratio10kTo50k: Math.round(ratio * 100) / 100, ratio50kTo100k: Math.round(ratio100k * 100) / 100 };
}

// ---- 3. Excel adapter ----------------------------------------------------------------------------

/** What bench/excel-adapter-bench.ts reports per action: the fake's record and the time taken. */
type ActionCost = RecordedCost & { ms: number };

function adapter(): { rows: number; actions: Record<string, ActionCost> }[] {
  process.stderr.write("3. Excel adapter …\n");
  const results = SIZES.map((size) => lastJsonLine<{ rows: number; actions: Record<string, ActionCost> }>(runTs("bench/excel-adapter-bench.ts", [String(size)])));
  for (const r of results) {
    for (const [action, cost] of Object.entries(r.actions)) {
      const figure = `${action}: syncs / requests / largest request / per-cell formats`;
      const value = `${cost.syncs} / ${cost.requests} / ${mb(cost.maxRequestBytes)} / ${cost.perCellFormatCalls}`;
      const met = cost.syncs <= 6 && cost.maxRequestBytes <= 4 * MB && cost.perCellFormatCalls === 0;
      add({ part: "3 adapter", figure, size: n(r.rows), value, target: "≤ 6 / — / ≤ 4 MB / 0", met });
    }
  }
  return results;
}

// ---- 4 and 5. pane -------------------------------------------------------------------------------

interface PaneResult {
  builtNow: boolean;
  chromium: string;
  initialScripts: { file: string; bytes: number; gzipBytes: number }[];
  initialGzipBytes: number;
  loadedBeforeRenderGzipBytes: number;
  firstRender: { medianMs: number; fcpMedianMs: number };
  responsiveness: Responsiveness;
  responsivenessInline: Responsiveness;
}

function pane(): PaneResult {
  process.stderr.write("4–5. pane (headless Chromium) …\n");
  const result = lastJsonLine<PaneResult>(runTs("bench/pane-bench.ts", ["50000", quick ? "2" : "5"]));
  add({ part: "4 pane", figure: "initial JavaScript of taskpane.html (gzip)", size: "", value: kb(result.initialGzipBytes), target: "≤ 200 KB", met: result.initialGzipBytes <= 200 * 1024 });
  add({ part: "4 pane", figure: "  JavaScript loaded before first render (gzip)", size: "", value: kb(result.loadedBeforeRenderGzipBytes), target: "" });
  add({ part: "4 pane", figure: "time to first render (React's first commit)", size: "", value: `${result.firstRender.medianMs} ms`, target: "" });
  add({ part: "4 pane", figure: "first contentful paint", size: "", value: `${result.firstRender.fcpMedianMs} ms`, target: "" });
  const r = result.responsiveness;
  add({ part: "5 responsive", figure: "longest task, Controleer → all findings shown", size: n(r.rows), value: `${r.longestTaskMs} ms`, target: "≤ 50 ms", met: r.longestTaskMs <= 50 });
  if (r.longestBeforeFindingsMs !== undefined) add({ part: "5 responsive", figure: "  until the findings arrive (read, hand over, check)", size: n(r.rows), value: `${r.longestBeforeFindingsMs} ms`, target: "" });
  if (r.longestRenderingMs !== undefined) add({ part: "5 responsive", figure: "  showing the findings", size: n(r.rows), value: `${r.longestRenderingMs} ms`, target: "" });
  add({ part: "5 responsive", figure: "  long tasks / blocking time", size: n(r.rows), value: `${r.longTasks} / ${r.blockingMs} ms`, target: "" });
  add({ part: "5 responsive", figure: "  click → summary shown / → all findings shown", size: n(r.rows), value: `${r.checkMs} ms / ${r.allShownMs} ms`, target: "" });
  add({ part: "5 responsive", figure: "  findings list after the check: items / text", size: n(r.rows), value: `${n(r.findingItems)} / ${n(r.paneTextChars)} chars`, target: "" });
  add({ part: "5 responsive", figure: "longest task, Opnieuw controleren (findings shown)", size: n(r.rows), value: `${r.again.longestTaskMs} ms`, target: "≤ 50 ms", met: r.again.longestTaskMs <= 50 });
  add({ part: "5 responsive", figure: "  long tasks / click → done", size: n(r.rows), value: `${r.again.longTasks} / ${r.again.checkMs} ms`, target: "" });
  add({ part: "5 responsive", figure: "  for comparison: engine on the pane's thread", size: n(r.rows), value: `${result.responsivenessInline.longestTaskMs} ms`, target: "" });
  return result;
}

// ---- 8. Mutaties ---------------------------------------------------------------------------------

interface MutatiesResult {
  rows: number;
  newRows: number;
  runs: number;
  medianMs: number;
  fastestMs: number;
  cpuMedianMs: number;
  peakRssMb: number;
  employees: Record<string, number>;
}

/** Issue 17: 50,000 rows against 50,000 rows compared in the core in under 2 s (median). */
function mutaties(): MutatiesResult[] {
  process.stderr.write("8. Mutaties …\n");
  const results = [10000, 50000].map((size) => lastJsonLine<MutatiesResult>(runTs("bench/mutaties-bench.ts", [String(size), quick ? "3" : "7"])));
  for (const r of results) {
    const big = r.rows === 50000;
    const size = `${n(r.rows)} × ${n(r.newRows)}`;
    add({ part: "8 mutaties", figure: "compare: median time (fastest; CPU)", size, value: `${r.medianMs} ms (${r.fastestMs} ms; ${r.cpuMedianMs} ms)`, target: big ? "< 2000 ms" : "", ...(big ? { met: r.medianMs < 2000 } : {}) });
    add({ part: "8 mutaties", figure: "compare: peak memory (RSS)", size, value: `${r.peakRssMb} MB`, target: "" });
  }
  return results;
}

// ---- run -----------------------------------------------------------------------------------------

// ---- 9. file mode --------------------------------------------------------------------------------

const FILE_MODE_STEPS: [keyof FileModeResult["steps"], string][] = [
  ["open", "open the file → the pane on it"],
  ["check", "Controleer → all findings shown"],
  ["generate", "Genereer tabellen → sheets written"],
  ["download", "Download → file received"],
];

function fileMode(): FileModeResult {
  process.stderr.write("9. file mode (headless Chromium) …\n");
  const result = lastJsonLine<FileModeResult>(runTs("bench/file-mode-bench.ts", ["20000", quick ? "1" : "3"]));
  for (const [step, figure] of FILE_MODE_STEPS) {
    const r = result.steps[step];
    add({
      part: "9 file mode",
      figure: `longest task, ${figure}`,
      size: n(result.rows),
      value: `${r.longestTaskMs} ms (median of runs ${r.medianLongestTaskMs} ms; step ${r.ms} ms)`,
      target: "≤ 50 ms",
      met: r.longestTaskMs <= 50,
    });
  }
  return result;
}

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  quick,
};
const parts: [string, () => unknown][] = [
  ["core", core],
  ["cli", () => cli({ quick, preRewrite })],
  ["adapter", adapter],
  ["pane", pane],
  ["bounds", () => bounds({ quick })],
  ["corpus", () => corpus({ quick, freshAll, ...(corpusDir !== undefined ? { corpusDir } : {}) })],
  ["mutaties", mutaties],
  ["filemode", fileMode],
];
for (const [name, run] of parts) {
  if (!only.has(name)) continue;
  try {
    report[name] = run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`   ${name} failed: ${message}\n`);
    add({ part: name, figure: "did not run (see above)", size: "", value: "", target: "", met: false });
    report[name] = { error: message };
  }
}
report.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
report.elapsedSeconds = Math.round((Date.now() - started) / 1000);
report.table = rows;

printTable();
const missed = rows.filter((r) => r.met === false).length;
process.stdout.write(
  `\n${rows.filter((r) => r.met === true).length} targets met, ${missed} missed; ${report.elapsedSeconds} s on ${os.cpus().length} CPUs (load average ${(report.loadAverageAtStart as number[])[0]} at the start).\n`,
);

const dir = path.join(ROOT, "bench", "results");
mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(path.join(dir, "latest.json"), json);
writeFileSync(path.join(dir, `bench-${(report.date as string).replace(/[:.]/g, "-")}.json`), json);
process.stdout.write(`JSON: bench/results/latest.json\n`);
// A missed target (or a part that did not run) fails the command, so a script or CI can rely on it.
if (missed > 0) process.exitCode = 1;
