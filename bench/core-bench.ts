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
const cpuTimes: number[] = [];
let findings = 0;
let peakRssMb = 0;
for (let i = 0; i < runs + 1; i++) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = validateGrid(grid, book, { index });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  // The first run warms up the JIT. CPU time (all threads, the garbage collector's helpers too) is
  // reported next to wall time: on a busy machine it shows whether a slow run waited or worked.
  if (i > 0) {
    times.push(ms);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  // Peak memory of one check: the process's high-water mark after the first run (later runs only
  // add garbage the collector has not yet returned).
  if (i === 0) peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  findings = result.findings.length;
}
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const median = medianOf(times);
process.stdout.write(
  `${JSON.stringify({ rows, runs, medianMs: Math.round(median * 10) / 10, cpuMedianMs: Math.round(medianOf(cpuTimes) * 10) / 10, rowsPerSecond: Math.round(rows / (median / 1000)), peakRssMb, findings })}\n`,
);
