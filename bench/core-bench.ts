/**
 * Core benchmark, one size per process (so peak memory is this size's alone):
 * reading a grid into positions plus all rules. Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/core-bench.ts ROWS [RUNS]
 */
import { bundledFunctieboek } from "../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../src/core/functieboek/functieboek-index";
import { validateGrid } from "../src/core/rules/engine";
import { formationGrid } from "./formation-generator";

const rows = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 7);
const book = bundledFunctieboek();
const index = new FunctieboekIndex(book);
const grid = formationGrid(book, rows);

const times: number[] = [];
let findings = 0;
let peakRssMb = 0;
for (let i = 0; i < runs + 1; i++) {
  const start = process.hrtime.bigint();
  const result = validateGrid(grid, book, { index });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (i > 0) times.push(ms); // the first run warms up the JIT
  // Peak memory of one check: the process's high-water mark after the first run (later runs only
  // add garbage the collector has not yet returned).
  if (i === 0) peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  findings = result.findings.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
process.stdout.write(
  `${JSON.stringify({ rows, runs, medianMs: Math.round(median * 10) / 10, rowsPerSecond: Math.round(rows / (median / 1000)), peakRssMb, findings })}\n`,
);
