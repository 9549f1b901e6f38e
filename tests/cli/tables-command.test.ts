import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import table2020 from "../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { ROOT, runCli } from "./run-cli";

const EXAMPLE = path.join("examples", "formatie-ommen.xlsx");
const CLEAN = path.join("examples", "formatie-ommen-schoon.xlsx");
const TABLE_NAMES = ["Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget"];

interface JsonTable {
  name: string;
  columns: { key: string; label: string; labelEn: string; type: string }[];
  rows: (string | number | null)[][];
  totals?: (string | number | null)[];
  notes: { nl: string; en: string }[];
}
interface JsonOutput {
  salaryTable: { name: string; validFrom: string; source: string };
  tables: JsonTable[];
}

function cell(table: JsonTable | undefined, row: (string | number | null)[] | undefined, key: string): string | number | null | undefined {
  const j = table?.columns.findIndex((c) => c.key === key) ?? -1;
  return row?.[j];
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "fc-tables-"));
}

describe("formatiecheck tables", () => {
  it("prints the tables as JSON and writes nothing without --out", () => {
    const dir = tempDir();
    const input = path.join(dir, "formatie.xlsx");
    copyFileSync(path.join(ROOT, CLEAN), input);
    const { status, stdout, stderr } = runCli(["tables", input, "--format", "json", "--peildatum", "2025-06-01"]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.tables.map((t) => t.name)).toEqual(TABLE_NAMES);
    for (const table of out.tables) {
      expect(table.columns.length).toBeGreaterThan(0);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
    const perFunction = out.tables[1];
    expect(cell(perFunction, perFunction?.totals, "formationFte")).toBe(45);
    expect(cell(perFunction, perFunction?.totals, "filledFte")).toBe(45);
    expect(out.salaryTable).toMatchObject({ name: table2020.name, validFrom: table2020.validFrom });
    expect(stderr).toContain("meer dan een jaar oud");
    expect(readdirSync(dir)).toEqual(["formatie.xlsx"]);
  });

  it("uses --werkgeverslasten and --trede in the budget (reproducible by hand)", () => {
    const { stdout } = runCli(["tables", CLEAN, "--format", "json", "--werkgeverslasten", "25,5", "--trede", "4", "--peildatum", "2025-06-01"]);
    const budget = (JSON.parse(stdout) as JsonOutput).tables.find((t) => t.name === "Formatiebudget");
    const row = budget?.rows.find((r) => cell(budget, r, "function") === "Beheerder");
    const scale = cell(budget, row, "scale");
    const monthly = table2020.scales.find((s) => s.scale === String(scale))?.steps[4] as number;
    expect(cell(budget, row, "monthlySalary")).toBe(monthly);
    expect(cell(budget, row, "costPerFte") as number).toBeCloseTo(monthly * 12 * 1.1705 * 1.255, 2);
    expect(budget?.notes.map((n) => n.nl)).toContain("Salarisbasis: trede 4 van de schaal.");
  });

  it("writes a copy with one sheet per table, exits 1 for a sheet with errors, and never touches the input", async () => {
    const dir = tempDir();
    const input = path.join(dir, "formatie.xlsx");
    copyFileSync(path.join(ROOT, EXAMPLE), input);
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const out = path.join(dir, "tabellen.xlsx");
    const { status, stdout } = runCli(["tables", input, "--out", out, "--peildatum", "2025-06-01"]);
    expect(status).toBe(1);
    expect(stdout).toContain(`Geschreven: ${out}`);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const name of TABLE_NAMES) {
      const sheet = workbook.getWorksheet(name);
      expect({ name, tables: sheet?.getTables().length }).toEqual({ name, tables: 1 });
      expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
      expect(sheet?.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    }
    expect(workbook.getWorksheet("Formatie 2025")).toBeDefined();
  });

  it("reads a sheet 'Salaristabel' in the workbook", async () => {
    const dir = tempDir();
    const input = path.join(dir, "met-tabel.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(ROOT, CLEAN));
    const sheet = workbook.addWorksheet("Salaristabel");
    sheet.addRows([["Naam", "Eigen tabel 2025"], ["Geldig vanaf", "2025-01-01"], ["Bron", "HR"], [], ["Schaal", 0, 1]]);
    for (let scale = 1; scale <= 18; scale++) sheet.addRow([scale, 2000 + scale * 100, 2100 + scale * 100]);
    await workbook.xlsx.writeFile(input);
    const { status, stdout, stderr } = runCli(["tables", input, "--format", "json", "--peildatum", "2025-06-01"]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.salaryTable).toEqual({ name: "Eigen tabel 2025", validFrom: "2025-01-01", source: "HR" });
    expect(stderr).not.toContain("meer dan een jaar oud");
  });

  it("takes --salaristabel FILE.json over the bundled table", () => {
    const dir = tempDir();
    const file = path.join(dir, "tabel.json");
    writeFileSync(file, JSON.stringify({ ...table2020, name: "Tabel uit bestand", validFrom: "2025-01-01" }));
    const out = JSON.parse(runCli(["tables", CLEAN, "--format", "json", "--salaristabel", file, "--peildatum", "2025-06-01"]).stdout) as JsonOutput;
    expect(out.salaryTable.name).toBe("Tabel uit bestand");
  });

  it.each([
    ["--out equal to the input", (_dir: string, input: string) => ["--out", input], "nooit overschreven"],
    ["an invalid salary table", (dir: string) => { const f = path.join(dir, "t.json"); writeFileSync(f, JSON.stringify({ name: "x", scales: [] })); return ["--salaristabel", f]; }, "Salaristabel"],
    ["a missing salary table", (dir: string) => ["--salaristabel", path.join(dir, "nee.json")], "niet gevonden"],
    ["a trede beyond the table", () => ["--trede", "12"], "--trede"],
    ["werkgeverslasten that are no percentage", () => ["--werkgeverslasten", "veel"], "--werkgeverslasten"],
    ["a peildatum that is no date", () => ["--peildatum", "2025-13-01"], "--peildatum"],
  ] as [string, (dir: string, input: string) => string[], string][])("refuses %s with exit 2 and one line", (_name, extra, text) => {
    const dir = tempDir();
    const input = path.join(dir, "formatie.xlsx");
    copyFileSync(path.join(ROOT, CLEAN), input);
    const before = readFileSync(input);
    const { status, stderr } = runCli(["tables", input, ...extra(dir, input)]);
    expect(status).toBe(2);
    expect(stderr).toContain(text);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".xlsx"))).toEqual(["formatie.xlsx"]);
  });
});
