/**
 * User text written into a workbook stays text (issue 7): through setText and setNote, in the
 * Controle sheet, the notes on marked cells and the generated tables. Every check reads the written
 * file back with ExcelJS and looks at the cell's type, so a formula could not hide behind its text.
 */
import ExcelJS from "exceljs";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import type { Finding } from "../../src/core/findings";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { MAX_CELL_TEXT } from "../../src/core/text/storable-text";
import { annotate, validateWorkbook } from "../../src/cli/validate-command";
import { annotateWorkbook, CONTROL_SHEET } from "../../src/xlsx/annotate";
import { writeTables } from "../../src/xlsx/write-tables";
import { setNote, setText } from "../../src/xlsx/write-text";

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

async function readBack(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/** Every cell of a sheet with its type; formulas are listed with their formula text. */
function cellsOf(sheet: ExcelJS.Worksheet): { address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue }[] {
  const cells: { address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => cells.push({ address: cell.address, type: cell.type, value: cell.value })));
  return cells;
}

const textOf = (value: ExcelJS.CellValue): string =>
  typeof value === "string" ? value : value && typeof value === "object" && "richText" in value ? value.richText.map((t) => t.text).join("") : String(value);

describe("setText and setNote", () => {
  it.each(DANGEROUS.map((t) => [JSON.stringify(t), t]))("write %s as a string cell and a plain note", async (_label, text) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    setText(sheet.getCell("A1"), text);
    setNote(sheet.getCell("A1"), text);
    const cell = (await readBack(workbook)).getWorksheet("Blad1")?.getCell("A1");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(asStored(text));
    const note = cell?.note;
    expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toBe(asStored(text));
  });

  it("never takes an object through: a formula-shaped value becomes its text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    setText(sheet.getCell("A1"), { formula: "1+1" } as unknown as string);
    const cell = (await readBack(workbook)).getWorksheet("Blad1")?.getCell("A1");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
  });

  it("replaces characters a workbook cannot hold and cuts text to Excel's cell limit", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    setText(sheet.getCell("A1"), "a\u0000b\u001Bc\uD800d");
    setText(sheet.getCell("A2"), "x".repeat(MAX_CELL_TEXT + 10));
    const back = (await readBack(workbook)).getWorksheet("Blad1");
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
    const workbook = await readBack(source);
    const book = bundledFunctieboek();
    const result = validateWorkbook(workbook, book, undefined);
    const quoted = result.findings.filter((f) => DANGEROUS.some((d) => f.message.nl.includes(asStored(d).trim())));
    expect(quoted.length).toBeGreaterThanOrEqual(DANGEROUS.length); // the test really writes such text
    annotate(workbook, result, book);
    const back = await readBack(workbook);

    const control = back.getWorksheet(CONTROL_SHEET) as ExcelJS.Worksheet;
    const cells = cellsOf(control);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    for (const c of cells) expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Hyperlink, ExcelJS.ValueType.RichText]).toContain(c.type);
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
    annotateWorkbook(workbook, [finding]);
    const control = (await readBack(workbook)).getWorksheet(CONTROL_SHEET) as ExcelJS.Worksheet;
    expect(cellsOf(control).filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(control.getCell("D3").value).toBe("=SUM(A1)");
    expect(control.getCell("E3").value).toBe("@x");
    expect(control.getCell("G3").value).toBe("-1");
    expect((control.getCell("C3").value as { hyperlink: string }).hyperlink).toBe("#'=SUM(A1)'!A1");
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
    workbook.addWorksheet("Formatie");
    writeTables(workbook, [table], { functieboekName: text(4), date: "2025-01-01", sourceSheet: text(5) });
    const sheet = (await readBack(workbook)).getWorksheet("Plaatsingslijst") as ExcelJS.Worksheet;
    const cells = cellsOf(sheet);
    const formulas = cells.filter((c) => c.type === ExcelJS.ValueType.Formula);
    for (const f of formulas) expect((f.value as ExcelJS.CellFormulaValue).formula).toMatch(/^SUBTOTAL\(109,/);
    const strings = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value);
    for (const d of DANGEROUS) expect(strings).toContain(asStored(d));
    expect(strings).toContain(asStored(text(2)));
    expect(strings).toContain(asStored(text(3)));
  });
});
