/**
 * CLI benchmark: `formatiecheck validate FILE`, `validate FILE --out OUT` and `tables FILE --out OUT`
 * end to end, as users run them (a fresh `node bin/formatiecheck.cjs` process each time), on the
 * generated formations, next to
 *   - the same three commands of the CLI as it was before the file layer was rewritten (issue 19),
 *     run from this checkout's git history (bench/pre-rewrite.ts) when it is there — the target is
 *     "no slower than before" — else the figures recorded in bench/pre-rewrite.json;
 *   - ExcelJS on its own loading the workbook (`io-floor.cjs IN`), as a reference point: what reading
 *     alone cost the ExcelJS-based CLI. (ExcelJS loading and writing it again, `io-floor.cjs IN OUT`,
 *     the "I/O floor" of issue 8, is not run any more: it was the slowest process of the benchmark
 *     and no target rests on it now.)
 * Also the CLI's start-up on its own. Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/cli-bench.ts SIZE[,SIZE…] [REPEATS] [live|recorded]
 *
 * The workbooks are generated into a temporary folder (bench/formation-workbook.ts) and removed
 * afterwards. All runs of one size alternate (one of each per round), so a busy moment of the
 * machine does not fall on one of them only. Times are medians of the rounds.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formationWorkbookBytes } from "./formation-workbook";
import { preRewriteCli, type RecordedFigure, type RecordedPreRewrite } from "./pre-rewrite";
import { CLI, summary, timedNode, type ProcessRun, type Timed } from "./process-runs";

const FLOOR = path.join(__dirname, "io-floor.cjs");
const sizes = (process.argv[2] ?? "20000").split(",").map(Number);
const repeats = Number(process.argv[3] ?? 3);
const preRewriteMode = process.argv[4] === "recorded" ? "recorded" : "live";

export const COMMANDS = ["validate", "validateOut", "tables"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandFigures {
  ours: Timed;
  /** The pre-rewrite CLI in the same rounds (when its commit is in the git history). */
  before?: Timed;
  /** The pre-rewrite figures of bench/pre-rewrite.json, when `before` could not be measured. */
  recorded?: RecordedFigure;
}

export interface CliResult {
  startup: { help: Timed; node: Timed; excelJs: Timed; npxHelpMs: number | null };
  preRewrite: { source: "live" | "recorded"; reason?: string; commit: string };
  sizes: {
    rows: number;
    inputBytes: number;
    excelJsRead: Timed;
    commands: Record<Command, CommandFigures>;
  }[];
}

function log(text: string): void {
  process.stderr.write(`  cli: ${text}\n`);
}

function commandArgs(cli: string, command: Command, input: string, out: string): string[] {
  if (command === "validate") return [cli, "validate", input];
  if (command === "validateOut") return [cli, "validate", input, "--out", out];
  return [cli, "tables", input, "--out", out, "--peildatum", "2026-03-01"];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-cli-bench-"));
  const usage = path.join(dir, "usage.json");
  const recorded = JSON.parse(readFileSync(path.join(__dirname, "pre-rewrite.json"), "utf8")) as RecordedPreRewrite;
  const found = preRewriteMode === "live" ? preRewriteCli() : { reason: "asked for the recorded figures" };
  const before = "cli" in found ? found.cli : undefined;
  if (!before) log(`pre-rewrite CLI not run (${"reason" in found ? found.reason : ""}); using bench/pre-rewrite.json`);
  try {
    // Start-up: the command with nothing to do, next to Node itself and to loading ExcelJS. The
    // first run of each CLI also makes its cached bundle, so it is not counted.
    log("start-up …");
    timedNode([CLI, "--help"], usage);
    if (before) timedNode([before, "--help"], usage);
    const startRuns = { help: [] as ProcessRun[], node: [] as ProcessRun[], excelJs: [] as ProcessRun[] };
    for (let i = 0; i < 5; i++) {
      startRuns.node.push(timedNode(["-e", "0"], usage));
      startRuns.excelJs.push(timedNode(["-e", "require('exceljs')"], usage));
      startRuns.help.push(timedNode([CLI, "--help"], usage));
    }
    const npxStart = process.hrtime.bigint();
    const npx = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "formatiecheck", "--help"], { encoding: "utf8", cwd: path.join(__dirname, "..") });
    const npxMs = npx.status === 0 ? Math.round(Number(process.hrtime.bigint() - npxStart) / 1e6) : null;

    const results: CliResult["sizes"] = [];
    for (const rows of sizes) {
      const input = path.join(dir, `formatie-${rows}.xlsx`);
      writeFileSync(input, await formationWorkbookBytes(rows));
      const out = (name: string) => {
        const file = path.join(dir, `${name}-${rows}.xlsx`);
        rmSync(file, { force: true });
        return file;
      };
      const runs = { excelJsRead: [] as ProcessRun[] };
      const ours = new Map<Command, ProcessRun[]>(COMMANDS.map((c) => [c, []]));
      const old = new Map<Command, ProcessRun[]>(COMMANDS.map((c) => [c, []]));
      const reps = Math.max(1, repeats);
      log(`${rows} rows × ${reps} …`);
      for (let i = 0; i < reps; i++) {
        runs.excelJsRead.push(timedNode([FLOOR, input], usage));
        // Exit 1 means "errors found" (the generated sheets have about 1 % planted errors).
        for (const command of COMMANDS) {
          ours.get(command)?.push(timedNode(commandArgs(CLI, command, input, out(`ours-${command}`)), usage, { okCodes: [0, 1] }));
          if (before) old.get(command)?.push(timedNode(commandArgs(before, command, input, out(`before-${command}`)), usage, { okCodes: [0, 1] }));
        }
      }
      const commands = {} as Record<Command, CommandFigures>;
      for (const command of COMMANDS) {
        const figures: CommandFigures = { ours: summary(ours.get(command) ?? []) };
        if (before) figures.before = summary(old.get(command) ?? []);
        else {
          const figure = recorded.sizes[String(rows)]?.[command];
          if (figure) figures.recorded = figure;
        }
        commands[command] = figures;
      }
      results.push({ rows, inputBytes: readFileSync(input).length, excelJsRead: summary(runs.excelJsRead), commands });
    }
    const result: CliResult = {
      startup: { help: summary(startRuns.help), node: summary(startRuns.node), excelJs: summary(startRuns.excelJs), npxHelpMs: npxMs },
      preRewrite: { source: before ? "live" : "recorded", ...("reason" in found ? { reason: found.reason } : {}), commit: recorded.commit },
      sizes: results,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
