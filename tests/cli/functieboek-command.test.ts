import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./run-cli";

describe("formatiecheck functieboek", () => {
  it("prints the Ommen book as JSON with 16 functions, 16 normfuncties, a 45,00 formation and the self-check", () => {
    const { status, stdout } = runCli(["functieboek", "--format", "json"]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { functieboek: { functions: { formationFte: number | null }[]; normfuncties: unknown[] }; findings: { code: string }[] };
    expect(out.functieboek.functions).toHaveLength(16);
    expect(out.functieboek.normfuncties).toHaveLength(16);
    expect(out.functieboek.functions.reduce((s, f) => s + (f.formationFte ?? 0), 0).toFixed(2)).toBe("45.00");
    expect(out.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["book/cluster-total", "book/competency-mismatch"]));
  });

  it("prints a readable summary by default", () => {
    const { status, stdout } = runCli(["functieboek"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Functieboek Gemeente Ommen");
    expect(stdout).toMatch(/Regisseur\/adviseur\s+Adviseur III\s+11\s+11,00/);
    expect(stdout).toMatch(/Totaal\s+45,00/);
    expect(stdout).toContain("Zelfcontrole:");
  });

  describe("refuses a bad book with exit 2, one line and no stack trace", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fc-book-"));
    const file = (name: string, text: string) => {
      const p = path.join(dir, name);
      writeFileSync(p, text);
      return p;
    };
    it.each([
      ["a malformed book", file("malformed.json", '{"functions": 5}'), "$.functions"],
      ["text that is not JSON", file("broken.json", "{ nope"), "geen geldige JSON"],
      ["a missing file", path.join(dir, "missing.json"), "niet gevonden"],
    ])("%s", (_name, bookFile, text) => {
      const { status, stderr, stdout } = runCli(["functieboek", "--functieboek", bookFile]);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(text);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });
  });
});
