/**
 * The table `npm run bench` prints — every figure with its target and `met` / `MISSED` — and how
 * its parts run their benchmark scripts (each in a process of its own, its result the last JSON line).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "..");
export const MB = 1024 * 1024;

export function runTs(file: string, fileArgs: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, "bin", "run-ts.cjs"), path.join(ROOT, file), ...fileArgs], {
    encoding: "utf8",
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * MB,
  });
}

export function lastJsonLine<T>(output: string): T {
  const lines = output.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] as string) as T;
}

export interface Row {
  part: string;
  figure: string;
  size: string;
  value: string;
  target: string;
  /** undefined: reported without a target. */
  met?: boolean;
}

export const rows: Row[] = [];
export const add = (row: Row): void => {
  rows.push(row);
};
export const n = (value: number): string => value.toLocaleString("en-US");
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / MB).toFixed(2)} MB`;
export const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function printTable(): void {
  const header: Row = { part: "part", figure: "figure", size: "rows", value: "measured", target: "target", met: undefined };
  const cells = (r: Row) => [r.part, r.figure, r.size, r.value, r.target, r === header ? "result" : r.met === undefined ? "—" : r.met ? "met" : "MISSED"];
  const all = [header, ...rows].map(cells);
  const widths = all[0]?.map((_, j) => Math.max(...all.map((c) => (c[j] ?? "").length))) ?? [];
  const line = (c: string[]) => c.map((v, j) => (j === 2 || j === 3 ? v.padStart(widths[j] ?? 0) : v.padEnd(widths[j] ?? 0))).join("  ");
  process.stdout.write(`\n${line(all[0] as string[])}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`);
  let part = "";
  for (const c of all.slice(1)) {
    if (c[0] !== part && part !== "") process.stdout.write("\n");
    part = c[0] as string;
    process.stdout.write(`${line(c)}\n`);
  }
}
