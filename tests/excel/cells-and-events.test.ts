/**
 * Selecting cells, applying a suggestion (the only way a user's cell is changed), change and
 * selection events (own writes ignored), and the dropdowns of "Invoerlijsten".
 */
import type { Finding } from "../../src/core/findings";
import { LISTS_SHEET } from "../../src/excel/office-workbook";
import { typedInput } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

function seed(f: OfficeFixture): void {
  f.fake.seed("Formatie", "A1", [
    ["Functie", "Schaal", "Personeelsnummer"],
    ["Adviseur", 11, "00123"],
    ["Beleidsmedewerker", 10, "00124"],
  ]);
}

const finding: Finding = { code: "scale/mismatch", severity: "error", sheet: "Formatie", row: 2, column: "B", cell: "B2", message: { nl: "n", en: "e" }, suggestion: "10" };

describe("cells", () => {
  test("restoreCell gives an applied suggestion's cell back its formula, text or emptiness", async () => {
    fixture = officeFixture();
    seed(fixture);
    Object.assign(fixture.fake.workbook.sheet("Formatie")?.ensure(2, 4) ?? {}, typedInput("=B2-1"));
    const formula = await fixture.workbook.setCellValue("Formatie", "D2", 11);
    expect(formula).toMatchObject({ sheet: "Formatie", address: "D2", value: 10, formula: "=B2-1" });
    const text = await fixture.workbook.setCellValue("Formatie", "C3", "00999");
    expect(text).toMatchObject({ value: "00124" });
    expect(text.formula).toBeUndefined();
    const empty = await fixture.workbook.setCellValue("Formatie", "E2", 1);
    expect(empty.value).toBeNull();
    const sheet = fixture.fake.workbook.sheet("Formatie");
    expect([await fixture.workbook.restoreCell(formula, 11), await fixture.workbook.restoreCell(text, "00999"), await fixture.workbook.restoreCell(empty, 1)]).toEqual([true, true, true]);
    expect(sheet?.cell(2, 4)?.formula).toBe("=B2-1");
    expect(sheet?.valueAt(2, 4)).toBe(10);
    expect(sheet?.valueAt(3, 3)).toBe("00124");
    expect(sheet?.cell(2, 5)?.value).toBeUndefined();
  });

  test("restoreCell leaves a cell the user changed since the fix alone", async () => {
    fixture = officeFixture();
    seed(fixture);
    const before = await fixture.workbook.setCellValue("Formatie", "B2", 10);
    fixture.fake.user.setValue("Formatie", "B2", 9);
    expect(await fixture.workbook.restoreCell(before, 10)).toBe(false);
    expect(fixture.fake.workbook.sheet("Formatie")?.valueAt(2, 2)).toBe(9);
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    fixture = officeFixture();
    seed(fixture);
    await fixture.workbook.selectCell("Formatie", "B2");
    expect(fixture.fake.workbook.activeSheet.name).toBe("Formatie");
    expect(fixture.fake.workbook.selection).toEqual({ sheetId: fixture.fake.workbook.sheet("Formatie")?.id, address: "B2" });
  });

  test("setCellValue writes one cell; text stays text", async () => {
    fixture = officeFixture();
    seed(fixture);
    await fixture.workbook.setCellValue("Formatie", "B2", 10);
    await fixture.workbook.setCellValue("Formatie", "C3", "00999");
    await fixture.workbook.setCellValue("Formatie", "A3", "=1+1");
    const sheet = fixture.fake.workbook.sheet("Formatie");
    expect([sheet?.valueAt(2, 2), sheet?.valueAt(3, 3), sheet?.valueAt(3, 1)]).toEqual([10, "00999", "=1+1"]);
    expect(sheet?.cell(3, 1)?.formula).toBeUndefined();
    await expect(fixture.workbook.setCellValue("Formatie", "B2:B3", 1)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("no other operation changes a value on the user's sheet; applying a suggestion changes exactly that cell", async () => {
    fixture = officeFixture();
    seed(fixture);
    const sheet = fixture.fake.workbook.sheet("Formatie");
    const values = () => JSON.stringify([...(sheet?.cells ?? [])].map(([k, c]) => [k, c.value ?? null, c.formula ?? null]));
    const before = values();
    const workbook = fixture.workbook;
    await workbook.readSheet("Formatie");
    await workbook.markFindings([finding]);
    await workbook.writeTables([{ name: "Formatie", title: "Formatie", titleEn: "Formatie", columns: [{ key: "a", label: "A", labelEn: "A", type: "text" }], rows: [["x"]] }], { functieboekName: "B", date: "2026-01-01" });
    await workbook.saveState({ schemaVersion: 1 });
    await workbook.installEntryLists("Formatie", [{ column: 1, firstRow: 2, lastRow: 10, values: ["Adviseur"] }]);
    await workbook.removeEntryLists("Formatie");
    await workbook.clearMarks();
    await workbook.selectCell("Formatie", "A1");
    expect(values()).toBe(before);
    await workbook.setCellValue("Formatie", finding.cell as string, Number(finding.suggestion));
    const after = JSON.parse(values()) as unknown[][];
    const changed = after.filter((entry, i) => JSON.stringify(entry) !== JSON.stringify((JSON.parse(before) as unknown[][])[i]));
    expect(changed).toHaveLength(1);
    expect(sheet?.valueAt(2, 2)).toBe(10);
  });
});

describe("events", () => {
  test("onSheetChanged reports the user's edits, not the add-in's own writes, until removed", async () => {
    fixture = officeFixture();
    seed(fixture);
    const seen: string[] = [];
    const unsubscribe = await fixture.workbook.onSheetChanged("Formatie", (address) => seen.push(address));
    fixture.fake.user.setValue("Formatie", "B3", 9);
    await fixture.workbook.setCellValue("Formatie", "B2", 10);
    await fixture.fake.settle();
    expect(seen).toEqual(["B3"]);
    await unsubscribe();
    fixture.fake.user.setValue("Formatie", "B3", 8);
    await fixture.fake.settle();
    expect(seen).toEqual(["B3"]);
  });

  test("own writes are ignored also where Excel does not say who wrote (events off while writing)", async () => {
    fixture = officeFixture({ apiVersion: "1.9" });
    seed(fixture);
    const seen: string[] = [];
    await fixture.workbook.onSheetChanged("Formatie", (address) => seen.push(address));
    await fixture.workbook.setCellValue("Formatie", "B2", 10);
    fixture.fake.user.setValue("Formatie", "A2", "Jurist");
    await fixture.fake.settle();
    expect(seen).toEqual(["A2"]);
  });

  test("onSelectionChanged gives the sheet and row the user selects", async () => {
    fixture = officeFixture();
    seed(fixture);
    const seen: [string, number][] = [];
    const unsubscribe = await fixture.workbook.onSelectionChanged((sheet, row) => seen.push([sheet, row]));
    fixture.fake.user.select("Formatie", "C3");
    fixture.fake.seed("Later", "A1", [["x"]]);
    fixture.fake.user.select("Later", "A7:B9");
    await fixture.fake.settle();
    expect(seen).toEqual([
      ["Formatie", 3],
      ["Later", 7],
    ]);
    await unsubscribe();
  });
});

describe("entry lists", () => {
  test("installs dropdowns whose values live on a very hidden sheet, and removes them again", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.seed("Andere", "A1", [["Functie"]]);
    await fixture.workbook.installEntryLists("Andere", [{ column: 1, firstRow: 2, lastRow: 50, values: ["Jurist"] }]);
    await fixture.workbook.installEntryLists("Formatie", [
      { column: 1, firstRow: 2, lastRow: 500, values: ["Adviseur", "=Beleidsmedewerker", "Jurist"] },
      { column: 2, firstRow: 2, lastRow: 500, values: ["8", "9", "10"] },
    ]);
    const lists = fixture.fake.workbook.sheet(LISTS_SHEET);
    expect(lists?.visibility).toBe("VeryHidden");
    const formatie = fixture.fake.workbook.sheet("Formatie");
    expect(formatie?.validations.map((v) => [v.rect, v.rule])).toEqual([
      [{ top: 2, left: 1, bottom: 500, right: 1 }, { list: { inCellDropDown: true, source: `=${LISTS_SHEET}!$B$3:$B$5` } }],
      [{ top: 2, left: 2, bottom: 500, right: 2 }, { list: { inCellDropDown: true, source: `=${LISTS_SHEET}!$C$3:$C$5` } }],
    ]);
    expect([3, 4, 5].map((r) => lists?.valueAt(r, 2))).toEqual(["Adviseur", "=Beleidsmedewerker", "Jurist"]);
    expect([3, 4, 5].map((r) => lists?.valueAt(r, 3))).toEqual(["8", "9", "10"]);
    // Installing again replaces this sheet's lists only.
    await fixture.workbook.installEntryLists("Formatie", [{ column: 2, firstRow: 2, lastRow: 500, values: ["10"] }]);
    expect(formatie?.validations).toHaveLength(1);
    await fixture.workbook.removeEntryLists("Formatie");
    expect(formatie?.validations).toHaveLength(0);
    expect(fixture.fake.workbook.sheet("Andere")?.validations).toHaveLength(1);
    expect(lists?.valueAt(1, 1)).toBe("Andere");
    expect(lists?.valueAt(1, 2)).toBe("");
  });

  test("changing one sheet's lists leaves every other sheet's dropdown pointing at its own values", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.seed("Andere", "A1", [["Functie"]]);
    /** The values a sheet's dropdowns offer: their source, read on the lists sheet. */
    const offered = (sheet: string) =>
      (fixture.fake.workbook.sheet(sheet)?.validations ?? []).map((v) => {
        const source = /!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec((v.rule as { list: { source: string } }).list.source);
        if (!source) throw new Error("no list source");
        const col = (source[1] as string).charCodeAt(0) - 64;
        const last = Number(source[3] ?? source[2]);
        const rows = Array.from({ length: last - Number(source[2]) + 1 }, (_, i) => Number(source[2]) + i);
        return rows.map((r) => fixture.fake.workbook.sheet(LISTS_SHEET)?.valueAt(r, col));
      });
    await fixture.workbook.installEntryLists("Formatie", [
      { column: 1, firstRow: 2, lastRow: 10, values: ["Adviseur", "Jurist"] },
      { column: 2, firstRow: 2, lastRow: 10, values: ["8", "9"] },
    ]);
    await fixture.workbook.installEntryLists("Andere", [{ column: 1, firstRow: 2, lastRow: 10, values: ["Jurist"] }]);
    expect(offered("Andere")).toEqual([["Jurist"]]);
    // Formatie's lists change (fewer, then more): Andere keeps offering its own values.
    await fixture.workbook.installEntryLists("Formatie", [{ column: 4, firstRow: 2, lastRow: 10, values: ["10", "11", "12"] }]);
    expect(offered("Andere")).toEqual([["Jurist"]]);
    expect(offered("Formatie")).toEqual([["10", "11", "12"]]);
    await fixture.workbook.installEntryLists("Formatie", [
      { column: 1, firstRow: 2, lastRow: 10, values: ["Adviseur"] },
      { column: 2, firstRow: 2, lastRow: 10, values: ["8"] },
      { column: 4, firstRow: 2, lastRow: 10, values: ["10"] },
    ]);
    expect(offered("Andere")).toEqual([["Jurist"]]);
    expect(offered("Formatie")).toEqual([["Adviseur"], ["8"], ["10"]]);
    await fixture.workbook.removeEntryLists("Formatie");
    expect(offered("Andere")).toEqual([["Jurist"]]);
    // Formatie's columns are empty now, before Andere's: a third sheet's list takes one of them.
    fixture.fake.seed("Derde", "A1", [["Schaal"]]);
    await fixture.workbook.installEntryLists("Derde", [{ column: 1, firstRow: 2, lastRow: 10, values: ["6", "7"] }]);
    expect(offered("Andere")).toEqual([["Jurist"]]);
    expect(offered("Derde")).toEqual([["6", "7"]]);
    expect(fixture.fake.workbook.sheet(LISTS_SHEET)?.valueAt(1, 1)).toBe("Derde");
  });
});
