/**
 * Nothing is lost when Excel refuses, at any step — in the spirit of SQLite's I/O-error tests.
 *
 * Excel does not roll back a failed request: the commands before the failing one stay done
 * ("All other commands after the failed command in the batch are not executed", OfficeExtension
 * .Error). For each user action — mark, clear, apply a suggestion, install and remove entry lists,
 * write tables — the action is first run once to count its commands (N). Then, for every k from 1
 * to N, the same workbook is set up afresh, the k-th command of the action is made to fail, the
 * action runs (and fails, or gets round the failure), and a later, successful "clear marks" (by a
 * new adapter, as after reopening the pane) follows. After that, every user fill, note and value
 * of every user sheet equals what it was before the tool ever touched the workbook, and no mark is
 * left recorded. Actions that make sheets or dropdowns are checked for those too.
 */
import type { Finding, Severity } from "../../src/core/findings";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { LISTS_SHEET, OfficeWorkbook } from "../../src/excel/office-workbook";
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import type { FakeFill, FakeWorkbook } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

jest.setTimeout(300_000);

const USER_SHEETS = ["Formatie", "Andere", "Plaatsingslijst"];

function finding(cell: string, severity: Severity, extra: Partial<Finding> = {}): Finding {
  const match = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { code: "scale/mismatch", severity, sheet: "Formatie", row: Number(match[2]), column: match[1], cell, message: { nl: `Fout in ${cell}`, en: `Error in ${cell}` }, ...extra };
}

/** Marks made before the action (so marking again must restore and re-mark). */
const EARLIER = [finding("B2", "error"), finding("B3", "warning"), finding("C5", "info"), finding("B8", "error")];
/** The marks of the action: B2 again (another colour), new cells, a merged cell, a commented cell. */
const LATER = [finding("B2", "warning"), finding("B4", "error"), finding("C4", "error"), finding("A7", "warning"), finding("B3", "error"), finding("B5", "info", { rows: [5, 6] })];

const table: DataTable = {
  name: "Plaatsingslijst",
  title: "Plaatsingslijst",
  titleEn: "Placement list",
  columns: [
    { key: "employee", label: "Medewerker", labelEn: "Employee", type: "text" },
    { key: "fte", label: "FTE", labelEn: "FTE", type: "fte" },
  ],
  rows: [
    ["Anna Bos", 0.8],
    ["Bram Kok", 1],
  ],
  totals: ["Totaal", 1.8],
};
const overview: DataTable = { ...table, name: "Overzicht", title: "Overzicht", titleEn: "Overview" };
const tableOptions = { functieboekName: "Functieboek", date: "2026-03-01", sourceSheet: "Formatie" };

/** A formation sheet as users have it: own colours (plain, hatched, a theme colour with a tint), notes, a merged cluster, a threaded comment. */
function seed(f: OfficeFixture): void {
  f.fake.seed("Formatie", "A1", [
    ["Cluster", "Functie", "Schaal", "FTE"],
    ["Noord", "Adviseur", 10, 0.8],
    ["Noord", "Jurist", 11, 1],
    ["Zuid", "Beleidsmedewerker", 10, 1],
    ["Zuid", "Secretaris", 8, 0.5],
    ["Oost", "Adviseur", 9, 1],
    [null, "Jurist", 11, 0.6],
    ["West", "Medewerker", 6, 1],
  ]);
  const fills: [string, FakeFill][] = [
    ["B2", { color: "#00B050", pattern: "Solid" }],
    ["B3", { color: "#FFFF00", pattern: "LightDown", patternColor: "#7F7F7F" }],
    ["B4", { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 }],
    ["A1:D1", { color: "#D9E1F2", pattern: "Solid" }],
  ];
  for (const [address, fill] of fills) f.fake.user.setFill("Formatie", address, fill);
  const sheet = f.fake.workbook.sheet("Formatie");
  sheet?.notes.set("B3", "Eigen notitie");
  sheet?.notes.set("B8", "Vraag aan HR");
  sheet?.merges.push({ top: 6, left: 1, bottom: 7, right: 1 });
  f.fake.user.addComment("Formatie", "C4", "Klopt deze schaal?");
  f.fake.seed("Andere", "A1", [["Functie"], ["Jurist"]]);
  f.fake.user.setFill("Andere", "A2", { color: "#FFC000", pattern: "Solid" });
  // A user's own sheet with a table's name: never to be touched.
  f.fake.seed("Plaatsingslijst", "A1", [["Mijn eigen lijst"]]);
}

type Snapshot = Record<string, { cells: [number, unknown][]; notes: [string, string][] }>;

/** Every value, formula, fill and note of the user's sheets. */
function snapshot(workbook: FakeWorkbook): Snapshot {
  const out: Snapshot = {};
  for (const name of USER_SHEETS) {
    const sheet = workbook.sheet(name);
    if (!sheet) continue;
    const cells = [...sheet.cells.entries()]
      .map(([k, c]): [number, unknown] => [k, { value: c.value ?? null, formula: c.formula ?? null, fill: c.fill ?? null }])
      .filter(([, c]) => JSON.stringify(c) !== JSON.stringify({ value: null, formula: null, fill: null }))
      .sort((a, b) => a[0] - b[0]);
    out[name] = { cells, notes: [...sheet.notes.entries()].sort() };
  }
  return out;
}

/** What one action does on a prepared workbook; `prepare` runs before it (not counted). */
interface Scenario {
  name: string;
  prepare(f: OfficeFixture): Promise<void>;
  act(f: OfficeFixture): Promise<unknown>;
  /** More that must hold after a failure at any step and the clear that follows. */
  check?(f: OfficeFixture): Promise<void>;
}

/** The values a sheet's dropdowns offer, read from the lists sheet. */
function offered(f: OfficeFixture, sheet: string): unknown[][] {
  return (f.fake.workbook.sheet(sheet)?.validations ?? []).map((v) => {
    const source = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec((v.rule as { list: { source: string } }).list.source) as RegExpExecArray;
    const col = (source[1] as string).charCodeAt(0) - 64;
    const rows = Array.from({ length: Number(source[3]) - Number(source[2]) + 1 }, (_, i) => Number(source[2]) + i);
    return rows.map((r) => f.fake.workbook.sheet(LISTS_SHEET)?.valueAt(r, col));
  });
}

const SCENARIOS: Scenario[] = [
  {
    name: "mark (marked before)",
    prepare: async (f) => {
      await f.workbook.readSheet("Formatie");
      await f.workbook.markFindings(EARLIER);
    },
    act: (f) => f.workbook.markFindings(LATER),
  },
  {
    name: "clear",
    prepare: async (f) => {
      await f.workbook.readSheet("Formatie");
      await f.workbook.markFindings(EARLIER);
      await f.workbook.markFindings(LATER);
    },
    act: (f) => f.workbook.clearMarks(),
  },
  {
    name: "apply a suggestion (marked before)",
    prepare: async (f) => {
      await f.workbook.markFindings(EARLIER);
    },
    act: (f) => f.workbook.setCellValue("Formatie", "C3", 12),
  },
  {
    name: "install entry lists (another sheet has some)",
    prepare: async (f) => {
      await f.workbook.installEntryLists("Andere", [{ column: 1, firstRow: 2, lastRow: 20, values: ["Jurist", "Adviseur"] }]);
      await f.workbook.installEntryLists("Formatie", [{ column: 2, firstRow: 2, lastRow: 20, values: ["Oud"] }]);
      await f.workbook.markFindings(EARLIER);
    },
    act: (f) =>
      f.workbook.installEntryLists("Formatie", [
        { column: 2, firstRow: 2, lastRow: 20, values: ["Adviseur", "Jurist", "Secretaris"] },
        { column: 3, firstRow: 2, lastRow: 20, values: ["8", "9", "10", "11"] },
      ]),
    check: async (f) => expect(offered(f, "Andere")).toEqual([["Jurist", "Adviseur"]]),
  },
  {
    name: "remove entry lists",
    prepare: async (f) => {
      await f.workbook.installEntryLists("Andere", [{ column: 1, firstRow: 2, lastRow: 20, values: ["Jurist", "Adviseur"] }]);
      await f.workbook.installEntryLists("Formatie", [{ column: 2, firstRow: 2, lastRow: 20, values: ["Adviseur"] }]);
    },
    act: (f) => f.workbook.removeEntryLists("Formatie"),
    check: async (f) => expect(offered(f, "Andere")).toEqual([["Jurist", "Adviseur"]]),
  },
  {
    name: "write tables (written before, marked before)",
    prepare: async (f) => {
      await f.workbook.writeTables([overview], tableOptions);
      await f.workbook.markFindings(EARLIER);
    },
    act: (f) => f.workbook.writeTables([overview, table], tableOptions),
    check: async (f) => {
      // Run once more without failures: exactly the tool's sheets, none left over from the stopped run.
      await new OfficeWorkbook({ language: "nl" }).writeTables([overview, table], tableOptions);
      const names = f.fake.workbook.sheets.map((s) => s.name).sort();
      expect(names).toEqual(["Andere", "Blad1", "Formatie", "Overzicht", "Plaatsingslijst", "Plaatsingslijst (2)", STATUS_SHEET].sort());
      const written = f.fake.workbook.sheet("Plaatsingslijst (2)");
      const totals = Array.from({ length: 20 }, (_, i) => i + 1).find((row) => written?.valueAt(row, 1) === "Totaal") ?? 0;
      expect(written?.valueAt(totals, 2)).toBeCloseTo(1.8);
    },
  },
];

async function prepared(scenario: Scenario): Promise<{ fixture: OfficeFixture; original: Snapshot }> {
  const fixture = officeFixture();
  seed(fixture);
  const original = snapshot(fixture.fake.workbook);
  await scenario.prepare(fixture);
  fixture.fake.resetStats();
  return { fixture, original };
}

describe.each(SCENARIOS)("$name", (scenario) => {
  test("a failure at every command, then a clear: every user fill, note and value is as it was", async () => {
    // The action without failures, to count its commands; and the workbook it leaves after a clear
    // (the original, but for the value of an applied suggestion).
    const dry = await prepared(scenario);
    await scenario.act(dry.fixture);
    const commands = dry.fixture.fake.stats.commands;
    await new OfficeWorkbook({ language: "nl" }).clearMarks();
    const done = snapshot(dry.fixture.fake.workbook);
    dry.fixture.uninstall();
    expect(commands).toBeGreaterThan(5);

    const outcomes = { failed: 0, succeeded: 0 };
    for (let k = 1; k <= commands; k++) {
      const { fixture, original } = await prepared(scenario);
      try {
        fixture.fake.failCommand(k);
        const succeeded = await scenario.act(fixture).then(
          () => true,
          () => false,
        );
        // (Each run must really have met its failure.)
        expect({ k, armed: fixture.fake.failureArmed }).toEqual({ k, armed: false });
        outcomes[succeeded ? "succeeded" : "failed"]++;
        await new OfficeWorkbook({ language: "nl" }).clearMarks();
        // An action that reports failure changed nothing of the user's; one that got round its
        // failure (a read done again) did all it does.
        expect({ k, succeeded, workbook: snapshot(fixture.fake.workbook) }).toEqual({ k, succeeded, workbook: succeeded ? done : original });
        const status = fixture.fake.workbook.sheet(STATUS_SHEET);
        const recordedMarks = [...(status?.cells.entries() ?? [])].filter(([key, cell]) => key % 16385 === 2 && Math.floor(key / 16385) > 1 && cell.value !== undefined);
        expect({ k, recordedMarks }).toEqual({ k, recordedMarks: [] });
        await scenario.check?.(fixture);
      } finally {
        fixture.uninstall();
      }
    }
    // FAULT_REPORT=1 npx jest tests/excel/fault-injection.test.ts prints the counts.
    if (process.env.FAULT_REPORT) console.log(scenario.name, { commands, ...outcomes });
    // Failures while writing are reported, never replayed: some runs must end in an error.
    expect(outcomes.failed).toBeGreaterThan(0);
  });
});
