/**
 * Copies that lose nothing (issue 19): after the tool marks findings, writes its sheets and keeps its
 * state, every package part it does not own is byte for byte the input's — charts, chartsheets,
 * drawings, pivot tables and caches, VBA, comments and threaded comments, external links, custom
 * XML, defined names' targets, data validation and conditional formats of other sheets. The parts
 * it owns: the content types, the workbook part and its relationships, the styles (formats are only
 * added), and the sheet it marked (with that sheet's relationships). Checked on feature-rich
 * workbooks of other projects' test suites and, through the real command (validate --out, tables
 * --out), on the Ommen example written by XlsxWriter with a chart, a chartsheet, notes, dropdowns
 * and VBA. The copies open in openpyxl and LibreOffice where those are installed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Finding } from "../../src/core/findings";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { SourceWorkbook } from "../../src/xlsx/read/source-workbook";
import { ROOT, runCli } from "../cli/run-cli";
import { partsOf } from "./support/package-parts";

const DIR = path.join(ROOT, "tests", "fixtures", "realworld");
const OPTIONS = { today: () => "2026-11-30", bundledBookName: async () => "Functieboek Test" };

const FEATURE_RICH = [
  "cx-chartsheet-pivot.xlsx",
  "cal-pivots.xlsx",
  "cal-vba.xlsm",
  "xw-macro.xlsm",
  "xw-chartsheet.xlsx",
  "php-threaded-comments.xlsx",
  "php-threaded-nonstd-ns.xlsx",
  "cx-external-link.xlsx",
  "cx-customxml.xlsx",
  "excelize-book1.xlsx",
  "edr-comments-validation.xlsx",
  "php-validation.xlsx",
  "php-conditional-formats.xlsx",
  "edr-x-prefix.xlsx",
  "php-backslash-paths.xlsx",
  "gen-xlsxwriter.xlsx",
  "gen-xlsxwriter.xlsm",
];

const TABLE: DataTable = {
  name: "Overzicht",
  title: "Overzicht",
  titleEn: "Overview",
  columns: [
    { key: "what", label: "Wat", labelEn: "What", type: "text" },
    { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
  ],
  rows: [["Adviseur", 1], ["Beheerder", 0.8]],
  totals: ["Totaal", 1.8],
};

/** The parts a copy may change: what the tool owns in the package. */
async function ownedParts(bytes: Uint8Array, markedSheet: string | undefined): Promise<Set<string>> {
  const source = await SourceWorkbook.open(bytes);
  const workbook = source.openXml;
  if (!workbook) throw new Error("not Office Open XML");
  const { structure } = workbook;
  const owned = new Set(["[Content_Types].xml", structure.workbookPart, relsOf(structure.workbookPart)]);
  if (structure.stylesPart) owned.add(structure.stylesPart);
  const part = markedSheet !== undefined ? workbook.sheet(markedSheet)?.part : undefined;
  if (part) owned.add(part).add(relsOf(part));
  return new Set([...owned].map((p) => p.toLowerCase()));
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Every part of the input that the tool does not own, and whether the copy has it byte for byte. */
async function changedForeignParts(input: Uint8Array, output: Uint8Array, owned: ReadonlySet<string>): Promise<string[]> {
  const before = await partsOf(input);
  const after = new Map([...(await partsOf(output))].map(([name, bytes]) => [name.toLowerCase(), bytes]));
  const changed: string[] = [];
  for (const [name, bytes] of before) {
    const normal = name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();
    if (normal.endsWith("/") || owned.has(normal)) continue;
    const copy = after.get(normal);
    if (!copy || Buffer.compare(Buffer.from(copy), Buffer.from(bytes)) !== 0) changed.push(name);
  }
  return changed;
}

describe.each(FEATURE_RICH)("%s", (file) => {
  it("marked, tables written, state kept: every part the tool does not own is byte for byte the input's", async () => {
    const input = new Uint8Array(readFileSync(path.join(DIR, file)));
    const workbook = await FileWorkbook.fromBytes(input, { ...OPTIONS, fileName: file });
    const sheet = (await workbook.listSheets())[0]?.name as string;
    const findings: Finding[] = ["A1", "B2", "C3"].map((cell, i) => ({ code: "test/mark", severity: (["error", "warning", "info"] as const)[i] as Finding["severity"], sheet, row: i + 1, column: cell[0] as string, cell, message: { nl: "Test", en: "Test" } }));
    await workbook.markFindings(findings);
    await workbook.writeTables([TABLE]);
    await workbook.saveState({ schemaVersion: 1, settings: { werkgeverslasten: 31 } });
    const output = await workbook.toBytes();
    expect(await changedForeignParts(input, output, await ownedParts(input, sheet))).toEqual([]);

    // The copy reads back with the marks and the state; clearing the marks gives the marked sheet
    // its own part back, byte for byte.
    const again = await FileWorkbook.fromBytes(output, OPTIONS);
    expect(await again.clearMarks()).toBe(3);
    expect(await again.loadState()).toEqual({ schemaVersion: 1, settings: { werkgeverslasten: 31 } });
    expect(await changedForeignParts(input, await again.toBytes(), await ownedParts(input, undefined))).toEqual([]);
  });
});

const python = "/usr/bin/python3";
const hasOpenpyxl = existsSync(python) && spawnSync(python, ["-c", "import openpyxl"]).status === 0;
const hasLibreOffice = spawnSync("soffice", ["--version"], { timeout: 60_000 }).status === 0;
if (!hasOpenpyxl) console.info("round-trip: openpyxl not installed (apt-get install python3-openpyxl): the copies are not opened in it.");
if (!hasLibreOffice) console.info("round-trip: LibreOffice not installed (apt-get install libreoffice-calc): the copies are not opened in it.");

describe.each(["gen-xlsxwriter.xlsx", "gen-xlsxwriter.xlsm"])("the command on %s", (file) => {
  let work = "";
  const outputs: { kind: string; path: string; marked: string | undefined }[] = [];
  const extension = path.extname(file);

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), "fc-round-trip-"));
    const validateOut = path.join(work, `gecontroleerd${extension}`);
    const tablesOut = path.join(work, `tabellen${extension}`);
    expect(runCli(["validate", path.join(DIR, file), "--out", validateOut]).status).toBe(1);
    expect(runCli(["tables", path.join(DIR, file), "--out", tablesOut]).status).toBe(1);
    outputs.push({ kind: "validate --out", path: validateOut, marked: "Formatie 2025" }, { kind: "tables --out", path: tablesOut, marked: undefined });
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("changes only the parts the tool owns; chart, chartsheet, notes, VBA stay byte for byte", async () => {
    const input = new Uint8Array(readFileSync(path.join(DIR, file)));
    for (const output of outputs) {
      const bytes = new Uint8Array(readFileSync(output.path));
      expect({ kind: output.kind, changed: await changedForeignParts(input, bytes, await ownedParts(input, output.marked)) }).toEqual({ kind: output.kind, changed: [] });
      const parts = await partsOf(bytes);
      expect([...parts.keys()].some((n) => /chartsheets\/sheet1\.xml$/.test(n))).toBe(true);
      if (extension === ".xlsm") expect([...parts.keys()]).toContain("xl/vbaProject.bin");
    }
  });

  it("refuses a copy of a macro workbook under another extension", () => {
    if (extension !== ".xlsm") return;
    const result = runCli(["validate", path.join(DIR, file), "--out", path.join(work, "verkeerd.xlsx")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--out moet op .xlsm eindigen");
  });

  (hasOpenpyxl ? it : it.skip)("the copies open in openpyxl (skipped where it is not installed)", () => {
    for (const output of outputs) {
      const result = spawnSync(python, ["-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1], keep_vba=True); print(len(wb.sheetnames))", output.path], { encoding: "utf8" });
      expect({ kind: output.kind, status: result.status, stderr: result.stderr.split("\n").filter((l) => /Error/.test(l)) }).toEqual({ kind: output.kind, status: 0, stderr: [] });
    }
  });

  (hasLibreOffice ? it : it.skip)(
    "the copies open in LibreOffice (skipped where it is not installed)",
    () => {
      for (const output of outputs) {
        const out = path.join(work, `lo-${path.basename(output.path)}`);
        const result = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/lo-profile`, "--convert-to", "csv", "--outdir", out, output.path], { encoding: "utf8", timeout: 120_000 });
        expect({ kind: output.kind, status: result.status }).toEqual({ kind: output.kind, status: 0 });
        const csv = path.join(out, `${path.basename(output.path, extension)}.csv`);
        expect(existsSync(csv)).toBe(true);
        writeFileSync(path.join(work, "last.csv"), readFileSync(csv));
        expect(readFileSync(csv, "utf8")).toContain("Formatie Gemeente Ommen 2025");
      }
    },
    300_000,
  );
});
