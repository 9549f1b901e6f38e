/**
 * Reading a sheet through Office.js: only the used data extent, in blocks for large sheets, with
 * Office values translated to the core's cell values at the edge, and hidden rows.
 */
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

describe("readSheet", () => {
  test("reads the used extent with its origin; Office values become core values", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "B3", [
      ["Functie", "Schaal", "FTE", "Actief"],
      ["Adviseur", 10, 0.8, true],
      ["#N/A", { error: "#DIV/0!" }, "", false],
    ]);
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid).toMatchObject({ sheet: "Formatie", originRow: 3, originCol: 2 });
    expect(grid.rows).toEqual([
      ["Functie", "Schaal", "FTE", "Actief"],
      ["Adviseur", 10, 0.8, true],
      [{ error: "#N/A" }, { error: "#DIV/0!" }, null, false],
    ]);
    expect(fixture.fake.stats.syncs).toBe(1);
  });

  test("formatting outside the data does not widen what is read", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "A1", [["Functie"], ["Adviseur"]]);
    fixture.fake.user.setFill("Formatie", "A1:Z500", { color: "#FFFF00", pattern: "Solid" });
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid.rows).toEqual([["Functie"], ["Adviseur"]]);
  });

  test("an empty sheet is an empty grid", async () => {
    fixture = officeFixture();
    const grid = await fixture.workbook.readSheet("Blad1");
    expect(grid.rows).toEqual([]);
  });

  test("hidden and filtered rows are reported", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "A1", [["Functie"], ["a"], ["b"], ["c"], ["d"]]);
    const sheet = fixture.fake.workbook.sheet("Formatie");
    sheet?.hiddenRows.add(3);
    sheet?.hiddenRows.add(5);
    const grid = await fixture.workbook.readSheet("Formatie");
    expect([...(grid.hiddenRows ?? [])].sort()).toEqual([3, 5]);
  });

  test("a large sheet is read in blocks, each response under the limit, in few syncs", async () => {
    fixture = officeFixture();
    const rows = Array.from({ length: 30_000 }, (_, i) => [`Functie ${i}`, `Normfunctie met een lange naam ${i % 17}`, 10, 0.8, `Medewerker ${i}`, String(100000 + i)]);
    fixture.fake.seed("Formatie", "A1", [["Functie", "HR21-normfunctie", "Schaal", "FTE", "Medewerker", "Personeelsnummer"], ...rows]);
    fixture.fake.resetStats();
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid.rows).toHaveLength(30_001);
    expect(grid.rows[30_000]).toEqual(["Functie 29999", "Normfunctie met een lange naam 11", 10, 0.8, "Medewerker 29999", "129999"]);
    expect(fixture.fake.stats.syncs).toBeLessThanOrEqual(3);
    for (const r of fixture.fake.stats.requests) expect(r.responseBytes).toBeLessThan(4 * 1024 * 1024);
  });

  test("a sheet that does not exist is a clear error", async () => {
    fixture = officeFixture();
    await expect(fixture.workbook.readSheet("Bestaat niet")).rejects.toMatchObject({ code: "ItemNotFound", userMessage: { nl: expect.stringContaining("bestaat niet") } });
  });

  test("the status sheet is read along when known, so marking afterwards needs fewer syncs", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "A1", [["Functie"], ["a"]]);
    await fixture.workbook.markFindings([{ code: "x/y", severity: "error", sheet: "Formatie", row: 2, column: "A", cell: "A2", message: { nl: "n", en: "e" } }]);
    expect(fixture.fake.workbook.sheet(STATUS_SHEET)).toBeDefined();
    fixture.fake.resetStats();
    await fixture.workbook.readSheet("Formatie");
    await fixture.workbook.clearMarks();
    expect(fixture.fake.stats.syncs).toBe(3);
  });
});

describe("readRange", () => {
  test("reads part of a sheet with its origin", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "A1", [["Functie", "Schaal"], ["a", 8], ["b", 9], ["c", 10]]);
    const grid = await fixture.workbook.readRange("Formatie", "A3:B4");
    expect(grid).toMatchObject({ sheet: "Formatie", originRow: 3, originCol: 1, rows: [["b", 9], ["c", 10]] });
  });

  test("refuses an address that is not one", async () => {
    fixture = officeFixture();
    await expect(fixture.workbook.readRange("Formatie", "A1;B2")).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
