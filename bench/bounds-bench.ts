/**
 * Bounds benchmark (issue 19): a workbook is read in bounded time and memory whatever ranges its
 * validations or merges claim. Each case is a workbook without and with the claim, checked by the
 * real CLI in fresh processes (`formatiecheck validate FILE --format json`, and `--out`), the two
 * alternating; medians of the rounds, peak memory from bench/usage-probe.cjs:
 *   ommen-dropdowns  examples/formatie-ommen.xlsx, and the same with a list dropdown on A5:J1048576
 *   merged-cells     12,500 generated rows with four notes columns, and the same with each note
 *                    merged over two columns: 50,000 merged ranges in the sheet's data (few rows
 *                    for so many merges, so that the merges' cost is not hidden by the rows')
 *   column-dropdown  20,000 generated rows, and the same with one dropdown on the whole of column D
 * The variants are made by editing the sheet's XML (bench/workbook-variants.ts). For each case the
 * findings with and without the claim must be the same (the claim changes nothing but the cost).
 * Prints one JSON line. Usage: node bin/run-ts.cjs bench/bounds-bench.ts [ROUNDS]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formationWorkbookBytes, FIRST_DATA_ROW } from "./formation-workbook";
import { CLI, ratio, ROOT, summary, timedNode, type ProcessRun, type Timed } from "./process-runs";
import { withListDropdown, withMerges } from "./workbook-variants";

const rounds = Math.max(1, Number(process.argv[2] ?? 5));

interface Case {
  name: string;
  description: string;
  make: () => Promise<{ plain: Uint8Array; claimed: Uint8Array }>;
}

export interface BoundsCase {
  name: string;
  description: string;
  bytes: { plain: number; claimed: number };
  validate: { plain: Timed; claimed: Timed; ratio: number };
  validateOut: { plain: Timed; claimed: Timed; ratio: number };
  /** The findings of `validate --format json` without and with the claim are the same. */
  sameFindings: boolean;
}

const NOTES = ["zie mail HR", "herplaatsing", "in afwachting", "tijdelijk uitgebreid", "vacature open"];

/** The letter of a column up to Z (1-based). */
const letter = (column: number): string => String.fromCharCode(64 + column);

const CASES: Case[] = [
  {
    name: "ommen-dropdowns",
    description: "Ommen example, list dropdown on A5:J1048576",
    make: async () => {
      const plain = new Uint8Array(readFileSync(path.join(ROOT, "examples", "formatie-ommen.xlsx")));
      return { plain, claimed: await withListDropdown(plain, "A5:J1048576", ["ja", "nee"]) };
    },
  },
  {
    name: "merged-cells",
    description: "12,500 rows, 50,000 merged ranges in the data",
    make: async () => {
      const rows = 12_500;
      // Four notes columns (K, M, O, Q), each merged with the empty column to its right.
      const columns = [11, 13, 15, 17];
      const plain = await formationWorkbookBytes(
        rows,
        columns.map((column, k) => ({ column, header: `Opmerking ${k + 1}`, value: (i: number) => NOTES[(i + k) % NOTES.length] as string })),
      );
      const refs: string[] = [];
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + rows; r++) for (const column of columns) refs.push(`${letter(column)}${r}:${letter(column + 1)}${r}`);
      return { plain, claimed: await withMerges(plain, refs) };
    },
  },
  {
    name: "column-dropdown",
    description: "20,000 rows, one dropdown on D1:D1048576",
    make: async () => {
      const plain = await formationWorkbookBytes(20_000);
      return { plain, claimed: await withListDropdown(plain, "D1:D1048576", Array.from({ length: 18 }, (_, i) => String(i + 1))) };
    },
  },
];

function log(text: string): void {
  process.stderr.write(`  bounds: ${text}\n`);
}

/** The findings part of `validate --format json` (the same file under two names gives the same text). */
function findingsOf(run: ProcessRun): string {
  const parsed = JSON.parse(run.stdout) as { summary?: unknown; findings?: unknown; error?: unknown };
  return JSON.stringify({ summary: parsed.summary, findings: parsed.findings, error: parsed.error });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-bounds-bench-"));
  const usage = path.join(dir, "usage.json");
  const results: BoundsCase[] = [];
  try {
    timedNode([CLI, "--help"], usage); // makes the CLI's cached bundle, if needed
    for (const c of CASES) {
      const { plain, claimed } = await c.make();
      const files = { plain: path.join(dir, `${c.name}.xlsx`), claimed: path.join(dir, `${c.name}-claimed.xlsx`) };
      writeFileSync(files.plain, plain);
      writeFileSync(files.claimed, claimed);
      log(`${c.name} × ${rounds} …`);
      const runs = { validate: { plain: [] as ProcessRun[], claimed: [] as ProcessRun[] }, validateOut: { plain: [] as ProcessRun[], claimed: [] as ProcessRun[] } };
      const out = path.join(dir, "out.xlsx");
      for (let i = 0; i < rounds; i++) {
        // Alternate which goes first, so neither always runs right after the other's garbage.
        const order = i % 2 === 0 ? (["plain", "claimed"] as const) : (["claimed", "plain"] as const);
        for (const kind of order) {
          // Exit 1 means "errors found"; a hang is stopped after two minutes and fails the case.
          runs.validate[kind].push(timedNode([CLI, "validate", files[kind], "--format", "json"], usage, { okCodes: [0, 1], timeoutMs: 120_000 }));
          rmSync(out, { force: true });
          runs.validateOut[kind].push(timedNode([CLI, "validate", files[kind], "--out", out], usage, { okCodes: [0, 1], timeoutMs: 120_000 }));
        }
      }
      const figures = (r: { plain: ProcessRun[]; claimed: ProcessRun[] }) => {
        const p = summary(r.plain);
        const q = summary(r.claimed);
        return { plain: p, claimed: q, ratio: ratio(q.wallMs, p.wallMs) };
      };
      const first = (list: ProcessRun[]) => list[0] as ProcessRun;
      results.push({
        name: c.name,
        description: c.description,
        bytes: { plain: plain.length, claimed: claimed.length },
        validate: figures(runs.validate),
        validateOut: figures(runs.validateOut),
        sameFindings: findingsOf(first(runs.validate.plain)) === findingsOf(first(runs.validate.claimed)),
      });
    }
    process.stdout.write(`${JSON.stringify({ rounds, cases: results })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
