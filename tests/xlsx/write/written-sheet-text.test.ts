/**
 * What people read on the written sheets follows their language (issue 13): every text cell of
 * every sheet the tool generates — title block, header, rows, totals, footnotes — and the page
 * header and footer, scanned as tests/core/dutch-text.test.ts scans the core's texts: no "0.89"
 * or "16509,90" in Dutch, no "0,89" in English, no ISO date (2026-11-30) anywhere, and no date at
 * all in a title block other than the reader's (30 november 2026, 30-11-2026). For files written
 * by the CLI (`validate --out`, `tables --out`, Dutch and English) and for the sheets the Office.js
 * adapter writes into the Excel fake.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildBudgetTable } from "../../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../../src/core/functieboek/functieboek-index";
import type { Language } from "../../../src/core/localized";
import { buildPlaatsingTables } from "../../../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../../../src/core/rules/engine";
import { runCli, ROOT } from "../../cli/run-cli";
import { ISO_DATE, problemsIn, unquoted } from "../../helpers/dutch-text-scan";
import { exampleGrid } from "../../helpers/ommen-example";
import { officeFixture, type OfficeFixture } from "../../support/office-fixture";

jest.setTimeout(120_000);

const GENERATED = ["Controle", "Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget"];
const EXAMPLE = path.join(ROOT, "examples", "formatie-ommen.xlsx");

/** Dates as the reader writes them: "30 november 2026" / "30 November 2026" / "30-11-2026" / "01-07-2020". */
const READER_DATE = /\b\d{1,2} [A-Za-z]+ \d{4}\b|\b\d{2}-\d{2}-\d{4}\b/;

interface SheetText {
  sheet: string;
  /** Rows above the table's header: the title block. */
  titleBlock: string[];
  cells: string[];
  headerFooter: string[];
}

function problems(texts: readonly SheetText[], language: Language): string[] {
  const bad: string[] = [];
  for (const t of texts) {
    for (const text of [...t.titleBlock, ...t.cells, ...t.headerFooter]) for (const p of problemsIn(text, language)) bad.push(`${t.sheet}: ${p} in "${text}"`);
    // A title block names the date of the check the reader's way, and no other way.
    // The sheet's title (its first line) may name a year ("Formatiebudget 2026": the begrotingsjaar).
    const dated = t.titleBlock.slice(1).filter((line) => /\d{4}/.test(unquoted(line)) && !/https?:/.test(line));
    for (const line of dated) if (!READER_DATE.test(line) || ISO_DATE.test(line)) bad.push(`${t.sheet}: title block date in "${line}"`);
  }
  return bad;
}

async function fileTexts(file: string): Promise<SheetText[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const out: SheetText[] = [];
  for (const name of GENERATED) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    const table = (sheet.getTables() as unknown as { table: { tableRef: string } }[])[0]?.table;
    const header = Number(/^A(\d+)/.exec(table?.tableRef ?? "")?.[1]);
    const titleBlock: string[] = [];
    const cells: string[] = [];
    // The title block's lines are merged across the table: their text is in column A.
    sheet.eachRow((row, r) => {
      if (r < header) return void (typeof row.getCell(1).value === "string" && titleBlock.push(row.getCell(1).value as string));
      row.eachCell((cell) => typeof cell.value === "string" && cells.push(cell.value));
    });
    out.push({ sheet: name, titleBlock, cells, headerFooter: [sheet.headerFooter.oddHeader ?? "", sheet.headerFooter.oddFooter ?? ""] });
  }
  return out;
}

describe.each(["nl", "en"] as const)("files written by the CLI (%s)", (language) => {
  let texts: SheetText[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fc-sheet-text-"));
    for (const command of ["validate", "tables"]) {
      const out = path.join(dir, `${command}.xlsx`);
      expect(runCli([command, EXAMPLE, "--out", out, "--lang", language]).status).toBe(1);
      texts.push(...(await fileTexts(out)));
    }
  });
  afterAll(() => {
    texts = [];
  });

  it("every generated sheet is there, with text to read", () => {
    expect(texts.map((t) => t.sheet).sort()).toEqual([...GENERATED].sort());
    for (const t of texts) expect(t.cells.length).toBeGreaterThan(3);
  });

  it("numbers and dates the reader's way in every cell, title block, page header and footer", () => {
    expect(problems(texts, language)).toEqual([]);
    // The scan sees what it is meant to: Dutch decimals in the Controle sheet's messages.
    const control = texts.find((t) => t.sheet === "Controle") as SheetText;
    expect(control.cells.some((c) => (language === "nl" ? /\b0,89\b/ : /\b0\.89\b/).test(c))).toBe(true);
    expect(control.titleBlock[1]).toMatch(language === "nl" ? /· \d{1,2} [a-z]+ \d{4}$/ : /· \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe("the scan of a sheet", () => {
  it.each([
    [{ sheet: "x", titleBlock: ["Titel", "Boek · 2026-11-30"], cells: [], headerFooter: [] }, "nl", ["x: ISO date in \"Boek · 2026-11-30\"", 'x: title block date in "Boek · 2026-11-30"']],
    [{ sheet: "x", titleBlock: [], cells: ["0.89 fte"], headerFooter: [] }, "nl", ['x: number 0.89 in "0.89 fte"']],
    [{ sheet: "x", titleBlock: [], cells: [], headerFooter: ["&L 2026-11-30"] }, "nl", ['x: ISO date in "&L 2026-11-30"']],
    [{ sheet: "x", titleBlock: ["Boek · 30 november 2026"], cells: ["0,89 fte"], headerFooter: ["&L30-11-2026&Rpagina &P van &N"] }, "nl", []],
  ] as const)("%j (%s)", (text, language, expected) => {
    expect(problems([text as unknown as SheetText], language)).toEqual(expected);
  });
});

describe("sheets the Office.js adapter writes", () => {
  let fixture: OfficeFixture | undefined;
  afterEach(() => fixture?.uninstall());

  it.each(["nl", "en"] as const)("read the reader's way (%s)", async (language) => {
    const book = bundledFunctieboek();
    const built = buildPlaatsingTables(validateGrid(await exampleGrid(), book), new FunctieboekIndex(book), { date: "2026-11-30", language });
    if (!built) throw new Error("unusable");
    const tables = [built.overview, built.perFunction, built.perCluster, built.list, buildBudgetTable(built.plaatsing, { salaryTable: bundledSalaryTable(), today: "2026-11-30", language })];
    fixture = officeFixture({}, { language });
    await fixture.workbook.writeTables(tables, { functieboekName: book.name, date: "2026-11-30", sourceSheet: "Formatie 2025" });
    const texts: SheetText[] = tables.map((t) => {
      const sheet = fixture?.fake.workbook.sheet(t.name);
      if (!sheet) throw new Error(`no sheet ${t.name}`);
      const header = sheet.tables[0]?.rect.top ?? 0;
      const titleBlock: string[] = [];
      const cells: string[] = [];
      for (const key of sheet.cells.keys()) {
        const row = Math.floor(key / 16385);
        const value = sheet.valueAt(row, key % 16385);
        if (typeof value === "string" && value !== "") (row < header ? titleBlock : cells).push(value);
      }
      return { sheet: t.name, titleBlock, cells, headerFooter: Object.values(sheet.pageLayout.headersFooters) };
    });
    expect(problems(texts, language)).toEqual([]);
    expect(texts.find((t) => t.sheet === "Overzicht")?.titleBlock).toContain(`${book.name} · ${language === "nl" ? "werkblad" : "sheet"} 'Formatie 2025' · 30 ${language === "nl" ? "november" : "November"} 2026`);
  });
});
