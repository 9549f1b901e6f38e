/**
 * The workbook port on a .xlsx file (the pane's file mode): the example opened from its bytes,
 * checked, marked, cleared, tables written, a suggestion applied, state kept, and every result
 * read back from the bytes `toBytes()` gives, with ExcelJS, as a user would open the download.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildBudgetTable } from "../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import { buildBookTemplate } from "../../src/core/functieboek/workbook/book-template";
import { SEVERITY_FILL } from "../../src/core/marking";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../../src/core/rules/engine";
import type { StoredState, WorkbookPort } from "../../src/core/workbook-port";
import { parseStoredStateXml } from "../../src/core/stored-state";
import { CONTROL_SHEET, FileWorkbook, LISTS_SHEET, STATE_SHEET, type FileSelection } from "../../src/xlsx/file-workbook";
import { MAX_FILE_BYTES, WorkbookInputError } from "../../src/xlsx/read/input-errors";
import { partsOf, partText, propsXml, withCustomXml } from "./support/package-parts";
import { MAX_WORKBOOK_FILE_BYTES } from "../../src/taskpane/file-mode/open-file-workbook";

const EXAMPLE = path.join(__dirname, "../../examples/formatie-ommen.xlsx");
const SHEET = "Formatie 2025";
const TABLE_SHEETS = ["Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget"];
const ERROR_FILL = `FF${SEVERITY_FILL.error}`;
const expected = JSON.parse(readFileSync(path.join(__dirname, "../../examples/formatie-ommen.expected.json"), "utf8")) as { errors: { code: string; cell: string }[] };

const exampleBytes = () => new Uint8Array(readFileSync(EXAMPLE));
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const open = (bytes = exampleBytes()) => FileWorkbook.fromBytes(bytes, { fileName: "formatie-ommen.xlsx", today: () => "2025-06-01" });

async function reopened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function findingsOf(file: FileWorkbook) {
  return validateGrid(await file.readSheet(SHEET), bundledFunctieboek());
}

async function tablesOf(file: FileWorkbook) {
  const result = await findingsOf(file);
  const built = buildPlaatsingTables(result, new FunctieboekIndex(bundledFunctieboek()), { date: "2025-06-01" });
  if (!built) throw new Error("the example is a formation sheet");
  const budget = buildBudgetTable(built.plaatsing, { salaryTable: bundledSalaryTable(), settings: { employerChargesPercent: 30, basis: { kind: "maximum" } }, today: "2025-06-01", language: "nl" });
  return [built.overview, built.perFunction, built.perCluster, built.list, budget];
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

describe("FileWorkbook: opening a file", () => {
  test("lists the example's sheets and picks its formation sheet", async () => {
    const file = await open();
    expect(await file.listSheets()).toEqual([{ name: SHEET, visibility: "visible" }]);
    expect(await file.activeSheet()).toBe(SHEET);
    expect(await file.loadState()).toBeUndefined();
    expect(file.stateProblem).toBeUndefined();
    // A file has no user editing it meanwhile: no live events, so the pane offers no live checking.
    const port: WorkbookPort = file;
    expect(port.onSheetChanged).toBeUndefined();
    expect(port.onSelectionChanged).toBeUndefined();
  });

  test("reading the sheet gives the example's deliberate errors, exactly", async () => {
    const result = await findingsOf(await open());
    const errors = result.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);
    expect(errors.sort()).toEqual(expected.errors.map((e) => `${e.code} ${e.cell}`).sort());
  });

  test("the pane refuses a file above the reader's own limit before reading a byte of it", () => {
    expect(MAX_WORKBOOK_FILE_BYTES).toBe(MAX_FILE_BYTES);
  });

  test.each([
    ["an empty file", new Uint8Array(0), "Het bestand is leeg"],
    ["a CSV file renamed to .xlsx", new TextEncoder().encode("Functie;FTE\nAdviseur;1\n"), "Dit is geen rekenblad"],
  ])("%s is refused with a message the user can act on", async (_name, bytes, text) => {
    const error = await FileWorkbook.fromBytes(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookInputError);
    expect((error as WorkbookInputError).userMessage.nl).toContain(text);
  });

  test("readRange reads a block as it is, and reading adds nothing to the file", async () => {
    const file = await open();
    const sheetXml = async () => partText(await file.toBytes(), "xl/worksheets/sheet1.xml");
    const before = await sheetXml();
    const grid = await file.readRange(SHEET, "B11:D12");
    expect(grid).toMatchObject({ sheet: SHEET, originRow: 11, originCol: 2, rows: [["Beleidsadviseur", "Medewerker ontwikkeling II", 10], ["Beleidsadviseur", "Medewerker ontwikkeling II", 11]] });
    expect((await file.readRange(SHEET, "Z900:AA901")).rows).toEqual([[null, null], [null, null]]);
    expect(await sheetXml()).toBe(before);
  });

  test.each([
    ["readSheet", (f: FileWorkbook) => f.readSheet("Bestaat niet"), "Werkblad 'Bestaat niet' bestaat niet"],
    ["readRange with a bad address", (f: FileWorkbook) => f.readRange(SHEET, "A1:"), "geen geldig celadres"],
    ["readRange of a whole column block", (f: FileWorkbook) => f.readRange(SHEET, "A:Z"), "te groot"],
    ["selectCell on another sheet", (f: FileWorkbook) => f.selectCell("Blad9", "A1"), "bestaat niet"],
    ["setCellValue with NaN", (f: FileWorkbook) => f.setCellValue(SHEET, "D11", Number.NaN), "geen getal"],
  ])("%s fails with a user message, not a crash", async (_name, act, text) => {
    const error = await act(await open()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookInputError);
    expect((error as WorkbookInputError).userMessage.nl).toContain(text);
  });
});

describe("FileWorkbook: marks, tables and the download", () => {
  test("marked findings, notes and the Controle sheet are in the downloaded bytes; the original bytes are untouched", async () => {
    const original = exampleBytes();
    const hash = sha(original);
    const file = await open(original);
    const result = await findingsOf(file);
    await file.markFindings(result.findings);
    const download = await reopened(await file.toBytes());
    const sheet = download.getWorksheet(SHEET) as ExcelJS.Worksheet;
    for (const { cell } of expected.errors) {
      expect({ cell, fill: fillOf(sheet.getCell(cell)) }).toEqual({ cell, fill: ERROR_FILL });
      expect(noteOf(sheet.getCell(cell))).toContain("Formatiecheck");
    }
    const control = download.getWorksheet(CONTROL_SHEET) as ExcelJS.Worksheet;
    expect(control.getCell("A1").value).toBe("Controle van de formatie");
    const table = (control.getTable("TabelControle") as unknown as { table: { tableRef: string } }).table.tableRef;
    expect(table).toBe(`A5:F${5 + result.findings.length}`);
    expect(download.getWorksheet(STATE_SHEET)?.state).toBe("veryHidden");
    expect(sha(original)).toBe(hash);
    expect(sha(readFileSync(EXAMPLE))).toBe(hash);
  });

  test("clearing the marks, also after a download was opened again, gives every cell its own fill back", async () => {
    const pristine = await reopened(exampleBytes());
    const file = await open();
    await file.markFindings((await findingsOf(file)).findings);
    const again = await FileWorkbook.fromBytes(await file.toBytes());
    const restored = await again.clearMarks();
    expect(restored).toBeGreaterThanOrEqual(expected.errors.length);
    const cleared = await reopened(await again.toBytes());
    const before = pristine.getWorksheet(SHEET) as ExcelJS.Worksheet;
    const after = cleared.getWorksheet(SHEET) as ExcelJS.Worksheet;
    before.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const now = after.getCell(r, c);
        expect({ at: cell.address, fill: fillOf(now), note: noteOf(now) }).toEqual({ at: cell.address, fill: fillOf(cell), note: noteOf(cell) });
      }),
    );
    for (const { cell } of expected.errors) expect(fillOf(after.getCell(cell))).not.toBe(ERROR_FILL);
  });

  test("tables are written as Excel tables; writing again replaces them, a user's own sheet keeps its name", async () => {
    const file = await open();
    const tables = await tablesOf(file);
    const first = await file.writeTables(tables);
    expect(first.sheets).toEqual(TABLE_SHEETS.map((name) => ({ table: name, sheet: name, renamed: false })));
    await file.writeTables(tables);
    const download = await reopened(await file.toBytes());
    expect(download.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([SHEET, ...TABLE_SHEETS]));
    expect(download.worksheets.filter((ws) => / \(\d\)$/.test(ws.name))).toEqual([]);
    for (const name of TABLE_SHEETS) {
      const sheet = download.getWorksheet(name) as ExcelJS.Worksheet;
      expect({ name, tables: (sheet.getTables() as unknown[]).length }).toEqual({ name, tables: 1 });
      expect(sheet.headerFooter.oddHeader).toContain("Functieboek Gemeente Ommen");
    }

    const mine = await reopened(exampleBytes());
    mine.addWorksheet("Overzicht").getCell("A1").value = "mijn eigen overzicht";
    const own = await open(new Uint8Array(await mine.xlsx.writeBuffer()));
    const renamed = await own.writeTables(await tablesOf(own));
    expect(renamed.sheets[0]).toEqual({ table: "Overzicht", sheet: "Overzicht (2)", renamed: true });
    expect(renamed.sheets.slice(1).every((s) => !s.renamed)).toBe(true);
  });

  test("a suggestion applied goes into the cell; text stays text", async () => {
    const file = await open();
    await file.setCellValue(SHEET, "D11", 11);
    await file.setCellValue(SHEET, "J11", '=HYPERLINK("http://example.com")');
    expect((await file.readRange(SHEET, "D11")).rows).toEqual([[11]]);
    const sheet = (await reopened(await file.toBytes())).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("D11").value).toBe(11);
    expect(sheet.getCell("J11").value).toBe('=HYPERLINK("http://example.com")');
    expect(sheet.getCell("J11").type).toBe(ExcelJS.ValueType.String);
    const errors = (await findingsOf(file)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).not.toContain("D11");
  });

  test("selecting a cell records it, with its value, for the pane", async () => {
    const file = await open();
    const seen: FileSelection[] = [];
    const stop = file.onSelect((s) => seen.push(s));
    await file.selectCell(SHEET, "D11");
    stop();
    await file.selectCell(SHEET, "E23");
    expect(seen).toEqual([{ sheet: SHEET, address: "D11", value: 10 }]);
    expect(file.selection).toEqual({ sheet: SHEET, address: "E23", value: 80 });
  });

  test("the download is named after the file", async () => {
    expect((await open()).checkedFileName()).toBe("formatie-ommen-gecontroleerd.xlsx");
  });
});

describe("FileWorkbook: the add-in's state in the file", () => {
  const state: StoredState = {
    schemaVersion: 1,
    functieboekJson: JSON.stringify({ name: "Functieboek Testgemeente" }),
    columns: { [SHEET]: { headerRow: 4, columns: { title: 2, fte: 5 } } },
    settings: { werkgeverslasten: 32.5, salaryStep: 7, language: "en" },
  };

  test("is saved as the custom XML part the Office.js adapter reads, and read back", async () => {
    const file = await open();
    await file.saveState(state);
    const bytes = await file.toBytes();
    const xml = await partText(bytes, "customXml/item1.xml");
    expect(xml && parseStoredStateXml(xml)).toEqual({ ok: true, state });
    expect(await partText(bytes, "customXml/itemProps1.xml")).toContain('ds:schemaRef ds:uri="urn:formatiecheck:state"');
    expect(await partText(bytes, "xl/_rels/workbook.xml.rels")).toContain('Target="../customXml/item1.xml"');
    expect(await partText(bytes, "[Content_Types].xml")).toContain('PartName="/customXml/itemProps1.xml"');
    // Excel opens it (ExcelJS as the stand-in), and the pane finds its settings again.
    expect((await reopened(bytes)).getWorksheet(SHEET)).toBeDefined();
    const again = await FileWorkbook.fromBytes(bytes);
    expect(await again.loadState()).toEqual(state);
    const props = await partText(bytes, "customXml/itemProps1.xml");
    expect(await partText(await again.toBytes(), "customXml/itemProps1.xml")).toBe(props);
  });

  test("the tables' page headers name the file's own functieboek", async () => {
    const file = await open();
    await file.saveState(state);
    await file.writeTables(await tablesOf(file));
    const sheet = (await reopened(await file.toBytes())).getWorksheet("Overzicht") as ExcelJS.Worksheet;
    expect(sheet.headerFooter.oddHeader).toContain("Functieboek Testgemeente");
  });

  test("the template's title block and page header name the file's own functieboek, else the bundled one, as the Office.js adapter does", async () => {
    const written = async (file: FileWorkbook) => {
      await file.insertSheets(buildBookTemplate(bundledFunctieboek()));
      const sheet = (await reopened(await file.toBytes())).getWorksheet("Functies") as ExcelJS.Worksheet;
      return { book: String(sheet.getCell(2, 1).value).split(" · ")[0], header: sheet.headerFooter.oddHeader };
    };
    const bundled = await written(await FileWorkbook.blank({ today: () => "2025-06-01" }));
    expect(bundled.book).toBe(bundledFunctieboek().name);
    expect(bundled.header).toContain(bundledFunctieboek().name);
    const file = await FileWorkbook.blank({ today: () => "2025-06-01" });
    await file.saveState(state);
    const own = await written(file);
    expect(own.book).toBe("Functieboek Testgemeente");
    expect(own.header).toContain("Functieboek Testgemeente");
  });

  test("other custom XML parts of the file are kept; a damaged state is reported, not used, and kept as it was", async () => {
    const foreign = '<?xml version="1.0"?><p:properties xmlns:p="urn:example:documentbeheer"><zaak>2025-001</zaak></p:properties>';
    const damaged = '<formatiecheck xmlns="urn:formatiecheck:state" schemaVersion="1"><state>{niet json</state></formatiecheck>';
    const bytes = await withCustomXml(exampleBytes(), [{ item: foreign, props: propsXml("urn:example:documentbeheer") }, { item: damaged }]);
    const file = await FileWorkbook.fromBytes(bytes);
    expect(await file.loadState()).toBeUndefined();
    expect(file.stateProblem?.nl).toContain("beschadigd");
    const parts = await partsOf(await file.toBytes());
    const items = [...parts].filter(([n]) => /^customXml\/item\d+\.xml$/.test(n)).map(([, bytes]) => new TextDecoder().decode(bytes));
    expect(items).toEqual([foreign, damaged]);

    await file.saveState(state);
    const saved = await FileWorkbook.fromBytes(await file.toBytes());
    expect(await saved.loadState()).toEqual(state);
  });
});

describe("FileWorkbook: entry lists", () => {
  test("dropdowns come from the very-hidden lists sheet and can be removed again", async () => {
    const file = await open();
    await file.installEntryLists(SHEET, [
      { column: 2, firstRow: 5, lastRow: 60, values: ["Adviseur", "Beleidsadviseur"] },
      { column: 4, firstRow: 5, lastRow: 60, values: ["10", "11", "12"] },
    ]);
    const installed = await reopened(await file.toBytes());
    const lists = installed.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
    expect(lists.state).toBe("veryHidden");
    expect([1, 2, 3, 4].map((r) => lists.getCell(r, 2).text)).toEqual([SHEET, "D5:D60", "10", "11"]);
    const sheet = installed.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("B7").dataValidation).toMatchObject({ type: "list", formulae: ["Formatiecheck_lijsten!$A$3:$A$4"] });
    expect(sheet.getCell("D60").dataValidation).toMatchObject({ type: "list", formulae: ["Formatiecheck_lijsten!$B$3:$B$5"] });
    expect(sheet.getCell("E7").dataValidation).toBeUndefined();

    const again = await FileWorkbook.fromBytes(await file.toBytes());
    await again.removeEntryLists(SHEET);
    const removed = await reopened(await again.toBytes());
    expect(removed.getWorksheet(LISTS_SHEET)).toBeUndefined();
    expect((removed.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell("B7").dataValidation).toBeUndefined();
  });
});
