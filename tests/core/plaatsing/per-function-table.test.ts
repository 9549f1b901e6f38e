import fc from "fast-check";
import { buildPerFunctionTable } from "../../../src/core/plaatsing/per-function-table";
import { validateGrid } from "../../../src/core/rules/engine";
import { analysePlaatsing } from "../../../src/core/plaatsing/placement-analysis";
import type { RowInput } from "../../helpers/rule-cases";
import { analyse, book, bookEntry, index, person, placementGrid } from "./placement-sheet";
import { rowsOf, rowWhere, totalsOf } from "./table-rows";

const budgeted = book.functions.filter((f) => f.formationFte !== null && f.formationFte > 0);
const bookTotal = budgeted.reduce((sum, f) => sum + (f.formationFte ?? 0), 0);

describe("Plaatsing per functie", () => {
  it("lists every function of the book in book order, also with nobody placed", () => {
    const table = buildPerFunctionTable(analyse([]));
    expect(rowsOf(table).map((r) => r.function)).toEqual(book.functions.map((f) => f.title.trim()));
    for (const row of rowsOf(table)) expect(row).toMatchObject({ filledFte: 0, surplusFte: 0, employeeCount: 0 });
    expect(totalsOf(table)).toMatchObject({ formationFte: bookTotal, filledFte: 0, vacantFte: bookTotal, surplusFte: 0 });
  });

  it("takes formatie, normfunctie and schaal from the book", () => {
    const table = buildPerFunctionTable(analyse([]));
    for (const fn of book.functions) {
      expect(rowWhere(table, "function", fn.title.trim())).toMatchObject({ normfunctie: fn.normfunctie.trim(), scale: fn.scale, formationFte: fn.formationFte });
    }
  });

  it("shows a vacancy where fewer FTE are placed than the formation", () => {
    const formation = bookEntry("Adviseur").formationFte as number;
    const table = buildPerFunctionTable(analyse([person("Adviseur", "Ans", 1), person("Adviseur", "Bert", 0.6)]));
    expect(rowWhere(table, "function", "Adviseur")).toMatchObject({ filledFte: 1.6, vacantFte: formation - 1.6, surplusFte: 0, employeeCount: 2, employees: "Ans; Bert" });
  });

  it("shows FTE above the formation as boven formatie, not as a negative vacancy", () => {
    const formation = bookEntry("Gemeentesecretaris").formationFte as number;
    const table = buildPerFunctionTable(analyse([person("Gemeentesecretaris", "Ans", 1), person("Gemeentesecretaris", "Bert", 0.5)]));
    expect(rowWhere(table, "function", "Gemeentesecretaris")).toMatchObject({ formationFte: formation, filledFte: 1.5, vacantFte: 0, surplusFte: 1.5 - formation });
  });

  it("counts everything on a function without formation as boven formatie", () => {
    expect(bookEntry("Zweminstructeur").formationFte).toBeNull();
    const table = buildPerFunctionTable(analyse([person("Zweminstructeur", "Ans", 0.6)]));
    expect(rowWhere(table, "function", "Zweminstructeur")).toMatchObject({ formationFte: null, filledFte: 0.6, vacantFte: 0, surplusFte: 0.6, remark: "het functieboek geeft geen formatie" });
  });

  it("adds a row per function that is not in the book, after the book's functions", () => {
    const table = buildPerFunctionTable(analyse([{ functie: "Beleidsmedewerker", schaal: 10, fte: 1, medewerker: "Ans" }, { functie: "beleidsmedewerker", fte: 0.5, medewerker: "Bert" }]));
    const rows = rowsOf(table);
    expect(rows).toHaveLength(book.functions.length + 1);
    expect(rows[rows.length - 1]).toMatchObject({ function: "Beleidsmedewerker", formationFte: null, filledFte: 1.5, surplusFte: 1.5, employeeCount: 2, remark: "niet in het functieboek" });
    expect(totalsOf(table)).toMatchObject({ filledFte: 1.5, surplusFte: 1.5, vacantFte: bookTotal });
  });

  it("counts an unknown title under the book function its normfunctie names, as the formation rules do", () => {
    const entry = bookEntry("Beleidsadviseur");
    const table = buildPerFunctionTable(analyse([{ functie: "Beleidsmedewerker", normfunctie: entry.normfunctie, fte: 1, medewerker: "Ans" }]));
    expect(rowWhere(table, "function", "Beleidsadviseur")).toMatchObject({ filledFte: 1, remark: "incl. 'Beleidsmedewerker' (via de normfunctie)" });
    expect(rowsOf(table)).toHaveLength(book.functions.length);
  });

  it("does not count a vacancy row as bezet, and says the sheet lists it", () => {
    const formation = bookEntry("Beheerder").formationFte as number;
    const table = buildPerFunctionTable(analyse([person("Beheerder", "Ans", 1), { ...person("Beheerder", "x", 1), medewerker: "Vacature", nr: null }]));
    expect(rowWhere(table, "function", "Beheerder")).toMatchObject({ filledFte: 1, vacantFte: formation - 1, employeeCount: 1, remark: "werkblad noemt 1,00 fte vacature" });
  });

  it("counts an employee on two rows once in the total number of employees", () => {
    const table = buildPerFunctionTable(analyse([person("Beheerder", "Ans", 0.6), person("Senior ondersteuner", "Ans", 0.4), person("Adviseur", "Bert", 1)]));
    expect(rowWhere(table, "function", "Beheerder").employeeCount).toBe(1);
    expect(rowWhere(table, "function", "Senior ondersteuner").employeeCount).toBe(1);
    expect(totalsOf(table).employeeCount).toBe(2);
  });

  it("treats every row as bezet in a sheet that names no people", () => {
    const table = buildPerFunctionTable(analyse([{ functie: "Adviseur", fte: 1 }, { functie: "Adviseur", fte: 1 }], { withoutPersons: true }));
    expect(rowWhere(table, "function", "Adviseur")).toMatchObject({ filledFte: 2, employeeCount: 0 });
    expect(table.notes?.map((n) => n.en)).toContain("The sheet names no employees: every row counts as filled.");
  });

  it("writes its cell words in English when asked", () => {
    const table = buildPerFunctionTable(analyse([person("Zweminstructeur", "Ans", 0.6)]), "en");
    expect(rowWhere(table, "function", "Zweminstructeur").remark).toBe("the function book gives no formation");
    expect(table.totals?.[0]).toBe("Total");
  });
});

/** Random placements of named people on the book's functions (and one title outside the book). */
const placements = fc.array(
  fc.record({
    title: fc.constantFrom(...book.functions.map((f) => f.title.trim()), "Beleidsmedewerker"),
    fte: fc.constantFrom(0.2, 0.4, 0.5, 0.6, 0.8, 1),
  }),
  { maxLength: 60 },
);

function rowsFor(list: { title: string; fte: number }[]): RowInput[] {
  return list.map((p, i) => ({ functie: p.title, fte: p.fte, medewerker: `Medewerker ${i}` }));
}

describe("Plaatsing per functie properties (fast-check, fixed seeds)", () => {
  it("bezet = formatie − vacant + boven formatie on every row and in the totals", () => {
    fc.assert(
      fc.property(placements, (list) => {
        const table = buildPerFunctionTable(analyse(rowsFor(list)));
        for (const row of [...rowsOf(table), totalsOf(table)]) {
          const formation = typeof row.formationFte === "number" ? row.formationFte : 0;
          expect(row.filledFte).toBeCloseTo(formation - (row.vacantFte as number) + (row.surplusFte as number), 6);
          expect(row.vacantFte).toBeGreaterThanOrEqual(0);
          expect(row.surplusFte).toBeGreaterThanOrEqual(0);
        }
        expect(totalsOf(table).filledFte).toBeCloseTo(list.reduce((s, p) => s + p.fte, 0), 6);
      }),
      { seed: 20250601, numRuns: 200 },
    );
  });

  it("agrees with the rules: vacant ⇔ fte/under-formation, boven formatie ⇔ fte/over-formation or fte/no-formation", () => {
    fc.assert(
      fc.property(placements, (list) => {
        const result = validateGrid(placementGrid(rowsFor(list)), book, { index });
        const table = buildPerFunctionTable(analysePlaatsing(result.formatie as NonNullable<typeof result.formatie>, index));
        const reported = (codes: string[], title: string) => result.findings.some((f) => codes.includes(f.code) && f.message.nl.includes(`'${title}'`));
        for (const fn of book.functions) {
          const row = rowWhere(table, "function", fn.title.trim());
          expect({ title: fn.title, vacant: (row.vacantFte as number) > 0 }).toEqual({ title: fn.title, vacant: reported(["fte/under-formation"], fn.title.trim()) });
          expect({ title: fn.title, above: (row.surplusFte as number) > 0 }).toEqual({ title: fn.title, above: reported(["fte/over-formation", "fte/no-formation"], fn.title.trim()) });
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
