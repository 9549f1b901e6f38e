/**
 * `formatiecheck compare OLD.xlsx NEW.xlsx` (issue 17), run as a user runs it: the Ommen pair gives
 * exactly the expected changes (JSON and the written sheets), one workbook with two sheets works,
 * --out never touches an input and keeps .xlsm, and what cannot be compared is one line, exit 2.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import { buildBookTemplate } from "../../src/core/functieboek/workbook/book-template";
import type { TableCell } from "../../src/core/plaatsing/data-table";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { MUTATIE_TABLE_NAMES } from "../../src/core/mutaties/mutatie-tables";
import { expectedMutaties, expectExactlyTheChanges, expectTablesShowTheChanges, MUTATIES_BOTH, MUTATIES_NEW, MUTATIES_OLD } from "../helpers/ommen-mutaties";
import { ROOT, runCli } from "./run-cli";

const PEILDATUM = ["--peildatum", "2026-01-15"];

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "fc-compare-"));
}

function expectOneLineRefusal(result: { status: number | null; stdout: string; stderr: string }, fragment: string): void {
  expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: "" });
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toContain(fragment);
}

/** The Mutaties sheets of a written copy, read back with ExcelJS as another program would: rows by the core's column keys. */
async function writtenTables(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const keys: Record<string, string[]> = {
    "Mutaties medewerkers": ["employee", "personnelNumber", "mutation", "oldFunction", "newFunction", "oldScale", "newScale", "placementType", "oldFte", "newFte", "fteDifference", "oldCluster", "newCluster", "costDifference", "remark"],
    "Mutaties functies": ["function", "scale", "oldFormationFte", "newFormationFte", "formationDifference", "oldFilledFte", "newFilledFte", "filledDifference", "costDifference", "status"],
    "Mutaties clusters": ["cluster", "oldFormationFte", "newFormationFte", "formationDifference", "oldFilledFte", "newFilledFte", "filledDifference", "costDifference", "status"],
  };
  return Object.values(MUTATIE_TABLE_NAMES).map((name) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const [table] = (sheet.getTables() as unknown as { table: ExcelJS.TableProperties & { tableRef: string } }[]).map((t) => t.table);
    const [, first, last] = /^A(\d+):[A-Z]+(\d+)$/.exec(table?.tableRef ?? "") ?? [];
    const rows: TableCell[][] = [];
    // Header, data rows, totals row: the data rows only.
    for (let r = Number(first) + 1; r < Number(last); r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.push((keys[name] as string[]).map((_, i) => {
        const value = values[i];
        return value === undefined || value === null ? null : (value as TableCell);
      }));
    }
    return { name, keys: keys[name] as string[], rows, table, sheet };
  });
}

describe("formatiecheck compare", () => {
  it("finds exactly the changes of the Ommen example (JSON), and writes nothing without --out", () => {
    const dir = tempDir();
    const [old, next] = [path.join(dir, "formatie-ommen-2025.xlsx"), path.join(dir, "formatie-ommen-2026.xlsx")];
    copyFileSync(MUTATIES_OLD, old);
    copyFileSync(MUTATIES_NEW, next);
    const result = runCli(["compare", old, next, "--format", "json", ...PEILDATUM]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.old).toEqual({ file: old, sheet: "Formatie 2025" });
    expect(json.new).toEqual({ file: next, sheet: "Formatie 2026" });
    expectExactlyTheChanges(json);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["old", "new", "employees", "functions", "clusters", "totals"]));
    expect(json.salaryTable.validFrom).toBe("2020-07-01");
    expect(readdirSync(dir).sort()).toEqual(["formatie-ommen-2025.xlsx", "formatie-ommen-2026.xlsx"]);
  });

  it("compares two sheets of one workbook: the two latest years, and says so", () => {
    const result = runCli(["compare", MUTATIES_BOTH, MUTATIES_BOTH, "--format", "json", ...PEILDATUM]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect([json.old.sheet, json.new.sheet]).toEqual(["Formatie 2025", "Formatie 2026"]);
    expectExactlyTheChanges(json);
    expect(result.stderr).toContain("naar het jaar in de naam");
  });

  it("takes the sheets named with --sheet-old and --sheet-new (here turned round: every in becomes an out)", () => {
    const result = runCli(["compare", MUTATIES_BOTH, MUTATIES_BOTH, "--sheet-old", "Formatie 2026", "--sheet-new", "formatie 2025", "--format", "json", ...PEILDATUM]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    const expected = expectedMutaties().totals.employees;
    expect([json.old.sheet, json.new.sheet]).toEqual(["Formatie 2026", "Formatie 2025"]);
    expect(json.totals.employees).toMatchObject({ in: expected.out, out: expected.in, changed: expected.changed });
  });

  it("prints the changes as text: the counts, FTE and cost, then the tables", () => {
    const result = runCli(["compare", MUTATIES_OLD, MUTATIES_NEW, ...PEILDATUM]);
    expect(result.status).toBe(0);
    const expected = expectedMutaties().totals.employees;
    expect(result.stdout).toContain(`Medewerkers: ${expected.in} nieuw, ${expected.out} vertrokken, ${expected.changed} gewijzigd, ${expected.unchanged} ongewijzigd`);
    expect(result.stdout).toMatch(/^Bezetting: 45,00 → 45,20 fte \(\+0,20\)/m);
    expect(result.stdout).toMatch(/^Kosten per jaar, begrotingsjaar 2026 \(raming\): € [\d.]+ → € [\d.]+ \(verschil € [+-][\d.]+\)$/m);
    for (const title of ["=== Mutaties medewerkers", "=== Mutaties per functie", "=== Mutaties per cluster"]) expect(result.stdout).toContain(title);
    expect(result.stdout).toMatch(/^Johan Pol +1041 +andere functie, andere schaal \(hoger\) +Beheerder +Senior beheerder +8 +9 +hoger/m);
    const english = runCli(["compare", MUTATIES_OLD, MUTATIES_NEW, "--lang", "en", ...PEILDATUM]);
    expect(english.stdout).toContain(`Employees: ${expected.in} new, ${expected.out} left`);
  });

  it("writes a copy of NEW with the three Mutaties sheets as native tables, the budget effect summed; no input changes", async () => {
    const dir = tempDir();
    const [old, next] = [path.join(dir, "oud.xlsx"), path.join(dir, "nieuw.xlsx")];
    copyFileSync(MUTATIES_OLD, old);
    copyFileSync(MUTATIES_NEW, next);
    const before = [readFileSync(old), readFileSync(next)];
    const mtimes = [statSync(old).mtimeMs, statSync(next).mtimeMs];
    const out = path.join(dir, "mutaties.xlsx");
    const result = runCli(["compare", old, next, "--out", out, ...PEILDATUM]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Geschreven: ${out}`);
    expect([readFileSync(old).equals(before[0] as Buffer), readFileSync(next).equals(before[1] as Buffer)]).toEqual([true, true]);
    expect([statSync(old).mtimeMs, statSync(next).mtimeMs]).toEqual(mtimes);
    const tables = await writtenTables(out);
    expectTablesShowTheChanges(tables);
    for (const { table, sheet, name } of tables) {
      expect([name, table?.headerRow, table?.totalsRow]).toEqual([name, true, true]);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
      const totals = sheet.getRow(Number(/(\d+)$/.exec((table as { tableRef: string }).tableRef)?.[1]));
      const costColumn = (tables.find((t) => t.name === name)?.keys ?? []).indexOf("costDifference") + 1;
      expect(totals.getCell(costColumn).value).toMatchObject({ formula: expect.stringMatching(/^SUBTOTAL\(109,/) });
    }
    // The copy is NEW with the sheets added: its own formation sheet is still there.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Formatie 2026", ...Object.values(MUTATIE_TABLE_NAMES)]));
  });

  it("takes the functieboek as `tables` does: NEW's own book sheets when no --functieboek is given, and says so", async () => {
    const dir = tempDir();
    const formation = path.join(ROOT, "examples", "formatie-heerdenveld.xlsx");
    const workbook = await FileWorkbook.fromBytes(readFileSync(formation));
    const json = loadFunctieboek(JSON.parse(readFileSync(path.join(ROOT, "examples", "functieboek-heerdenveld.json"), "utf8")));
    if (!json.ok) throw new Error("the JSON book does not load");
    await workbook.insertSheets(buildBookTemplate(json.book), { functieboekName: json.book.name });
    const withBook = path.join(dir, "formatie-met-functieboek.xlsx");
    writeFileSync(withBook, await workbook.toBytes());
    const notice = "Functieboek uit de werkbladen van deze werkmap (Functies, Normfuncties, Beleid): Functieboek Gemeente Heerdenveld";

    const text = runCli(["compare", formation, withBook, ...PEILDATUM]);
    expect(text.status).toBe(0);
    expect(text.stdout.split("\n")[0]).toBe(notice);
    const run = runCli(["compare", formation, withBook, "--format", "json", ...PEILDATUM]);
    expect(run.stderr.split("\n")).toContain(notice);
    // Row 47's "Klantmanager schuldhulp" is a function of the Heerdenveld book only.
    expect(json.book.functions.some((f) => f.title === "Klantmanager schuldhulp")).toBe(true);
    const daan = (JSON.parse(run.stdout) as { employees: { name: string; old: { functions: string[] } }[] }).employees.find((e) => e.name === "Daan Claassen");
    expect(daan?.old.functions).toEqual(["Klantmanager schuldhulp"]);
    // NEW without book sheets: the bundled book, and no such line.
    const plain = runCli(["compare", withBook, formation, ...PEILDATUM]);
    expect(plain.stdout).not.toContain("Functieboek uit de werkbladen");
  });

  it("says where a table went when NEW has a sheet of its own with the table's name", async () => {
    const dir = tempDir();
    const workbook = await FileWorkbook.fromBytes(readFileSync(MUTATIES_NEW));
    const own = { name: "Mutaties functies", title: "Mijn eigen blad", titleEn: "My own sheet", columns: [{ key: "note", label: "Notitie", labelEn: "Note", type: "text" as const }], rows: [["van mij"]] };
    await workbook.insertSheets([{ table: own, dropdowns: [] }], { functieboekName: "Eigen" });
    const next = path.join(dir, "nieuw.xlsx");
    writeFileSync(next, await workbook.toBytes());
    const out = path.join(dir, "mutaties.xlsx");
    const result = runCli(["compare", MUTATIES_OLD, next, "--out", out, ...PEILDATUM]);
    expect(result.status).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const moved = written.worksheets.map((s) => s.name).find((n) => n.startsWith("Mutaties functies") && n !== "Mutaties functies");
    expect(moved).toBeDefined();
    expect(result.stdout).toContain(`Werkblad 'Mutaties functies' is van uzelf en blijft ongewijzigd; de tabel staat in werkblad '${moved}'.`);
  });

  it("never writes over an input, whichever of the two --out names", () => {
    const dir = tempDir();
    const [old, next] = [path.join(dir, "oud.xlsx"), path.join(dir, "nieuw.xlsx")];
    copyFileSync(MUTATIES_OLD, old);
    copyFileSync(MUTATIES_NEW, next);
    for (const target of [old, next, path.join(dir, ".", "oud.xlsx")]) {
      const before = readFileSync(target);
      expectOneLineRefusal(runCli(["compare", old, next, "--out", target, ...PEILDATUM]), "de invoer wordt nooit overschreven");
      expect(readFileSync(target).equals(before)).toBe(true);
    }
  });

  it("keeps a macro workbook's kind: NEW as .xlsm needs --out .xlsm, and the macros stay", async () => {
    const dir = tempDir();
    const macro = path.join(ROOT, "tests", "fixtures", "realworld", "gen-xlsxwriter.xlsm");
    expectOneLineRefusal(runCli(["compare", MUTATIES_OLD, macro, "--out", path.join(dir, "m.xlsx"), ...PEILDATUM]), "--out moet op .xlsm eindigen");
    const out = path.join(dir, "m.xlsm");
    expect(runCli(["compare", MUTATIES_OLD, macro, "--out", out, ...PEILDATUM]).status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files)).toContain("xl/vbaProject.bin");
  });

  it.each([
    [["compare", MUTATIES_OLD], "geef twee werkmappen op"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, MUTATIES_BOTH], "niet gebruikt"],
    [["compare", MUTATIES_OLD, MUTATIES_OLD], "één werkblad ('Formatie 2025') dat op een formatie lijkt"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, "--sheet-old", "Bestaat niet"], "formatie-ommen-2025.xlsx: Werkblad 'Bestaat niet' bestaat niet"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, "--sheet", "Formatie 2025"], "compare gebruikt --sheet niet"],
    [["compare", MUTATIES_OLD, path.join("examples", "bestaat-niet.xlsx")], "Bestand niet gevonden"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, "--werkgeverslasten", "veel"], "--werkgeverslasten moet een percentage"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, "--werkgeverslasten-over", "alles"], "--werkgeverslasten-over moet salaris-en-ikb of salaris zijn"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, "--begrotingsjaar", "volgend jaar"], "--begrotingsjaar moet een jaar van 2020 tot en met 2100 zijn"],
    [["compare", MUTATIES_OLD, MUTATIES_NEW, "--verhoging", "veel"], "--verhoging:"],
  ])("cannot compare %p: exit 2 with one line", (args, fragment) => {
    expectOneLineRefusal(runCli([...args, ...PEILDATUM]), fragment);
  });

  it("prices each change as `tables` prices the Formatiebudget, with the same budget options", () => {
    const budget = ["--begrotingsjaar", "2027", "--verhoging", "1-7-2027: 2 %", "--werkgeverslasten", "28", "--werkgeverslasten-over", "salaris", "--trede", "9", ...PEILDATUM];
    const compared = runCli(["compare", MUTATIES_OLD, MUTATIES_NEW, "--format", "json", ...budget]);
    expect(compared.status).toBe(0);
    const json = JSON.parse(compared.stdout);
    const tables = runCli(["tables", MUTATIES_NEW, "--format", "json", ...budget]);
    const table = (JSON.parse(tables.stdout).tables as { name: string; columns: { key: string }[]; rows: TableCell[][] }[]).find((t) => t.name === "Formatiebudget");
    const at = (key: string) => table?.columns.findIndex((c) => c.key === key) as number;
    const perFte = (title: string) => table?.rows.find((r) => r[at("function")] === title)?.[at("costPerFte")];
    // One new Beleidsadviseur of 1 FTE, one Beheerder accommodaties of 1 FTE: each costs the Formatiebudget's cost per FTE.
    const line = (name: string) => (json.employees as { name: string; costDifference: number }[]).find((l) => l.name === name)?.costDifference;
    expect([line("Sophie Brinkman"), line("Ahmet Yilmaz")]).toEqual([perFte("Beleidsadviseur"), perFte("Beheerder accommodaties")]);
    expect(typeof perFte("Beleidsadviseur")).toBe("number");
    expect(json.begrotingsjaar).toBe(2027);
    expect(json.budgetSettings).toEqual({ basis: { kind: "step", step: 9 }, employerChargesPercent: 28, employerChargesBase: "salary", ikbPercent: 17.05 });
    expect(json.salaryTable.measuresApplied.at(-1)).toMatchObject({ date: "2027-07-01", own: true });
    expect(json.notes.map((n: { nl: string }) => n.nl)).toContain("Kosten per fte per jaar = salaris over de 12 maanden × (1 + IKB 17,05 % + werkgeverslasten 28 %).");
  });

  it("warns as the Formatiebudget does when the amounts are out of date for the year", () => {
    const result = runCli(["compare", MUTATIES_OLD, MUTATIES_NEW, "--begrotingsjaar", "2029", ...PEILDATUM]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Kosten per jaar, begrotingsjaar 2029 \(raming\)/m);
    expect(result.stdout).toContain("Let op: na 01-01-2027 zijn geen salarisverhogingen bekend, dus voor 2029 zijn de kosten waarschijnlijk te laag.");
  });

  it("says in one line when a sheet is not a formation sheet", async () => {
    const dir = tempDir();
    const notes = path.join(dir, "notities.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notities").addRow(["Overleg met de OR", "dinsdag"]);
    await workbook.xlsx.writeFile(notes);
    expectOneLineRefusal(runCli(["compare", MUTATIES_OLD, notes, "--sheet-new", "Notities", ...PEILDATUM]), "notities.xlsx: Geen kopregel gevonden");
  });
});
