/**
 * The hand-made pair of examples/ (2025 and 2026 of the Ommen formation, every kind of change at
 * least once): the core finds exactly the changes of formatie-ommen-mutaties.expected.json, its
 * tables say them in Dutch (and English), and each table prints readably on A4.
 */
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { compareFormaties, type Mutaties } from "../../../src/core/mutaties/compare-formaties";
import { buildMutatieTables, MUTATIE_TABLE_NAMES } from "../../../src/core/mutaties/mutatie-tables";
import { budgetPricing } from "../../../src/core/mutaties/mutation-cost";
import type { Language } from "../../../src/core/localized";
import { MIN_PRINT_SCALE } from "../../../src/core/print/print-page";
import { layoutTable } from "../../../src/core/print/table-layout";
import { problemsIn } from "../../helpers/dutch-text-scan";
import { exampleGrid } from "../../helpers/ommen-example";
import { expectedMutaties, expectExactlyTheChanges, expectTablesShowTheChanges, tableShape } from "../../helpers/ommen-mutaties";
import { formatie, index, TODAY } from "./mutaties-sheet";

async function ommen(): Promise<Mutaties> {
  const old = formatie(await exampleGrid("formatie-ommen-2025.xlsx"));
  const next = formatie(await exampleGrid("formatie-ommen-2026.xlsx"));
  return compareFormaties(old, next, index, { pricing: budgetPricing({ salaryTable: bundledSalaryTable(), today: TODAY }) });
}

function tables(mutaties: Mutaties, language: Language) {
  const expected = expectedMutaties();
  return buildMutatieTables(mutaties, { old: expected.old, new: expected.new, language });
}

describe("the Ommen example, 2025 → 2026", () => {
  it("has exactly the changes of the expected JSON", async () => {
    const mutaties = await ommen();
    expect([mutaties.old.sheet, mutaties.new.sheet]).toEqual(["Formatie 2025", "Formatie 2026"]);
    expectExactlyTheChanges(mutaties);
  });

  it("writes them in the three Mutaties tables, with the sums of the budget effect", async () => {
    const mutaties = await ommen();
    const built = tables(mutaties, "nl");
    expect(built.map((t) => t.name)).toEqual(Object.values(MUTATIE_TABLE_NAMES));
    expectTablesShowTheChanges(built.map(tableShape));
    const employees = built[0];
    const cost = employees?.columns.findIndex((c) => c.key === "costDifference") as number;
    const sum = employees?.rows.reduce((total, row) => total + ((row[cost] as number | null) ?? 0), 0) as number;
    expect(employees?.totals?.[cost]).toBeCloseTo(sum, 2);
    for (const table of built.slice(1)) {
      const at = table.columns.findIndex((c) => c.key === "costDifference");
      expect(table.totals?.[at]).toBeCloseTo(mutaties.totals.cost.difference, 2);
    }
  });

  it.each(["nl", "en"] as const)("prints each table readably on A4 (%s)", async (language) => {
    for (const table of tables(await ommen(), language)) {
      const layout = layoutTable(table, { functieboekName: "Functieboek Gemeente Ommen", date: TODAY, language });
      expect([table.name, layout.scale >= MIN_PRINT_SCALE]).toEqual([table.name, true]);
      expect(layout.labels).toEqual(table.columns.map((c) => (language === "nl" ? c.label : c.labelEn)));
    }
  });

  it.each([
    ["nl", "Kosten per jaar, raming (€)", "De kosten per jaar zijn een raming"],
    ["en", "Estimated cost per year (€)", "The yearly costs are an estimate"],
  ] as const)("calls the costs an estimate (raming) in the header and the notes of every table (%s)", async (language, header, note) => {
    for (const table of tables(await ommen(), language)) {
      const layout = layoutTable(table, { functieboekName: "Functieboek Gemeente Ommen", date: TODAY, language });
      expect([table.name, layout.labels.filter((label) => label === header)]).toEqual([table.name, [header]]);
      expect([table.name, (table.notes ?? []).some((n) => n[language].startsWith(note))]).toEqual([table.name, true]);
    }
  });

  it.each(["nl", "en"] as const)("writes numbers and dates the %s way in titles, notes and text cells", async (language) => {
    const texts = tables(await ommen(), language).flatMap((t) => [
      ...(t.notes ?? []).map((n) => n[language]),
      ...(t.footnotes ?? []).map((n) => n[language]),
      ...t.rows.flatMap((r) => r.filter((c): c is string => typeof c === "string")),
    ]);
    // The scanner of tests/core/dutch-text.test.ts: quoted text and the sources' web addresses are left alone.
    expect(texts.flatMap((text) => problemsIn(text, language).map((problem) => `${problem}: ${text}`))).toEqual([]);
    expect(texts.join("\n")).toContain(language === "nl" ? "geldig vanaf 01-07-2020" : "in force from 01-07-2020");
  });
});
