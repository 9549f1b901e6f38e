/**
 * Corpus benchmark (issue 19): every workbook under 5 MB of the real-world corpora is read in ≤ 3 s
 * and ≤ 400 MB. Two corpora:
 *   realworld  tests/fixtures/realworld/ (committed, always there)
 *   public     a larger corpus that is not committed (for example the 2,300 files of the public test
 *              suites of issue 19), in the folder named by `--corpus DIR` or FORMATIECHECK_CORPUS;
 *              skipped with a message when none is named or the folder is missing
 * What runs on each file is bench/read-workbook-entry.ts (opened as the CLI opens it, the sheet
 * chosen, every worksheet read, the chosen one checked), bundled with esbuild as the CLI is.
 *
 * Method, in two steps, because a fresh process per file for 2,300 files takes a quarter of an hour
 * on the 2-core machine:
 *   1. Screening: one process reads the files one after another (the heap collected before each),
 *      timing each inside the process; a file taking over 60 s is stopped and counted as a hang.
 *      That process's peak memory is an upper bound for every file's (it holds each file's work
 *      plus whatever earlier files left in the heap and the compiled code).
 *   2. Confirmation: the slowest files of the screening, those during which its peak memory rose
 *      most, and the largest files, each read REPEATS times in a fresh process, timed from spawn
 *      to exit (Node's start included) with its own peak memory; medians. For the slowest .xls,
 *      .xlsb and .ods files SheetJS is also timed on its own (bench/sheetjs-alone.cjs).
 * With `--fresh-all` step 1 runs a fresh process per file instead (slow; to check the screening).
 * Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/corpus-bench.ts [REPEATS] [--fresh-all] [--corpus DIR]
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FileReading } from "./read-workbook-entry";
import { median, ROOT, timedNode } from "./process-runs";

const args = process.argv.slice(2);
const repeats = Math.max(1, Number(args.find((a) => /^\d+$/.test(a)) ?? 3));
const freshAll = args.includes("--fresh-all");
const corpusArg = args.find((a, i) => args[i - 1] === "--corpus");
const PUBLIC_CORPUS = corpusArg ?? process.env.FORMATIECHECK_CORPUS;

export const MAX_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = /\.(xlsx|xlsm|xls|xlsb|ods|xml)$/i;
const HANG_MS = 60_000;
const SLOWEST = 12;
const MOST_MEMORY = 8;
const LARGEST = 5;
const SHEETJS_FILES = 4;

export interface ConfirmedFile {
  file: string;
  bytes: number;
  format?: string;
  outcome: string;
  /** Median over REPEATS fresh processes: spawn to exit. */
  wallMs: number;
  /** Median CPU time of those processes (all threads). */
  cpuMs: number;
  /** Median: opening, reading every sheet, checking (inside the process). */
  readMs: number;
  openMs: number;
  maxRssMb: number;
  runs: number[];
  /** For .xls/.xlsb/.ods: SheetJS parsing the file on its own (median, inside the process). */
  sheetJs?: { oursMs: number; plainMs: number };
}

export interface CorpusResult {
  name: string;
  dir: string;
  present: boolean;
  reason?: string;
  files: number;
  /** Files of 5 MB and more, not measured. */
  over5Mb: number;
  outcomes: Record<string, number>;
  /** Files whose reading failed with an internal error, a hang or a crash (the first 20). */
  problems: { file: string; outcome: string }[];
  screening: { mode: "one process" | "fresh processes"; elapsedMs: number; maxReadMs: number; slowestFile: string; peakRssMb: number };
  confirmed: ConfirmedFile[];
  maxWallMs: number;
  maxRssMb: number;
}

type Screened = Pick<FileReading, "file" | "outcome" | "readMs" | "maxRssMb"> & { format?: string; rssRiseMb: number };

function log(text: string): void {
  process.stderr.write(`  corpus: ${text}\n`);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && EXTENSIONS.test(entry.name)) out.push(file);
    }
  };
  walk(dir);
  return out;
}

/** Bundles bench/read-workbook-entry.ts next to the CLI's bundle (so SheetJS resolves from node_modules). */
async function bundleReader(): Promise<string> {
  const esbuild = (await import("esbuild")) as typeof import("esbuild");
  const dir = path.join(ROOT, "node_modules", ".cache", "formatiecheck-bench");
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, "read-workbook.cjs");
  await esbuild.build({ entryPoints: [path.join(__dirname, "read-workbook-entry.ts")], outfile, bundle: true, platform: "node", format: "cjs", target: `node${process.versions.node.split(".")[0]}`, external: ["@e965/xlsx"], logLevel: "warning" });
  return outfile;
}

/** Step 1 in one process: each file in turn, a hang stopped after HANG_MS and the process started again. */
async function screenInOneProcess(reader: string, files: string[]): Promise<{ readings: Screened[]; peakRssMb: number }> {
  const readings: Screened[] = [];
  let peakRssMb = 0;
  let child: ChildProcess | undefined;
  let lastMax = 0;
  const start = () => {
    child = fork(reader, ["--serve"], { execArgv: ["--expose-gc"], stdio: ["ignore", "ignore", "ignore", "ipc"] });
    lastMax = 0;
  };
  for (const [i, file] of files.entries()) {
    if (!child) start();
    const current = child as ChildProcess;
    const answer = await new Promise<FileReading | { outcome: string }>((resolve) => {
      const timer = setTimeout(() => resolve({ outcome: `hang (stopped after ${HANG_MS / 1000} s)` }), HANG_MS);
      const onExit = (code: number | null, signal: string | null) => resolve({ outcome: `crashed (${signal ?? `exit ${code}`})` });
      current.once("exit", onExit);
      current.once("message", (message: FileReading) => {
        clearTimeout(timer);
        current.off("exit", onExit);
        resolve(message);
      });
      current.send(file);
    });
    if ("readMs" in answer) {
      readings.push({ file, outcome: answer.outcome, ...(answer.format !== undefined ? { format: answer.format } : {}), readMs: answer.readMs, maxRssMb: answer.maxRssMb, rssRiseMb: answer.maxRssMb - lastMax });
      lastMax = answer.maxRssMb;
      peakRssMb = Math.max(peakRssMb, answer.maxRssMb);
    } else {
      readings.push({ file, outcome: answer.outcome, readMs: HANG_MS, maxRssMb: NaN, rssRiseMb: Infinity });
      current.removeAllListeners();
      current.kill("SIGKILL");
      child = undefined;
    }
    if ((i + 1) % 250 === 0) log(`  ${i + 1} of ${files.length} …`);
  }
  child?.kill();
  return { readings, peakRssMb };
}

/** One fresh process on one file: wall time and peak memory from outside, the reading's figures from inside. */
function fresh(reader: string, file: string, usage: string): { wallMs: number; cpuMs: number; maxRssMb: number; reading?: FileReading; outcome: string } {
  try {
    const run = timedNode([reader, file], usage, { timeoutMs: HANG_MS });
    const reading = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as FileReading;
    return { wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssMb: run.maxRssMb, reading, outcome: reading.outcome };
  } catch (error) {
    return { wallMs: HANG_MS, cpuMs: NaN, maxRssMb: NaN, outcome: error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error) };
  }
}

function screenFresh(reader: string, files: string[], usage: string): { readings: Screened[]; peakRssMb: number } {
  const readings = files.map((file, i) => {
    if ((i + 1) % 100 === 0) log(`  ${i + 1} of ${files.length} …`);
    const run = fresh(reader, file, usage);
    return { file, outcome: run.outcome, ...(run.reading?.format !== undefined ? { format: run.reading.format } : {}), readMs: run.wallMs, maxRssMb: run.maxRssMb, rssRiseMb: run.maxRssMb };
  });
  return { readings, peakRssMb: Math.max(0, ...readings.map((r) => r.maxRssMb).filter((m) => Number.isFinite(m))) };
}

function sheetJsAlone(file: string, mode: "ours" | "plain", usage: string): number {
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const run = timedNode([path.join(__dirname, "sheetjs-alone.cjs"), file, mode], usage, { timeoutMs: HANG_MS });
    runs.push((JSON.parse(run.stdout) as { parseMs: number }).parseMs);
  }
  return median(runs);
}

async function measureCorpus(name: string, dir: string, reader: string, usage: string): Promise<CorpusResult> {
  const empty = { files: 0, over5Mb: 0, outcomes: {}, problems: [], screening: { mode: "one process" as const, elapsedMs: 0, maxReadMs: 0, slowestFile: "", peakRssMb: 0 }, confirmed: [], maxWallMs: 0, maxRssMb: 0 };
  if (!existsSync(dir)) return { name, dir, present: false, reason: `${dir} is not on this machine (not committed; not in CI)`, ...empty };
  const all = filesUnder(dir);
  const files = all.filter((f) => statSync(f).size < MAX_BYTES);
  log(`${name}: ${files.length} files under 5 MB${freshAll ? ", a fresh process each" : ""} …`);
  const started = Date.now();
  const { readings, peakRssMb } = freshAll ? screenFresh(reader, files, usage) : await screenInOneProcess(reader, files);
  const elapsedMs = Date.now() - started;
  const relative = (f: string) => path.relative(dir, f);

  const outcomes: Record<string, number> = {};
  for (const r of readings) {
    const key = r.outcome.startsWith("internal") ? "internal error" : r.outcome.startsWith("hang") ? "hang" : r.outcome.startsWith("crashed") ? "crashed" : r.outcome;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  const problems = readings.filter((r) => /^(internal|hang|crashed)/.test(r.outcome)).slice(0, 20).map((r) => ({ file: relative(r.file), outcome: r.outcome }));

  // Step 2: the files worth a fresh look.
  const by = (key: (r: Screened) => number, count: number) => [...readings].sort((a, b) => key(b) - key(a)).slice(0, count).map((r) => r.file);
  const chosen = new Set([...by((r) => r.readMs, SLOWEST), ...by((r) => r.rssRiseMb, MOST_MEMORY), ...by((r) => statSync(r.file).size, LARGEST)]);
  log(`${name}: ${chosen.size} files in fresh processes × ${repeats} …`);
  const confirmed: ConfirmedFile[] = [];
  for (const file of chosen) {
    const runs = Array.from({ length: repeats }, () => fresh(reader, file, usage));
    const readingOf = runs.find((r) => r.reading)?.reading;
    confirmed.push({
      file: relative(file),
      bytes: statSync(file).size,
      ...(readingOf?.format !== undefined ? { format: readingOf.format } : {}),
      outcome: runs[0]?.outcome ?? "",
      wallMs: median(runs.map((r) => r.wallMs)),
      cpuMs: median(runs.map((r) => r.cpuMs)),
      readMs: median(runs.map((r) => r.reading?.readMs ?? NaN)),
      openMs: median(runs.map((r) => r.reading?.openMs ?? NaN)),
      maxRssMb: median(runs.map((r) => r.maxRssMb)),
      runs: runs.map((r) => r.wallMs),
    });
  }
  confirmed.sort((a, b) => b.wallMs - a.wallMs);
  // SheetJS alone on the slowest files it reads for us.
  for (const c of confirmed.filter((c) => c.format !== undefined && !["xlsx", "xlsm"].includes(c.format)).slice(0, SHEETJS_FILES)) {
    const file = path.join(dir, c.file);
    c.sheetJs = { oursMs: sheetJsAlone(file, "ours", usage), plainMs: sheetJsAlone(file, "plain", usage) };
  }
  const slowest = [...readings].sort((a, b) => b.readMs - a.readMs)[0];
  return {
    name,
    dir,
    present: true,
    files: files.length,
    over5Mb: all.length - files.length,
    outcomes,
    problems,
    screening: { mode: freshAll ? "fresh processes" : "one process", elapsedMs, maxReadMs: slowest?.readMs ?? 0, slowestFile: slowest ? relative(slowest.file) : "", peakRssMb },
    confirmed,
    maxWallMs: Math.max(0, ...confirmed.map((c) => c.wallMs)),
    // Every file's peak is at most the screening process's, and the confirmed ones are measured alone.
    maxRssMb: Math.max(0, ...confirmed.map((c) => c.maxRssMb).filter((m) => Number.isFinite(m))),
  };
}

/** A corpus that was not asked for: reported as skipped. */
function notGiven(name: string): CorpusResult {
  return { name, dir: "", present: false, reason: "no folder given (--corpus DIR or FORMATIECHECK_CORPUS)", files: 0, over5Mb: 0, outcomes: {}, problems: [], screening: { mode: "one process", elapsedMs: 0, maxReadMs: 0, slowestFile: "", peakRssMb: 0 }, confirmed: [], maxWallMs: 0, maxRssMb: 0 };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-corpus-bench-"));
  const usage = path.join(tmp, "usage.json");
  try {
    const reader = await bundleReader();
    const corpora = [
      await measureCorpus("realworld", path.join(ROOT, "tests", "fixtures", "realworld"), reader, usage),
      PUBLIC_CORPUS ? await measureCorpus("public", PUBLIC_CORPUS, reader, usage) : notGiven("public"),
    ];
    process.stdout.write(`${JSON.stringify({ repeats, freshAll, corpora })}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
