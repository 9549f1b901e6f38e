/**
 * Reading a sheet through Office.js: only the used data extent, in blocks for large sheets, with
 * Office values translated to the core's cell values at the edge, and hidden rows.
 */
import { detectHeader } from "../../src/core/formatie/header-detection";
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import { MAX_MERGED_AREAS, OfficeError } from "../support/excel-fake/proxies";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

describe("readSheet", () => {
  test("reads the used extent with its origin; Office values become core values", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "B3", [
      ["Functie", "Schaal", "FTE", "Actief"],
      ["Adviseur", 10, 0.8, true],
      [{ error: "#N/A" }, { error: "#DIV/0!" }, "", false],
    ]);
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid).toMatchObject({ sheet: "Formatie", originRow: 3, originCol: 2 });
    // Error values as this (Dutch) Excel writes them.
    expect(grid.rows).toEqual([
      ["Functie", "Schaal", "FTE", "Actief"],
      ["Adviseur", 10, 0.8, true],
      [{ error: "#N/B" }, { error: "#DEEL/0!" }, null, false],
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

describe("readSheet: merged cells", () => {
  /** "Functie" merged over "Nieuw" / "Huidig", "Cluster" and "FTE" merged down both header rows. */
  function seedTwoRowHeader(f: OfficeFixture, extraMerges: { top: number; left: number; bottom: number; right: number }[] = []) {
    f.fake.seed("Formatie", "A1", [
      ["Cluster", "Functie", "", "FTE"],
      ["", "Nieuw", "Huidig", ""],
      ["Cluster Alles", "Adviseur", "Beleidsmedewerker", 1],
      ["Cluster Alles", "Ondersteuner", "Ondersteuner", 0.5],
    ]);
    const sheet = f.fake.workbook.sheet("Formatie");
    sheet?.merges.push({ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }, { top: 1, left: 4, bottom: 2, right: 4 }, ...extraMerges);
  }
  const HEADER_MERGES = [
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 3 },
    { top: 1, left: 4, bottom: 2, right: 4 },
  ];

  test("come with the sheet in the same request, so a merged two-row header is read as one", async () => {
    fixture = officeFixture();
    seedTwoRowHeader(fixture);
    fixture.fake.resetStats();
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(fixture.fake.stats.syncs).toBe(1);
    expect(grid.merges).toEqual(HEADER_MERGES);
    expect(detectHeader(grid)).toMatchObject({ headerRow: 2, columns: { cluster: 1, title: 2, currentFunction: 3, fte: 4 } });
  });

  test("before ExcelApi 1.13 there is no way to list them: the sheet is read without", async () => {
    fixture = officeFixture({ apiVersion: "1.12" });
    seedTwoRowHeader(fixture);
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid.merges).toBeUndefined();
    expect(grid.rows[0]).toEqual(["Cluster", "Functie", null, "FTE"]);
  });

  test(`a sheet with more than ${MAX_MERGED_AREAS} merged areas (Excel refuses those) gives those where the header is searched`, async () => {
    fixture = officeFixture();
    // One merged "opmerking" over two columns on each of 600 data rows.
    const rows = Array.from({ length: 600 }, (_, i) => ({ top: 5 + i, left: 5, bottom: 5 + i, right: 6 }));
    seedTwoRowHeader(fixture, rows);
    fixture.fake.seed("Formatie", "A5", Array.from({ length: 600 }, (_, i) => ["Cluster Alles", "Adviseur", "Adviseur", 1, `opmerking ${i}`]));
    fixture.fake.resetStats();
    const grid = await fixture.workbook.readSheet("Formatie");
    // The first 30 rows (HEADER_SEARCH_ROWS): the header's merges and those of rows 5–30.
    expect(grid.merges).toEqual([...HEADER_MERGES, ...rows.filter((m) => m.top <= 30)]);
    expect(grid.rows).toHaveLength(604);
    expect(detectHeader(grid)).toMatchObject({ headerRow: 2, columns: { cluster: 1, title: 2, currentFunction: 3, fte: 4 } });
    expect(fixture.fake.stats.syncs).toBe(2); // the refused request, then the header's merges
    fixture.fake.resetStats();
    await fixture.workbook.readSheet("Formatie");
    expect(fixture.fake.stats.syncs).toBe(1); // remembered for this sheet
  });
});

describe("readSheet: merged cells, errors", () => {
  test("a failure after the first request is not blamed on merged areas: no retry, nothing remembered", async () => {
    fixture = officeFixture();
    fixture.fake.seed("Formatie", "A1", [["Functie", "FTE"], ...Array.from({ length: 2500 }, (_, i) => [`Adviseur ${i}`, 1])]);
    fixture.fake.workbook.sheet("Formatie")?.merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
    // The second request of the next run (the rows after the first block) fails once.
    const excel = (globalThis as unknown as { Excel: { RequestContext: { prototype: { sync(): Promise<void> } } } }).Excel;
    const sync = excel.RequestContext.prototype.sync;
    let calls = 0;
    excel.RequestContext.prototype.sync = async function (this: unknown) {
      calls++;
      if (calls === 2) throw new OfficeError("GeneralException", "Excel is busy.");
      return sync.call(this);
    };
    try {
      fixture.fake.resetStats();
      await expect(fixture.workbook.readSheet("Formatie")).rejects.toMatchObject({ code: "GeneralException" });
      expect(calls).toBe(2); // read once, not again with fewer merged areas
    } finally {
      excel.RequestContext.prototype.sync = sync;
    }
    const grid = await fixture.workbook.readSheet("Formatie");
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
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
