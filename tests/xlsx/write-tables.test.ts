import ExcelJS from "exceljs";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { createdSheets } from "../../src/xlsx/annotate";
import { NUMBER_FORMATS, TABLE_STYLE } from "../../src/core/plaatsing/table-output";
import { writeTables } from "../../src/xlsx/write-tables";
import { book, index, person, validated } from "../core/plaatsing/placement-sheet";

const options = { functieboekName: "Boek & Co", date: "2025-06-01", sourceSheet: "Formatie" };

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

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return copy;
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
    const workbook = userWorkbook();
    const { written } = writeTables(workbook, source, options);
    const read = await roundTrip(workbook);
    expect(written.map((w) => w.sheet)).toEqual(source.map((t) => t.name));
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

  it("sets up every sheet for print: A4, one page wide, header row repeated, header and footer", async () => {
    const workbook = userWorkbook();
    writeTables(workbook, tables(), options);
    const read = await roundTrip(workbook);
    for (const table of tables()) {
      const sheet = read.getWorksheet(table.name) as ExcelJS.Worksheet;
      const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: table.onePage ? 1 : 0, printTitlesRow: `${header}:${header}` });
      expect(sheet.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet.headerFooter.oddHeader).toContain(table.title);
      expect(sheet.headerFooter.oddHeader).toContain("Boek && Co");
      expect(sheet.headerFooter.oddFooter).toContain("2025-06-01");
      expect(sheet.headerFooter.oddFooter).toContain("pagina &P van &N");
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    }
    expect((read.getWorksheet("Plaatsingslijst") as ExcelJS.Worksheet).pageSetup.orientation).toBe("landscape");
  });

  it("formats FTE as 0,00 and counts as whole numbers, in data and totals rows", async () => {
    const workbook = userWorkbook();
    const source = tables();
    writeTables(workbook, source, options);
    const read = await roundTrip(workbook);
    const table = source.find((t) => t.name === "Plaatsing per functie") as DataTable;
    const sheet = read.getWorksheet(table.name) as ExcelJS.Worksheet;
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    table.columns.forEach((column, j) => {
      if (column.type === "text") return;
      expect({ column: column.key, format: sheet.getCell(header + 1, j + 1).numFmt }).toEqual({ column: column.key, format: NUMBER_FORMATS[column.type] });
      expect({ column: column.key, format: sheet.getCell(header + table.rows.length + 1, j + 1).numFmt }).toEqual({ column: column.key, format: NUMBER_FORMATS[column.type] });
    });
    expect(NUMBER_FORMATS.fte).toBe("0.00");
  });

  it("writes euro columns with a euro format", async () => {
    const workbook = userWorkbook();
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
    writeTables(workbook, [table], options);
    const sheet = (await roundTrip(workbook)).getWorksheet("Bedragen") as ExcelJS.Worksheet;
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    expect(sheet.getCell(header + 1, 2).numFmt).toBe(NUMBER_FORMATS.euro);
    expect(NUMBER_FORMATS.euro).toMatch(/^"€ "#,##0/);
    expect(sheet.getCell(header + 3, 2).value).toEqual({ formula: "SUBTOTAL(109,TabelBedragen[Bedrag (€)])", result: 1244.5 });
  });

  it("writes a total that is no column sum as a plain value, and one that is as SUBTOTAL", async () => {
    const workbook = userWorkbook();
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
    writeTables(workbook, [table], options);
    const sheet = (await roundTrip(workbook)).getWorksheet("Tellingen") as ExcelJS.Worksheet;
    const totals = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties) + 4;
    expect(sheet.getCell(totals, 2).value).toEqual({ formula: "SUBTOTAL(109,TabelTellingen[FTE])", result: 2 });
    expect(sheet.getCell(totals, 3).value).toBe(2);
    expect(sheet.getCell(totals, 3).numFmt).toBe(NUMBER_FORMATS.integer);
  });

  it("writes a table without rows as a table with one empty row", async () => {
    const workbook = userWorkbook();
    const table: DataTable = { name: "Leeg", title: "Leeg", titleEn: "Empty", columns: [{ key: "a", label: "A", labelEn: "A", type: "text" }, { key: "n", label: "N", labelEn: "N", type: "fte" }], rows: [], totals: ["Totaal", 0] };
    writeTables(workbook, [table], options);
    const sheet = (await roundTrip(workbook)).getWorksheet("Leeg") as ExcelJS.Worksheet;
    const excel = excelTables(sheet)[0] as ExcelJS.TableProperties & { tableRef?: string };
    const header = headerRowOf(excel);
    expect(excel.tableRef ?? excel.ref).toBe(`A${header}:B${header + 2}`);
    expect(sheet.getCell(header + 1, 1).value).toBeNull();
  });

  it("keeps user text literal: a name like =HYPERLINK(…) or +31 6 … is a string, never a formula", async () => {
    const workbook = userWorkbook();
    writeTables(workbook, tables(), options);
    const sheet = (await roundTrip(workbook)).getWorksheet("Plaatsingslijst") as ExcelJS.Worksheet;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    for (const text of ['=HYPERLINK("x")', "+31 6 1234", "@SUM(A1)", "-5"]) {
      const cell = cells.find((c) => c.value === text);
      expect({ text, type: cell?.type, formula: cell?.formula }).toEqual({ text, type: ExcelJS.ValueType.String, formula: undefined });
    }
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula).every((c) => /^SUBTOTAL\(109,/.test(c.formula))).toBe(true);
  });

  it("replaces its own sheets when run again, and only those", async () => {
    const workbook = userWorkbook();
    writeTables(workbook, tables(), options);
    const again = await roundTrip(workbook);
    writeTables(again, tables(), options);
    const read = await roundTrip(again);
    const names = read.worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n === "Plaatsingslijst")).toHaveLength(1);
    expect(names).not.toContain("Plaatsingslijst (2)");
    expect(names).toContain("Formatie");
    expect(read.getWorksheet("Formatie")?.getCell("A1").value).toBe("Functie");
    expect([...createdSheets(read)].sort()).toEqual(tables().map((t) => t.name).sort());
    const tableNames = read.worksheets.flatMap((ws) => excelTables(ws).map((t) => t.name));
    expect(new Set(tableNames).size).toBe(tableNames.length);
  });

  it("never overwrites a user's own sheet with the same name: it uses another name and says so", async () => {
    const workbook = userWorkbook();
    workbook.addWorksheet("plaatsingslijst").getCell("A1").value = "mijn eigen lijst";
    const first = writeTables(workbook, tables(), options);
    expect(first.written.find((w) => w.table === "Plaatsingslijst")?.sheet).toBe("Plaatsingslijst (2)");
    expect(first.notices.map((n) => n.nl)).toEqual(["Werkblad 'plaatsingslijst' is van uzelf en blijft ongewijzigd; de tabel staat in werkblad 'Plaatsingslijst (2)'."]);
    const again = await roundTrip(workbook);
    const second = writeTables(again, tables(), options);
    expect(second.written.find((w) => w.table === "Plaatsingslijst")?.sheet).toBe("Plaatsingslijst (2)");
    const read = await roundTrip(again);
    expect(read.getWorksheet("plaatsingslijst")?.getCell("A1").value).toBe("mijn eigen lijst");
    expect(read.worksheets.map((ws) => ws.name).filter((n) => /plaatsingslijst/i.test(n)).sort()).toEqual(["Plaatsingslijst (2)", "plaatsingslijst"]);
  });

  it("gives its Excel tables names no user table has", async () => {
    const workbook = userWorkbook();
    workbook.addWorksheet("Eigen").addTable({ name: "TabelOverzicht", ref: "A1", columns: [{ name: "x" }], rows: [[1]] });
    const { written } = writeTables(workbook, tables(), options);
    expect(written.find((w) => w.table === "Overzicht")?.excelTable).toBe("TabelOverzicht2");
    const read = await roundTrip(workbook);
    expect(excelTables(read.getWorksheet("Eigen") as ExcelJS.Worksheet).map((t) => t.name)).toEqual(["TabelOverzicht"]);
  });

  it("writes notes above the table and footnotes under it, inside the print area", async () => {
    const workbook = userWorkbook();
    const source = tables();
    writeTables(workbook, source, options);
    const sheet = (await roundTrip(workbook)).getWorksheet("Overzicht") as ExcelJS.Worksheet;
    const overview = source[0] as DataTable;
    expect(sheet.getCell("A1").value).toBe(overview.title);
    expect(sheet.getCell("A2").value).toBe("Boek & Co — werkblad 'Formatie' — 2025-06-01");
    expect(sheet.getCell("A3").value).toBe(overview.notes?.[0]?.nl);
    const header = headerRowOf(excelTables(sheet)[0] as ExcelJS.TableProperties);
    const firstFootnote = header + overview.rows.length + 3;
    expect(sheet.getCell(firstFootnote, 1).value).toBe(overview.footnotes?.[0]?.nl);
    const lastPrinted = Number(/(\d+)$/.exec(sheet.pageSetup.printArea ?? "")?.[1]);
    expect(lastPrinted).toBe(firstFootnote + (overview.footnotes?.length ?? 0) - 1);
  });
});
