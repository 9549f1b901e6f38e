/**
 * Excel adapter benchmark, one size per process: what validate + mark, clear and generate tables
 * cost on the recording Excel fake (syncs, requests, the largest request and response, format
 * calls). The same scenarios as tests/excel/budgets.test.ts. Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/excel-adapter-bench.ts ROWS
 */
import { buildBudgetTable } from "../src/core/budget/budget-table";
import { bundledSalaryTable } from "../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../src/core/functieboek/functieboek-index";
import { buildPlaatsingTables } from "../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../src/core/rules/engine";
import { officeFixture } from "../tests/support/office-fixture";
import { actionCost, seedFormation, type ActionCost } from "./excel-scenarios";
import { formationGrid } from "./formation-generator";

const rows = Number(process.argv[2] ?? 1000);
const book = bundledFunctieboek();
const grid = formationGrid(book, rows);
const DATE = "2026-03-01";

async function main(): Promise<void> {
  const actions: Record<string, ActionCost & { ms: number }> = {};
  const measure = async (name: string, fake: Parameters<typeof actionCost>[0], action: () => Promise<unknown>) => {
    fake.resetStats();
    const start = performance.now();
    await action();
    actions[name] = { ...actionCost(fake), ms: Math.round(performance.now() - start) };
  };

  // Validate + mark (as the pane does it: read, check, mark), then clear.
  let fixture = officeFixture();
  seedFormation(fixture, grid);
  await measure("validate + mark", fixture.fake, async () => {
    const read = await fixture.workbook.readSheet(grid.sheet);
    await fixture.workbook.mark(validateGrid(read, book).findings);
  });
  await measure("clear", fixture.fake, () => fixture.workbook.clearMarks());
  fixture.uninstall();

  // Generate all tables (the tables are built first; only writing them is the adapter's).
  fixture = officeFixture();
  seedFormation(fixture, grid);
  const read = await fixture.workbook.readSheet(grid.sheet);
  const built = buildPlaatsingTables(validateGrid(read, book), new FunctieboekIndex(book), { date: DATE });
  if (!built) throw new Error("the generated sheet is not usable");
  const budget = buildBudgetTable(built.plaatsing, { salaryTable: bundledSalaryTable(), today: DATE });
  const tables = [built.overview, built.perFunction, built.perCluster, built.list, budget];
  await measure("generate tables", fixture.fake, () => fixture.workbook.writeTables(tables, { functieboekName: book.name, date: DATE, sourceSheet: grid.sheet }));
  fixture.uninstall();

  process.stdout.write(`${JSON.stringify({ rows, actions })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
