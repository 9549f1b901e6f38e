import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import development from "../../src/data/cao-gemeenten-loonontwikkeling.json";
import table2020 from "../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { ROOT, runCli } from "./run-cli";

const EXAMPLE = path.join("examples", "formatie-ommen.xlsx");
const CLEAN = path.join("examples", "formatie-ommen-schoon.xlsx");
const TABLE_NAMES = ["Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget", "Formatiebudget per cluster"];

interface JsonTable {
  name: string;
  columns: { key: string; label: string; labelEn: string; type: string }[];
  rows: (string | number | null)[][];
  totals?: (string | number | null)[];
  notes: { nl: string; en: string }[];
}
interface JsonOutput {
  salaryTable: { name: string; validFrom: string; source: string; estimated: boolean; measuresApplied: { date: string; type: string; value: unknown; own: boolean }[] };
  begrotingsjaar: number;
  budgetSettings: { employerChargesPercent: number; employerChargesBase: string };
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
    expect(out.salaryTable).toMatchObject({ name: table2020.name, validFrom: table2020.validFrom, estimated: true });
    expect(stderr).toContain("raming op basis van de cao-verhogingen sinds 01-07-2020");
    expect(readdirSync(dir)).toEqual(["formatie.xlsx"]);
  });

  it("uses --werkgeverslasten and --trede in the budget (reproducible by hand)", () => {
    // An official table for 2027 covers the whole year (no raise is known after it): 12 equal months.
    const dir = tempDir();
    const file = path.join(dir, "tabel-2027.json");
    writeFileSync(file, JSON.stringify({ ...table2020, name: "Tabel 2027", validFrom: "2027-01-01" }));
    const { stdout } = runCli(["tables", CLEAN, "--format", "json", "--salaristabel", file, "--werkgeverslasten", "25,5", "--trede", "4", "--peildatum", "2027-03-01"]);
    const out = JSON.parse(stdout) as JsonOutput;
    const budget = out.tables.find((t) => t.name === "Formatiebudget");
    const row = budget?.rows.find((r) => cell(budget, r, "function") === "Beheerder");
    const scale = cell(budget, row, "scale");
    const monthly = table2020.scales.find((s) => s.scale === String(scale))?.steps[4] as number;
    expect(cell(budget, row, "yearSalary")).toBe(12 * monthly);
    expect(cell(budget, row, "costPerFte") as number).toBeCloseTo(12 * monthly * 1.1705 * 1.255, 2);
    expect(budget?.notes.map((n) => n.nl)).toContain("Salarisbasis (begroot en vacatures): trede 4 van de schaal.");
    expect(out.salaryTable).toMatchObject({ estimated: false, measuresApplied: [] });
    expect(budget?.notes.some((n) => /raming/i.test(n.nl))).toBe(false);
  });

  it("says raming wherever a derived amount shows: the text, the JSON and the written sheet", async () => {
    const text = runCli(["tables", CLEAN, "--peildatum", "2026-01-15"]);
    expect(text.stdout).toContain("=== Formatiebudget 2026\nLet op: raming op basis van de cao-verhogingen sinds 01-07-2020; laad de officiële salaristabel voor exacte bedragen.");
    expect(text.stdout).toContain("=== Formatiebudget 2026 per cluster\nLet op: raming op basis van de cao-verhogingen sinds 01-07-2020");
    const english = runCli(["tables", CLEAN, "--peildatum", "2026-01-15", "--lang", "en"]);
    expect(english.stdout).toContain("Note: estimate based on the cao increases since 01-07-2020; load the official salary table for exact amounts.");

    const json = runCli(["tables", CLEAN, "--peildatum", "2026-01-15", "--format", "json"]);
    const out = JSON.parse(json.stdout) as JsonOutput;
    expect(out.salaryTable.estimated).toBe(true);
    expect(out.salaryTable.measuresApplied.map((m) => m.date)).toEqual(development.measures.filter((m) => m.date <= "2026-12-31").map((m) => m.date));
    expect(json.stderr).toContain("raming op basis van de cao-verhogingen sinds 01-07-2020");

    const dir = tempDir();
    const output = path.join(dir, "tabellen.xlsx");
    const written = runCli(["tables", CLEAN, "--out", output, "--peildatum", "2026-01-15"]);
    expect(written.stdout).toContain("Let op: raming op basis van de cao-verhogingen sinds 01-07-2020");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    for (const name of ["Formatiebudget", "Formatiebudget per cluster"]) {
      const texts: string[] = [];
      workbook.getWorksheet(name)?.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
      expect({ name, raming: texts.some((t) => t.startsWith("Let op: raming op basis van de cao-verhogingen sinds 01-07-2020")) }).toEqual({ name, raming: true });
    }
    const budgetTexts: string[] = [];
    workbook.getWorksheet("Formatiebudget")?.eachRow((r) => r.eachCell((c) => budgetTexts.push(String(c.value))));
    expect(budgetTexts).toEqual(expect.arrayContaining(["Uitgangspunten", "Begrotingsjaar: 2026. Berekend op 15-01-2026."]));
  });

  it("takes the begrotingsjaar, own raises (one by one and from a file) and what werkgeverslasten apply to", () => {
    const dir = tempDir();
    const file = path.join(dir, "verhogingen.json");
    writeFileSync(file, JSON.stringify({ measures: [{ date: "2028-07-01", type: "fixed", value: 50 }] }));
    const { status, stdout } = runCli(["tables", CLEAN, "--format", "json", "--peildatum", "2026-01-15", "--begrotingsjaar", "2028", "--verhoging", "1-1-2028: 3 %", "--verhogingen", file, "--werkgeverslasten-over", "salaris"]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as JsonOutput;
    expect(out.begrotingsjaar).toBe(2028);
    expect(out.budgetSettings.employerChargesBase).toBe("salary");
    expect(out.salaryTable.measuresApplied.filter((m) => m.own)).toEqual([
      expect.objectContaining({ date: "2028-01-01", type: "pct", value: 3 }),
      expect.objectContaining({ date: "2028-07-01", type: "fixed", value: 50 }),
    ]);
    const budget = out.tables.find((t) => t.name === "Formatiebudget");
    expect(budget?.notes.map((n) => n.nl)).toEqual(expect.arrayContaining(["Begrotingsjaar: 2028. Berekend op 15-01-2026.", "IKB 17,05 % van het salaris; werkgeverslasten 30 % over het salaris alleen (niet over de IKB)."]));
  });

  it("prices occupied rows at their Trede; a bad trede is a finding (exit 1), not a crash, and the row is priced at the basis", async () => {
    const dir = tempDir();
    const input = path.join(dir, "treden.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Formatie");
    sheet.addRows([
      ["Functie", "HR21-normfunctie", "Schaal", "FTE", "Medewerker", "Trede"],
      ["Adviseur", "Adviseur IV", 10, 1, "Ans", 3],
      ["Adviseur", "Adviseur IV", 10, 1, "Bert", "12"],
      ["Adviseur", "Adviseur IV", 10, 1, "Cor", "abc"],
    ]);
    await workbook.xlsx.writeFile(input);
    const validate = runCli(["validate", input, "--format", "json"]);
    expect(validate.status).toBe(1);
    const findings = (JSON.parse(validate.stdout) as { findings: { code: string; cell: string }[] }).findings.filter((f) => f.code === "salary/step-invalid");
    expect(findings.map((f) => f.cell)).toEqual(["F3", "F4"]);
    const { status, stdout, stderr } = runCli(["tables", input, "--format", "json", "--peildatum", "2026-01-15"]);
    expect({ status, stderr: stderr.includes("interne fout") }).toEqual({ status: 1, stderr: false });
    const budget = (JSON.parse(stdout) as JsonOutput).tables.find((t) => t.name === "Formatiebudget");
    const row = budget?.rows.find((r) => cell(budget, r, "function") === "Adviseur");
    expect(cell(budget, row, "filledBasis")).toBe("1× eigen trede, 2× maximum");
    expect(cell(budget, row, "remark")).toBe("rij 3: schaal 10 heeft geen trede 12 (treden 0 tot en met 11); rij 4: 'abc' is geen trede: gerekend op de salarisbasis");
  });

  it("checks the treden against the tables the budget's year is priced with (--salaristabel, --begrotingsjaar)", async () => {
    // A table of 1 July 2026 gives scale 10 three more treden; January to June 2026 the bundled
    // table (treden 0 to 11) is in force, so trede 13 is a finding in 2026 and none in 2027.
    const dir = tempDir();
    const input = path.join(dir, "treden.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Formatie").addRows([
      ["Functie", "HR21-normfunctie", "Schaal", "FTE", "Medewerker", "Trede"],
      ["Adviseur", "Adviseur IV", 10, 1, "Ans", 13],
    ]);
    await workbook.xlsx.writeFile(input);
    const july = path.join(dir, "tabel-juli-2026.json");
    writeFileSync(july, JSON.stringify({ ...table2020, name: "Tabel juli 2026", validFrom: "2026-07-01", scales: table2020.scales.map((s) => (s.scale === "10" ? { ...s, steps: [...s.steps, 6000, 6100, 6200], max: 6200 } : s)) }));
    expect(table2020.scales.find((s) => s.scale === "10")?.steps).toHaveLength(12);
    const remarkIn = (year: string) => {
      const { status, stdout } = runCli(["tables", input, "--format", "json", "--salaristabel", july, "--begrotingsjaar", year, "--peildatum", "2026-01-15"]);
      const budget = (JSON.parse(stdout) as JsonOutput).tables.find((t) => t.name === "Formatiebudget");
      return { status, remark: cell(budget, budget?.rows.find((r) => cell(budget, r, "function") === "Adviseur"), "remark") };
    };
    expect(remarkIn("2026")).toEqual({ status: 1, remark: "rij 2: schaal 10 heeft geen trede 13 (treden 0 tot en met 11): gerekend op de salarisbasis" });
    expect(remarkIn("2027")).toEqual({ status: 0, remark: null });
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
    expect(out.salaryTable).toMatchObject({ name: "Eigen tabel 2025", validFrom: "2025-01-01", source: "HR" });
    expect(stderr).not.toContain("geen salarisverhogingen bekend");
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
    ["a begrotingsjaar that is no year", () => ["--begrotingsjaar", "volgend jaar"], "--begrotingsjaar"],
    ["a begrotingsjaar before the bundled table", () => ["--begrotingsjaar", "2019"], "--begrotingsjaar"],
    ["a raise that cannot be read", () => ["--verhoging", "1-1-2028: veel"], "--verhoging"],
    ["a raise on a date that does not exist", () => ["--verhoging", "30-2-2028: 3 %"], "30-2-2028"],
    ["a missing file of raises", (dir: string) => ["--verhogingen", path.join(dir, "nee.json")], "niet gevonden"],
    ["a salary table that is a folder", (dir: string) => { const f = path.join(dir, "tabel.json"); mkdirSync(f); return ["--salaristabel", f]; }, "tabel.json is een map, geen bestand."],
    ["a salary table over its limit", (dir: string) => { const f = path.join(dir, "groot.json"); writeFileSync(f, " ".repeat(1.5 * 1024 * 1024)); return ["--salaristabel", f]; }, "groot.json is te groot (1,5 MB; de grens is 1 MB)."],
    ["a file of raises over its limit", (dir: string) => { const f = path.join(dir, "veel.json"); writeFileSync(f, " ".repeat(300 * 1024)); return ["--verhogingen", f]; }, "veel.json is te groot (300 kB; de grens is 256 kB)."],
    ["an invalid file of raises", (dir: string) => { const f = path.join(dir, "v.json"); writeFileSync(f, JSON.stringify([{ date: "2028-01-01", type: "bonus" }])); return ["--verhogingen", f]; }, "$[0].type"],
    ["werkgeverslasten over something else", () => ["--werkgeverslasten-over", "pensioen"], "--werkgeverslasten-over"],
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

  it("refuses the budget options for a command that does not use them", () => {
    for (const option of [["--begrotingsjaar", "2027"], ["--verhoging", "1-1-2028: 3 %"], ["--werkgeverslasten-over", "salaris"]]) {
      const { status, stderr } = runCli(["validate", CLEAN, ...option]);
      expect({ option: option[0], status, stderr: stderr.trim() }).toEqual({ option: option[0], status: 2, stderr: `formatiecheck: validate gebruikt ${option[0]} niet. / validate does not use ${option[0]}.` });
    }
  });
});
