/**
 * A functieboek kept in Excel through the real command (issue 15): the template, reading it back
 * (the Ommen book survives the round trip), `--functieboek boek.xlsx`, a formation workbook that
 * carries its own book, and bad books refused with exit 2 and every problem with its cell.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { buildBookTemplate, workbookPart, type TemplateSheet } from "../../src/core/functieboek/workbook/book-template";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { ROOT, runCli } from "./run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "fc-boek-"));
const TEMPLATE = path.join(dir, "functieboek.xlsx");

/** A workbook of (changed) template sheets, written the way the CLI writes the template. */
async function bookFile(name: string, change: (sheets: TemplateSheet[]) => TemplateSheet[] = (s) => s): Promise<string> {
  const workbook = await FileWorkbook.blank();
  await workbook.insertSheets(change(buildBookTemplate(bundledFunctieboek())), { functieboekName: "Test" });
  const file = path.join(dir, name);
  writeFileSync(file, await workbook.toBytes());
  return file;
}

const sheet = (sheets: TemplateSheet[], name: string) => sheets.find((s) => s.table.name === name) as TemplateSheet;

beforeAll(() => {
  const run = runCli(["functieboek", "template", "--out", TEMPLATE]);
  expect(run.status).toBe(0);
});

describe("formatiecheck functieboek template", () => {
  it("writes the layout with the Ommen book, an explanation in Dutch and dropdowns", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(TEMPLATE);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Uitleg", "Functies", "Normfuncties", "Conversietabel", "Clusters", "Beleid"]);
    const uitleg = workbook.getWorksheet("Uitleg");
    expect(String(uitleg?.getCell("A1").value)).toBe("Uitleg: uw functieboek in Excel");
    const functies = workbook.getWorksheet("Functies");
    expect(functies?.getCell("A6").value).toBe("Gemeentesecretaris");
    expect(functies?.getCell("C6").value).toBe(14);
    const normfuncties = workbook.getWorksheet("Normfuncties");
    const levels = Object.values((normfuncties as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model);
    expect(levels.map((v) => v.formulae[0])).toContain('"A,B,C,D"');
    const beleid = workbook.getWorksheet("Beleid");
    const validations = Object.values((beleid as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model);
    expect(validations.map((v) => v.formulae[0])).toContain('"ja,nee"');
  });

  it("writes text as text, never a formula, and prints every sheet on A4", async () => {
    const zip = await JSZip.loadAsync(readFileSync(TEMPLATE));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(6);
    for (const name of sheets) {
      const xml = await zip.file(name)?.async("string");
      expect(xml).not.toContain("<f>");
      expect(xml).toContain('paperSize="9"');
    }
  });

  it("writes only an .xlsx, refused as every command refuses an --out of another kind", () => {
    for (const out of [TEMPLATE.replace(/\.xlsx$/, ".xlsm"), TEMPLATE.replace(/\.xlsx$/, ".json")]) {
      const run = runCli(["functieboek", "template", "--out", out, "--format", "json"]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe("formatiecheck: --out moet op .xlsx eindigen: Formatiecheck schrijft een Excel-werkmap (.xlsx). / --out must end in .xlsx: Formatiecheck writes an Excel workbook (.xlsx).");
      expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: "bad-output-name" } });
      expect(existsSync(out)).toBe(false);
    }
  });

  it("never replaces an existing file", () => {
    const run = runCli(["functieboek", "template", "--out", TEMPLATE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bestaat al");
  });
});

describe("reading a functieboek workbook", () => {
  it("gives the Ommen book back: JSON → workbook → JSON is the same book (what a workbook holds)", () => {
    const run = runCli(["functieboek", TEMPLATE, "--format", "json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { functieboek: unknown; findings: { sheet?: string; path?: string }[] };
    const expected = JSON.parse(JSON.stringify(workbookPart(bundledFunctieboek()))) as { source: { title: string } };
    expect(out.functieboek).toEqual(expected);
    for (const finding of out.findings) expect(finding.path).toBeUndefined();
  });

  it("keeps the JSON it prints as a book that --functieboek reads", () => {
    const json = path.join(dir, "boek.json");
    writeFileSync(json, runCli(["functieboek", TEMPLATE, "--format", "json"]).stdout);
    const run = runCli(["validate", path.join(ROOT, "examples", "formatie-ommen.xlsx"), "--functieboek", json, "--format", "json"]);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { functieboek: { name: string } }).functieboek.name).toBe("Functieboek Gemeente Ommen");
  });

  it("checks a formation against it with --functieboek boek.xlsx exactly as against the JSON book", () => {
    const example = path.join(ROOT, "examples", "formatie-ommen.xlsx");
    const viaWorkbook = runCli(["validate", example, "--functieboek", TEMPLATE, "--format", "json"]);
    const viaJson = runCli(["validate", example, "--format", "json"]);
    const findings = (stdout: string) => (JSON.parse(stdout) as { findings: { code: string; cell: string }[] }).findings.map((f) => `${f.cell} ${f.code}`);
    expect(viaWorkbook.status).toBe(1);
    expect(findings(viaWorkbook.stdout)).toEqual(findings(viaJson.stdout));
  });
});

describe("bad functieboek workbooks: exit 2 with every problem and its cell", () => {
  const cases: [string, (s: TemplateSheet[]) => TemplateSheet[], string[]][] = [
    ["missing sheet", (s) => s.filter((x) => x.table.name !== "Normfuncties"), ["Werkblad 'Normfuncties' ontbreekt"]],
    ["missing column", (s) => (((sheet(s, "Functies").table.columns[2] as { label: string }).label = "Salaris"), s), ["Functies, rij 5: kolom 'Schaal' ontbreekt in de kopregel."]],
    ["scale elf", (s) => (((sheet(s, "Functies").table.rows[3] as unknown[])[2] = "elf"), s), ["Functies!C9: schaal 'elf' is geen getal en geen bereik zoals 9-10."]],
    ["duplicate function", (s) => (((sheet(s, "Functies").table.rows[3] as unknown[])[0] = "Beleidsadviseur"), s), ["Functies!A9: 'Beleidsadviseur' staat meer dan eens in het functieboek (functies)."]],
    ["range 10-9", (s) => (((sheet(s, "Functies").table.rows[5] as unknown[])[2] = "10-9"), s), ["Functies!C11: schaal '10-9' loopt van hoog naar laag; schrijf '9-10'."]],
    ["unknown normfunctie", (s) => (((sheet(s, "Functies").table.rows[5] as unknown[])[1] = "Adviseur IX"), s), ["Functies!B11: Functie 'Adviseur' verwijst naar normfunctie 'Adviseur IX', maar het functieboek beschrijft die normfunctie niet."]],
    [
      "empty book",
      (s) => s.map((x) => ({ ...x, table: { ...x.table, rows: x.table.name === "Beleid" ? x.table.rows : [] } })),
      ["Functies: er staat geen enkele functie op dit werkblad.", "Normfuncties: er staat geen enkele normfunctie op dit werkblad."],
    ],
    [
      "several problems at once",
      (s) => (((sheet(s, "Functies").table.rows[3] as unknown[])[2] = "elf"), ((sheet(s, "Functies").table.rows[5] as unknown[])[2] = "10-9"), s),
      ["Functies!C9: schaal 'elf' is geen getal", "Functies!C11: schaal '10-9' loopt van hoog naar laag"],
    ],
  ];
  it.each(cases)("%s", async (name, change, expected) => {
    const file = await bookFile(`${name.replace(/\s/g, "-")}.xlsx`, change);
    const run = runCli(["functieboek", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/\$\.|at .*\.ts:/);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^formatiecheck: Functieboek .* is niet te gebruiken: \d+ (probleem|problemen)\.$/);
    for (const text of expected) expect(lines.slice(1).some((l) => l.includes(text))).toBe(true);
    expect(lines.length - 1).toBe(expected.length);
    // The same problems reach validate and JSON output, in English too.
    const validate = runCli(["validate", path.join(ROOT, "examples", "formatie-ommen.xlsx"), "--functieboek", file, "--format", "json", "--lang", "en"]);
    expect(validate.status).toBe(2);
    const json = JSON.parse(validate.stdout) as { error: { code: string; problems: { message: { nl: string; en: string } }[] } };
    expect(json.error.code).toBe("functieboek-invalid");
    expect(json.error.problems).toHaveLength(expected.length);
    expect(validate.stderr.split("\n").slice(1).join("\n")).toMatch(/is missing|is not a number|runs from high to low|appears more than once|refers to normfunctie|holds no/);
  });
  it("leaves no output file behind", () => {
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });
});
