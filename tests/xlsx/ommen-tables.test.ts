/** Acceptance on the bundled example: a clean 45 FTE Ommen formation read from its .xlsx file. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildBudgetTable } from "../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import { formatFte } from "../../src/core/localized";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import { validateGrid } from "../../src/core/rules/engine";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { rowsOf, totalsOf } from "../core/plaatsing/table-rows";

const ROOT = path.join(__dirname, "../..");

async function tablesOf(file: string) {
  const book = bundledFunctieboek();
  const workbook = await FileWorkbook.fromBytes(readFileSync(path.join(ROOT, "examples", file)));
  const choice = await workbook.chooseSheet();
  if (!choice.ok) throw new Error(choice.message.en);
  const result = validateGrid(await workbook.readSheet(choice.sheet), book);
  const built = buildPlaatsingTables(result, new FunctieboekIndex(book), { date: "2025-06-01" });
  if (!built) throw new Error("unusable");
  return { book, result, built };
}

describe("the clean 45 FTE Ommen formation (examples/formatie-ommen-schoon.xlsx)", () => {
  it("Plaatsing per functie: formatie = bezet for every budgeted function; totals 45,00 / 45,00 / 0,00", async () => {
    const { book, built } = await tablesOf("formatie-ommen-schoon.xlsx");
    const budgeted = book.functions.filter((f) => f.formationFte !== null && f.formationFte > 0).map((f) => f.title.trim());
    const rows = rowsOf(built.perFunction).filter((r) => budgeted.includes(r.function as string));
    expect(rows).toHaveLength(budgeted.length);
    for (const row of rows) expect({ function: row.function, filled: row.filledFte }).toEqual({ function: row.function, filled: row.formationFte });
    const totals = totalsOf(built.perFunction);
    expect([totals.formationFte, totals.filledFte, totals.vacantFte].map((v) => formatFte(v as number, "nl"))).toEqual(["45,00", "45,00", "0,00"]);
    expect(totals.surplusFte).toBe(0);
  });

  it("places everyone: every line of the Plaatsingslijst is geplaatst", async () => {
    const { built, result } = await tablesOf("formatie-ommen-schoon.xlsx");
    expect(rowsOf(built.list).map((r) => r.status)).toEqual(new Array(result.summary.positions).fill("geplaatst"));
  });

  it("Formatiebudget: begroot = kosten bezetting, verschil 0", async () => {
    const { built } = await tablesOf("formatie-ommen-schoon.xlsx");
    const budget = buildBudgetTable(built.plaatsing, { salaryTable: bundledSalaryTable(), today: "2025-06-01" });
    const totals = totalsOf(budget);
    expect(totals.budgeted).toBeGreaterThan(0);
    expect(totals.filledCost).toBe(totals.budgeted);
    expect(totals.difference).toBe(0);
  });
});

describe("the example with deliberate mistakes (examples/formatie-ommen.xlsx)", () => {
  it("shows the two vacancies the rules report, and the employee on two rows", async () => {
    const { built, result } = await tablesOf("formatie-ommen.xlsx");
    const vacant = rowsOf(built.perFunction).filter((r) => (r.vacantFte as number) > 0).map((r) => r.function).sort();
    const reported = result.findings.filter((f) => f.code === "fte/under-formation").map((f) => /'([^']+)'/.exec(f.message.nl)?.[1]).sort();
    expect(vacant).toEqual(reported);
    expect(vacant).toHaveLength(2);
    const twice = rowsOf(built.list).filter((r) => typeof r.remark === "string" && r.remark.includes("meer dan 1,00"));
    expect(new Set(twice.map((r) => r.employee))).toEqual(new Set(["Erik Lammers"]));
    expect(twice).toHaveLength(2);
  });
});
