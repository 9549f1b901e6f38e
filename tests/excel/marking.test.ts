/**
 * Marking findings in Excel and clearing the marks again, on the recording fake: colours by
 * severity through RangeAreas, notes (ExcelApi 1.18) with a fallback, the status sheet, and the
 * round trip that must give every cell its own fill back, also after save and reopen, also where
 * the user recoloured a marked cell meanwhile.
 */
import fc from "fast-check";
import type { Finding, Severity } from "../../src/core/findings";
import { SEVERITY_FILL } from "../../src/core/marking";
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import { STATE_SHEET } from "../../src/xlsx/file-workbook";
import type { FakeFill } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

function finding(cell: string, severity: Severity = "error", extra: Partial<Finding> = {}): Finding {
  const match = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { code: "scale/mismatch", severity, sheet: "Formatie", row: Number(match[2]), column: match[1], cell, message: { nl: `Fout in ${cell}`, en: `Error in ${cell}` }, ...extra };
}

function seedSheet(f: OfficeFixture, rows = 12): void {
  f.fake.seed("Formatie", "A1", [["Functie", "Schaal", "FTE"], ...Array.from({ length: rows - 1 }, (_, i) => [`Functie ${i}`, 8, 1])]);
}

const fillOf = (f: OfficeFixture, address: string) => {
  const match = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
  return f.fake.workbook.sheet("Formatie")?.fillAt(Number(match[2]), (match[1] as string).charCodeAt(0) - 64);
};

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

describe("markFindings", () => {
  test("colours each cell by its most severe finding, through RangeAreas grouped by colour", async () => {
    fixture = officeFixture();
    seedSheet(fixture);
    fixture.fake.resetStats();
    await fixture.workbook.markFindings([finding("B2"), finding("B3"), finding("B4", "warning"), finding("B4", "error"), finding("C6", "info")]);
    expect(fillOf(fixture, "B2")).toEqual({ color: `#${SEVERITY_FILL.error}`, pattern: "Solid" });
    expect(fillOf(fixture, "B4")?.color).toBe(`#${SEVERITY_FILL.error}`);
    expect(fillOf(fixture, "C6")?.color).toBe(`#${SEVERITY_FILL.info}`);
    expect(fillOf(fixture, "B5")).toBeUndefined();
    const fills = fixture.fake.stats.formatCalls.filter((c) => c.sheet === "Formatie");
    expect(fills.every((c) => c.target === "RangeAreas")).toBe(true);
    // One area list per colour: B2:B4 (error), C6 (info); colour, pattern and tint (none) set on each.
    expect(fills.map((c) => [c.property, c.cells, c.areas])).toEqual([
      ["fill.color", 3, 1],
      ["fill.pattern", 3, 1],
      ["fill.tintAndShade", 3, 1],
      ["fill.color", 1, 1],
      ["fill.pattern", 1, 1],
      ["fill.tintAndShade", 1, 1],
    ]);
  });

  test("writes a note with the messages where ExcelApi 1.18 is there, keeping the user's own note", async () => {
    fixture = officeFixture();
    seedSheet(fixture);
    fixture.fake.workbook.sheet("Formatie")?.notes.set("B3", "Eigen notitie");
    await fixture.workbook.markFindings([finding("B2"), finding("B3")]);
    const notes = fixture.fake.workbook.sheet("Formatie")?.notes;
    expect(notes?.get("B2")).toBe("Formatiecheck:\nSchaal past niet bij de functie: Fout in B2");
    expect(notes?.get("B3")).toBe("Eigen notitie\n\nFormatiecheck:\nSchaal past niet bij de functie: Fout in B3");
    await fixture.workbook.clearMarks();
    expect(notes?.get("B2")).toBeUndefined();
    expect(notes?.get("B3")).toBe("Eigen notitie");
  });

  test("without ExcelApi 1.18 it marks with colours only and says the messages went without notes", async () => {
    fixture = officeFixture({ apiVersion: "1.9" });
    seedSheet(fixture);
    const result = await fixture.workbook.mark([finding("B2"), finding("B3")]);
    expect(result).toMatchObject({ marked: 2, notesWritten: 0, notesSkipped: 2 });
    expect(fillOf(fixture, "B2")?.color).toBe(`#${SEVERITY_FILL.error}`);
    expect(fixture.fake.workbook.sheet("Formatie")?.notes.size).toBe(0);
    expect(await fixture.workbook.clearMarks()).toBe(2);
    expect(fillOf(fixture, "B2")).toBeUndefined();
  });

  test("marking again replaces the earlier marks and still restores the first own fill", async () => {
    fixture = officeFixture();
    seedSheet(fixture);
    fixture.fake.user.setFill("Formatie", "B2", { color: "#00FF00", pattern: "Solid" });
    await fixture.workbook.markFindings([finding("B2"), finding("B3")]);
    await fixture.workbook.markFindings([finding("B2", "warning")]);
    expect(fillOf(fixture, "B2")?.color).toBe(`#${SEVERITY_FILL.warning}`);
    expect(fillOf(fixture, "B3")).toBeUndefined();
    await fixture.workbook.clearMarks();
    expect(fillOf(fixture, "B2")).toEqual({ color: "#00FF00", pattern: "Solid" });
  });

  test("the status sheet is very hidden and has the ExcelJS adapter's name and columns", async () => {
    fixture = officeFixture({ apiVersion: "1.9" });
    seedSheet(fixture);
    await fixture.workbook.markFindings([finding("B2"), finding("B3"), finding("B4")]);
    const status = fixture.fake.workbook.sheet(STATUS_SHEET);
    expect(STATUS_SHEET).toBe(STATE_SHEET);
    expect(status?.visibility).toBe("VeryHidden");
    const row = (r: number) => Array.from({ length: 7 }, (_, c) => status?.valueAt(r, c + 1));
    expect(row(1)).toEqual(["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote"]);
    // Three cells with the same own fill and no note share one row as a run: "B2:B4".
    expect(row(2)).toEqual(["Formatie", "B2:B4", "null", "null", "", `FF${SEVERITY_FILL.error}`, ""]);
  });

  test("a workbook marked by the CLI (one status row per cell) is cleared in Excel", async () => {
    fixture = officeFixture();
    seedSheet(fixture);
    const sheet = fixture.fake.workbook.sheet("Formatie");
    fixture.fake.user.setFill("Formatie", "B2", { color: `#${SEVERITY_FILL.error}`, pattern: "Solid" });
    fixture.fake.user.setFill("Formatie", "B3", { color: `#${SEVERITY_FILL.warning}`, pattern: "Solid" });
    sheet?.notes.set("B3", "Van mij\n\nFormatiecheck:\nx: y");
    const cli = [
      ["sheet", "cell", "fill", "note", "createdSheets", "markFill", "markNote"],
      ["Formatie", "B2", JSON.stringify({ type: "pattern", pattern: "solid", fgColor: { argb: "FF123456" } }), "null", "", `FF${SEVERITY_FILL.error}`, ""],
      ["Formatie", "B3", "null", JSON.stringify("Van mij"), "", `FF${SEVERITY_FILL.warning}`, "Van mij\n\nFormatiecheck:\nx: y"],
      ["", "", "", "", "Controle", "", ""],
    ];
    fixture.fake.seed(STATE_SHEET, "A1", cli);
    (fixture.fake.workbook.sheet(STATE_SHEET) as { visibility: string }).visibility = "VeryHidden";
    expect(await fixture.workbook.clearMarks()).toBe(2);
    expect(fillOf(fixture, "B2")).toEqual({ color: "#123456", pattern: "Solid" });
    expect(fillOf(fixture, "B3")).toBeUndefined();
    expect(sheet?.notes.get("B3")).toBe("Van mij");
    // The record of the CLI's own sheet stays.
    expect(fixture.fake.workbook.sheet(STATE_SHEET)?.valueAt(2, 5)).toBe("Controle");
  });

  test("marks a sheet added after the adapter last listed the sheets", async () => {
    fixture = officeFixture();
    seedSheet(fixture);
    await fixture.workbook.listSheets();
    fixture.fake.seed("Nieuw", "A1", [["Functie"], ["x"]]);
    await fixture.workbook.markFindings([{ ...finding("A2"), sheet: "Nieuw" }]);
    expect(fixture.fake.workbook.sheet("Nieuw")?.fillAt(2, 1)?.color).toBe(`#${SEVERITY_FILL.error}`);
  });

  test("sheet names and notes that look like formulas stay text in the status sheet", async () => {
    fixture = officeFixture();
    fixture.fake.seed("=HYPERLINK(1)", "A1", [["Functie"], ["x"]]);
    await fixture.workbook.markFindings([{ ...finding("A2"), sheet: "=HYPERLINK(1)" }]);
    const status = fixture.fake.workbook.sheet(STATUS_SHEET);
    expect(status?.valueAt(2, 1)).toBe("=HYPERLINK(1)");
    expect([...(status?.cells.values() ?? [])].every((c) => c.formula === undefined)).toBe(true);
  });
});

describe("mark → clear round trip", () => {
  // Not a mark colour: a cell that shows one without a record is taken to carry a lost mark (its
  // own fill none), unless it is Excel's own cell style of that colour — see refusals.test.ts.
  const COLORS = ["#FF0000", "#00B050", "#FFFF00", "#FFFFFF", "#D9E1F2", "#FFC7CF"];
  const PATTERNS = ["Solid", "Gray25", "LightDown", "Checker"];
  const fillArb: fc.Arbitrary<FakeFill | undefined> = fc.option(
    fc.record({ color: fc.constantFrom(...COLORS), pattern: fc.constantFrom(...PATTERNS), patternColor: fc.constantFrom("#000000", "#7F7F7F") }).map((f) => (f.pattern === "Solid" ? { color: f.color, pattern: "Solid" } : f)),
    { nil: undefined },
  );
  const cellArb = fc.record({ row: fc.integer({ min: 2, max: 40 }), col: fc.integer({ min: 1, max: 5 }) });
  const severityArb = fc.constantFrom<Severity>("error", "warning", "info");

  test("every original fill comes back exactly; a cell the user recoloured keeps the user's colour", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellArb, fillArb), { maxLength: 80 }),
        fc.array(fc.tuple(cellArb, severityArb, fc.boolean()), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(cellArb, fillArb), { maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        async (fills, marks, recolours, reopen, markTwice) => {
          let f = officeFixture({ apiVersion: reopen ? "1.18" : "1.9" });
          try {
            const letters = "ABCDE";
            f.fake.seed("Formatie", "A1", [["Functie", "Schaal", "FTE", "Uren", "Naam"]]);
            for (const [cell, fill] of fills) f.fake.user.setFill("Formatie", `${letters[cell.col - 1]}${cell.row}`, fill);
            const sheet = () => f.fake.workbook.sheet("Formatie");
            const before = new Map<string, FakeFill | undefined>();
            for (let row = 1; row <= 41; row++) for (let col = 1; col <= 5; col++) before.set(`${row}:${col}`, sheet()?.fillAt(row, col) && { ...sheet()?.fillAt(row, col) } as FakeFill);
            const findings = marks.map(([cell, severity, aggregate]) => {
              const base = finding(`${letters[cell.col - 1]}${cell.row}`, severity);
              return aggregate ? { ...base, rows: [cell.row, Math.min(41, cell.row + 3)] } : base;
            });
            await f.workbook.markFindings(findings);
            if (markTwice) await f.workbook.markFindings(findings.slice(0, Math.ceil(findings.length / 2)));
            const recoloured = new Map<string, FakeFill | undefined>();
            for (const [cell, fill] of recolours) {
              const current = sheet()?.fillAt(cell.row, cell.col);
              const isMark = current?.pattern === "Solid" && Object.values(SEVERITY_FILL).some((c) => current.color === `#${c}`);
              const userFill = fill ?? { color: "#7030A0", pattern: "Solid" };
              if (!isMark || (userFill.pattern === "Solid" && Object.values(SEVERITY_FILL).some((c) => userFill.color === `#${c}`))) continue;
              f.fake.user.setFill("Formatie", `${letters[cell.col - 1]}${cell.row}`, userFill);
              recoloured.set(`${cell.row}:${cell.col}`, userFill);
            }
            if (reopen) f = f.reopen();
            await f.workbook.clearMarks();
            for (const [k, original] of before) {
              const [row, col] = k.split(":").map(Number) as [number, number];
              const expected = recoloured.has(k) ? recoloured.get(k) : original;
              expect({ cell: k, fill: sheet()?.fillAt(row, col) }).toEqual({ cell: k, fill: expected });
            }
          } finally {
            f.uninstall();
          }
        },
      ),
      { seed: 20251129, numRuns: 60 },
    );
  });
});
