import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SourceWorkbook } from "../../src/xlsx/read/source-workbook";
import { ROOT, runCli } from "./run-cli";

const EXAMPLE = path.join("examples", "formatie-ommen.xlsx");
const CLEAN = path.join("examples", "formatie-ommen-schoon.xlsx");

interface Output {
  functieboek: { name: string };
  sheet: string;
  summary: { rows: number; positions: number; errors: number; warnings: number; infos: number; fteTotal: number };
  findings: { code: string; severity: string; cell?: string; row?: number; message: { nl: string; en: string } }[];
}

describe("formatiecheck validate", () => {
  it("finds each deliberate mistake in the example and nothing else at error level (exit 1)", () => {
    const { status, stdout } = runCli(["validate", EXAMPLE, "--format", "json"]);
    expect(status).toBe(1);
    const out = JSON.parse(stdout) as Output;
    const expected = JSON.parse(readFileSync(path.join(ROOT, "examples", "formatie-ommen.expected.json"), "utf8")) as { errors: { code: string; cell: string }[] };
    const errors = out.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`).sort();
    expect(errors).toEqual(expected.errors.map((e) => `${e.code} ${e.cell}`).sort());
    expect(out.summary.errors).toBe(expected.errors.length);
    expect(out).toMatchObject({ functieboek: { name: "Functieboek Gemeente Ommen" }, sheet: "Formatie 2025" });
  });

  it("gives exit 0 and no errors for the clean 45 FTE formation", () => {
    const { status, stdout } = runCli(["validate", CLEAN, "--format", "json"]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Output;
    expect(out.summary).toMatchObject({ errors: 0, fteTotal: 45 });
  });

  it("prints findings grouped by severity and a summary line", () => {
    const { stdout } = runCli(["validate", EXAMPLE]);
    expect(stdout.indexOf("Fouten (")).toBeLessThan(stdout.indexOf("Waarschuwingen ("));
    expect(stdout).toMatch(/D11\s+Schaal past niet bij de functie: Schaal 10 past niet bij Beleidsadviseur: het functieboek geeft schaal 11\. {2}→ 11 {2}\[scale\/mismatch\]/);
    expect(stdout).not.toMatch(/^ {2}\S+\s+[a-z]+\/[a-z-]+\s/m); // no rule id where the title belongs
    expect(stdout.trim().split("\n").pop()).toMatch(/^50 posities, 43,00 fte \(formatie 45,00\): 10 fouten/);
  });

  it("writes an annotated copy with --out and never touches the input", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fc-validate-"));
    const input = path.join(dir, "formatie.xlsx");
    copyFileSync(path.join(ROOT, EXAMPLE), input);
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const out = path.join(dir, "gecontroleerd.xlsx");
    expect(runCli(["validate", input, "--out", out]).status).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Formatie 2025");
    const d11 = sheet?.getCell("D11");
    expect((d11?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe("FFFFC7CE");
    expect(JSON.stringify(d11?.note)).toContain("Schaal past niet bij de functie: Schaal 10 past niet bij Beleidsadviseur");
    expect(sheet?.getCell("D10").fill).toBeUndefined();
    const control = workbook.getWorksheet("Controle");
    expect(control).toBeDefined();
    const header = (control?.getTable("TabelControle") as unknown as { table: { tableRef: string } }).table.tableRef;
    const headerRow = Number(/^A(\d+)/.exec(header)?.[1]);
    expect(control?.getRow(headerRow).values).toEqual([undefined, "Cel", "Ernst", "Wat is er aan de hand", "Toelichting", "Voorstel", "Regel"]);
    // ExcelJS does not read links inside the workbook (a hyperlink with a location only): the sheet's XML shows them.
    const source = await SourceWorkbook.open(new Uint8Array(readFileSync(out)));
    const xml = (await source.openXml?.sheetXml("Controle")) ?? "";
    const d11Row = control?.getColumn(1).values.findIndex((v) => v === "D11") ?? -1;
    expect(d11Row).toBeGreaterThan(headerRow);
    expect(xml).toContain(`<hyperlink ref="A${d11Row}" location="'Formatie 2025'!D11" display="D11"/>`);
  });

  it("refuses --out equal to the input (exit 2) and leaves it alone", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fc-same-"));
    const input = path.join(dir, "formatie.xlsx");
    copyFileSync(path.join(ROOT, EXAMPLE), input);
    const before = readFileSync(input);
    const { status, stderr } = runCli(["validate", input, "--out", input]);
    expect(status).toBe(2);
    expect(stderr).toContain("nooit overschreven");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it.each([
    ["a missing file", "bestaat-niet.xlsx", "niet gevonden"],
    ["a CSV renamed to .xlsx", "csv", "geen rekenblad"],
    ["an empty file", "empty", "leeg"],
  ])("refuses %s with exit 2 and one line", (_name, kind, text) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fc-bad-"));
    let file = path.join(dir, kind);
    if (kind === "csv") writeFileSync((file = path.join(dir, "formatie.xlsx")), "Functie;FTE\nAdviseur;1\n");
    if (kind === "empty") writeFileSync((file = path.join(dir, "leeg.xlsx")), "");
    const { status, stderr } = runCli(["validate", file]);
    expect(status).toBe(2);
    expect(stderr).toContain(text);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a sheet without a header with exit 2", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fc-nohdr-"));
    const file = path.join(dir, "geen-kop.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").addRow(["Naam", "Datum"]);
    await workbook.xlsx.writeFile(file);
    const { status, stderr } = runCli(["validate", file, "--sheet", "Blad1"]);
    expect(status).toBe(2);
    expect(stderr).toContain("Geen kopregel gevonden");
  });
});
