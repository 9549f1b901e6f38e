/**
 * Never overwrite (issue 7): the CLI refuses an --out that names an input — by any spelling, through
 * a symlink or a hard link — and no command changes an input's bytes or modification time.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./run-cli";

const EXAMPLE = path.join(ROOT, "examples", "formatie-ommen.xlsx");
const BOOK = path.join(ROOT, "src", "data", "functieboek-ommen.json");

interface Fixture {
  dir: string;
  input: string;
  book: string;
}

function fixture(): Fixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fc-never-"));
  mkdirSync(path.join(dir, "map"));
  const input = path.join(dir, "map", "formatie.xlsx");
  const book = path.join(dir, "map", "boek.json");
  copyFileSync(EXAMPLE, input);
  copyFileSync(BOOK, book);
  return { dir, input, book };
}

const state = (file: string) => ({ bytes: readFileSync(file).toString("base64"), mtimeMs: statSync(file).mtimeMs });

function expectOneLineRefusal(result: { status: number | null; stdout: string; stderr: string }, fragment: string): void {
  expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: "" });
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toContain(fragment);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe("--out never names an input", () => {
  const ways: [string, (f: Fixture) => string][] = [
    ["the same path", (f) => f.input],
    ["another spelling of the path", (f) => path.join(f.dir, "map", "..", "map", ".", "formatie.xlsx")],
    ["a relative path", (f) => path.relative(ROOT, f.input)],
    ["a symlink to the input", (f) => {
      const link = path.join(f.dir, "koppeling.xlsx");
      symlinkSync(f.input, link);
      return link;
    }],
    ["the input through a symlinked folder", (f) => {
      const folder = path.join(f.dir, "andere-map");
      symlinkSync(path.join(f.dir, "map"), folder);
      return path.join(folder, "formatie.xlsx");
    }],
    ["a hard link to the input", (f) => {
      const link = path.join(f.dir, "harde-koppeling.xlsx");
      linkSync(f.input, link);
      return link;
    }],
  ];

  it.each(ways)("refuses %s (exit 2, one line) and leaves the input alone", (_way, outOf) => {
    const f = fixture();
    const out = outOf(f);
    const before = state(f.input);
    expectOneLineRefusal(runCli(["validate", f.input, "--out", out]), "de invoer wordt nooit overschreven");
    expect(state(f.input)).toEqual(before);
  });

  it("refuses the functieboek as --out too, and leaves it alone", () => {
    const f = fixture();
    const before = state(f.book);
    expectOneLineRefusal(runCli(["validate", f.input, "--functieboek", f.book, "--out", f.book]), "nooit overschreven");
    expect(state(f.book)).toEqual(before);
    expect(readdirSync(path.join(f.dir, "map")).sort()).toEqual(["boek.json", "formatie.xlsx"]);
  });

  it("refuses a folder as --out", () => {
    const f = fixture();
    expectOneLineRefusal(runCli(["validate", f.input, "--out", path.join(f.dir, "map")]), "is een map");
  });

  it("reports an --out in a folder that does not exist on one line, and leaves no temporary file", () => {
    const f = fixture();
    expectOneLineRefusal(runCli(["validate", f.input, "--out", path.join(f.dir, "bestaat-niet", "uit.xlsx")]), "kan niet worden geschreven");
    expect(existsSync(path.join(f.dir, "bestaat-niet"))).toBe(false);
  });
});

describe("no command changes its input", () => {
  const commands: [string, (f: Fixture, out: string) => string[]][] = [
    ["validate", (f) => ["validate", f.input, "--functieboek", f.book]],
    ["validate --format json", (f) => ["validate", f.input, "--functieboek", f.book, "--format", "json"]],
    ["validate --out", (f, out) => ["validate", f.input, "--functieboek", f.book, "--out", out]],
    ["functieboek", (f) => ["functieboek", "--functieboek", f.book]],
    ["tables --format json", (f) => ["tables", f.input, "--functieboek", f.book, "--format", "json", "--peildatum", "2025-01-01"]],
    ["tables --out", (f, out) => ["tables", f.input, "--functieboek", f.book, "--out", out, "--peildatum", "2025-01-01"]],
  ];

  it.each(commands)("formatiecheck %s", (_name, argsOf) => {
    const f = fixture();
    const out = path.join(f.dir, "uit.xlsx");
    const before = { input: state(f.input), book: state(f.book) };
    const result = runCli(argsOf(f, out));
    expect([0, 1]).toContain(result.status);
    expect({ input: state(f.input), book: state(f.book) }).toEqual(before);
    if (argsOf(f, out).includes("--out")) expect(existsSync(out)).toBe(true);
    // Only the named output is new: no temporary files left next to it.
    expect(readdirSync(f.dir).filter((n) => n !== "map" && n !== "uit.xlsx")).toEqual([]);
  });
});
