/**
 * The CLI as it was before the file layer was rewritten (issue 19), for the CLI benchmark's "no
 * slower than before" target: the last commit that read and wrote workbooks with ExcelJS, taken
 * from this checkout's git history (`git archive`) into a temporary folder, with this checkout's
 * node_modules linked in (ExcelJS, JSZip, zod and tsx, which it needs, are all still installed).
 * Its launcher bundles it on its first run, as ours does.
 *
 * Where the history is not there (a shallow clone, an exported tree) the benchmark falls back to
 * the figures recorded in bench/pre-rewrite.json, measured the same way on the benchmark machine.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./process-runs";

/** The parent of 95e24fd ("File layer: read what Excel reads …"): the last ExcelJS-based version. */
export const PRE_REWRITE_COMMIT = "3e18f4559c45afb80cd74b0f50f9d31d856a5ab8";

/** One command at one size: medians of its runs, and the runs' wall times. */
export interface RecordedFigure {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  runs: number[];
}

/** The figures of bench/pre-rewrite.json: per command and size, medians on the benchmark machine. */
export interface RecordedPreRewrite {
  commit: string;
  measured: string;
  note: string;
  sizes: Record<string, Record<string, RecordedFigure>>;
}

/**
 * The path of the pre-rewrite `bin/formatiecheck.cjs`, extracted once per commit into the system's
 * temporary folder; or why it cannot be had.
 */
export function preRewriteCli(): { cli: string } | { reason: string } {
  const dir = path.join(os.tmpdir(), `formatiecheck-pre-rewrite-${PRE_REWRITE_COMMIT.slice(0, 10)}`);
  const cli = path.join(dir, "bin", "formatiecheck.cjs");
  if (existsSync(cli) && existsSync(path.join(dir, "node_modules"))) return { cli };
  try {
    execFileSync("git", ["cat-file", "-e", `${PRE_REWRITE_COMMIT}^{commit}`], { cwd: ROOT, stdio: "ignore" });
  } catch {
    return { reason: `commit ${PRE_REWRITE_COMMIT.slice(0, 10)} is not in this checkout's git history` };
  }
  try {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync("git", ["archive", "--format=tar", PRE_REWRITE_COMMIT, "bin", "src", "package.json", "tsconfig.json", "package-lock.json"], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    // A link left by a checkout that is gone points nowhere: replace it.
    const modules = path.join(dir, "node_modules");
    rmSync(modules, { force: true });
    symlinkSync(path.join(ROOT, "node_modules"), modules, "dir");
    return { cli };
  } catch (error) {
    return { reason: `the pre-rewrite tree could not be extracted: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}
