/** @jest-environment jsdom */
/**
 * The Vergelijk tab in Excel (issue 17), on the recording Excel fake: the pane reads both years of
 * the Ommen example as two sheets of one workbook through the Office.js adapter, and writes the
 * three Mutaties sheets as native Excel tables with totals, printed on A4, with exactly the
 * expected changes. Real Excel is stricter than a memory port: a request fails while the user types
 * in a cell, and a failing command keeps what ran before it ("All other commands after the failed
 * command in the batch are not executed", OfficeExtension.Error; modelled in
 * tests/support/excel-fake/host.ts and context.ts). Neither may cost the user a value or a fill.
 */
import "../taskpane/support/text-codec";
import { screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import type { CellValue } from "../../src/core/formatie/grid";
import { MUTATIE_TABLE_NAMES } from "../../src/core/mutaties/mutatie-tables";
import type { TableCell } from "../../src/core/plaatsing/data-table";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { STATUS_SHEET } from "../../src/excel/status-sheet";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import { validateGrid } from "../../src/core/rules/engine";
import { compareSheets } from "../../src/taskpane/services/mutatie-builder";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { expectedMutaties, expectTablesShowTheChanges, MUTATIES_BOTH } from "../helpers/ommen-mutaties";
import type { FakeSheet, FakeValue, FakeWorkbook } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";
import { renderPane } from "../taskpane/support/render-pane";

jest.setTimeout(300_000);

const YEARS = ["Formatie 2025", "Formatie 2026"];

/** The two years of examples/formatie-ommen-2025-2026.xlsx, read by the file layer. */
let years: Record<string, CellValue[][]>;
beforeAll(async () => {
  const file = await FileWorkbook.fromBytes(readFileSync(MUTATIES_BOTH));
  years = {};
  for (const name of YEARS) years[name] = (await file.readSheet(name)).rows as CellValue[][];
});

/** A workbook in Excel with both years, a fill of the user's own on each, the 2026 sheet in view. */
function excelWithBothYears(): OfficeFixture {
  // Excel reports an error value in its own language ("#N/B" in Dutch); in English it is the
  // "#N/A" the file holds, so a person cell with one reads as the expected JSON names it.
  const fixture = officeFixture({ displayLanguage: "en-US" });
  for (const name of YEARS) {
    fixture.fake.seed(name, "A1", (years[name] as CellValue[][]).map((row) => row.map((cell) => (cell === undefined ? null : (cell as FakeValue)))));
    fixture.fake.user.setFill(name, "B4", { color: "#FFC000", pattern: "Solid" });
  }
  fixture.fake.workbook.activeSheetId = (fixture.fake.workbook.sheet("Formatie 2026") as FakeSheet).id;
  return fixture;
}

type Snapshot = Record<string, [number, unknown][]>;

/** Every value, formula and fill of the two formation sheets. */
function snapshot(workbook: FakeWorkbook): Snapshot {
  const out: Snapshot = {};
  for (const name of YEARS) {
    const sheet = workbook.sheet(name);
    out[name] = [...(sheet?.cells.entries() ?? [])]
      .map(([k, c]): [number, unknown] => [k, { value: c.value ?? null, formula: c.formula ?? null, fill: c.fill ?? null }])
      .sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/** A written Mutaties sheet's table read back from the fake, by the core's column keys. */
function tableOf(workbook: FakeWorkbook, name: string) {
  const sheet = workbook.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const [table] = sheet.tables;
  if (!table) throw new Error(`no table on ${name}`);
  const { top, left, bottom, right } = table.rect;
  const labels = Array.from({ length: right - left + 1 }, (_, i) => sheet.valueAt(top, left + i));
  const rows: TableCell[][] = [];
  for (let r = top + 1; r < (table.showTotals ? bottom : bottom + 1); r++) {
    // Excel reads an empty cell as "".
    rows.push(Array.from({ length: right - left + 1 }, (_, i) => sheet.valueAt(r, left + i)).map((v) => (v === undefined || v === null || v === "" ? null : (v as TableCell))));
  }
  return { sheet, table, labels, rows };
}

const KEYS: Record<string, string[]> = {
  [MUTATIE_TABLE_NAMES.employees]: ["employee", "personnelNumber", "mutation", "oldFunction", "newFunction", "oldScale", "newScale", "placementType", "oldFte", "newFte", "fteDifference", "oldCluster", "newCluster", "costDifference", "remark"],
  [MUTATIE_TABLE_NAMES.functions]: ["function", "scale", "oldFormationFte", "newFormationFte", "formationDifference", "oldFilledFte", "newFilledFte", "filledDifference", "costDifference", "status"],
  [MUTATIE_TABLE_NAMES.clusters]: ["cluster", "oldFormationFte", "newFormationFte", "formationDifference", "oldFilledFte", "newFilledFte", "filledDifference", "costDifference", "status"],
};

let fixture: OfficeFixture | undefined;
afterEach(() => {
  fixture?.uninstall();
  fixture = undefined;
});

describe("Vergelijk in Excel (Office.js adapter on the Excel fake)", () => {
  test("the pane compares two sheets of the workbook and writes the Mutaties sheets: native tables, A4, exactly the expected changes", async () => {
    fixture = excelWithBothYears();
    const before = snapshot(fixture.fake.workbook);
    const { user } = await renderPane(fixture.workbook, { tab: "vergelijk" });
    // The sheet in view is the new year; the year before it is offered as the other formation.
    expect(await screen.findByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" })).toHaveProperty("value", "Formatie 2025");
    await user.click(screen.getByRole("button", { name: "Werkbladen Mutaties maken" }));
    const written = await screen.findByRole("region", { name: "Geschreven werkbladen" }, { timeout: 60_000 });
    expect(within(written).getAllByRole("listitem").map((li) => li.textContent)).toEqual(Object.values(MUTATIE_TABLE_NAMES));
    const result = screen.getByRole("region", { name: "Mutaties van 'Formatie 2025' naar 'Formatie 2026'" });
    expect(result.textContent).toContain(`Nieuw (in)${expectedMutaties().totals.employees.in}`);

    const workbook = fixture.fake.workbook;
    const tables = Object.values(MUTATIE_TABLE_NAMES).map((name) => ({ name, ...tableOf(workbook, name) }));
    expectTablesShowTheChanges(tables.map((t) => ({ name: t.name, keys: KEYS[t.name] as string[], rows: t.rows })));
    for (const { name, sheet, table, labels } of tables) {
      expect([name, table.showTotals]).toEqual([name, true]);
      expect(labels).toContain("Kosten per jaar, raming (€)");
      // The budget effect summed in the totals row, over the rows shown.
      const cost = labels.indexOf("Kosten per jaar, raming (€)") + table.rect.left;
      expect(sheet.cell(table.rect.bottom, cost)?.formula).toMatch(/^=SUBTOTAL\(109,/);
      expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", zoom: { horizontalFitToPages: 1 }, printTitleRows: `$${table.rect.top}:$${table.rect.top}` });
      // A Dutch date in the footer (the day written), Dutch number formats per column.
      expect(sheet.pageLayout.headersFooters?.leftFooter).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      const fte = labels.indexOf(name === MUTATIE_TABLE_NAMES.employees ? "Verschil fte" : "Verschil formatie (fte)") + table.rect.left;
      expect(sheet.cell(table.rect.top + 1, fte)?.numberFormat).toBe("#,##0.00");
      // Names and remarks are written as text, never as a formula.
      const formulas = [...sheet.cells.values()].filter((c) => c.formula !== undefined).map((c) => c.formula);
      expect(formulas.every((f) => /^=SUBTOTAL\(109,/.test(String(f)))).toBe(true);
    }
    // The formation sheets are as they were; the tool remembers the sheets as its own.
    expect(snapshot(workbook)).toEqual(before);
    expect(workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...YEARS, ...Object.values(MUTATIE_TABLE_NAMES), STATUS_SHEET]));
  });
});

/** The Mutaties tables of the Ommen pair as the pane's check engine makes them, and the options the pane writes them with. */
function mutatieTables() {
  const book = bundledFunctieboek();
  const index = new FunctieboekIndex(book);
  const grid = (name: string) => ({ sheet: name, rows: years[name] as CellValue[][] });
  const outcome = compareSheets(validateGrid(grid("Formatie 2026"), book, { index, rules: [] }), grid("Formatie 2025"), index, undefined, {
    otherIs: "old",
    sources: { sheet: { sheet: "Formatie 2026" }, other: { sheet: "Formatie 2025" } },
    salaryTable: bundledSalaryTable(),
    budget: {},
    date: "2026-01-15",
    language: "nl",
  });
  return { tables: outcome.tables, options: { language: "nl" as const, date: "2026-01-15", functieboekName: book.name } };
}

describe("writing the Mutaties sheets while the user types in a cell", () => {
  test("Excel refuses the request: a clear Dutch message, nothing written, nothing lost", async () => {
    const { tables, options } = mutatieTables();
    fixture = excelWithBothYears();
    const before = snapshot(fixture.fake.workbook);
    fixture.fake.user.startEditing("Formatie 2026", "C5");
    const error = await fixture.workbook.writeTables(tables, options).then(
      () => undefined,
      (e: unknown) => e as { userMessage?: { nl: string; en: string } },
    );
    expect(error?.userMessage?.nl).toMatch(/cel/);
    fixture.fake.user.stopEditing();
    expect(snapshot(fixture.fake.workbook)).toEqual(before);
    expect(fixture.fake.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Mutaties"))).toEqual([]);
    // Once the cell is left, the same write goes through.
    await fixture.workbook.writeTables(tables, options);
    expect(fixture.fake.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Mutaties")).sort()).toEqual(Object.values(MUTATIE_TABLE_NAMES).sort());
  });
});

describe("writing the Mutaties sheets, a failure at every command", () => {
  test("the formation sheets keep every value and fill; a later write gives exactly the three sheets", async () => {
    // The tables the pane writes, made once through the pane's own path on a clean fixture.
    fixture = excelWithBothYears();
    const { user, unmount } = await renderPane(fixture.workbook, { tab: "vergelijk" });
    await screen.findByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" });
    fixture.fake.resetStats();
    await user.click(screen.getByRole("button", { name: "Werkbladen Mutaties maken" }));
    await screen.findByRole("region", { name: "Geschreven werkbladen" }, { timeout: 60_000 });
    unmount();
    const tables = Object.values(MUTATIE_TABLE_NAMES).map((name) => tableOf(fixture?.fake.workbook as FakeWorkbook, name).rows);
    fixture.uninstall();
    fixture = undefined;

    // The same Mutaties through the adapter alone, to count the commands of one write.
    const { tables: mutaties, options } = mutatieTables();
    expect(mutaties.map((t) => t.rows.length)).toEqual(tables.map((rows) => rows.length));
    const outcome = { tables: mutaties };

    const dry = excelWithBothYears();
    const original = snapshot(dry.fake.workbook);
    dry.fake.resetStats();
    await dry.workbook.writeTables(outcome.tables, options);
    const commands = dry.fake.stats.commands;
    dry.uninstall();
    expect(commands).toBeGreaterThan(10);

    let failed = 0;
    for (let k = 1; k <= commands; k++) {
      const f = excelWithBothYears();
      try {
        f.fake.resetStats();
        f.fake.failCommand(k);
        const ok = await f.workbook.writeTables(outcome.tables, options).then(
          () => true,
          () => false,
        );
        expect({ k, armed: f.fake.failureArmed }).toEqual({ k, armed: false });
        if (!ok) failed++;
        expect({ k, sheets: snapshot(f.fake.workbook) }).toEqual({ k, sheets: original });
        // Written again without a failure (a new adapter, as after reopening the pane): exactly the three sheets, in full.
        await new OfficeWorkbook({ language: "nl" }).writeTables(outcome.tables, options);
        const mutatieSheets = f.fake.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Mutaties"));
        expect({ k, mutatieSheets: mutatieSheets.sort() }).toEqual({ k, mutatieSheets: Object.values(MUTATIE_TABLE_NAMES).sort() });
        expect({ k, rows: Object.values(MUTATIE_TABLE_NAMES).map((name) => tableOf(f.fake.workbook, name).rows.length) }).toEqual({ k, rows: tables.map((rows) => rows.length) });
        expect({ k, sheets: snapshot(f.fake.workbook) }).toEqual({ k, sheets: original });
      } finally {
        f.uninstall();
      }
    }
    expect(failed).toBeGreaterThan(0);
  });
});
