/**
 * The bad-input corpus of issue 7 (tests/fixtures/bad/), every case through the real command as a
 * user runs it. Each NAME.expected.json says, by hand, what the user sees: the exit code, the one
 * line on stderr, text on stdout, or the findings of `--format json`. Besides, for every run: the
 * input's bytes and modification time are unchanged, stderr never holds a stack trace, and no
 * control character from a file reaches the terminal.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BAD_INPUTS } from "../fixtures/bad/bad-inputs";
import { ROOT } from "./run-cli";

interface ExpectedFinding {
  code: string;
  severity: string;
  cell?: string;
  suggestion?: string;
  hidden?: boolean;
  rows?: number[];
  /** A fragment of the Dutch message. */
  message?: string;
}

interface ExpectedRun {
  /** Command-line arguments; {input} is the case's file, {clean} the clean example formation. */
  args: string[];
  exit: number;
  /** A fragment of the one stderr line (exit 2). */
  stderr?: string;
  /** Fragments that must appear on stdout. */
  stdout?: string[];
  /** For --format json: the sheet, its visibility, summary fields, and the findings exactly. */
  sheet?: string;
  sheetState?: string;
  summary?: Record<string, number>;
  findings?: ExpectedFinding[];
  /** Severities the `findings` list covers completely (default: errors and warnings). */
  severities?: string[];
  /** Codes left out of the comparison (e.g. the per-function formation infos). */
  ignoreCodes?: string[];
}

interface Expected {
  class: number;
  about: string;
  input: string;
  runs: ExpectedRun[];
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  inputBefore: { hash: string; mtimeMs: number };
  inputAfter: { hash: string; mtimeMs: number };
}

const DIR = path.join(ROOT, "tests", "fixtures", "bad");
const CLEAN = path.join(ROOT, "examples", "formatie-ommen-schoon.xlsx");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""))
  .sort();
const expectations = new Map(names.map((name) => [name, JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as Expected]));

const fingerprint = (file: string) => ({ hash: createHash("sha256").update(readFileSync(file)).digest("hex"), mtimeMs: statSync(file).mtimeMs });

function runCliAsync(args: string[], input: string): Promise<RunResult> {
  const inputBefore = fingerprint(input);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "formatiecheck.cjs"), ...args], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), inputBefore, inputAfter: fingerprint(input) }),
    );
  });
}

/** Runs tasks with at most `limit` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

let temporary = "";
const results = new Map<string, RunResult[]>();

beforeAll(async () => {
  temporary = mkdtempSync(path.join(os.tmpdir(), "fc-bad-inputs-"));
  const inputs = new Map<string, string>();
  for (const name of names) {
    const made = BAD_INPUTS[name];
    if (!made?.inTest) continue;
    const file = path.join(temporary, made.file);
    writeFileSync(file, await made.build());
    inputs.set(name, file);
  }
  const tasks = names.flatMap((name) => {
    const expected = expectations.get(name) as Expected;
    const input = inputs.get(name) ?? path.join(DIR, expected.input);
    return expected.runs.map((run, i) => async () => {
      const args = run.args.map((a) => a.replace("{input}", input).replace("{clean}", CLEAN));
      const file = run.args.some((a) => a === "{input}") ? input : CLEAN;
      return { name, i, result: await runCliAsync(args, file) };
    });
  });
  for (const { name, i, result } of await pool(tasks, 2)) {
    const list = results.get(name) ?? [];
    list[i] = result;
    results.set(name, list);
  }
}, 600_000);

afterAll(() => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
});

describe("the corpus is complete", () => {
  it("has an expected outcome for every input and an input for every expected outcome", () => {
    expect(names).toEqual(Object.keys(BAD_INPUTS).sort());
    for (const [name, made] of Object.entries(BAD_INPUTS)) {
      const expected = expectations.get(name);
      expect({ name, input: expected?.input }).toEqual({ name, input: made.file });
      // Committed inputs are in the folder; inputs made by the test are not.
      expect({ name, committed: existsSync(path.join(DIR, made.file)) }).toEqual({ name, committed: !made.inTest });
    }
  });

  it("covers every class of issue 7 (1–9)", () => {
    expect([...new Set([...expectations.values()].map((e) => e.class))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("has no files in the folder that no case uses", () => {
    const known = new Set([...Object.values(BAD_INPUTS).map((b) => b.file), ...names.map((n) => `${n}.expected.json`), "bad-inputs.ts", "make-bad-fixtures.ts", "zip-bytes.ts"]);
    expect(readdirSync(DIR).filter((f) => !known.has(f))).toEqual([]);
  });
});

describe.each(names)("bad input %s", (name) => {
  const expected = expectations.get(name) as Expected;

  it.each(expected.runs.map((run, i) => [run.args.join(" "), i] as const))("formatiecheck %s", (_label, i) => {
    const run = expected.runs[i] as ExpectedRun;
    const result = (results.get(name) ?? [])[i] as RunResult;
    expect(result).toBeDefined();

    // What the user sees: the exit code and, for a refusal, one line without a stack trace.
    expect({ exit: result.status, stderr: result.stderr.slice(0, 300) }).toEqual({ exit: run.exit, stderr: expect.any(String) as string });
    expect(result.stderr).not.toMatch(/^\s+at /m);
    if (run.exit === 2) {
      expect(result.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
      expect(result.stderr).toMatch(/^formatiecheck: /);
      expect(result.stdout).toBe("");
    }
    if (run.stderr !== undefined) expect(result.stderr).toContain(run.stderr);
    for (const fragment of run.stdout ?? []) expect(result.stdout).toContain(fragment);

    // Nothing a file holds reaches the terminal as a control character.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u0080-\u009F]/);

    // The input is never touched.
    expect(result.inputAfter).toEqual(result.inputBefore);

    if (run.findings || run.summary || run.sheet || run.sheetState) {
      const out = JSON.parse(result.stdout) as { sheet: string; sheetState: string; summary: Record<string, number>; findings: (ExpectedFinding & { message: { nl: string } })[] };
      if (run.sheet !== undefined) expect(out.sheet).toBe(run.sheet);
      if (run.sheetState !== undefined) expect(out.sheetState).toBe(run.sheetState);
      if (run.summary) expect(out.summary).toMatchObject(run.summary);
      if (run.findings) {
        const severities = run.severities ?? ["error", "warning"];
        const ignored = new Set(run.ignoreCodes ?? []);
        const got = out.findings.filter((f) => severities.includes(f.severity) && !ignored.has(f.code));
        const shaped = got.map((f, j) => {
          const want = run.findings?.[j] ?? { code: "", severity: "" };
          const shape: ExpectedFinding = { code: f.code, severity: f.severity };
          if ("cell" in want) shape.cell = f.cell;
          if ("suggestion" in want) shape.suggestion = f.suggestion;
          if ("hidden" in want) shape.hidden = f.hidden;
          if ("rows" in want) shape.rows = f.rows;
          if (want.message !== undefined) shape.message = f.message.nl.includes(want.message) ? want.message : f.message.nl;
          return shape;
        });
        expect(shaped).toEqual(run.findings);
        // A finding is hidden exactly when its message says so.
        for (const f of out.findings) expect(f.message.nl.includes("[rij is verborgen]")).toBe(f.hidden === true);
      }
    }
  });
});
