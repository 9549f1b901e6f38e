/**
 * What Excel refuses while marking, and what the adapter does about it (issue 12, faults 1 and 9):
 * a protected workbook structure or sheet is explained in Dutch before anything is written; a
 * failed write is never run again as planned (no doubled note); a note Excel cannot take (a
 * threaded comment on the cell, a cell inside a merged area) costs neither the colour nor the
 * finding. After each, clearing gives every cell its own fill and note back.
 */
import type { Finding, Severity } from "../../src/core/findings";
import { SEVERITY_FILL } from "../../src/core/marking";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import type { FakeFill } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

function finding(cell: string, severity: Severity = "error"): Finding {
  const match = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { code: "scale/mismatch", severity, sheet: "Formatie", row: Number(match[2]), column: match[1], cell, message: { nl: `Fout in ${cell}`, en: `Error in ${cell}` } };
}

const GREEN: FakeFill = { color: "#00B050", pattern: "Solid" };
const ERROR_FILL: FakeFill = { color: `#${SEVERITY_FILL.error}`, pattern: "Solid" };

function seed(f: OfficeFixture): void {
  f.fake.seed("Formatie", "A1", [
    ["Cluster", "Functie", "Schaal"],
    ["Noord", "Adviseur", 10],
    ["Noord", "Jurist", 11],
    [null, "Secretaris", 8],
  ]);
  f.fake.user.setFill("Formatie", "B2", GREEN);
  f.fake.workbook.sheet("Formatie")?.notes.set("B3", "Eigen notitie");
}

const fillAt = (f: OfficeFixture, row: number, col: number) => f.fake.workbook.sheet("Formatie")?.fillAt(row, col);
const noteAt = (f: OfficeFixture, address: string) => f.fake.workbook.sheet("Formatie")?.notes.get(address);

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

describe("protection is checked before anything is written", () => {
  test("a workbook whose structure is protected (the status sheet cannot be made): a Dutch explanation, no cell changed", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.user.protectStructure();
    await expect(fixture.workbook.markFindings([finding("B2"), finding("B3")])).rejects.toMatchObject({
      code: "AccessDenied",
      userMessage: { nl: expect.stringContaining("De werkmap is beveiligd (structuur)") },
    });
    expect(fillAt(fixture, 2, 2)).toEqual(GREEN);
    expect(noteAt(fixture, "B3")).toBe("Eigen notitie");
    // Once unprotected, marking and clearing work, and the user's colour comes back.
    fixture.fake.user.protectStructure(false);
    await fixture.workbook.markFindings([finding("B2")]);
    await new OfficeWorkbook({ language: "nl" }).clearMarks();
    expect(fillAt(fixture, 2, 2)).toEqual(GREEN);
  });

  test("a protected sheet: 'Het werkblad is beveiligd; hef de beveiliging op via Controleren → Beveiliging opheffen'", async () => {
    fixture = officeFixture();
    seed(fixture);
    await fixture.workbook.markFindings([finding("B2")]);
    fixture.fake.user.protectSheet("Formatie");
    for (const action of [() => fixture.workbook.markFindings([finding("B3")]), () => fixture.workbook.clearMarks()]) {
      await expect(action()).rejects.toMatchObject({
        code: "AccessDenied",
        userMessage: { nl: expect.stringContaining("Het werkblad 'Formatie' is beveiligd; hef de beveiliging op via Controleren → Beveiliging opheffen") },
      });
    }
    expect(fillAt(fixture, 2, 2)).toEqual(ERROR_FILL);
    expect(noteAt(fixture, "B3")).toBe("Eigen notitie");
    fixture.fake.user.protectSheet("Formatie", false);
    await fixture.workbook.clearMarks();
    expect(fillAt(fixture, 2, 2)).toEqual(GREEN);
  });

  test("a suggestion for a locked cell on a protected sheet is refused in Dutch; an unlocked one is written", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.user.protectSheet("Formatie");
    await expect(fixture.workbook.setCellValue("Formatie", "C2", 11)).rejects.toMatchObject({ userMessage: { nl: expect.stringContaining("Cel C2 op werkblad 'Formatie' is vergrendeld") } });
    expect(fixture.fake.workbook.sheet("Formatie")?.valueAt(2, 3)).toBe(10);
    (fixture.fake.workbook.sheet("Formatie")?.ensure(2, 3) as { locked?: boolean }).locked = false;
    await fixture.workbook.setCellValue("Formatie", "C2", 11);
    expect(fixture.fake.workbook.sheet("Formatie")?.valueAt(2, 3)).toBe(11);
  });

  test("tables need sheets added: a protected structure is explained before any sheet is made", async () => {
    fixture = officeFixture();
    fixture.fake.user.protectStructure();
    const table = { name: "Overzicht", title: "Overzicht", titleEn: "Overview", columns: [{ key: "a", label: "A", labelEn: "A", type: "text" as const }], rows: [["x"]] };
    await expect(fixture.workbook.writeTables([table], { functieboekName: "B", date: "2026-01-01" })).rejects.toMatchObject({ userMessage: { nl: expect.stringContaining("Werkmap beveiligen") } });
    expect(fixture.fake.workbook.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });
});

describe("a mark colour is never recorded as a cell's own fill", () => {
  test("a cell showing a mark colour without a record (a mark an older version lost) loses it on clearing", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.user.setFill("Formatie", "C3", ERROR_FILL);
    await fixture.workbook.markFindings([finding("C3", "warning")]);
    expect(JSON.parse(String(fixture.fake.workbook.sheet(STATUS_SHEET)?.valueAt(2, 3)))).toBeNull();
    await fixture.workbook.clearMarks();
    expect(fillAt(fixture, 3, 3)).toBeUndefined();
  });

  test("Excel's own cell style 'Ongeldig' (the same pink, with its dark red font) is the user's and comes back", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.user.setFill("Formatie", "C3", ERROR_FILL);
    (fixture.fake.workbook.sheet("Formatie")?.ensure(3, 3) as { font?: { color?: string } }).font = { color: "#9C0006" };
    await fixture.workbook.markFindings([finding("C3", "warning")]);
    await fixture.workbook.clearMarks();
    expect(fillAt(fixture, 3, 3)).toEqual(ERROR_FILL);
  });
});

describe("a failure while writing is not run again", () => {
  test("at every step of a marking's writes: no note is written twice, no fill set twice", async () => {
    const run = async (failAt?: number) => {
      const f = officeFixture();
      seed(f);
      await f.workbook.markFindings([finding("B3", "warning")]);
      f.fake.resetStats();
      if (failAt !== undefined) f.fake.failCommand(failAt);
      await f.workbook.markFindings([finding("B3"), finding("B2")]).catch(() => undefined);
      return f;
    };
    const dry = await run();
    const { commands } = dry.fake.stats;
    const formatCalls = dry.fake.stats.formatCalls.length;
    dry.uninstall();
    for (let k = 1; k <= commands; k++) {
      const f = await run(k);
      try {
        const note = noteAt(f, "B3") ?? "";
        expect({ k, blocks: note.split("Formatiecheck:").length - 1 }).toEqual({ k, blocks: 1 });
        expect({ k, more: f.fake.stats.formatCalls.length > formatCalls }).toEqual({ k, more: false });
      } finally {
        f.uninstall();
      }
    }
  });
});

describe("notes Excel cannot take (fault 9)", () => {
  test("a cell with a threaded comment keeps its colour and gets no note; the finding is counted as without note", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.user.addComment("Formatie", "C3", "Klopt dit?");
    const result = await fixture.workbook.mark([finding("C3"), finding("B2")]);
    expect(result).toMatchObject({ marked: 2, notesWritten: 1, notesSkipped: 1 });
    expect(fillAt(fixture, 3, 3)).toEqual(ERROR_FILL);
    expect(noteAt(fixture, "C3")).toBeUndefined();
    expect(noteAt(fixture, "B2")).toContain("Fout in B2");
    await fixture.workbook.clearMarks();
    expect(fillAt(fixture, 3, 3)).toBeUndefined();
    expect(fillAt(fixture, 2, 2)).toEqual(GREEN);
    expect(noteAt(fixture, "B2")).toBeUndefined();
  });

  test("a finding inside a merged area marks the area's top-left cell, with its note", async () => {
    fixture = officeFixture();
    seed(fixture);
    fixture.fake.workbook.sheet("Formatie")?.merges.push({ top: 3, left: 1, bottom: 4, right: 1 });
    await fixture.workbook.readSheet("Formatie");
    const result = await fixture.workbook.mark([finding("A4")]);
    expect(result).toMatchObject({ marked: 1, notesWritten: 1 });
    expect(fillAt(fixture, 3, 1)).toEqual(ERROR_FILL);
    expect(fillAt(fixture, 4, 1)).toBeUndefined();
    expect(noteAt(fixture, "A3")).toContain("Fout in A4");
    await fixture.workbook.clearMarks();
    expect(fillAt(fixture, 3, 1)).toBeUndefined();
    expect(noteAt(fixture, "A3")).toBeUndefined();
  });

  test("where Excel refuses a note after all, the marking is done again without notes: colours kept, nothing lost", async () => {
    fixture = officeFixture();
    seed(fixture);
    // Merged areas not known (the sheet was not read first): the note goes to a cell Excel refuses.
    fixture.fake.workbook.sheet("Formatie")?.merges.push({ top: 3, left: 1, bottom: 4, right: 1 });
    const result = await fixture.workbook.mark([finding("A4"), finding("B2"), finding("B3")]);
    expect(result).toMatchObject({ marked: 3, notesWritten: 0, notesSkipped: 3 });
    expect([fillAt(fixture, 4, 1), fillAt(fixture, 2, 2), fillAt(fixture, 3, 2)]).toEqual([ERROR_FILL, ERROR_FILL, ERROR_FILL]);
    expect(noteAt(fixture, "B3")).toBe("Eigen notitie");
    await new OfficeWorkbook({ language: "nl" }).clearMarks();
    expect([fillAt(fixture, 4, 1), fillAt(fixture, 2, 2), fillAt(fixture, 3, 2)]).toEqual([undefined, GREEN, undefined]);
    expect(noteAt(fixture, "B3")).toBe("Eigen notitie");
    expect(fixture.fake.workbook.sheet(STATUS_SHEET)?.valueAt(2, 1)).toBe("");
  });
});
