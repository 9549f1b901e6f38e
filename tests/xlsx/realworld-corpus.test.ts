/**
 * The real-world corpus (issue 19, tests/fixtures/realworld/, sources and licences in its NOTICE.md):
 * workbooks from other spreadsheet projects' test suites and from other producers. For each file,
 * what reading gives is written down by hand in realworld.expected.json (its sheets, how many rows
 * hold data, the first value; or why it is refused), and the real command runs on it: no hang, no
 * stack trace, valid JSON, the expected exit code and reason. The files made from the Ommen example
 * by openpyxl, XlsxWriter and LibreOffice give exactly the example's listed mistakes.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { WorkbookInputError } from "../../src/xlsx/read/input-errors";
import { SourceWorkbook } from "../../src/xlsx/read/source-workbook";
import { ROOT } from "../cli/run-cli";

const DIR = path.join(ROOT, "tests", "fixtures", "realworld");

interface Expected {
  format?: string;
  sheets?: { name: string; kind?: string; rows?: number; first?: unknown }[];
  refused?: string;
  validate: { exit: number; code?: string; errors?: string };
}

const expected = JSON.parse(readFileSync(path.join(DIR, "realworld.expected.json"), "utf8")) as Record<string, Expected>;
const files = readdirSync(DIR).filter((f) => /\.(xlsx|xlsm|xls|xlsb|ods|xml)$/.test(f) && f !== "realworld.expected.json").sort();
const ommen = JSON.parse(readFileSync(path.join(ROOT, "examples", "formatie-ommen.expected.json"), "utf8")) as { errors: { code: string; cell: string }[] };

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "formatiecheck.cjs"), ...args], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

const runs = new Map<string, { status: number | null; stdout: string; stderr: string }>();

beforeAll(async () => {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      runs.set(file, await run(["validate", path.join(DIR, file), "--format", "json"]));
    }
  };
  await Promise.all([worker(), worker()]);
}, 300_000);

test("every file has its expected outcome, and every outcome its file", () => {
  expect(files).toEqual(Object.keys(expected).sort());
  expect(files.length).toBeGreaterThanOrEqual(40);
});

describe.each(files)("%s", (file) => {
  const want = expected[file] as Expected;

  it("reads as written down, or is refused for the reason written down", async () => {
    let got: Expected | { refused: string };
    try {
      const source = await SourceWorkbook.open(new Uint8Array(readFileSync(path.join(DIR, file))));
      const sheets = [];
      for (const entry of source.sheets) {
        if (entry.kind !== "worksheet") {
          sheets.push({ name: entry.name, kind: entry.kind });
          continue;
        }
        const grid = await source.grid(entry.name);
        const first = grid.rows.flat().find((v) => v !== null);
        sheets.push({ name: entry.name, rows: grid.rows.length, ...(first !== undefined ? { first: first instanceof Date ? first.toISOString() : first } : {}) });
      }
      got = { format: source.format, sheets, validate: want.validate };
    } catch (error) {
      if (!(error instanceof WorkbookInputError)) throw error;
      got = { refused: error.code, validate: want.validate };
    }
    expect(got).toEqual(want);
  });

  it("through the command: the expected exit, valid JSON, one line on stderr, never a stack trace", () => {
    const result = runs.get(file);
    if (!result) throw new Error(`no run for ${file}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toMatch(/interne fout|internal error/);
    expect(result.status).toBe(want.validate.exit);
    const json = JSON.parse(result.stdout) as { error?: { code: string; message: { nl: string; en: string } }; findings?: { code: string; cell?: string; severity: string }[] };
    if (want.validate.exit === 2) {
      expect(json.error?.code).toBe(want.validate.code);
      expect(json.error?.message.nl.length).toBeLessThanOrEqual(200);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    } else {
      const errors = (json.findings ?? []).filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);
      expect(errors.sort()).toEqual(ommen.errors.map((e) => `${e.code} ${e.cell}`).sort());
    }
  });
});
