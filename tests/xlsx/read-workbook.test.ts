/**
 * The ExcelJS reader's defences (issue 7): the checks before parsing, with small limits so each is
 * cheap to reach; any damage to a real workbook ends in a WorkbookInputError, never another
 * exception; and the grid a worksheet becomes (hidden and filtered rows, merges, real extent).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_LIMITS, inspectWorkbookBytes, loadWorkbook, WorkbookInputError, worksheetGrid, type WorkbookLimits } from "../../src/xlsx/read-workbook";
import { zipBytes } from "../fixtures/bad/zip-bytes";

async function formationBytes(build?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  sheet.addRow(["Functie", "Schaal", "FTE"]);
  for (let i = 0; i < 20; i++) sheet.addRow(["Adviseur", 10, 1]);
  build?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(data: Uint8Array, limits?: Partial<WorkbookLimits>): Promise<string> {
  try {
    await loadWorkbook(data, { ...DEFAULT_LIMITS, ...limits });
  } catch (error) {
    if (error instanceof WorkbookInputError) return error.userMessage.nl;
    throw error;
  }
  return "loaded";
}

describe("checks before ExcelJS parses", () => {
  it("loads a plain workbook and counts its cells", async () => {
    const cells = await inspectWorkbookBytes(await formationBytes());
    expect([...cells.values()]).toEqual([63]);
  });

  it.each<[string, Partial<WorkbookLimits>, string]>([
    ["the file size", { maxFileBytes: 1000 }, "Het bestand is te groot"],
    ["the total unpacked size", { maxUncompressedBytes: 5000 }, "De werkmap pakt uit tot"],
    ["the number of parts", { maxParts: 3 }, "onderdelen; de grens is 3"],
    ["the cells of one sheet", { maxCells: 62 }, "Werkblad 'Formatie' heeft meer dan 62 gevulde of opgemaakte cellen"],
  ])("refuses a workbook above the limit on %s", async (_name, limits, message) => {
    expect(await refusal(await formationBytes(), limits)).toContain(message);
  });

  it("counts formatted empty cells too, which cost ExcelJS as much memory", async () => {
    const bytes = await formationBytes((sheet) => {
      for (let r = 30; r < 60; r++) sheet.getCell(r, 5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    expect([...(await inspectWorkbookBytes(bytes)).values()]).toEqual([93]);
  });

  it("stops unpacking a part as soon as it passes the size its directory gives", async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(5_000_000)}</sheetData></worksheet>`;
    const bytes = zipBytes([{ name: "xl/workbook.xml", data: "<workbook/>" }, { name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize: 100 }]);
    expect(await refusal(bytes)).toContain("groter dan de inhoudsopgave");
  });
});

describe("damaged workbooks (fast-check, fixed seeds)", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await formationBytes();
  });

  it("a workbook cut off anywhere is refused with a message, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), async (n) => {
        const cut = bytes.subarray(0, n % bytes.length);
        expect(await refusal(cut)).not.toBe("loaded");
      }),
      { seed: 17, numRuns: 60, examples: [[0], [1], [4], [22]] },
    );
  });

  it("a workbook with bytes overwritten anywhere is refused with a message or loads, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (changes) => {
        const damaged = new Uint8Array(bytes);
        for (const [at, value] of changes) damaged[at % damaged.length] = value;
        await refusal(damaged); // throws (failing the property) on anything but a WorkbookInputError
      }),
      { seed: 23, numRuns: 60 },
    );
  });
});

describe("worksheetGrid", () => {
  async function gridOf(build: (sheet: ExcelJS.Worksheet) => void) {
    const workbook = new ExcelJS.Workbook();
    build(workbook.addWorksheet("Formatie"));
    const loaded = await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    return worksheetGrid(loaded.getWorksheet("Formatie") as ExcelJS.Worksheet);
  }

  it("lists rows hidden by hand and rows filtered out by an autofilter", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRows([["Functie", "FTE"], ["Adviseur", 1], ["Beheerder", 1], ["Ondersteuner", 1], ["Adviseur", 1]]);
      sheet.getRow(3).hidden = true;
      sheet.autoFilter = "A1:B5";
      sheet.getRow(4).hidden = true; // what Excel saves for a row its filter hides
    });
    expect([...(grid.hiddenRows ?? [])].sort()).toEqual([3, 4]);
  });

  it("lists merged ranges with their master value", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRows([["Cluster", "Functie", "FTE"], ["Beleid", "Adviseur", 1], [null, "Beheerder", 1]]);
      sheet.mergeCells("A2:A3");
    });
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(grid.rows[1]?.[0]).toBe("Beleid");
  });

  it("ends at the last cell holding data, however far formatting reaches", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRows([["Functie", "FTE"], ["Adviseur", 1]]);
      sheet.getCell("Z1048576").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      sheet.getCell("B1048576").value = "";
    });
    expect({ rows: grid.rows.length, cols: grid.rows[0]?.length }).toEqual({ rows: 2, cols: 2 });
  });

  it("turns rich text, hyperlinks, formulas and error cells into plain values", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRow([
        { richText: [{ text: "Advi", font: { bold: true } }, { text: "seur" }] },
        { text: "Beheerder", hyperlink: "https://example.org" },
        { formula: "1/2", result: 0.5 },
        { formula: "1/0" },
        { error: "#REF!" },
        true,
      ]);
    });
    expect(grid.rows[0]).toEqual(["Adviseur", "Beheerder", 0.5, { error: "#UNCALCULATED" }, { error: "#REF!" }, true]);
  });
});
