/**
 * The command line never guesses silently (issue 18): arguments a command does not use are refused;
 * with several formation sheets the sheet is chosen by a stated rule (active when saved, else the
 * latest year) and the choice is said; several workbooks (or a folder) are checked in one run; an
 * unusable input with --format json still prints JSON.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./run-cli";

const EXAMPLE = path.join(ROOT, "examples", "formatie-ommen.xlsx");
const CLEAN = path.join(ROOT, "examples", "formatie-ommen-schoon.xlsx");

const oneLine = (stderr: string) => stderr.trim().split("\n").filter((l) => l !== "");

describe("arguments a command does not use are refused (exit 2, one line)", () => {
  it.each([
    ["two files given to functieboek", ["functieboek", "a.xlsx", "b.xlsx"], "functieboek neemt één bestand"],
    ["--out without template", ["functieboek", "--out", "x.xlsx"], "--out hoort bij: functieboek template"],
    ["a second workbook given to tables", ["tables", EXAMPLE, CLEAN], "tables neemt één werkmap"],
    ["an option validate does not use", ["validate", EXAMPLE, "--trede", "3"], "validate gebruikt --trede niet"],
    ["an option functieboek does not use", ["functieboek", "--sheet", "X"], "functieboek gebruikt --sheet niet"],
    ["an unknown option", ["validate", EXAMPLE, "--blad", "X"], "onbekende optie"],
    ["an unknown command", ["controleer", EXAMPLE], "Onbekende opdracht"],
    ["--out with several workbooks", ["validate", EXAMPLE, CLEAN, "--out", path.join(os.tmpdir(), "x.xlsx")], "--out kan alleen bij één werkmap"],
  ])("%s", (_name, args, text) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(text);
    expect(result.stdout).toBe("");
  });

  it("with --format json an unusable input still prints one JSON object with the reason", () => {
    const result = runCli(["validate", path.join(ROOT, "README.md"), "--format", "json"]);
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout) as { error: { code: string; message: { nl: string; en: string } } };
    expect(json.error.code).toBe("not-a-spreadsheet");
    expect(json.error.message.nl).toContain("Dit is geen rekenblad");
    expect(json.error.message.en).toContain("This is not a spreadsheet");
  });
});

describe("the sheet to check when several look like a formation", () => {
  let dir = "";
  const file = (name: string) => path.join(dir, name);

  async function twoYears(name: string, activeTab: number): Promise<string> {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(EXAMPLE);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Uitleg").getCell("A1").value = "Formatie per jaar";
    for (const year of ["2025", "2026"]) {
      const sheet = workbook.addWorksheet(`Formatie ${year}`);
      source.getWorksheet("Formatie 2025")?.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          sheet.getCell(r, c).value = cell.value;
        });
      });
    }
    workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab, visibility: "visible" }];
    await workbook.xlsx.writeFile(file(name));
    return file(name);
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "fc-sheet-choice-"));
  });

  it("takes the sheet that was active when the file was saved, and says so on stderr and in the JSON", async () => {
    const input = await twoYears("actief.xlsx", 1);
    const text = runCli(["validate", input]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("Werkblad 'Formatie 2025' gecontroleerd");
    expect(text.stderr).toContain("gecontroleerd is 'Formatie 2025', het actieve blad bij het opslaan; kies een ander werkblad met --sheet ('Formatie 2026')");
    const json = JSON.parse(runCli(["validate", input, "--format", "json"]).stdout) as { sheet: string; sheetChoice: { reason: string; others: string[] } };
    expect(json.sheet).toBe("Formatie 2025");
    expect(json.sheetChoice).toMatchObject({ reason: "active", others: ["Formatie 2026"] });
  });

  it("else the one whose name holds the latest year", async () => {
    const input = await twoYears("uitleg-actief.xlsx", 0);
    const result = runCli(["validate", input, "--format", "json"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ sheet: "Formatie 2026", sheetChoice: { reason: "latest-year" } });
    expect(result.stderr).toContain("met het laatste jaar (2026)");
  });

  it("--sheet still wins, without a word about a choice", async () => {
    const input = await twoYears("gekozen.xlsx", 1);
    const result = runCli(["validate", input, "--sheet", "Formatie 2026", "--format", "json"]);
    const json = JSON.parse(result.stdout) as { sheet: string; sheetChoice?: unknown };
    expect(json.sheet).toBe("Formatie 2026");
    expect(json.sheetChoice).toBeUndefined();
    expect(result.stderr).toBe("");
  });
});

describe("several workbooks in one run", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "fc-multi-"));
    mkdirSync(path.join(dir, "map"));
    copyFileSync(EXAMPLE, path.join(dir, "map", "a-fouten.xlsx"));
    copyFileSync(CLEAN, path.join(dir, "map", "b-schoon.xlsx"));
    writeFileSync(path.join(dir, "map", "c-kapot.xlsx"), "geen werkmap");
    writeFileSync(path.join(dir, "map", "~$a-fouten.xlsx"), "Excel's lock file");
    writeFileSync(path.join(dir, "map", "leesmij.txt"), "niet meegenomen");
  });

  it("a line per file and a summary; exit 1 when any has errors", () => {
    const result = runCli(["validate", path.join(dir, "map", "a-fouten.xlsx"), path.join(dir, "map", "b-schoon.xlsx"), path.join(dir, "map", "c-kapot.xlsx")]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/a-fouten\.xlsx — 'Formatie 2025': 10 fouten, 2 waarschuwingen, 2 info$/);
    expect(lines[1]).toMatch(/b-schoon\.xlsx — 'Formatie 2025': 0 fouten/);
    expect(lines[2]).toMatch(/c-kapot\.xlsx — niet gecontroleerd: Dit is geen rekenblad/);
    expect(lines[3]).toBe("3 werkmappen: 1 met fouten, 1 zonder fouten, 1 niet te lezen");
  });

  it("a folder stands for its workbooks (not Excel's lock files, not other files); JSON is an array", () => {
    const result = runCli(["validate", path.join(dir, "map"), "--format", "json"]);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as { file: string; sheet?: string; error?: { code: string } }[];
    expect(json.map((r) => path.basename(r.file))).toEqual(["a-fouten.xlsx", "b-schoon.xlsx", "c-kapot.xlsx"]);
    expect(json[0]).toMatchObject({ sheet: "Formatie 2025" });
    expect(json[2]).toMatchObject({ error: { code: "not-a-spreadsheet" } });
  });

  it("exit 0 when none has errors, 2 only when none could be read", () => {
    expect(runCli(["validate", path.join(dir, "map", "b-schoon.xlsx"), CLEAN]).status).toBe(0);
    const none = runCli(["validate", path.join(dir, "map", "c-kapot.xlsx"), path.join(dir, "map", "leesmij.txt")]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain("2 werkmappen: 0 met fouten, 0 zonder fouten, 2 niet te lezen");
  });
});
