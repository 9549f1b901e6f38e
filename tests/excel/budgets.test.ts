/**
 * The budgets of one user action on 50,000 rows, held against the recording fake: at most 6
 * syncs, no request above 4 MB (Excel's limit is 5 MB), every response under Excel's 5 MB, and no
 * per-cell format calls (formats go to whole columns and RangeAreas grouped by colour).
 */
import { actionCost, ADAPTER_BUDGET, seedFormation } from "../../bench/excel-scenarios";
import { formationGrid } from "../../bench/formation-generator";
import { checkActiveSheet } from "../../src/commands/check-active-sheet";
import { buildBudgetTable } from "../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../../src/core/rules/engine";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import type { ExcelFake } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

const ROWS = 50_000;
const book = bundledFunctieboek();
const grid = formationGrid(book, ROWS);

function expectWithinBudget(fake: ExcelFake, label: string): void {
  // BUDGET_REPORT=1 npx jest tests/excel/budgets.test.ts prints what was measured
  // (`npm run bench` reports the same figures at 1,000, 10,000 and 50,000 rows).
  if (process.env.BUDGET_REPORT) console.log(label, JSON.stringify(fake.stats.requests), fake.stats.formatCalls.length);
  const cost = actionCost(fake);
  expect({ label, syncs: cost.syncs <= ADAPTER_BUDGET.syncs }).toEqual({ label, syncs: true });
  expect({ label, maxRequest: cost.maxRequestBytes <= ADAPTER_BUDGET.requestBytes }).toEqual({ label, maxRequest: true });
  expect({ label, maxResponse: cost.maxResponseBytes <= ADAPTER_BUDGET.responseBytes }).toEqual({ label, maxResponse: true });
  expect({ label, perCell: fake.stats.formatCalls.filter((c) => c.target === "Range" && c.cells === 1) }).toEqual({ label, perCell: [] });
}

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

jest.setTimeout(120_000);

test("validate + mark 50,000 rows (pane): read, check, mark; then mark again after a change; then clear", async () => {
  fixture = officeFixture();
  seedFormation(fixture, grid);
  const { workbook, fake } = fixture;
  fake.resetStats();
  const read = await workbook.readSheet("Formatie");
  const result = validateGrid(read, book);
  const marked = await workbook.mark(result.findings);
  expect(marked.marked).toBeGreaterThan(50_000);
  expectWithinBudget(fake, "validate + mark");
  // The header's own colour is back after clearing; marks of 100,000 cells took a handful of format calls.
  expect(fake.stats.formatCalls.length).toBeLessThanOrEqual(40);

  fake.resetStats();
  const again = await workbook.readSheet("Formatie");
  await workbook.mark(validateGrid(again, book).findings.slice(0, 300));
  expectWithinBudget(fake, "validate + mark again");

  fake.resetStats();
  await workbook.clearMarks();
  expectWithinBudget(fake, "clear");
  const sheet = fake.workbook.sheet("Formatie");
  expect(sheet?.fillAt(3, 1)).toEqual({ color: "#D9E1F2", pattern: "Solid" });
  expect(sheet?.fillAt(100, 4)).toEqual({ color: "#FFFF00", pattern: "Solid" });
  expect(sheet?.fillAt(4, 1)).toBeUndefined();
  expect(sheet?.notes.get("B10")).toBe("Vraag aan HR");
});

test("validate + mark 50,000 rows (ribbon command, fresh runtime, first use of the workbook)", async () => {
  fixture = officeFixture();
  seedFormation(fixture, grid);
  fixture.fake.resetStats();
  const outcome = await checkActiveSheet(new OfficeWorkbook({ language: "nl" }));
  expect(outcome.sheet).toBe("Formatie");
  expect(outcome.marks.marked).toBeGreaterThan(50_000);
  expectWithinBudget(fixture.fake, "ribbon command, first use");
  fixture.fake.resetStats();
  await checkActiveSheet(new OfficeWorkbook({ language: "nl" }));
  expectWithinBudget(fixture.fake, "ribbon command, marked before");
});

test("generate all tables of 50,000 rows", async () => {
  fixture = officeFixture();
  seedFormation(fixture, grid);
  const { workbook, fake } = fixture;
  const read = await workbook.readSheet("Formatie");
  const result = validateGrid(read, book);
  const built = buildPlaatsingTables(result, new FunctieboekIndex(book), { date: "2026-03-01" });
  if (!built) throw new Error("not usable");
  const budget = buildBudgetTable(built.plaatsing, { salaryTable: bundledSalaryTable(), today: "2026-03-01" });
  const tables = [built.overview, built.perFunction, built.perCluster, built.list, budget];
  fake.resetStats();
  await workbook.writeTables(tables, { functieboekName: book.name, date: "2026-03-01", sourceSheet: "Formatie" });
  expectWithinBudget(fake, "generate tables");
  expect(fake.workbook.sheet("Plaatsingslijst")?.tables[0]?.rect.bottom).toBeGreaterThan(ROWS);
  // Regenerating (replacing the tool's own sheets) stays within the budget too.
  fake.resetStats();
  await workbook.writeTables(tables, { functieboekName: book.name, date: "2026-03-01", sourceSheet: "Formatie" });
  expectWithinBudget(fake, "regenerate tables");
  // The Overzicht chart came along in those requests, and regenerating left one.
  expect(fake.workbook.sheet("Overzicht")?.charts).toHaveLength(1);
});
