/**
 * The print layout of a generated table, as both adapters write it: title block, header, rows
 * with their heights, totals, footnotes, columns (formats, alignment, indents), the page setup
 * and the Overzicht chart's place.
 */
import type { DataTable } from "../../../src/core/plaatsing/data-table";
import { OVERVIEW_TABLE } from "../../../src/core/plaatsing/overview-table";
import { MAX_ROW_HEIGHT, MIN_PRINT_SCALE } from "../../../src/core/print/print-page";
import { layoutTable, type LayoutContext } from "../../../src/core/print/table-layout";

const context: LayoutContext = { functieboekName: "Functieboek Ommen & co", sourceSheet: "Formatie 2025", date: "2026-03-01", language: "nl" };

const list: DataTable = {
  name: "Plaatsingslijst",
  title: "Plaatsingslijst",
  titleEn: "Placement list",
  columns: [
    { key: "employee", label: "Medewerker", labelEn: "Employee", type: "text" },
    { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer", plain: true },
    { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
    { key: "coordination", label: "Coördinatiemodule", labelEn: "Coordination module", type: "text" },
    { key: "people", label: "Aantal", labelEn: "Count", type: "integer" },
    { key: "cost", label: "Kosten (€)", labelEn: "Cost (€)", type: "euro" },
    { key: "remark", label: "Opmerking", labelEn: "Remark", type: "text" },
  ],
  rows: [
    ["Anna Bos", 10, 0.8, "nee", 1, 52000, null],
    ["Bram Kok", 9, 1, "ja", 2, 61000, "ook op rij 12; samen 1,40 fte (meer dan 1,00) en nog veel meer tekst die in deze kolom moet omlopen omdat hij lang is"],
  ],
  totals: ["Totaal", null, 1.8, null, 3, 113000, null],
  about: [{ nl: "Datum: 1 maart 2026", en: "Date: 1 March 2026" }],
  notes: [{ nl: "Gemaakt uit werkblad Formatie.", en: "Made from sheet Formatie." }],
  footnotes: [{ nl: "Voetnoot een.", en: "Footnote one." }, { nl: "Voetnoot twee.", en: "Footnote two." }],
};

describe("title block, table and footnotes", () => {
  const layout = layoutTable(list, context);

  it("title; functieboek, source sheet and the date of the check; the table's notes (not its 'about' lines)", () => {
    expect(layout.lines.map((l) => [l.row, l.kind, l.text])).toEqual([
      [1, "title", "Plaatsingslijst"],
      [2, "subtitle", "Functieboek Ommen & co · werkblad 'Formatie 2025' · 1 maart 2026"],
      [3, "note", "Gemaakt uit werkblad Formatie."],
    ]);
    const en = layoutTable(list, { ...context, language: "en" });
    expect(en.lines.map((l) => l.text)).toEqual(["Placement list", "Functieboek Ommen & co · sheet 'Formatie 2025' · 1 March 2026", "Made from sheet Formatie."]);
    expect(en.labels[0]).toBe("Employee");
  });

  it("a blank row, the header, the rows, the totals row, a blank row and the footnotes", () => {
    expect(layout).toMatchObject({ headerRow: 5, firstDataRow: 6, lastDataRow: 7, lastRow: 11 });
    expect(layout.footnotes.map((f) => [f.row, f.text])).toEqual([
      [10, "Voetnoot een."],
      [11, "Voetnoot twee."],
    ]);
  });

  it("totals: SUBTOTAL over the rows where the total is the column's sum, else the value", () => {
    expect(layout.totals).toEqual([{ value: "Totaal" }, { value: null }, { value: 1.8, sumOf: "C6:C7" }, { value: null }, { value: 3, sumOf: "E6:E7" }, { value: 113000, sumOf: "F6:F7" }, { value: null }]);
    const notASum = layoutTable({ ...list, totals: ["Totaal", null, 1.8, null, 2, 113000, null] }, context);
    expect(notASum.totals?.[4]).toEqual({ value: 2 });
  });

  it("text after text is indented too: a name filling its column never runs into the next one", () => {
    const two = layoutTable({ ...list, columns: [list.columns[0], list.columns[6]] as DataTable["columns"], rows: list.rows.map((r) => [r[0] ?? null, r[6] ?? null]), totals: undefined }, context);
    expect(two.columns.map((c) => c.indent)).toEqual([0, 1]);
  });

  it("numbers right with fixed formats; text left, indented after another column", () => {
    expect(layout.columns.map((c) => [c.align, c.numberFormat ?? null, c.indent, c.wrap])).toEqual([
      ["left", null, 0, true],
      ["right", "0", 0, false],
      ["right", "#,##0.00", 0, false],
      ["left", null, 1, true],
      ["right", "#,##0", 0, false],
      ["right", '"€ "#,##0;"€ "-#,##0', 0, false],
      ["left", null, 1, true],
    ]);
    for (const column of layout.columns) expect(column.points).toBe(Math.trunc(((256 * column.width + 18) / 256) * 7) * 0.75);
  });

  it("rows as high as their wrapped text; no higher than Excel allows", () => {
    const [short, long] = layout.rowHeights;
    expect(short).toBe(15);
    expect(long).toBeGreaterThan(15);
    const huge = layoutTable({ ...list, rows: [["Anna", 1, 1, "nee", 1, 1, "woord ".repeat(3000)]] }, context);
    expect(huge.rowHeights[0]).toBe(MAX_ROW_HEIGHT);
  });

  it("an empty table still has one (empty) row: an Excel table needs one", () => {
    const empty = layoutTable({ ...list, rows: [], totals: undefined }, context);
    expect(empty.rows).toEqual([[null, null, null, null, null, null, null]]);
    expect(empty.firstDataRow).toBe(empty.lastDataRow);
  });
});

describe("the page", () => {
  it("A4 page header and footer: title, functieboek ('&' doubled), the date, 'pagina x van y' per sheet", () => {
    const layout = layoutTable(list, context);
    expect(layout.header).toEqual({ left: "&BPlaatsingslijst&B", right: "Functieboek Ommen && co" });
    expect(layout.footer).toEqual({ left: "01-03-2026", right: "pagina &P van &N" });
    expect(layoutTable(list, { ...context, language: "en" }).footer.right).toBe("page &P of &N");
    expect(layout.firstPageNumber).toBe(1);
  });

  it("a short table fits on one page; a long one is one page wide, as many pages high as it needs", () => {
    expect(layoutTable(list, context)).toMatchObject({ onePage: true, fitToWidth: true });
    const rows = Array.from({ length: 300 }, (_, i) => [`Medewerker ${i}`, 9, 1, "nee", 1, 50000, null]);
    const long = layoutTable({ ...list, rows }, context);
    expect(long).toMatchObject({ onePage: false, fitToWidth: true });
    expect(long.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });

  it("a summary meant for one page stays on one page while that is readable", () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Onderdeel ${i}`, 9, 1, "nee", 1, 50000, null]);
    expect(layoutTable({ ...list, rows, onePage: true }, context).onePage).toBe(true);
    const tooLong = Array.from({ length: 400 }, (_, i) => [`Onderdeel ${i}`, 9, 1, "nee", 1, 50000, null]);
    expect(layoutTable({ ...list, rows: tooLong, onePage: true }, context).onePage).toBe(false);
  });

  it("portrait when it fits at 100 %, landscape when wider", () => {
    expect(layoutTable({ ...list, columns: list.columns.slice(0, 3), rows: list.rows.map((r) => r.slice(0, 3)), totals: undefined }, context).landscape).toBe(false);
    const wide = { ...list, rows: [["Anna Bos", 10, 0.8, "nee", 1, 52000, "een lange opmerking ".repeat(4)]] };
    const layout = layoutTable({ ...wide, columns: [...wide.columns, ...wide.columns.slice(0, 6)].map((c, i) => ({ ...c, key: `k${i}` })), rows: wide.rows.map((r) => [...r, ...r.slice(0, 6)]), totals: undefined }, context);
    expect(layout.landscape).toBe(true);
    expect(layout.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });

  it("more number columns than fit at 70 %: printed at 70 %, the columns going on to a next page", () => {
    const columns = Array.from({ length: 40 }, (_, i) => ({ key: `n${i}`, label: `Bedrag ${i} (€)`, labelEn: `Amount ${i}`, type: "euro" as const }));
    const layout = layoutTable({ name: "Breed", title: "Breed", titleEn: "Wide", columns, rows: [columns.map(() => 1234567)] }, context);
    expect(layout).toMatchObject({ fitToWidth: false, scale: MIN_PRINT_SCALE, landscape: true });
  });
});

describe("the Overzicht chart's place", () => {
  const overview: DataTable = {
    name: OVERVIEW_TABLE,
    title: "Overzicht",
    titleEn: "Overview",
    columns: [
      { key: "part", label: "Onderdeel", labelEn: "Part", type: "text" },
      { key: "formationFte", label: "Formatie (fte)", labelEn: "Formation (FTE)", type: "fte" },
      { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
    ],
    rows: [
      ["Cluster A", 3, 2],
      ["Cluster B", 4, 4],
    ],
    totals: ["Totaal", 7, 6],
    footnotes: [{ nl: "Bevindingen: geen.", en: "Findings: none." }],
    onePage: true,
  };

  it("under the footnotes, as wide as the table: formatie and bezet of the data rows, clusters as categories", () => {
    const layout = layoutTable(overview, context);
    expect(layout).toMatchObject({ headerRow: 4, lastDataRow: 6, lastRow: 9 });
    expect(layout.chart).toEqual({
      title: "Formatie en bezetting per cluster",
      source: "B4:C6",
      categories: "A5:A6",
      topLeft: "A11",
      bottomRight: "C26",
      firstRow: 11,
      lastRow: 26,
    });
  });

  it("none for other tables, an Overzicht without rows, or without the formatie and bezet columns side by side", () => {
    expect(layoutTable({ ...overview, name: "Iets anders" }, context).chart).toBeUndefined();
    expect(layoutTable({ ...overview, rows: [], totals: undefined }, context).chart).toBeUndefined();
    expect(layoutTable({ ...overview, columns: [overview.columns[0], overview.columns[2], overview.columns[1]] as DataTable["columns"] }, context).chart).toBeUndefined();
  });
});
