/**
 * The Formatiebudget sheets on A4 (issue 16): laid out by the core's print layout, the widest case
 * — every function of the Ommen book, long names, a Trede column with bad treden (remarks), an
 * own salary, the Uitgangspunten block with every cao raise — still prints one page wide at a
 * readable scale, and every line of the Uitgangspunten is in the title block, wrapped in rows high
 * enough for it.
 */
import { buildBudgetTables } from "../../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { layoutTable } from "../../../src/core/print/table-layout";
import { MIN_PRINT_SCALE, ROW_HEIGHT } from "../../../src/core/print/print-page";
import { analyse, book, person } from "../plaatsing/placement-sheet";

function widestBudget(language: "nl" | "en") {
  const rows = book.functions.flatMap((f, i) => {
    const title = f.title.trim();
    return [
      person(title, `Medewerker met een lange naam ${i}`, 1, { trede: i % 3 === 0 ? "abc" : 99 }),
      person(title, `Tweede ${i}`, 0.5, { trede: 2, salaris: i % 4 === 0 ? "€ 4.100,00" : null }),
    ];
  });
  const plaatsing = analyse(rows, { step: true, salary: true });
  return buildBudgetTables(plaatsing, { salaryTable: bundledSalaryTable(), today: "2026-11-30", year: 2027, ownMeasures: [{ date: "2027-07-01", type: "pct", value: 2.5, sources: [], own: true }], language });
}

describe.each(["nl", "en"] as const)("the budget sheets on A4 (%s)", (language) => {
  const built = widestBudget(language);
  const context = { functieboekName: book.name, sourceSheet: "Formatie", date: "2026-11-30", language };

  it.each([
    ["Formatiebudget", built.perFunction],
    ["Formatiebudget per cluster", built.perCluster],
  ])("%s prints one page wide at a readable scale", (_name, table) => {
    const layout = layoutTable(table, context);
    expect(layout.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(layout.footer.left).toBe("30-11-2026");
    // Every note (warnings, Uitgangspunten) is a line of the title block, in a row tall enough for
    // its wrapped text at the table's width.
    const width = layout.columns.reduce((sum, c) => sum + c.width, 0);
    const notes = (table.notes ?? []).map((n) => n[language]);
    expect(layout.lines.filter((l) => l.kind === "note").map((l) => l.text)).toEqual(notes);
    for (const line of layout.lines.filter((l) => l.kind === "note")) {
      expect(line.height).toBeGreaterThanOrEqual(Math.min(409, ROW_HEIGHT * Math.ceil(line.text.length / (width * 1.15))));
    }
  });

  it("has the Uitgangspunten and the raming at the top of the Formatiebudget", () => {
    const layout = layoutTable(built.perFunction, context);
    const texts = layout.lines.map((l) => l.text);
    const heading = language === "nl" ? "Uitgangspunten" : "Assumptions";
    expect(texts).toContain(heading);
    expect(texts[0]).toBe(language === "nl" ? "Formatiebudget 2027" : "Formation budget 2027");
    expect(texts[2]).toMatch(language === "nl" ? /^Let op: raming op basis van de cao-verhogingen sinds 01-07-2020;/ : /^Note: estimate based on the cao increases since 01-07-2020;/);
    // The bad treden are remarks in a wrapping text column, not a widening one.
    const remark = layout.columns[layout.columns.length - 1];
    expect(remark).toMatchObject({ type: "text", wrap: true });
    expect(remark?.width).toBeLessThanOrEqual(60);
  });
});
