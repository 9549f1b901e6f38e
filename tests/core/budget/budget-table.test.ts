import table2020 from "../../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { buildBudgetTable } from "../../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import type { SalaryTable } from "../../../src/core/budget/salary-table-schema";
import { analyse, book, bookEntry, person } from "../plaatsing/placement-sheet";
import { rowsOf, rowWhere, totalsOf } from "../plaatsing/table-rows";

/** Cost per FTE per year written out: monthly × 12 × (1 + 17,05 %) × (1 + werkgeverslasten). */
function byHand(scale: number, charges: number, step?: number): number {
  const entry = table2020.scales.find((s) => s.scale === String(scale));
  if (!entry) throw new Error(`scale ${scale}`);
  const monthly = step === undefined ? Math.max(...entry.steps) : (entry.steps[step] as number);
  return monthly * 12 * 1.1705 * (1 + charges / 100);
}

const today = "2025-06-01";

describe("Formatiebudget", () => {
  it("reproduces begroot, kosten bezetting and verschil by hand for two scales", () => {
    const adviseur = bookEntry("Adviseur");
    const beheerder = bookEntry("Beheerder");
    expect(adviseur.scale).not.toBe(beheerder.scale);
    const plaatsing = analyse([person("Adviseur", "Ans", 1), person("Adviseur", "Bert", 0.8), person("Beheerder", "Cor", 1)]);
    const table = buildBudgetTable(plaatsing, { salaryTable: bundledSalaryTable(), settings: { employerChargesPercent: 28 }, today });
    for (const [entry, filled] of [[adviseur, 1.8], [beheerder, 1]] as const) {
      const perFte = byHand(entry.scale, 28);
      const formation = entry.formationFte as number;
      const row = rowWhere(table, "function", entry.title.trim());
      expect(row.scale).toBe(entry.scale);
      expect(row.costPerFte as number).toBeCloseTo(perFte, 2);
      expect(row.budgeted as number).toBeCloseTo(formation * perFte, 1);
      expect(row.filledCost as number).toBeCloseTo(filled * perFte, 1);
      expect(row.difference as number).toBeCloseTo((formation - filled) * perFte, 1);
    }
  });

  it("uses the chosen trede instead of the scale maximum", () => {
    const adviseur = bookEntry("Adviseur");
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), settings: { basis: { kind: "step", step: 3 }, employerChargesPercent: 30 }, today });
    expect(rowWhere(table, "function", "Adviseur").costPerFte as number).toBeCloseTo(byHand(adviseur.scale, 30, 3), 2);
    expect(table.notes?.map((n) => n.nl)).toContain("Salarisbasis: trede 3 van de schaal.");
  });

  it("budgets the whole formation in the totals", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today });
    const expected = book.functions.reduce((sum, f) => sum + (f.formationFte ?? 0) * byHand(f.scale, 30), 0);
    expect(totalsOf(table).budgeted as number).toBeCloseTo(expected, 0);
    expect(totalsOf(table)).toMatchObject({ filledCost: 0, formationFte: book.functions.reduce((s, f) => s + (f.formationFte ?? 0), 0) });
  });

  it("states the salary table, its date and source, the basis and the formula", () => {
    const notes = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), settings: { employerChargesPercent: 27.5 }, today }).notes?.map((n) => n.nl) ?? [];
    expect(notes).toContain(`Salaristabel: ${table2020.name}, geldig vanaf 01-07-2020. Bron: ${table2020.source}`);
    expect(notes).toContain("Salarisbasis: het maximum van de schaal.");
    expect(notes.some((n) => n.startsWith("Kosten per fte per jaar = maandsalaris × 12 × (1 + IKB 17,05 %) × (1 + werkgeverslasten 27,5 %)"))).toBe(true);
  });

  it("warns first when the salary table is more than a year old, and not otherwise", () => {
    const old = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today: "2025-06-01" });
    expect(old.notes?.[0]?.nl).toMatch(/^Let op: salaristabel .* meer dan een jaar oud/);
    const fresh = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today: "2021-06-30" });
    expect(fresh.notes?.some((n) => n.nl.startsWith("Let op"))).toBe(false);
  });

  it("leaves costs empty and says why when the table lacks a scale", () => {
    const partial: SalaryTable = { ...bundledSalaryTable(), scales: bundledSalaryTable().scales.filter((s) => s.scale !== "10") };
    const table = buildBudgetTable(analyse([person("Adviseur", "Ans", 1)]), { salaryTable: partial, today });
    expect(bookEntry("Adviseur").scale).toBe(10);
    expect(rowWhere(table, "function", "Adviseur")).toMatchObject({ monthlySalary: null, costPerFte: null, budgeted: null, filledCost: null, difference: null, filledFte: 1 });
    expect(table.notes?.map((n) => n.en)).toContain("Not computed: scale 10 is not in the salary table.");
  });

  it("costs a function outside the book at the scale the sheet gives it", () => {
    const table = buildBudgetTable(analyse([{ functie: "Beleidsmedewerker", schaal: 9, fte: 0.5, medewerker: "Ans" }]), { salaryTable: bundledSalaryTable(), today });
    const row = rowsOf(table).at(-1);
    expect(row).toMatchObject({ function: "Beleidsmedewerker", scale: 9, formationFte: null, budgeted: null });
    expect(row?.filledCost as number).toBeCloseTo(0.5 * byHand(9, 30), 1);
    expect(row?.difference as number).toBeCloseTo(-0.5 * byHand(9, 30), 1);
  });

  it("says which placed functions have no known scale", () => {
    const table = buildBudgetTable(analyse([{ functie: "Beleidsmedewerker", fte: 0.5, medewerker: "Ans" }]), { salaryTable: bundledSalaryTable(), today });
    expect(table.notes?.map((n) => n.nl)).toContain("Niet berekend voor 'Beleidsmedewerker': geen schaal bekend.");
  });
});
