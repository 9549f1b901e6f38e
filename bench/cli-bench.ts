/**
 * CLI benchmark: `formatiecheck validate FILE --out OUT` and `formatiecheck tables FILE --out OUT`
 * end to end, as users run them (a fresh `node bin/formatiecheck.cjs` process each time), against
 * the I/O floor: the same workbook read and written by ExcelJS in a plain Node process with no
 * validation (bench/io-floor.cjs). Also the CLI's start-up on its own. Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/cli-bench.ts SIZE[,SIZE…] [REPEATS]
 *
 * The workbooks are generated into a temporary folder (bench/formation-workbook.ts) and removed
 * afterwards. Runs of the floor, validate and tables alternate, so a busy moment of the machine
 * does not fall on one of them only. Times are medians of the runs; the ratios to the floor
 * compare the fastest runs (the least disturbed by the rest of the machine), with the medians'
 * ratio next to them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formationWorkbookBytes } from "./formation-workbook";

const ROOT = path.join(__dirname, "..");
const CLI = path.join(ROOT, "bin", "formatiecheck.cjs");
const FLOOR = path.join(__dirname, "io-floor.cjs");
const PROBE = path.join(__dirname, "usage-probe.cjs");
const sizes = (process.argv[2] ?? "1000").split(",").map(Number);
const repeats = Number(process.argv[3] ?? 3);

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

export interface Timed {
  /** Median of the runs. */
  wallMs: number;
  /** The fastest run: the one the rest of the machine disturbed least. */
  fastestMs: number;
  cpuMs: number;
  maxRssMb: number;
  runs: number[];
}

function log(text: string): void {
  process.stderr.write(`  cli: ${text}\n`);
}

/** One process, timed from spawn to exit; CPU time and peak memory from the process itself. */
function timed(args: string[], dir: string, okCodes = [0]): ProcessRun {
  const usageFile = path.join(dir, "usage.json");
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", PROBE, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FORMATIECHECK_BENCH_USAGE: usageFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status === null || !okCodes.includes(run.status)) throw new Error(`${args.join(" ")} failed (exit ${run.status}): ${run.stderr.split("\n")[0]}`);
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, "utf8")) as { userMs: number; systemMs: number; maxRssMb: number }) : { userMs: NaN, systemMs: NaN, maxRssMb: NaN };
  return { wallMs: Math.round(wallMs), cpuMs: Math.round(usage.userMs + usage.systemMs), maxRssMb: usage.maxRssMb };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

function summary(runs: ProcessRun[]): Timed {
  return { wallMs: median(runs.map((r) => r.wallMs)), fastestMs: Math.min(...runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMb: median(runs.map((r) => r.maxRssMb)), runs: runs.map((r) => r.wallMs) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-cli-bench-"));
  try {
    // Start-up: the command with nothing to do, next to Node itself and to loading ExcelJS.
    log("start-up …");
    const startRuns = { help: [] as ProcessRun[], node: [] as ProcessRun[], excelJs: [] as ProcessRun[] };
    for (let i = 0; i < 5; i++) {
      startRuns.node.push(timed(["-e", "0"], dir));
      startRuns.excelJs.push(timed(["-e", "require('exceljs')"], dir));
      startRuns.help.push(timed([CLI, "--help"], dir));
    }
    const npxStart = process.hrtime.bigint();
    const npx = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "formatiecheck", "--help"], { cwd: ROOT, encoding: "utf8" });
    const npxMs = npx.status === 0 ? Math.round(Number(process.hrtime.bigint() - npxStart) / 1e6) : null;

    const results = [];
    for (const rows of sizes) {
      const input = path.join(dir, `formatie-${rows}.xlsx`);
      writeFileSync(input, await formationWorkbookBytes(rows));
      const runs = { floor: [] as ProcessRun[], validate: [] as ProcessRun[], tables: [] as ProcessRun[] };
      const reps = rows >= 50000 ? Math.max(1, repeats) : Math.max(3, repeats);
      log(`${rows} rows × ${reps} …`);
      for (let i = 0; i < reps; i++) {
        const out = (name: string) => {
          const file = path.join(dir, `${name}-${rows}.xlsx`);
          rmSync(file, { force: true });
          return file;
        };
        runs.floor.push(timed([FLOOR, input, out("floor")], dir));
        // Exit 1 means "errors found" (the generated sheets have about 1 % planted errors).
        runs.validate.push(timed([CLI, "validate", input, "--out", out("validate")], dir, [0, 1]));
        runs.tables.push(timed([CLI, "tables", input, "--out", out("tables"), "--peildatum", "2026-03-01"], dir, [0, 1]));
      }
      const floor = summary(runs.floor);
      const validate = summary(runs.validate);
      const tables = summary(runs.tables);
      results.push({
        rows,
        inputBytes: readFileSync(input).length,
        floor,
        validate,
        tables,
        // Fastest run against fastest run: on a shared machine the least-disturbed runs compare the
        // work itself; the medians' ratio is kept too.
        validateRatio: ratio(validate.fastestMs, floor.fastestMs),
        tablesRatio: ratio(tables.fastestMs, floor.fastestMs),
        validateMedianRatio: ratio(validate.wallMs, floor.wallMs),
        tablesMedianRatio: ratio(tables.wallMs, floor.wallMs),
      });
    }
    process.stdout.write(
      `${JSON.stringify({
        startup: { help: summary(startRuns.help), node: summary(startRuns.node), excelJs: summary(startRuns.excelJs), npxHelpMs: npxMs },
        sizes: results,
      })}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
