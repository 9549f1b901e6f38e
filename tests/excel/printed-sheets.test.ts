/**
 * Proof for issue 13 (print), for live Excel: the tables the Office.js adapter writes — of the
 * example and of a 2,000-row formation — print at 70 % or more, worked out from what the adapter
 * set in the Excel fake (page layout, column widths, row heights, print area;
 * tests/support/printed-scale.ts). And both adapters print alike: the same tables written to a
 * file (src/xlsx) come out with the same orientation, fit, scale, column widths and row heights.
 *
 * PRINT_SCALES=1 npx jest tests/excel/printed-sheets.test.ts prints the scales measured.
 */
import { formationGrid } from "../../bench/formation-generator";
import { buildBudgetTable } from "../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import type { Grid } from "../../src/core/formatie/grid";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../../src/core/rules/engine";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { exampleGrid } from "../helpers/ommen-example";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";
import { fakePrintedSheet, printedSheets, type PrintedSheet } from "../support/printed-scale";

jest.setTimeout(120_000);

const book = bundledFunctieboek();
const DATE = "2026-03-01";

function tablesOf(grid: Grid): DataTable[] {
  const built = buildPlaatsingTables(validateGrid(grid, book), new FunctieboekIndex(book), { date: DATE });
  if (!built) throw new Error("unusable");
  return [built.overview, built.perFunction, built.perCluster, built.list, buildBudgetTable(built.plaatsing, { salaryTable: bundledSalaryTable(), today: DATE })];
}

let fixture: OfficeFixture | undefined;
afterEach(() => fixture?.uninstall());

/** The tables written by the Office.js adapter into a fresh fake, and by the file layer into a copy of the example. */
async function writeBoth(tables: readonly DataTable[], sourceSheet: string): Promise<{ office: PrintedSheet[]; file: PrintedSheet[]; chartRows: number }> {
  fixture?.uninstall();
  fixture = officeFixture();
  const options = { functieboekName: book.name, date: DATE, sourceSheet };
  await fixture.workbook.writeTables(tables, options);
  const office = tables.map((t) => {
    const sheet = fixture?.fake.workbook.sheet(t.name);
    if (!sheet) throw new Error(`no sheet ${t.name}`);
    return fakePrintedSheet(sheet);
  });
  const overview = fixture.fake.workbook.sheet("Overzicht");
  // A blank row and the chart's 16 rows under the Overzicht.
  const chartRows = overview?.charts.length ? 1 + 16 : 0;
  const file = await FileWorkbook.fromBytes(await blankWorkbook(), { today: () => DATE, bundledBookName: async () => book.name });
  await file.writeTables(tables, { sourceSheet });
  const all = await printedSheets(await file.toBytes());
  return { office, file: tables.map((t) => all.find((s) => s.sheet === t.name) as PrintedSheet), chartRows };
}

async function blankWorkbook(): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Formatie").addRow(["Functie"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cases: [string, () => Promise<Grid>, string][] = [
  ["the example", () => exampleGrid(), "Formatie 2025"],
  ["2,000 rows", async () => formationGrid(book, 2000), "Formatie"],
];

describe.each(cases)("%s through Office.js", (label, grid, sourceSheet) => {
  it("every table prints at 70 % or more, and as the file layer prints it", async () => {
    const { office, file, chartRows } = await writeBoth(tablesOf(await grid()), sourceSheet);
    if (process.env.PRINT_SCALES) {
      for (const s of office) process.stdout.write(`${label.padEnd(12)} ${s.sheet.padEnd(24)} ${s.landscape ? "liggend" : "staand "} ${JSON.stringify(s.fit)} ${Math.round(s.scale * 100)} %\n`);
    }
    expect(office.filter((s) => s.scale < 0.7).map((s) => `${s.sheet} at ${Math.round(s.scale * 100)} %`)).toEqual([]);
    office.forEach((o, i) => {
      const f = file[i] as PrintedSheet;
      expect({ sheet: o.sheet, paper: o.paper, landscape: o.landscape, fit: o.fit }).toEqual({ sheet: f.sheet, paper: f.paper, landscape: f.landscape, fit: f.fit });
      expect({ sheet: o.sheet, width: o.contentWidth }).toEqual({ sheet: f.sheet, width: f.contentWidth });
      expect({ sheet: o.sheet, page: o.pageWidth }).toEqual({ sheet: f.sheet, page: expect.closeTo(f.pageWidth, 5) as number });
      // The Overzicht's chart (drawn in live Excel only) adds its rows to the printed height.
      const extra = o.sheet === "Overzicht" ? chartRows * 15 : 0;
      expect({ sheet: o.sheet, height: o.contentHeight }).toEqual({ sheet: f.sheet, height: f.contentHeight + extra });
      if (extra === 0) expect({ sheet: o.sheet, scale: o.scale }).toEqual({ sheet: f.sheet, scale: f.scale });
    });
  });
});

describe("the checker itself", () => {
  it("sees a sheet too wide to print readably", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Breed", "A1", [["x"]]);
    const sheet = fixture.fake.workbook.sheet("Breed");
    if (!sheet) throw new Error("no sheet");
    for (let c = 1; c <= 40; c++) sheet.columnWidths.set(c, 60);
    sheet.pageLayout = { ...sheet.pageLayout, paperSize: "A4", orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: "A1:AN1" };
    expect(fakePrintedSheet(sheet).scale).toBeLessThan(0.7);
  });
});
