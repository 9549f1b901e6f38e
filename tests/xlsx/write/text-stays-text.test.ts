/**
 * User text written into a workbook stays text (issues 7 and 19): a suggestion the user applies,
 * the Controle sheet, the notes on marked cells and the generated tables. Every check reads the
 * written file back with ExcelJS and looks at the cell's type, so a formula could not hide behind
 * its text.
 */
import ExcelJS from "exceljs";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import type { Finding } from "../../../src/core/findings";
import type { DataTable } from "../../../src/core/plaatsing/data-table";
import { validateGrid } from "../../../src/core/rules/engine";
import { MAX_CELL_TEXT } from "../../../src/core/text/storable-text";
import { CONTROL_SHEET, FileWorkbook } from "../../../src/xlsx/file-workbook";
import { SourceWorkbook } from "../../../src/xlsx/read/source-workbook";

/** Text that Excel (or a CSV importer) would run as a formula or command if it were typed in. */
const DANGEROUS = [
  '=HYPERLINK("http://x")',
  "+31 6 1234 5678",
  "@SUM(A1)",
  "-2+3",
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "'=1+1",
  " =1+1",
];

/** XML turns a carriage return into a line feed, as Excel's own files do; nothing else may change. */
const asStored = (text: string) => text.replace(/\r\n?/g, "\n");

async function excelOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return copy;
}

async function fileOf(workbook: ExcelJS.Workbook): Promise<FileWorkbook> {
  return FileWorkbook.fromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), { today: () => "2025-01-01", bundledBookName: async () => "Boek" });
}

/** Every cell of a sheet with its type; formulas are listed with their formula text. */
function cellsOf(sheet: ExcelJS.Worksheet): { address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue }[] {
  const cells: { address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => cells.push({ address: cell.address, type: cell.type, value: cell.value })));
  return cells;
}

const textOf = (value: ExcelJS.CellValue): string =>
  typeof value === "string" ? value : value && typeof value === "object" && "richText" in value ? value.richText.map((t) => t.text).join("") : String(value);

describe("a suggestion applied and a note written", () => {
  it.each(DANGEROUS.map((t) => [JSON.stringify(t), t]))("write %s as a string cell and a plain note", async (_label, text) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("B2").value = 1;
    const file = await fileOf(workbook);
    await file.setCellValue("Blad1", "A1", text);
    await file.markFindings([{ code: "test/x", severity: "error", sheet: "Blad1", row: 1, column: "A", cell: "A1", message: { nl: text, en: text } }]);
    const cell = (await excelOf(await file.toBytes())).getWorksheet("Blad1")?.getCell("A1");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(asStored(text));
    const note = cell?.note;
    expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toBe(asStored(`Formatiecheck:\nOverige bevinding: ${text}`));
  });

  it("replaces characters a workbook cannot hold and cuts text to Excel's cell limit", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("C3").value = 1;
    const file = await fileOf(workbook);
    await file.setCellValue("Blad1", "A1", "a\u0000b\u001Bc\uD800d");
    await file.setCellValue("Blad1", "A2", "x".repeat(MAX_CELL_TEXT + 10));
    const back = (await excelOf(await file.toBytes())).getWorksheet("Blad1");
    expect(back?.getCell("A1").value).toBe("a\uFFFDb\uFFFDc\uFFFDd");
    const long = back?.getCell("A2").value as string;
    expect(long).toHaveLength(MAX_CELL_TEXT);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("the annotated copy", () => {
  it("writes findings that quote formula-like cell text as text: Controle sheet and notes", async () => {
    // A user's sheet whose cells hold formula-like text (typed with a leading apostrophe in Excel).
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("Formatie");
    sheet.addRow(["Functie", "HR21-normfunctie", "Schaal", "FTE", "Medewerker", "Personeelsnummer"]);
    DANGEROUS.forEach((text, i) => sheet.addRow([text, "Adviseur IV", 10, i === 0 ? "-2+3" : 1, `@SUM(A${i})`, "+31 6 1234 5678"]));
    const file = await fileOf(source);
    const book = bundledFunctieboek();
    const result = validateGrid(await file.readSheet("Formatie"), book);
    const quoted = result.findings.filter((f) => DANGEROUS.some((d) => f.message.nl.includes(asStored(d).trim())));
    expect(quoted.length).toBeGreaterThanOrEqual(DANGEROUS.length); // the test really writes such text
    await file.markFindings(result.findings, { summary: result.summary });
    const back = await excelOf(await file.toBytes());

    const control = back.getWorksheet(CONTROL_SHEET) as ExcelJS.Worksheet;
    const cells = cellsOf(control);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    for (const c of cells) expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Hyperlink, ExcelJS.ValueType.RichText, ExcelJS.ValueType.Number, ExcelJS.ValueType.Merge]).toContain(c.type);
    const texts = cells.map((c) => textOf(c.value));
    for (const f of result.findings) expect(texts).toContain(asStored(f.message.nl));

    // The user's own cells are unchanged and still text; their notes are plain text.
    const formatie = back.getWorksheet("Formatie") as ExcelJS.Worksheet;
    DANGEROUS.forEach((text, i) => {
      const cell = formatie.getCell(i + 2, 1);
      expect({ type: cell.type, value: cell.value }).toEqual({ type: ExcelJS.ValueType.String, value: asStored(text) });
    });
    expect(cellsOf(formatie).filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const noted = formatie.getCell("A2").note;
    expect(typeof noted === "string" ? noted : noted?.texts?.map((t) => t.text).join("")).toContain('=HYPERLINK("http://x")');
  });

  it("writes a sheet name that looks like a formula into the Controle sheet as text", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("=SUM(A1)").getCell("A1").value = "x";
    const finding: Finding = { code: "test/x", severity: "error", sheet: "=SUM(A1)", row: 1, column: "A", cell: "A1", message: { nl: "@x", en: "+x" }, suggestion: "-1" };
    const file = await fileOf(workbook);
    await file.markFindings([finding]);
    const bytes = await file.toBytes();
    const control = (await excelOf(bytes)).getWorksheet(CONTROL_SHEET) as ExcelJS.Worksheet;
    expect(cellsOf(control).filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const row = control.getColumn(4).values.findIndex((v) => v === "@x");
    expect(row).toBeGreaterThan(0);
    expect(control.getCell(row, 5).value).toBe("-1");
    expect(control.getCell(2, 1).value).toContain("werkblad '=SUM(A1)'");
    const xml = (await (await SourceWorkbook.open(bytes)).openXml?.sheetXml(CONTROL_SHEET)) ?? "";
    expect(xml).toContain(`location="'=SUM(A1)'!A1"`);
  });
});

describe("the generated tables", () => {
  it("write every text of a table as text; the only formulas are the table's own totals", async () => {
    const text = (i: number) => DANGEROUS[i % DANGEROUS.length] as string;
    const table: DataTable = {
      name: "Plaatsingslijst",
      title: text(0),
      titleEn: text(0),
      columns: [
        { key: "name", label: "Naam", labelEn: "Name", type: "text" },
        { key: "function", label: "Functie", labelEn: "Function", type: "text" },
        { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
      ],
      rows: DANGEROUS.map((d, i) => [d, text(i + 1), 0.5]),
      totals: ["Totaal", null, DANGEROUS.length * 0.5],
      notes: [{ nl: text(2), en: text(2) }],
      footnotes: [{ nl: text(3), en: text(3) }],
    };
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Formatie").getCell("A1").value = "x";
    const file = await FileWorkbook.fromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), { today: () => "2025-01-01", bundledBookName: async () => text(4) });
    await file.writeTables([table], { sourceSheet: text(5) });
    const sheet = (await excelOf(await file.toBytes())).getWorksheet("Plaatsingslijst") as ExcelJS.Worksheet;
    const cells = cellsOf(sheet);
    const formulas = cells.filter((c) => c.type === ExcelJS.ValueType.Formula);
    for (const f of formulas) expect((f.value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUBTOTAL\(109,/);
    const strings = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value);
    for (const d of DANGEROUS) expect(strings).toContain(asStored(d));
    expect(strings).toContain(asStored(text(2)));
    expect(strings).toContain(asStored(text(3)));
  });
});
