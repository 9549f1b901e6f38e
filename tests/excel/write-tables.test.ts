/**
 * Generated sheets through Office.js: values as 2-D blocks, formats per column, a real Excel table
 * with its totals row, print setup; regenerating replaces only the tool's own sheets.
 */
import { formationGrid } from "../../bench/formation-generator";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../../src/core/rules/engine";
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

const list: DataTable = {
  name: "Plaatsingslijst",
  title: "Plaatsingslijst",
  titleEn: "Placement list",
  columns: [
    { key: "employee", label: "Medewerker", labelEn: "Employee", type: "text" },
    { key: "number", label: "Personeelsnummer", labelEn: "Personnel number", type: "text" },
    { key: "function", label: "Functie", labelEn: "Function", type: "text" },
    { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer" },
    { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
    { key: "cost", label: "Kosten (€)", labelEn: "Cost (€)", type: "euro" },
  ],
  rows: [
    ["Anna Bos", "007123", "Adviseur", 10, 0.8, 52000],
    ["=HYPERLINK(\"http://x\")", "1-2", "+31 6 1234", 9, 1, 61000.5],
  ],
  totals: ["Totaal", null, null, null, 1.8, 99],
  notes: [{ nl: "Gemaakt uit werkblad Formatie.", en: "Made from sheet Formatie." }],
  footnotes: [{ nl: "Voetnoot.", en: "Footnote." }],
};

/** A small Overzicht without the chart's columns. */
const smallOverview: DataTable = {
  name: "Overzicht",
  title: "Overzicht",
  titleEn: "Overview",
  columns: [
    { key: "cluster", label: "Cluster", labelEn: "Cluster", type: "text" },
    { key: "fte", label: "Formatie (fte)", labelEn: "Formation (FTE)", type: "fte" },
  ],
  rows: [["Cluster A", 3]],
  notes: [{ nl: "Een notitie als tekst.", en: "A note as text." }],
};

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

const options = { functieboekName: "Functieboek Ommen & co", date: "2026-03-01", sourceSheet: "Formatie" };

describe("writeTables", () => {
  test("writes values, formats per column, an Excel table with totals, and the print setup", async () => {
    fixture = officeFixture();
    fixture.fake.resetStats();
    const result = await fixture.workbook.writeTables([list, smallOverview], options);
    expect(result.sheets).toEqual([
      { table: "Plaatsingslijst", sheet: "Plaatsingslijst", renamed: false },
      { table: "Overzicht", sheet: "Overzicht", renamed: false },
    ]);
    const sheet = fixture.fake.workbook.sheet("Plaatsingslijst");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.valueAt(1, 1)).toBe("Plaatsingslijst");
    expect(sheet.valueAt(2, 1)).toBe("Functieboek Ommen & co · werkblad 'Formatie' · 1 maart 2026");
    expect(sheet.valueAt(3, 1)).toBe("Gemaakt uit werkblad Formatie.");
    const header = 5;
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.valueAt(header, c))).toEqual(["Medewerker", "Personeelsnummer", "Functie", "Schaal", "FTE", "Kosten (€)"]);
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.valueAt(header + 1, c))).toEqual(["Anna Bos", "007123", "Adviseur", 10, 0.8, 52000]);
    // User text stays text: no formula, no number, no date.
    expect([1, 2, 3].map((c) => sheet.valueAt(header + 2, c))).toEqual(['=HYPERLINK("http://x")', "1-2", "+31 6 1234"]);
    expect([...sheet.cells.values()].filter((c) => c.formula !== undefined).map((c) => c.formula)).toEqual(["=SUBTOTAL(109,E6:E7)"]);
    // Number formats per column (data and totals rows).
    expect(sheet.cell(header + 1, 5)?.numberFormat).toBe("0.00");
    expect(sheet.cell(header + 3, 5)?.numberFormat).toBe("0.00");
    expect(sheet.cell(header + 1, 6)?.numberFormat).toBe('"€ "#,##0;"€ "-#,##0');
    expect(sheet.cell(header + 1, 1)?.numberFormat).toBeUndefined();
    // The table and its totals row: the sum where the total is the column's sum, else the value.
    expect(sheet.tables).toEqual([expect.objectContaining({ name: "TabelPlaatsingslijst", style: "TableStyleMedium2", showTotals: true, rect: { top: 5, left: 1, bottom: 8, right: 6 } })]);
    expect(sheet.valueAt(8, 1)).toBe("Totaal");
    expect(sheet.valueAt(8, 5)).toBeCloseTo(1.8);
    expect(sheet.valueAt(8, 6)).toBe(99);
    expect(sheet.valueAt(10, 1)).toBe("Voetnoot.");
    expect(sheet.freezeRows).toBe(header);
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$5:$5",
      printArea: "A1:F10",
      headersFooters: {
        leftHeader: "&BPlaatsingslijst&B",
        rightHeader: "Functieboek Ommen && co",
        leftFooter: "01-03-2026",
        rightFooter: "pagina &P van &N",
      },
    });
    expect(["Portrait", "Landscape"]).toContain(sheet.pageLayout.orientation);
    // The port's own table shape (notes as text) works too.
    expect(fixture.fake.workbook.sheet("Overzicht")?.valueAt(3, 1)).toBe("Een notitie als tekst.");
    // Formats are set per column or block, never cell by cell: a fixed number of calls per column.
    const calls = fixture.fake.stats.formatCalls.filter((c) => c.sheet === "Plaatsingslijst");
    expect(calls.filter((c) => c.cells === 1)).toEqual([]);
    expect(calls.length).toBeLessThanOrEqual(4 + 3 * list.columns.length);
    expect(fixture.fake.stats.syncs).toBeLessThanOrEqual(2);
  });

  test("regenerating replaces the tool's own sheets, under the same names", async () => {
    fixture = officeFixture();
    await fixture.workbook.writeTables([list], options);
    const changed: DataTable = { ...list, rows: [["Bram Kok", "1", "Beleidsmedewerker", 11, 1, 60000]] };
    const result = await fixture.workbook.writeTables([changed], options);
    expect(result.sheets).toEqual([{ table: "Plaatsingslijst", sheet: "Plaatsingslijst", renamed: false }]);
    expect(fixture.fake.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Plaatsingslijst"))).toEqual(["Plaatsingslijst"]);
    expect(fixture.fake.workbook.sheet("Plaatsingslijst")?.valueAt(6, 1)).toBe("Bram Kok");
    expect(result.excelTables).toEqual({ Plaatsingslijst: "TabelPlaatsingslijst" });
  });

  test("a user's own sheet with the same name is never overwritten", async () => {
    fixture = officeFixture();
    fixture.fake.seed("plaatsingslijst", "A1", [["Mijn eigen lijst"]]);
    const result = await fixture.workbook.writeTables([list], options);
    expect(result.sheets).toEqual([{ table: "Plaatsingslijst", sheet: "Plaatsingslijst (2)", renamed: true }]);
    expect(fixture.fake.workbook.sheet("plaatsingslijst")?.valueAt(1, 1)).toBe("Mijn eigen lijst");
    // Regenerating reuses the tool's sheet, and still leaves the user's alone.
    const again = await fixture.workbook.writeTables([list], options);
    expect(again.sheets[0]?.sheet).toBe("Plaatsingslijst (2)");
    expect(fixture.fake.workbook.sheets.map((s) => s.name)).toEqual(["Blad1", "plaatsingslijst", STATUS_SHEET, "Plaatsingslijst (2)"]);
  });

  test("the sheets the tool made are remembered in the status sheet, next to earlier marks", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "A1", [["Functie"], ["a"]]);
    await fixture.workbook.markFindings([{ code: "x/y", severity: "error", sheet: "Formatie", row: 2, column: "A", cell: "A2", message: { nl: "n", en: "e" } }]);
    await fixture.workbook.writeTables([list, smallOverview], options);
    const status = fixture.fake.workbook.sheet(STATUS_SHEET);
    const column = (c: number) => Array.from({ length: 6 }, (_, i) => status?.valueAt(i + 1, c));
    expect(column(5).filter((v) => v !== "")).toEqual(["createdSheets", "Plaatsingslijst", "Overzicht"]);
    expect(column(2)[1]).toBe("A2");
    // The marks can still be cleared.
    expect(await fixture.workbook.clearMarks()).toBe(1);
  });

  test("English sheets when the add-in runs in English", async () => {
    fixture = officeFixture({}, { language: "en" });
    await fixture.workbook.writeTables([list], options);
    const sheet = fixture.fake.workbook.sheet("Plaatsingslijst");
    expect(sheet?.valueAt(1, 1)).toBe("Placement list");
    expect(sheet?.valueAt(5, 1)).toBe("Employee");
    expect(sheet?.pageLayout.headersFooters.rightFooter).toBe("page &P of &N");
  });
});

describe("the Overzicht chart", () => {
  /** The real Overzicht of a small formation sheet (as the pane makes it), and the placement list. */
  function builtTables(): { overview: DataTable; list: DataTable } {
    const book = bundledFunctieboek();
    const built = buildPlaatsingTables(validateGrid(formationGrid(book, 60), book), new FunctieboekIndex(book), { date: "2026-03-01" });
    if (!built) throw new Error("not usable");
    return { overview: built.overview, list: built.list };
  }

  test("a clustered column chart of formatie and bezet per cluster, under the table, on the printed page", async () => {
    fixture = officeFixture();
    const { overview, list: placements } = builtTables();
    await fixture.workbook.writeTables([overview, placements], options);
    const sheet = fixture.fake.workbook.sheet("Overzicht");
    if (!sheet) throw new Error("no sheet");
    const table = sheet.tables[0];
    if (!table) throw new Error("no table");
    // The table: header row, data rows, totals row (the chart leaves the totals row out).
    const header = table.rect.top;
    const lastData = table.rect.bottom - 1;
    expect(sheet.valueAt(table.rect.bottom, 1)).toBe("Totaal");
    expect([1, 3, 4].map((c) => sheet.valueAt(header, c))).toEqual(["Onderdeel", "Formatie (fte)", "Bezet (fte)"]);
    expect(lastData - header).toBe(overview.rows.length);
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      source: `Overzicht!C${header}:D${lastData}`,
      title: "Formatie en bezetting per cluster",
      categories: `Overzicht!A${header + 1}:A${lastData}`,
      // Series names come from the header cells; the values are the data rows only.
      series: [
        { name: "Formatie (fte)", values: `Overzicht!C${header + 1}:C${lastData}` },
        { name: "Bezet (fte)", values: `Overzicht!D${header + 1}:D${lastData}` },
      ],
    });
    // Under the table and its footnotes, as wide as the table, and inside the one-page print area.
    const lastText = Math.max(...[...sheet.cells.keys()].map((k) => Math.floor(k / 16385)));
    const start = Number(/^A(\d+)$/.exec(chart?.position?.start ?? "")?.[1]);
    const end = Number(/^F(\d+)$/.exec(chart?.position?.end ?? "")?.[1]);
    expect(start).toBeGreaterThan(lastText);
    expect(end).toBeGreaterThan(start + 10);
    expect(sheet.pageLayout.printArea).toBe(`A1:F${end}`);
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    // Only the Overzicht gets a chart.
    expect(fixture.fake.workbook.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual(["Overzicht"]);
  });

  test("the chart goes in the same requests: no extra sync", async () => {
    const { overview } = builtTables();
    const syncs = async (apiVersion: string) => {
      fixture?.uninstall();
      fixture = officeFixture({ apiVersion });
      await fixture.workbook.writeTables([overview], options);
      fixture.fake.resetStats();
      await fixture.workbook.writeTables([overview], options);
      return fixture.fake.stats.syncs;
    };
    const without = await syncs("1.6");
    const withChart = await syncs("1.18");
    expect(fixture.fake.workbook.sheet("Overzicht")?.charts).toHaveLength(1);
    expect(withChart).toBe(without);
  });

  test("regenerating leaves one chart: the tool's sheet is replaced, not added to", async () => {
    fixture = officeFixture();
    const { overview } = builtTables();
    await fixture.workbook.writeTables([overview], options);
    const first = fixture.fake.workbook.sheet("Overzicht")?.charts[0]?.id;
    await fixture.workbook.writeTables([overview], options);
    const charts = fixture.fake.workbook.sheet("Overzicht")?.charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]?.id).not.toBe(first);
    expect(fixture.fake.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Overzicht"))).toEqual(["Overzicht"]);
    // The chart is kept in the saved file.
    fixture = fixture.reopen();
    expect(fixture.fake.workbook.sheet("Overzicht")?.charts).toHaveLength(1);
  });

  test("no chart, and no error, where Excel lacks the chart calls (below ExcelApi 1.7)", async () => {
    fixture = officeFixture({ apiVersion: "1.6" });
    const { overview } = builtTables();
    await fixture.workbook.writeTables([overview], options);
    const sheet = fixture.fake.workbook.sheet("Overzicht");
    expect(sheet?.charts).toEqual([]);
    expect(sheet?.tables).toHaveLength(1);
    // The print area is the table's, as before.
    const lastText = Math.max(...[...(sheet?.cells.keys() ?? [])].map((k) => Math.floor(k / 16385)));
    expect(sheet?.pageLayout.printArea).toBe(`A1:F${lastText}`);
  });

  test("an Overzicht without the chart's columns, or without rows, gets no chart", async () => {
    fixture = officeFixture();
    const { overview } = builtTables();
    await fixture.workbook.writeTables([smallOverview], options);
    expect(fixture.fake.workbook.sheet("Overzicht")?.charts).toEqual([]);
    await fixture.workbook.writeTables([{ ...overview, rows: [], totals: undefined }], options);
    expect(fixture.fake.workbook.sheet("Overzicht")?.charts).toEqual([]);
  });

  test("English title when the add-in runs in English", async () => {
    fixture = officeFixture({}, { language: "en" });
    await fixture.workbook.writeTables([builtTables().overview], options);
    expect(fixture.fake.workbook.sheet("Overzicht")?.charts[0]?.title).toBe("Formation and filled positions per cluster");
  });
});
