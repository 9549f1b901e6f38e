/**
 * The built pane the browser tests run against: dist/, built by webpack in production mode. Built
 * once before the browser tests when it is missing or older than its sources (the stamp file
 * records the newest source time the build saw), so `npm test` on a clean clone needs no extra step.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.join(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".e2e-build-stamp");
// A plain path, not require.resolve: under tsx (the benchmark) that carries a ?namespace= query.
const WEBPACK_CLI = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "tsconfig.json"];

function newest(file: string): number {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((max, name) => Math.max(max, newest(path.join(file, name))), stat.mtimeMs);
}

/** Why dist/ must be built again; undefined when it is up to date. */
export function staleReason(): string | undefined {
  if (!existsSync(path.join(DIST, "taskpane.html"))) return "dist/ is missing";
  const sources = Math.max(...INPUTS.map((p) => newest(path.join(ROOT, p))));
  const built = existsSync(STAMP) ? Number(readFileSync(STAMP, "utf8")) : 0;
  return sources > built ? "sources changed since the last build" : undefined;
}

export function ensureBuilt(): void {
  const reason = staleReason();
  if (reason === undefined) return;
  const sources = Math.max(...INPUTS.map((p) => newest(path.join(ROOT, p))));
  process.stdout.write(`\nBrowser tests: building dist/ (${reason})…\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [WEBPACK_CLI, "--mode", "production"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`webpack failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  writeFileSync(STAMP, String(sources));
  process.stdout.write(`Browser tests: dist/ built in ${Math.round((Date.now() - started) / 1000)} s.\n`);
}
