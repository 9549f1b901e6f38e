/**
 * `npm run bench`: runs each benchmark in its own process and prints every figure with its target.
 * Results are also written as JSON to bench/results/.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..");
const SIZES = [1000, 10000, 50000];

interface CoreResult {
  rows: number;
  medianMs: number;
  rowsPerSecond: number;
  peakRssMb: number;
  findings: number;
}

function runTs(file: string, args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, "bin", "run-ts.cjs"), path.join(ROOT, file), ...args], { encoding: "utf8", cwd: ROOT });
}

function mark(ok: boolean): string {
  return ok ? "ok" : "MISSED";
}

const core: CoreResult[] = SIZES.map((rows) => JSON.parse(runTs("bench/core-bench.ts", [String(rows), "7"]).trim()) as CoreResult);
const at = (rows: number) => core.find((c) => c.rows === rows) as CoreResult;
const ratio = at(50000).medianMs / at(10000).medianMs;

const lines: string[] = [];
lines.push("1. Core: reading a grid into positions + all rules (median of 7 runs, one process per size)");
lines.push("   rows      median ms   rows/s     peak RSS MB   findings");
for (const c of core) lines.push(`   ${String(c.rows).padEnd(9)} ${String(c.medianMs).padStart(9)}   ${String(c.rowsPerSecond).padStart(8)}   ${String(c.peakRssMb).padStart(11)}   ${c.findings}`);
lines.push(`   target 50,000 rows ≤ 1000 ms: ${at(50000).medianMs} ms — ${mark(at(50000).medianMs <= 1000)}`);
lines.push(`   target 50,000 rows ≤ 200 MB: ${at(50000).peakRssMb} MB — ${mark(at(50000).peakRssMb <= 200)}`);
lines.push(`   linear growth: 10k → 50k time ratio ${ratio.toFixed(2)} (5.00 is linear) — ${mark(ratio <= 6.5)}`);
process.stdout.write(`${lines.join("\n")}\n`);

mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench", "results", "core.json"), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, core, ratio10kTo50k: ratio }, null, 2)}\n`);
