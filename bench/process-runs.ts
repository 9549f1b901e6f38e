/**
 * Timing whole processes, as users run commands: spawn to exit on the wall clock, and the process's
 * own CPU time and peak memory (RSS), written at exit by bench/usage-probe.cjs, which every timed
 * process preloads. Shared by the CLI, bounds and corpus benchmarks, with the medians they report.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "..");
export const CLI = path.join(ROOT, "bin", "formatiecheck.cjs");
const PROBE = path.join(__dirname, "usage-probe.cjs");

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
}

export interface Timed {
  /** Median of the runs. */
  wallMs: number;
  /** The fastest run: the one the rest of the machine disturbed least. */
  fastestMs: number;
  cpuMs: number;
  /** Median of the runs' peak memory. */
  maxRssMb: number;
  runs: number[];
}

export interface TimedOptions {
  /** Exit codes that count as success (validate exits 1 when it finds errors). */
  okCodes?: number[];
  /** Killed after this long (a hang must not stop the benchmark). */
  timeoutMs?: number;
  /** Working folder of the process (default: the checkout). */
  cwd?: string;
}

/**
 * One Node process (`node --require usage-probe ARGS`), timed from spawn to exit. `usageFile` is
 * where the probe writes its figures (a path in the caller's temporary folder). Throws when the
 * process exits with another code than allowed, or is killed.
 */
export function timedNode(args: string[], usageFile: string, options: TimedOptions = {}): ProcessRun {
  const okCodes = options.okCodes ?? [0];
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", PROBE, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, FORMATIECHECK_BENCH_USAGE: usageFile },
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs, killSignal: "SIGKILL" as const } : {}),
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status === null) throw new Error(`${args.join(" ")} did not finish (${run.signal ?? run.error?.message ?? "killed"} after ${Math.round(wallMs)} ms)`);
  if (!okCodes.includes(run.status)) throw new Error(`${args.join(" ")} failed (exit ${run.status}): ${run.stderr.split("\n")[0]}`);
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, "utf8")) as { userMs: number; systemMs: number; maxRssMb: number }) : { userMs: NaN, systemMs: NaN, maxRssMb: NaN };
  return { wallMs: Math.round(wallMs), cpuMs: Math.round(usage.userMs + usage.systemMs), maxRssMb: usage.maxRssMb, status: run.status, stdout: run.stdout };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

export function summary(runs: readonly ProcessRun[]): Timed {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    fastestMs: Math.min(...runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: median(runs.map((r) => r.maxRssMb)),
    runs: runs.map((r) => r.wallMs),
  };
}
