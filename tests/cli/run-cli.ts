import { spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "../..");

/** Runs the real `formatiecheck` command (bin/formatiecheck.cjs), as a user would. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "formatiecheck.cjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
