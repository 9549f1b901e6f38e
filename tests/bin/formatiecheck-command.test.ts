/**
 * The `formatiecheck` command as `npm link` or `npm install -g .` installs it: a link to
 * bin/formatiecheck.cjs, started from any folder; and a checkout without `npm ci`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "formatiecheck.cjs");

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "formatiecheck-bin-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("formatiecheck through a link, from another folder", () => {
  it("runs --help and validates a workbook named relative to that folder", () => {
    // npm puts such a link in its bin folder; the shell starts it through its #! line.
    const link = path.join(folder, "formatiecheck");
    symlinkSync(BIN, link);
    copyFileSync(path.join(ROOT, "examples", "formatie-ommen.xlsx"), path.join(folder, "formatie.xlsx"));
    const help = spawnSync(link, ["--help"], { cwd: folder, encoding: "utf8", timeout: 60_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^formatiecheck — controleer formatie/);
    const validate = spawnSync(link, ["validate", "formatie.xlsx"], { cwd: folder, encoding: "utf8", timeout: 60_000 });
    // Exit 1: the example's deliberate mistakes were found, among them its FTE of 80.
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain("fte/out-of-range");
  });
});

describe("formatiecheck in a checkout without its dependencies", () => {
  it("says in one line to run npm ci there, exit 2, no stack trace", () => {
    const checkout = path.join(folder, "kaal");
    mkdirSync(path.join(checkout, "bin"), { recursive: true });
    copyFileSync(BIN, path.join(checkout, "bin", "formatiecheck.cjs"));
    symlinkSync(path.join(ROOT, "src"), path.join(checkout, "src"));
    const run = spawnSync(process.execPath, [path.join(checkout, "bin", "formatiecheck.cjs"), "--help"], { cwd: folder, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`formatiecheck: de afhankelijkheden ontbreken, voer eerst npm ci uit in ${checkout} / dependencies missing: run npm ci in ${checkout} first\n`);
  });
});
