/**
 * Undoing an applied suggestion in a file: the cell gets back exactly what it held — a formula with
 * its cached result, a shared string, an empty cell — and its current format; a cell changed
 * since is left alone. Read back from the written bytes with ExcelJS, as the user would open it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FileWorkbook } from "../../src/xlsx/file-workbook";

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  sheet.getCell("A1").value = "Functie";
  sheet.getCell("B1").value = "Uren";
  sheet.getCell("C1").value = "FTE";
  sheet.getCell("A2").value = "Adviseur";
  sheet.getCell("B2").value = 36;
  sheet.getCell("C2").value = { formula: "B2/36", result: 1 };
  sheet.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  sheet.getCell("A3").value = "Beleidsmedewerker";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** ExcelJS writes no calculation chain: one is added as Excel writes it (part, relationship, content type). */
async function withCalcChain(bytes: Uint8Array, cells: readonly string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells.map((c) => `<c r="${c}" i="1"/>`).join("")}</calcChain>`);
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

/** FTE in column C as one shared formula (C2 holds it, C3 follows), as Excel writes a filled-down column. */
async function sharedFormulaBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  sheet.getRow(1).values = ["Functie", "Uren", "FTE"];
  sheet.getRow(2).values = ["Adviseur", 36];
  sheet.getRow(3).values = ["Beleidsmedewerker", 18];
  sheet.getCell("C2").value = { formula: "B2/36", result: 1, shareType: "shared", ref: "C2:C3" } as ExcelJS.CellValue;
  sheet.getCell("C3").value = { sharedFormula: "C2", result: 0.5 } as ExcelJS.CellValue;
  return withCalcChain(new Uint8Array(await workbook.xlsx.writeBuffer()), ["C2", "C3"]);
}

async function reopened(file: FileWorkbook): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await file.toBytes()) as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet("Formatie") as ExcelJS.Worksheet;
}

describe("restoreCell after setCellValue (file mode's Ongedaan maken)", () => {
  test("a formula comes back as the formula, with its result and the cell's fill", async () => {
    const file = await FileWorkbook.fromBytes(await workbookBytes());
    const before = await file.setCellValue("Formatie", "C2", 0.8);
    expect(before).toMatchObject({ sheet: "Formatie", address: "C2", value: 1, formula: "=B2/36" });
    expect((await reopened(file)).getCell("C2").value).toBe(0.8);
    expect(await file.restoreCell(before, 0.8)).toBe(true);
    const sheet = await reopened(file);
    expect(sheet.getCell("C2").value).toEqual({ formula: "B2/36", result: 1 });
    expect((sheet.getCell("C2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE2EFDA");
    expect((await file.readRange("Formatie", "C2")).rows).toEqual([[1]]);
  });

  test("text comes back as text, and a cell that was empty is empty again", async () => {
    const file = await FileWorkbook.fromBytes(await workbookBytes());
    const text = await file.setCellValue("Formatie", "A2", "Senior adviseur");
    const empty = await file.setCellValue("Formatie", "C3", 0.5);
    expect(empty.xml).toBeUndefined();
    expect(await file.restoreCell(text, "Senior adviseur")).toBe(true);
    expect(await file.restoreCell(empty, 0.5)).toBe(true);
    const sheet = await reopened(file);
    expect(sheet.getCell("A2").value).toBe("Adviseur");
    expect(sheet.getCell("C3").value).toBeNull();
  });

  test("a cell changed since the fix is not touched", async () => {
    const file = await FileWorkbook.fromBytes(await workbookBytes());
    const first = await file.setCellValue("Formatie", "B2", 32);
    await file.setCellValue("Formatie", "B2", 30);
    expect(await file.restoreCell(first, 32)).toBe(false);
    expect((await reopened(file)).getCell("B2").value).toBe(30);
  });

  test("overwriting a formula drops Excel's calculation chain (an entry without its formula reads as damage)", async () => {
    const withChain = await withCalcChain(await workbookBytes(), ["C2"]);
    const untouched = await FileWorkbook.fromBytes(withChain);
    await untouched.setCellValue("Formatie", "B2", 30);
    expect(Object.keys((await JSZip.loadAsync(await untouched.toBytes())).files)).toContain("xl/calcChain.xml");

    const file = await FileWorkbook.fromBytes(withChain);
    await file.setCellValue("Formatie", "C2", 0.8);
    const written = await JSZip.loadAsync(await file.toBytes());
    expect(Object.keys(written.files)).not.toContain("xl/calcChain.xml");
    expect(await written.file("xl/_rels/workbook.xml.rels")?.async("string")).not.toContain("calcChain");
  });

  test("a follower of a shared formula can be overwritten and undone; the calculation chain goes", async () => {
    const bytes = await sharedFormulaBytes();
    const sheetXml = (await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")?.async("string")) as string;
    expect(sheetXml).toMatch(/<c r="C3"[^>]*><f t="shared" si="0"\/>/); // the follower has no formula text of its own
    const file = await FileWorkbook.fromBytes(bytes);
    const before = await file.setCellValue("Formatie", "C3", 0.4);
    expect(Object.keys((await JSZip.loadAsync(await file.toBytes())).files)).not.toContain("xl/calcChain.xml");
    expect(await file.restoreCell(before, 0.4)).toBe(true);
    const cell = (await reopened(file)).getCell("C3");
    expect(cell.formula).toBe("B3/36");
  });

  test("the cell that holds a shared formula is refused, with a message, and nothing changes", async () => {
    const file = await FileWorkbook.fromBytes(await sharedFormulaBytes());
    await expect(file.setCellValue("Formatie", "C2", 0.9)).rejects.toMatchObject({ code: "shared-formula", userMessage: { nl: expect.stringContaining("Cel C2 bevat een formule die andere cellen delen") } });
    expect(file.hasUnsavedChanges()).toBe(false);
    const sheet = await reopened(file);
    expect(sheet.getCell("C2").formula).toBe("B2/36");
    expect(sheet.getCell("C3").formula).toBe("B3/36");
  });

  test("a number written into a date-formatted cell can be undone (the cell reads back as a date)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Formatie");
    sheet.getCell("A1").value = new Date(Date.UTC(2026, 0, 1));
    sheet.getCell("A1").numFmt = "dd-mm-yyyy";
    const file = await FileWorkbook.fromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const before = await file.setCellValue("Formatie", "A1", 0.8);
    expect((await file.readRange("Formatie", "A1")).rows[0]?.[0]).toBeInstanceOf(Date);
    expect(await file.restoreCell(before, 0.8)).toBe(true);
    expect((await reopened(file)).getCell("A1").value).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });
});

describe("unsaved changes (the pane asks before leaving such a copy)", () => {
  test("every write counts, until the copy is saved; reading and a clear with nothing to clear do not", async () => {
    const file = await FileWorkbook.fromBytes(await workbookBytes());
    await file.readSheet("Formatie");
    expect(await file.clearMarks()).toBe(0);
    expect(file.hasUnsavedChanges()).toBe(false);
    await file.setCellValue("Formatie", "B2", 30);
    expect(file.hasUnsavedChanges()).toBe(true);
    await file.toBytes();
    expect(file.hasUnsavedChanges()).toBe(true); // bytes made are not yet saved
    file.markSaved();
    expect(file.hasUnsavedChanges()).toBe(false);
    await file.saveState({ schemaVersion: 1, settings: { language: "en" } });
    expect(file.hasUnsavedChanges()).toBe(true);
    file.markSaved();
    await file.writeTables([]);
    expect(file.hasUnsavedChanges()).toBe(true);
  });

  test("an undo refused because the cell changed since writes nothing", async () => {
    const file = await FileWorkbook.fromBytes(await workbookBytes());
    const first = await file.setCellValue("Formatie", "B2", 32);
    await file.setCellValue("Formatie", "B2", 30);
    file.markSaved();
    expect(await file.restoreCell(first, 32)).toBe(false);
    expect(file.hasUnsavedChanges()).toBe(false);
  });
});
