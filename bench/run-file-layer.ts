/**
 * The parts of `npm run bench` that measure the file layer (issue 19), each turning its benchmark's
 * JSON into rows of the table:
 *   2 cli     validate, validate --out and tables --out at 20,000 and 50,000 rows: no slower than the
 *             CLI before the rewrite; ExcelJS's own read and read + write as a reference point
 *   6 bounds  dropdowns on whole columns and 50,000 merged ranges cost (almost) nothing
 *   7 corpus  every workbook under 5 MB of the real-world corpora in ≤ 3 s and ≤ 400 MB
 * How each is measured and what its targets rest on: docs/PERFORMANCE.md.
 */
import type { BoundsCase } from "./bounds-bench";
import type { CliResult, Command, CommandFigures } from "./cli-bench";
import type { CorpusResult } from "./corpus-bench";
import type { Timed } from "./process-runs";
import { add, lastJsonLine, n, runTs, s } from "./report-table";

export const CLI_SIZES = [20000, 50000];

const COMMAND_NAMES: Record<Command, string> = { validate: "validate", validateOut: "validate --out", tables: "tables --out" };
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
/** Median wall time, with the fastest run, the median CPU time (less moved by a busy machine) and peak memory. */
const time = (t: Timed) => `${s(t.wallMs)} (fastest ${s(t.fastestMs)}, CPU ${s(t.cpuMs)}, ${t.maxRssMb} MB)`;

// ---- 2. CLI --------------------------------------------------------------------------------------

export function cli(options: { quick: boolean; preRewrite: "live" | "recorded" }): CliResult {
  process.stderr.write("2. CLI …\n");
  const result = lastJsonLine<CliResult>(runTs("bench/cli-bench.ts", [CLI_SIZES.join(","), options.quick ? "1" : "3", options.preRewrite]));
  const { startup } = result;
  add({ part: "2 cli", figure: "start-up: formatiecheck --help", size: "", value: `${startup.help.wallMs} ms`, target: "" });
  add({ part: "2 cli", figure: "  of which Node itself (node -e 0)", size: "", value: `${startup.node.wallMs} ms`, target: "" });
  add({ part: "2 cli", figure: "  for comparison: loading ExcelJS", size: "", value: `${startup.excelJs.wallMs} ms`, target: "" });
  if (startup.npxHelpMs !== null) add({ part: "2 cli", figure: "  npx formatiecheck --help (npm's own start)", size: "", value: `${startup.npxHelpMs} ms`, target: "" });
  const source = result.preRewrite.source === "live" ? "run now from git" : "recorded, bench/pre-rewrite.json";
  for (const r of result.sizes) {
    const size = n(r.rows);
    add({ part: "2 cli", figure: "reference: ExcelJS read", size, value: time(r.excelJsRead), target: "" });
    for (const [command, figures] of Object.entries(r.commands) as [Command, CommandFigures][]) {
      const name = COMMAND_NAMES[command];
      add({ part: "2 cli", figure: name, size, value: `${time(figures.ours)}; ${ratio(figures.ours.wallMs, r.excelJsRead.wallMs).toFixed(2)}× ExcelJS's read`, target: "" });
      const before = figures.before ?? figures.recorded;
      if (!before) {
        add({ part: "2 cli", figure: `  ${name}: before the rewrite`, size, value: "not measured, not recorded", target: "≤ before", met: false });
        continue;
      }
      const beforeText = figures.before ? time(figures.before) : `${s(before.wallMs)} (CPU ${s(before.cpuMs)}, ${before.maxRssMb} MB)`;
      add({ part: "2 cli", figure: `  before the rewrite (${source})`, size, value: beforeText, target: "" });
      const cpu = `; CPU ${ratio(figures.ours.cpuMs, before.cpuMs).toFixed(2)}×`;
      add({ part: "2 cli", figure: `  ${name} ÷ before (medians; no slower)`, size, value: `${ratio(figures.ours.wallMs, before.wallMs).toFixed(2)}×${cpu}`, target: "≤ 1.00×", met: figures.ours.wallMs <= before.wallMs });
    }
  }
  return result;
}

// ---- 6. bounds -----------------------------------------------------------------------------------

/** The cases whose claim is never read (a dropdown): within 1.2× of the same file without it. */
const RATIO_TARGET: Record<string, number | undefined> = { "ommen-dropdowns": 1.2, "column-dropdown": 1.2 };

export function bounds(options: { quick: boolean }): { rounds: number; cases: BoundsCase[] } {
  process.stderr.write("6. bounds …\n");
  const result = lastJsonLine<{ rounds: number; cases: BoundsCase[] }>(runTs("bench/bounds-bench.ts", [options.quick ? "2" : "5"]));
  for (const c of result.cases) {
    const part = "6 bounds";
    add({ part, figure: `${c.name}: ${c.description}`, size: "", value: "", target: "" });
    const v = c.validate;
    add({ part, figure: "  validate: without / with", size: "", value: `${s(v.plain.wallMs)} / ${s(v.claimed.wallMs)} (${v.plain.maxRssMb} / ${v.claimed.maxRssMb} MB)`, target: "" });
    const target = RATIO_TARGET[c.name];
    add({ part, figure: "  validate: with ÷ without (medians)", size: "", value: `${v.ratio.toFixed(2)}×`, target: target ? `≤ ${target.toFixed(2)}×` : "", ...(target ? { met: v.ratio <= target } : {}) });
    add({ part, figure: "  validate with: time, memory", size: "", value: `${s(v.claimed.wallMs)} (CPU ${s(v.claimed.cpuMs)}), ${v.claimed.maxRssMb} MB`, target: "≤ 3 s, ≤ 400 MB", met: v.claimed.wallMs <= 3000 && v.claimed.maxRssMb <= 400 });
    const o = c.validateOut;
    add({ part, figure: "  validate --out: without / with", size: "", value: `${s(o.plain.wallMs)} / ${s(o.claimed.wallMs)} (${o.plain.maxRssMb} / ${o.claimed.maxRssMb} MB); ${o.ratio.toFixed(2)}×`, target: "" });
    add({ part, figure: "  the same findings without and with", size: "", value: c.sameFindings ? "yes" : "no", target: "yes", met: c.sameFindings });
  }
  return result;
}

// ---- 7. corpus -----------------------------------------------------------------------------------

export function corpus(options: { quick: boolean; freshAll: boolean; corpusDir?: string }): { corpora: CorpusResult[] } {
  process.stderr.write("7. corpus …\n");
  const args = [options.quick ? "1" : "3", ...(options.freshAll ? ["--fresh-all"] : []), ...(options.corpusDir ? ["--corpus", options.corpusDir] : [])];
  const result = lastJsonLine<{ corpora: CorpusResult[] }>(runTs("bench/corpus-bench.ts", args));
  for (const c of result.corpora) {
    const part = "7 corpus";
    if (!c.present) {
      add({ part, figure: `${c.name}: skipped`, size: "", value: c.reason ?? "", target: "" });
      continue;
    }
    const count = (key: string) => c.outcomes[key] ?? 0;
    const refused = Object.entries(c.outcomes).filter(([k]) => k.startsWith("refused:")).reduce((sum, [, v]) => sum + v, 0);
    add({ part, figure: `${c.name}: files under 5 MB: read / refused with a reason`, size: n(c.files), value: `${n(count("read"))} / ${n(refused)}${c.over5Mb > 0 ? ` (${c.over5Mb} of 5 MB or more left out)` : ""}`, target: "" });
    add({ part, figure: "  internal errors / hangs or crashes", size: "", value: `${count("internal error")} / ${count("hang") + count("crashed")}`, target: "0 / 0", met: count("internal error") === 0 && count("hang") + count("crashed") === 0 });
    const slowest = c.confirmed[0];
    add({ part, figure: `  slowest file, fresh process (median of ${slowest?.runs.length ?? 0})`, size: "", value: slowest ? `${s(slowest.wallMs)} (CPU ${s(slowest.cpuMs)}): ${slowest.file}` : "—", target: "≤ 3 s", met: c.maxWallMs <= 3000 });
    const hungriest = [...c.confirmed].sort((a, b) => b.maxRssMb - a.maxRssMb)[0];
    add({ part, figure: "  most memory, fresh process", size: "", value: hungriest ? `${hungriest.maxRssMb} MB: ${hungriest.file}` : "—", target: "≤ 400 MB", met: c.maxRssMb <= 400 });
    add({ part, figure: `  all files in one process: peak memory (bounds every file's)`, size: "", value: `${c.screening.peakRssMb} MB; slowest there ${s(c.screening.maxReadMs)}; ${s(c.screening.elapsedMs)} in all`, target: "≤ 400 MB", met: c.screening.peakRssMb <= 400 });
    for (const f of c.confirmed.slice(0, 5)) {
      const sheetJs = f.sheetJs ? `; SheetJS alone ${s(f.sheetJs.oursMs)}` : "";
      add({ part, figure: `    ${f.file}`, size: "", value: `${s(f.wallMs)} (CPU ${s(f.cpuMs)}; reading ${s(f.readMs)}), ${f.maxRssMb} MB, ${f.format ?? f.outcome}${sheetJs}`, target: "" });
    }
  }
  return result;
}
