/**
 * The generated tables in a file (issues 5, 13, 19): each on its own sheet as a native Excel table
 * with print setup, read back with ExcelJS as another program would.
 */
import ExcelJS from "exceljs";
import { buildPlaatsingTables } from "../../../src/core/plaatsing/plaatsing-tables";
import type { DataTable } from "../../../src/core/plaatsing/data-table";
import { NUMBER_FORMATS, TABLE_STYLE } from "../../../src/core/plaatsing/table-output";
import { FileWorkbook } from "../../../src/xlsx/file-workbook";
import { book, index, person, validated } from "../../core/plaatsing/placement-sheet";

const options = { functieboekName: "Boek & Co", date: "2025-06-01", sourceSheet: "Formatie" };

/** Writes the tables into a copy of the workbook, as the CLI and file mode do; the copy read back with ExcelJS. */
async function writeTables(workbook: ExcelJS.Workbook, tables: readonly DataTable[], opts: { functieboekName: string; date: string; sourceSheet?: string }) {
  const file = await FileWorkbook.fromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), { today: () => opts.date, bundledBookName: async () => opts.functieboekName });
  const result = await file.writeTables(tables, opts.sourceSheet !== undefined ? { sourceSheet: opts.sourceSheet } : {});
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await file.toBytes()) as unknown as ExcelJS.Buffer);
  return { result, read, file };
}

/** The tool's own sheets as its state sheet records them. */
async function createdSheets(file: FileWorkbook): Promise<string[]> {
  const own = await file.ownSheets();
  return [...own].filter((n) => !n.startsWith("Formatiecheck_"));
}

function tables(): DataTable[] {
  const result = validated([
    person("Adviseur", '=HYPERLINK("x")', 1, { nr: "+31 6 1234", cluster: book.clusters[0]?.name }),
    person("Adviseur", "@SUM(A1)", 0.8, { nr: "-5" }),
    person("Beheerder", "Ans", 1),
  ]);
  const built = buildPlaatsingTables(result, index, { date: options.date });
  if (!built) throw new Error("unusable");
  return [built.overview, built.perFunction, built.perCluster, built.list];
}

function excelTables(sheet: ExcelJS.Worksheet): ExcelJS.TableProperties[] {
  return (sheet.getTables() as unknown as { table: ExcelJS.TableProperties }[]).map((t) => t.table);
}

function userWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Formatie").addRow(["Functie", "FTE"]);
  return workbook;
}

/** The table's header row, from the table's own reference ("A5:J22" → 5). */
function headerRowOf(table: ExcelJS.TableProperties & { tableRef?: string }): number {
  return Number(/^[A-Z]+(\d+)/.exec(table.tableRef ?? table.ref)?.[1]);
}

describe("writeTables", () => {
  it("writes each table on its own sheet as a native Excel table with a header and totals row", async () => {
    const source = tables();
    const { result, read } = await writeTables(userWorkbook(), source, options);
    expect(result.sheets.map((w) => w.sheet)).toEqual(source.map((t) => t.name));
    for (const table of source) {
      const sheet = read.getWorksheet(table.name);
      if (!sheet) throw new Error(`no sheet ${table.name}`);
      const [excel] = excelTables(sheet);
      expect(excelTables(sheet)).toHaveLength(1);
      expect(excel).toMatchObject({ headerRow: true, totalsRow: true, style: expect.objectContaining({ theme: TABLE_STYLE }) });
      const header = headerRowOf(excel as ExcelJS.TableProperties);
      expect(sheet.getRow(header).values).toEqual([undefined, ...table.columns.map((c) => c.label)]);
      expect(sheet.getCell(header + table.rows.length + 1, 1).value).toBe("Totaal");
    }
  });

  it("sets up every sheet for print: A4, one page wide (short ones one page), header row repeated, header and footer", async () => {
    const { read } = await writeTables(userWorkbook(), tables(), options);
    for (const table of tables()) {
      const sheet = read.getWorksheet(table.name) as ExcelJS.Worksheet;
      const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
      // These tables are a few rows long: each fits on one page.
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1, printTitlesRow: `${header}:${header}` });
      expect(sheet.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet.headerFooter.oddHeader).toContain(table.title);
      expect(sheet.headerFooter.oddHeader).toContain("Boek && Co");
      expect(sheet.headerFooter.oddFooter).toContain("01-06-2025");
      expect(sheet.headerFooter.oddFooter).toContain("pagina &P van &N");
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    }
  });

  it("formats FTE as 0,00, counts as whole numbers with separators and scales as plain digits, in data and totals rows", async () => {
    const source = tables();
    const { read } = await writeTables(userWorkbook(), source, options);
    const table = source.find((t) => t.name === "Plaatsing per functie") as DataTable;
    const sheet = read.getWorksheet(table.name) as ExcelJS.Worksheet;
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    table.columns.forEach((column, j) => {
      if (column.type === "text") return;
      const format = column.plain ? "0" : NUMBER_FORMATS[column.type];
      expect({ column: column.key, format: sheet.getCell(header + 1, j + 1).numFmt }).toEqual({ column: column.key, format });
      expect({ column: column.key, format: sheet.getCell(header + table.rows.length + 1, j + 1).numFmt }).toEqual({ column: column.key, format });
      expect(sheet.getCell(header + 1, j + 1).alignment?.horizontal).toBe("right");
      // The header label sits over its numbers.
      expect(sheet.getCell(header, j + 1).alignment?.horizontal).toBe("right");
    });
    expect(NUMBER_FORMATS.fte).toBe("#,##0.00");
    expect(NUMBER_FORMATS.integer).toBe("#,##0");
    expect(table.columns.find((c) => c.key === "scale")?.plain).toBe(true);
  });

  it("writes euro columns with a euro format, and a column sum as SUBTOTAL over the rows shown", async () => {
    const table: DataTable = {
      name: "Bedragen",
      title: "Bedragen",
      titleEn: "Amounts",
      columns: [
        { key: "what", label: "Wat", labelEn: "What", type: "text" },
        { key: "amount", label: "Bedrag (€)", labelEn: "Amount (€)", type: "euro" },
      ],
      rows: [["a", 1234.5], ["b", 10]],
      totals: ["Totaal", 1244.5],
    };
    const { read } = await writeTables(userWorkbook(), [table], options);
    const sheet = read.getWorksheet("Bedragen") as ExcelJS.Worksheet;
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    expect(sheet.getCell(header + 1, 2).numFmt).toBe(NUMBER_FORMATS.euro);
    expect(NUMBER_FORMATS.euro).toMatch(/^"€ "#,##0/);
    expect(sheet.getCell(header + 3, 2).value).toEqual({ formula: `SUBTOTAL(109,B${header + 1}:B${header + 2})`, result: 1244.5 });
    expect(sheet.getCell(header + 3, 2).font?.bold).toBe(true);
    expect(sheet.getCell(header + 3, 2).border?.top?.style).toBe("thin");
  });

  it("writes a total that is no column sum as a plain value, and one that is as SUBTOTAL", async () => {
    const table: DataTable = {
      name: "Tellingen",
      title: "Tellingen",
      titleEn: "Counts",
      columns: [
        { key: "what", label: "Functie", labelEn: "Function", type: "text" },
        { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
        { key: "people", label: "Medewerkers", labelEn: "Employees", type: "integer" },
      ],
      // One employee on two functions: the number of employees is 2, not the column's sum 3.
      rows: [["Adviseur", 1, 1], ["Beheerder", 0.5, 1], ["Ondersteuner", 0.5, 1]],
      totals: ["Totaal", 2, 2],
    };
    const { read } = await writeTables(userWorkbook(), [table], options);
    const sheet = read.getWorksheet("Tellingen") as ExcelJS.Worksheet;
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    const totals = header + 4;
    expect(sheet.getCell(totals, 2).value).toEqual({ formula: `SUBTOTAL(109,B${header + 1}:B${header + 3})`, result: 2 });
    expect(sheet.getCell(totals, 3).value).toBe(2);
    expect(sheet.getCell(totals, 3).numFmt).toBe(NUMBER_FORMATS.integer);
  });

  it("writes a table without rows as a table with one empty row", async () => {
    const table: DataTable = { name: "Leeg", title: "Leeg", titleEn: "Empty", columns: [{ key: "a", label: "A", labelEn: "A", type: "text" }, { key: "n", label: "N", labelEn: "N", type: "fte" }], rows: [], totals: ["Totaal", 0] };
    const { read } = await writeTables(userWorkbook(), [table], options);
    const sheet = read.getWorksheet("Leeg") as ExcelJS.Worksheet;
    const excel = excelTables(sheet)[0] as ExcelJS.TableProperties & { tableRef?: string };
    const header = headerRowOf(excel);
    expect(excel.tableRef ?? excel.ref).toBe(`A${header}:B${header + 2}`);
    expect(sheet.getCell(header + 1, 1).value).toBeNull();
  });

  it("keeps user text literal: a name like =HYPERLINK(…) or +31 6 … is a string, never a formula", async () => {
    const { read } = await writeTables(userWorkbook(), tables(), options);
    const sheet = read.getWorksheet("Plaatsingslijst") as ExcelJS.Worksheet;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    for (const text of ['=HYPERLINK("x")', "+31 6 1234", "@SUM(A1)", "-5"]) {
      const cell = cells.find((c) => c.value === text);
      expect({ text, type: cell?.type, formula: cell?.formula }).toEqual({ text, type: ExcelJS.ValueType.String, formula: undefined });
    }
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula).every((c) => /^SUBTOTAL\(109,/.test(c.formula))).toBe(true);
  });

  it("replaces its own sheets when run again, and only those", async () => {
    const first = await writeTables(userWorkbook(), tables(), options);
    const second = await writeTables(first.read, tables(), options);
    const names = second.read.worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n === "Plaatsingslijst")).toHaveLength(1);
    expect(names).not.toContain("Plaatsingslijst (2)");
    expect(names).toContain("Formatie");
    expect(second.read.getWorksheet("Formatie")?.getCell("A1").value).toBe("Functie");
    expect((await createdSheets(second.file)).sort()).toEqual(tables().map((t) => t.name).sort());
    const tableNames = second.read.worksheets.flatMap((ws) => excelTables(ws).map((t) => t.name));
    expect(new Set(tableNames).size).toBe(tableNames.length);
  });

  it("never overwrites a user's own sheet with the same name: it uses another name and says so", async () => {
    const workbook = userWorkbook();
    workbook.addWorksheet("plaatsingslijst").getCell("A1").value = "mijn eigen lijst";
    const first = await writeTables(workbook, tables(), options);
    expect(first.result.sheets.find((w) => w.table === "Plaatsingslijst")).toEqual({ table: "Plaatsingslijst", sheet: "Plaatsingslijst (2)", renamed: true });
    const second = await writeTables(first.read, tables(), options);
    expect(second.result.sheets.find((w) => w.table === "Plaatsingslijst")?.sheet).toBe("Plaatsingslijst (2)");
    expect(second.read.getWorksheet("plaatsingslijst")?.getCell("A1").value).toBe("mijn eigen lijst");
    expect(second.read.worksheets.map((ws) => ws.name).filter((n) => /plaatsingslijst/i.test(n)).sort()).toEqual(["Plaatsingslijst (2)", "plaatsingslijst"]);
  });

  it("gives its Excel tables names no user table has", async () => {
    const workbook = userWorkbook();
    workbook.addWorksheet("Eigen").addTable({ name: "TabelOverzicht", ref: "A1", columns: [{ name: "x" }], rows: [[1]] });
    const { read } = await writeTables(workbook, tables(), options);
    expect(excelTables(read.getWorksheet("Overzicht") as ExcelJS.Worksheet).map((t) => t.name)).toEqual(["TabelOverzicht2"]);
    expect(excelTables(read.getWorksheet("Eigen") as ExcelJS.Worksheet).map((t) => t.name)).toEqual(["TabelOverzicht"]);
  });

  it("writes a title block, notes above the table and footnotes under it, inside the print area", async () => {
    const source = tables();
    const { read } = await writeTables(userWorkbook(), source, options);
    const sheet = read.getWorksheet("Overzicht") as ExcelJS.Worksheet;
    const overview = source[0] as DataTable;
    expect(sheet.getCell("A1").value).toBe(overview.title);
    expect(sheet.getCell("A2").value).toBe("Boek & Co · werkblad 'Formatie' · 1 juni 2025");
    expect(sheet.getCell("A3").value).toBe(overview.notes?.[0]?.nl);
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    const firstFootnote = header + overview.rows.length + 3;
    expect(sheet.getCell(firstFootnote, 1).value).toBe(overview.footnotes?.[0]?.nl);
    const lastPrinted = Number(/(\d+)$/.exec(sheet.pageSetup.printArea ?? "")?.[1]);
    expect(lastPrinted).toBe(firstFootnote + (overview.footnotes?.length ?? 0) - 1);
  });
});
