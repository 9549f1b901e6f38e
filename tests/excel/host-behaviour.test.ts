/**
 * The adapter against what the real host does (issue 12, faults 2, 3, 5, 6 and 7): change events
 * that insert or delete rows, requests while the user types in a cell, calculation after a write,
 * error values in a Dutch Excel, and theme colours with a tint.
 */
import type { Finding } from "../../src/core/findings";
import { LiveValidation, type Timers } from "../../src/taskpane/services/live-validation";
import type { RowChange } from "../../src/taskpane/services/changed-rows";
import type { FakeFill } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

function seedFormatie(f: OfficeFixture): void {
  f.fake.seed("Formatie", "A1", [
    ["Functie", "Schaal", "Uren", "FTE"],
    ["Adviseur", 10, 36, null],
    ["Jurist", 11, 18, null],
    ["Secretaris", 8, 36, null],
  ]);
  // FTE from the hours (36 hours a week is 1 fte), and a total.
  for (const row of [2, 3, 4]) fixture.fake.user.setFormula("Formatie", `D${row}`, `=C${row}/36`);
  fixture.fake.user.setFormula("Formatie", "D5", "=SUM(D2:D4)");
}

/** Timers that fire at once (the debounce is not what is tested here). */
const immediate: Timers = { set: (callback) => setTimeout(callback, 0), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

describe("structural changes (fault 2): inserting or deleting rows re-reads the whole sheet", () => {
  test.each([
    ["a row inserted", (f: OfficeFixture) => f.fake.user.insertRows("Formatie", 3)],
    ["a row deleted", (f: OfficeFixture) => f.fake.user.deleteRows("Formatie", 3)],
    ["a column inserted", (f: OfficeFixture) => f.fake.user.insertColumns("Formatie", 2)],
    ["cells inserted, shifting down", (f: OfficeFixture) => f.fake.user.insertCells("Formatie", "B3", "Down")],
    ["cells deleted, shifting up", (f: OfficeFixture) => f.fake.user.deleteCells("Formatie", "B3:C3", "Up")],
  ])("%s: live checking reports the whole sheet, not the rows of the event's address", async (_, change) => {
    fixture = officeFixture();
    seedFormatie(fixture);
    const changes: RowChange[] = [];
    const live = new LiveValidation(fixture.workbook, (_sheet, c) => changes.push(c), 0, immediate);
    await live.start("Formatie");
    change(fixture);
    await fixture.fake.settle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(changes).toEqual([{ kind: "sheet" }]);
    await live.stop();
  });

  test("an edit in place still reports only its rows", async () => {
    fixture = officeFixture();
    seedFormatie(fixture);
    const changes: RowChange[] = [];
    const live = new LiveValidation(fixture.workbook, (_sheet, c) => changes.push(c), 0, immediate);
    await live.start("Formatie");
    fixture.fake.user.setValue("Formatie", "B3", 12);
    await fixture.fake.settle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(changes).toEqual([{ kind: "rows", spans: [{ first: 3, last: 3 }] }]);
    await live.stop();
  });
});

describe("cell-edit mode (fault 3): reads wait while the user types in a cell", () => {
  test("a live re-read and a full read sent while the user edits a cell complete once the cell is left", async () => {
    fixture = officeFixture();
    seedFormatie(fixture);
    fixture.fake.user.startEditing("Formatie", "B2");
    const range = fixture.workbook.readRange("Formatie", "A3:D3");
    const sheet = fixture.workbook.readSheet("Formatie");
    const sheets = fixture.workbook.listSheets();
    let settled = false;
    void Promise.all([range, sheet, sheets]).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    fixture.fake.user.stopEditing();
    expect((await range).rows).toEqual([["Jurist", 11, 18, 0.5]]);
    expect((await sheet).rows).toHaveLength(5);
    expect((await sheets).map((s) => s.name)).toContain("Formatie");
  });

  test("a write the user asked for while typing in a cell fails with the Dutch explanation, nothing changed", async () => {
    fixture = officeFixture();
    seedFormatie(fixture);
    fixture.fake.user.startEditing("Formatie", "B2");
    await expect(fixture.workbook.setCellValue("Formatie", "B3", 10)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode", userMessage: { nl: expect.stringContaining("U bent een cel aan het bewerken") } });
    fixture.fake.user.stopEditing();
    expect(fixture.fake.workbook.sheet("Formatie")?.valueAt(3, 2)).toBe(11);
  });
});

describe("calculation (fault 5): what formulas depend on is calculated before it is read back", () => {
  test("applying a suggestion to the hours, then reading the row: the FTE formula and the total are current", async () => {
    fixture = officeFixture();
    seedFormatie(fixture);
    await fixture.workbook.setCellValue("Formatie", "C3", 36);
    const row = await fixture.workbook.readRange("Formatie", "A3:D3");
    expect(row.rows).toEqual([["Jurist", 11, 36, 1]]);
    const total = await fixture.workbook.readRange("Formatie", "D5");
    expect(total.rows).toEqual([[3]]);
  });

  test("a generated table's totals row is calculated as written", async () => {
    fixture = officeFixture();
    const table = {
      name: "Overzicht",
      title: "Overzicht",
      titleEn: "Overview",
      columns: [
        { key: "cluster", label: "Cluster", labelEn: "Cluster", type: "text" as const },
        { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" as const },
      ],
      rows: [
        ["Noord", 1.5],
        ["Zuid", 2],
      ],
      totals: ["Totaal", 3.5],
    };
    await fixture.workbook.writeTables([table], { functieboekName: "B", date: "2026-01-01" });
    const sheet = fixture.fake.workbook.sheet("Overzicht");
    const totalsRow = Array.from({ length: 12 }, (_, i) => i + 1).find((r) => sheet?.valueAt(r, 1) === "Totaal") ?? 0;
    expect(sheet?.cell(totalsRow, 2)?.formula).toMatch(/^=SUBTOTAL\(109,/);
    expect(sheet?.valueAt(totalsRow, 2)).toBeCloseTo(3.5);
  });
});

describe("error values in a Dutch Excel (fault 6): recognised by Excel's value type, not their text", () => {
  test("#N/B, #WAARDE! and #DEEL/0! (constants and formula results) are error values in a sheet and in a range", async () => {
    fixture = officeFixture({ displayLanguage: "nl-NL" });
    fixture.fake.seed("Formatie", "A1", [
      ["Functie", "Schaal", "FTE"],
      ["Adviseur", { error: "#N/A" }, { error: "#VALUE!" }],
      ["#N/B", 10, null],
    ]);
    fixture.fake.user.setFormula("Formatie", "C3", "=1/0");
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid.rows).toEqual([
      ["Functie", "Schaal", "FTE"],
      ["Adviseur", { error: "#N/B" }, { error: "#WAARDE!" }],
      // A user's text that only looks like an error value stays text.
      ["#N/B", 10, { error: "#DEEL/0!" }],
    ]);
    const range = await fixture.workbook.readRange("Formatie", "A2:C3");
    expect(range.rows).toEqual([
      ["Adviseur", { error: "#N/B" }, { error: "#WAARDE!" }],
      ["#N/B", 10, { error: "#DEEL/0!" }],
    ]);
  });
});

describe("theme colours with a tint (fault 7)", () => {
  const TINTED: FakeFill = { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 };
  const SHADED: FakeFill = { color: "#ED7D31", pattern: "Solid", tintAndShade: -0.25 };
  const finding = (cell: string): Finding => ({ code: "scale/mismatch", severity: "error", sheet: "Formatie", row: Number(cell.slice(1)), column: cell[0] as string, cell, message: { nl: "n", en: "e" } });

  test("a lighter and a darker theme colour come back exactly after marking and clearing, also after reopening", async () => {
    fixture = officeFixture();
    seedFormatie(fixture);
    fixture.fake.user.setFill("Formatie", "B2", TINTED);
    fixture.fake.user.setFill("Formatie", "B3:B4", SHADED);
    await fixture.workbook.markFindings([finding("B2"), finding("B3"), finding("B4")]);
    // The mark itself is the plain mark colour, not a tinted one.
    expect(fixture.fake.workbook.sheet("Formatie")?.fillAt(2, 2)).toEqual({ color: "#FFC7CE", pattern: "Solid" });
    fixture = fixture.reopen();
    await fixture.workbook.clearMarks();
    const sheet = fixture.fake.workbook.sheet("Formatie");
    expect([sheet?.fillAt(2, 2), sheet?.fillAt(3, 2), sheet?.fillAt(4, 2)]).toEqual([TINTED, SHADED, SHADED]);
  });

  test("the tint is kept in the status sheet as ExcelJS keeps a tinted colour: fgColor {argb, tint}", async () => {
    fixture = officeFixture();
    seedFormatie(fixture);
    fixture.fake.user.setFill("Formatie", "B2", TINTED);
    await fixture.workbook.markFindings([finding("B2")]);
    const status = fixture.fake.workbook.sheet("Formatiecheck_status");
    expect(JSON.parse(String(status?.valueAt(2, 3)))).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FF4472C4", tint: 0.6 } });
  });
});
