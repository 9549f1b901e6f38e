/**
 * The Excel adapter's large-sheet scenarios on the recording Excel fake, shared by the budgets
 * test (tests/excel/budgets.test.ts, which asserts them at 50,000 rows in every `npm test`) and the
 * benchmark (bench/excel-adapter-bench.ts, which reports them at every size): the sheet as users
 * have it, and what one user action costs in syncs, request bytes and format calls.
 */
import type { Grid } from "../src/core/formatie/grid";
import { MB, type ExcelFake, type FakeValue } from "../tests/support/excel-fake";
import type { OfficeFixture } from "../tests/support/office-fixture";

/** What one action may cost (Excel's own limits are 5 MB per request and per response). */
export const ADAPTER_BUDGET = { syncs: 6, requestBytes: 4 * MB, responseBytes: 5 * MB, perCellFormatCalls: 0 } as const;

/** A formation sheet as users have them: a coloured header, some coloured cells, a few notes. */
export function seedFormation(fixture: OfficeFixture, grid: Grid): void {
  const rows = grid.rows.length - 3;
  fixture.fake.seed(grid.sheet, "A1", grid.rows.map((row) => row.map((v) => (v === undefined ? null : (v as FakeValue)))));
  fixture.fake.workbook.activeSheetId = fixture.fake.workbook.sheet(grid.sheet)?.id ?? "";
  fixture.fake.user.setFill(grid.sheet, "A3:J3", { color: "#D9E1F2", pattern: "Solid" });
  for (let row = 100; row < rows; row += 997) fixture.fake.user.setFill(grid.sheet, `D${row}:E${row}`, { color: "#FFFF00", pattern: "Solid" });
  fixture.fake.workbook.sheet(grid.sheet)?.notes.set("B10", "Vraag aan HR");
}

/** What the fake recorded since its last `resetStats()`. */
export interface ActionCost {
  syncs: number;
  requests: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  formatCalls: number;
  /** Format calls on a single cell: there should be none (formats go to columns and RangeAreas). */
  perCellFormatCalls: number;
}

export function actionCost(fake: ExcelFake): ActionCost {
  const { syncs, requests, formatCalls } = fake.stats;
  return {
    syncs,
    requests: requests.length,
    maxRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    maxResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
    formatCalls: formatCalls.length,
    perCellFormatCalls: formatCalls.filter((c) => c.target === "Range" && c.cells === 1).length,
  };
}

/** True when an action stays within every part of `ADAPTER_BUDGET`. */
export function withinBudget(cost: ActionCost): boolean {
  return (
    cost.syncs <= ADAPTER_BUDGET.syncs &&
    cost.maxRequestBytes <= ADAPTER_BUDGET.requestBytes &&
    cost.maxResponseBytes <= ADAPTER_BUDGET.responseBytes &&
    cost.perCellFormatCalls <= ADAPTER_BUDGET.perCellFormatCalls
  );
}
