import development from "../../../src/data/cao-gemeenten-loonontwikkeling.json";
import { buildBudgetTable, buildBudgetTables } from "../../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import type { SalaryTable } from "../../../src/core/budget/salary-table-schema";
import { validateGrid } from "../../../src/core/rules/engine";
import type { DataTable } from "../../../src/core/plaatsing/data-table";
import { analyse, book, bookEntry, index, person, placementGrid } from "../plaatsing/placement-sheet";
import { rowsOf, rowWhere, totalsOf } from "../plaatsing/table-rows";
import { steps2020, to2026, to2027, toJuly2026, whole } from "../../helpers/cao-by-hand";

// The measures up to 2027 written out by hand (to2026, toJuly2026, to2027): tests/helpers/cao-by-hand.ts.

const today = "2026-01-15";
const IKB = 1.1705;

function notesOf(table: DataTable): string[] {
  return (table.notes ?? []).map((n) => n.nl);
}

describe("Formatiebudget for a begrotingsjaar", () => {
  it("prices one FTE at the scale 10 maximum in 2026 as the sum of its twelve months, by hand", () => {
    const january = development.samplesForTests.scale10MaxEstimate["2026-01-01"];
    expect(whole(to2026(4450))).toBe(january); // the hand formula agrees with the data file's sample
    const july = whole(toJuly2026(4450));
    expect(july).toBe(5624);
    const yearSalary = 6 * january + 6 * july; // January–June at 5.555, July–December at 5.624
    const table = buildBudgetTable(analyse([person("Adviseur", "Ans", 1)]), { salaryTable: bundledSalaryTable(), today, year: 2026 });
    const row = rowWhere(table, "function", "Adviseur");
    expect(row.yearSalary).toBe(yearSalary);
    expect(row.costPerFte as number).toBeCloseTo(yearSalary * IKB * 1.3, 2);
    expect(row.filledCost as number).toBeCloseTo(yearSalary * IKB * 1.3, 2);
    expect(row.budgeted as number).toBeCloseTo((bookEntry("Adviseur").formationFte as number) * yearSalary * IKB * 1.3, 1);
  });

  it("defaults to the year of the calculation date, and names it in the title", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today: "2027-03-01" });
    expect(table.title).toBe("Formatiebudget 2027");
    expect(rowWhere(table, "function", "Adviseur").yearSalary).toBe(12 * whole(to2027(4450)));
    expect(whole(to2027(4450))).toBe(development.samplesForTests.scale10MaxEstimate["2027-01-01"]);
  });

  it("counts a raise on 2 January for 30 of January's 31 days", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today: "2023-03-01" });
    const before = whole(4450 * 1.01 * 1.015 * 1.024);
    const after = whole((4450 * 1.01 * 1.015 * 1.024 + 240) * 1.02);
    expect(rowWhere(table, "function", "Adviseur").yearSalary as number).toBeCloseTo(before / 31 + (30 / 31) * after + 11 * after, 2);
  });

  it("reproduces begroot, kosten bezetting and verschil by hand for two scales", () => {
    const plaatsing = analyse([person("Adviseur", "Ans", 1), person("Adviseur", "Bert", 0.8), person("Beheerder", "Cor", 1)]);
    const table = buildBudgetTable(plaatsing, { salaryTable: bundledSalaryTable(), settings: { employerChargesPercent: 28 }, today: "2027-06-01" });
    for (const [title, filled] of [["Adviseur", 1.8], ["Beheerder", 1]] as const) {
      const entry = bookEntry(title);
      const perFte = 12 * whole(to2027(Math.max(...steps2020(String(entry.scale))))) * IKB * 1.28;
      const formation = entry.formationFte as number;
      const row = rowWhere(table, "function", title);
      expect(row.scale).toBe(entry.scale);
      expect(row.costPerFte as number).toBeCloseTo(perFte, 2);
      expect(row.budgeted as number).toBeCloseTo(formation * perFte, 1);
      expect(row.filledCost as number).toBeCloseTo(filled * perFte, 1);
      expect(row.difference as number).toBeCloseTo((formation - filled) * perFte, 1);
      expect(row.filledBasis).toBe("maximum");
    }
  });

  it("applies werkgeverslasten to the salary alone when asked", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), settings: { employerChargesBase: "salary" }, today: "2027-06-01" });
    const yearSalary = 12 * whole(to2027(4450));
    expect(rowWhere(table, "function", "Adviseur").costPerFte as number).toBeCloseTo(yearSalary * (1 + 0.1705 + 0.3), 2);
    expect(notesOf(table)).toContain("IKB 17,05 % van het salaris; werkgeverslasten 30 % over het salaris alleen (niet over de IKB).");
  });

  it("uses the chosen trede for the formation", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), settings: { basis: { kind: "step", step: 3 } }, today: "2027-06-01" });
    expect(rowWhere(table, "function", "Adviseur").yearSalary).toBe(12 * whole(to2027(steps2020("10")[3] as number)));
    expect(notesOf(table)).toContain("Salarisbasis (begroot en vacatures): trede 3 van de schaal.");
  });

  it("budgets the whole formation in the totals", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today: "2027-06-01" });
    const expected = book.functions.reduce((sum, f) => sum + (f.formationFte ?? 0) * (rowWhere(table, "function", f.title.trim()).costPerFte as number), 0);
    expect(totalsOf(table).budgeted as number).toBeCloseTo(expected, 0);
    expect(totalsOf(table)).toMatchObject({ filledCost: 0, formationFte: book.functions.reduce((s, f) => s + (f.formationFte ?? 0), 0) });
  });
});

describe("occupied rows at their own trede or salary", () => {
  const year = 2026;
  const perFte = (yearSalary: number) => yearSalary * IKB * 1.3;

  it("prices an occupied row at its trede, and the formation at the basis", () => {
    const plaatsing = analyse([person("Adviseur", "Ans", 1, { trede: 3 }), person("Adviseur", "Bert", 0.5, { trede: "7" })], { step: true });
    const table = buildBudgetTable(plaatsing, { salaryTable: bundledSalaryTable(), today, year });
    const step = (n: number) => 6 * whole(to2026(steps2020("10")[n] as number)) + 6 * whole(toJuly2026(steps2020("10")[n] as number));
    const row = rowWhere(table, "function", "Adviseur");
    expect(row.filledCost as number).toBeCloseTo(perFte(step(3)) + 0.5 * perFte(step(7)), 1);
    expect(row.budgeted as number).toBeCloseTo(7 * perFte(6 * 5555 + 6 * 5624), 1);
    expect(row.filledBasis).toBe("eigen trede");
    expect(row.remark).toBeNull();
    expect(notesOf(table)).toContain("Bezette plaatsen met een trede in het werkblad (kolom Trede/Periodiek): op hun eigen trede; zonder bruikbare trede op de salarisbasis (zie Opmerking).");
  });

  it("reports a bad trede as a finding, and prices that row at the basis with a remark, without a crash", () => {
    const rows = [person("Adviseur", "Ans", 1, { trede: 12 }), person("Adviseur", "Bert", 1, { trede: "abc" }), person("Adviseur", "Cor", 1, { trede: 2 })];
    const findings = validateGrid(placementGrid(rows, { step: true }), book, { index }).findings.filter((f) => f.code === "salary/step-invalid");
    expect(findings.map((f) => f.row)).toEqual([2, 3]);
    const table = buildBudgetTable(analyse(rows, { step: true }), { salaryTable: bundledSalaryTable(), today, year });
    const row = rowWhere(table, "function", "Adviseur");
    const basis = perFte(6 * 5555 + 6 * 5624);
    const step2 = perFte(6 * whole(to2026(steps2020("10")[2] as number)) + 6 * whole(toJuly2026(steps2020("10")[2] as number)));
    expect(row.filledCost as number).toBeCloseTo(2 * basis + step2, 1);
    expect(row.filledBasis).toBe("1× eigen trede, 2× maximum");
    expect(row.remark).toBe("rij 2: schaal 10 heeft geen trede 12 (treden 0 tot en met 11); rij 3: 'abc' is geen trede: gerekend op de salarisbasis");
  });

  it("checks a trede against every table the year is priced with, in the rule as in the budget", () => {
    // A table of 1 July 2026 with three more treden in scale 10; January to June 2026 the bundled
    // table (12 treden, 0 to 11) is still in force, so trede 13 is not there all year.
    const bundled = bundledSalaryTable();
    const bundledSteps = (bundled.scales.find((s) => s.scale === "10")?.steps ?? []).length;
    expect(bundledSteps).toBe(12);
    const july: SalaryTable = { ...bundled, name: "Salaristabel juli 2026", validFrom: "2026-07-01", scales: bundled.scales.map((s) => (s.scale === "10" ? { scale: "10", steps: [...s.steps, 6000, 6100, 6200] } : s)) };
    const rows = [person("Adviseur", "Ans", 1, { trede: 13 })];
    const ruleOf = (pricing: { salaryTable: SalaryTable; today: string; year: number }) =>
      validateGrid(placementGrid(rows, { step: true }), book, { index, pricing }).findings.filter((f) => f.code === "salary/step-invalid").map((f) => f.message.nl);
    const remarkOf = (pricing: { salaryTable: SalaryTable; today: string; year: number }) => rowWhere(buildBudgetTable(analyse(rows, { step: true }), pricing), "function", "Adviseur").remark;

    const in2026 = { salaryTable: july, today, year: 2026 };
    expect(ruleOf(in2026)).toEqual(["Schaal 10 heeft geen trede 13: de treden lopen van 0 tot en met 11. De begroting rekent deze rij op de salarisbasis."]);
    expect(remarkOf(in2026)).toBe("rij 2: schaal 10 heeft geen trede 13 (treden 0 tot en met 11): gerekend op de salarisbasis");
    // 2027 lies wholly after the July table: trede 13 is there, for both.
    const in2027 = { salaryTable: july, today: "2027-01-15", year: 2027 };
    expect(ruleOf(in2027)).toEqual([]);
    expect(remarkOf(in2027)).toBeNull();
  });

  it("prices an occupied row at its own salary, with the raises after the calculation date", () => {
    const plaatsing = analyse([person("Adviseur", "Ans", 1, { salaris: "€ 5.000,00" })], { salary: true });
    const table = buildBudgetTable(plaatsing, { salaryTable: bundledSalaryTable(), today, year });
    // 5.000 until June, 5.000 × 1,0125 = 5.062,50 → 5.063 from 1 July 2026.
    expect(rowWhere(table, "function", "Adviseur").filledCost as number).toBeCloseTo(perFte(6 * 5000 + 6 * 5063), 1);
    expect(rowWhere(table, "function", "Adviseur").filledBasis).toBe("eigen salaris");
  });

  it("leaves vacancies out of the bezetting: they are in the formation, at the basis", () => {
    const plaatsing = analyse([person("Adviseur", "Ans", 1, { trede: 0 }), { functie: "Adviseur", normfunctie: bookEntry("Adviseur").normfunctie, schaal: 10, fte: 1, medewerker: "Vacature", trede: 5 }], { step: true });
    const row = rowWhere(buildBudgetTable(plaatsing, { salaryTable: bundledSalaryTable(), today, year }), "function", "Adviseur");
    expect(row.filledFte).toBe(1);
    expect(row.filledCost as number).toBeCloseTo(perFte(6 * whole(to2026(2943)) + 6 * whole(toJuly2026(2943))), 1);
  });
});

describe("salary tables and raises through time", () => {
  it("lets an official table win for the dates it covers, and applies later raises as a raming", () => {
    const official: SalaryTable = { ...bundledSalaryTable(), name: "Salaristabel 2026", validFrom: "2026-01-01", source: "VNG", scales: [{ scale: "10", steps: [4000, 5600] }] };
    const table = buildBudgetTable(analyse([]), { salaryTable: official, today, year: 2026 });
    expect(rowWhere(table, "function", "Adviseur").yearSalary).toBe(6 * 5600 + 6 * whole(5600 * 1.0125));
    const notes = notesOf(table);
    expect(notes).toContain("Salaristabel 01-01-2026 tot en met 30-06-2026: Salaristabel 2026, geldig vanaf 01-01-2026 (officieel). Bron: VNG");
    expect(notes).toContain("Salaristabel 01-07-2026 tot en met 31-12-2026: raming — Salaristabel 2026, geldig vanaf 01-01-2026, met 1 verhoging tot en met 01-07-2026. Bron van de tabel: VNG");
    expect(notes[0]).toBe("Let op: raming op basis van de cao-verhogingen sinds 01-01-2026; laad de officiële salaristabel voor exacte bedragen.");
  });

  it("says nothing of a raming when an official table covers the whole year", () => {
    const official: SalaryTable = { ...bundledSalaryTable(), name: "Salaristabel 2027", validFrom: "2027-01-01" };
    const table = buildBudgetTable(analyse([]), { salaryTable: official, today, year: 2027 });
    expect(notesOf(table).some((n) => /raming/i.test(n))).toBe(false);
    expect(rowWhere(table, "function", "Adviseur").yearSalary).toBe(12 * 4450);
  });

  it("adds the user's own expected raises, marked as such", () => {
    const own = [{ date: "2027-07-01", type: "pct" as const, value: 3, sources: [], own: true }];
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today, year: 2027, ownMeasures: own });
    const first = whole(to2027(4450));
    const second = whole(to2027(4450) * 1.03);
    expect(rowWhere(table, "function", "Adviseur").yearSalary).toBe(6 * first + 6 * second);
    expect(notesOf(table).find((n) => n.startsWith("Toegepaste verhogingen"))).toContain("01-07-2027 +3 % (eigen uitgangspunt)");
    expect((table.footnotes ?? []).map((n) => n.nl)).toContain("01-07-2027 +3 % (eigen uitgangspunt): eigen uitgangspunt van de begroting.");
  });

  it("warns when no raise is known in the last twelve months of the year", () => {
    const late = notesOf(buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today, year: 2028 }));
    expect(late).toContain("Let op: na 01-01-2027 zijn geen salarisverhogingen bekend, dus voor 2028 zijn de kosten waarschijnlijk te laag. Geef verwachte verhogingen op als uitgangspunt, of een nieuwere salaristabel (een JSON-bestand of een werkblad 'Salaristabel').");
    const known = notesOf(buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today, year: 2027 }));
    expect(known.some((n) => n.includes("geen salarisverhogingen bekend"))).toBe(false);
  });

  it("says the estimate is unreliable for the scales a wage floor changed, when the budget uses them", () => {
    const notes = notesOf(buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today, year: 2026 }));
    const scales = [...new Set(book.functions.map((f) => f.scale).filter((s) => s <= 6))].sort((a, b) => a - b);
    expect(scales.length).toBeGreaterThan(1);
    expect(notes.find((n) => n.includes("onbetrouwbaar"))).toContain(`schalen ${scales.slice(0, -1).join(", ")} en ${scales.at(-1)}`);
  });
});

describe("the Uitgangspunten block", () => {
  it("states year, calculation date, table and raming with the measures, basis, IKB and werkgeverslasten", () => {
    const notes = notesOf(buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), settings: { employerChargesPercent: 27.5 }, today, year: 2026 }));
    const start = notes.indexOf("Uitgangspunten");
    expect(start).toBeGreaterThan(0);
    expect(notes.slice(start + 1)).toEqual(
      expect.arrayContaining([
        "Begrotingsjaar: 2026. Berekend op 15-01-2026.",
        expect.stringMatching(/^Salaristabel 01-01-2026 tot en met 30-06-2026: raming — Salaristabel gemeenteambtenaren, geldig vanaf 01-07-2020, met 11 verhogingen tot en met 01-01-2026\. Bron van de tabel: CAR-UWO/),
        expect.stringMatching(/^Toegepaste verhogingen: 01-10-2020 \+1 %; .*01-01-2026 minimum € 2\.496 per maand; 01-07-2026 \+1,25 %\.$/),
        "Salarisbasis (begroot en vacatures): het maximum van de schaal.",
        "IKB 17,05 % van het salaris; werkgeverslasten 27,5 % over salaris en IKB.",
        expect.stringMatching(/^Kosten per fte per jaar = salaris over de 12 maanden × \(1 \+ IKB 17,05 %\) × \(1 \+ werkgeverslasten 27,5 %\)/),
      ]),
    );
  });

  it("gives the source of every measure applied under the table", () => {
    const table = buildBudgetTable(analyse([]), { salaryTable: bundledSalaryTable(), today, year: 2026 });
    const footnotes = (table.footnotes ?? []).map((n) => n.nl);
    expect(footnotes).toHaveLength(development.measures.filter((m) => m.date <= "2026-12-31").length);
    expect(footnotes[0]).toBe(`Bron 01-10-2020 +1 %: ${development.measures[0]?.sources[0]}`);
  });
});

describe("Formatiebudget per cluster", () => {
  it("splits the formation over the clusters whose rows fill it, and adds up to the Formatiebudget", () => {
    const plaatsing = analyse([
      person("Adviseur", "Ans", 1, { cluster: "Cluster Beleid en Ontwikkeling" }),
      person("Adviseur", "Bert", 1, { cluster: "Cluster Regie en Coördinatie" }),
      { functie: "Adviseur", normfunctie: bookEntry("Adviseur").normfunctie, schaal: 10, fte: 1, cluster: "Cluster Regie en Coördinatie" },
    ]);
    const { perFunction, perCluster } = buildBudgetTables(plaatsing, { salaryTable: bundledSalaryTable(), today, year: 2026 });
    const perFte = rowWhere(perFunction, "function", "Adviseur").costPerFte as number;
    expect(rowWhere(perCluster, "cluster", "Cluster Beleid en Ontwikkeling")).toMatchObject({ budgetedFte: 1, filledFte: 1 });
    expect(rowWhere(perCluster, "cluster", "Cluster Regie en Coördinatie")).toMatchObject({ budgetedFte: 2, filledFte: 1 });
    expect(rowWhere(perCluster, "cluster", "Cluster Regie en Coördinatie").difference as number).toBeCloseTo(perFte, 1);
    const elsewhere = rowWhere(perCluster, "cluster", "(formatie zonder rij in 'Formatie')");
    expect(elsewhere.budgetedFte).toBe((book.formationTotalFte as number) - 3);
    const sum = (key: string) => rowsOf(perCluster).reduce((s, r) => s + (r[key] as number), 0);
    for (const key of ["budgeted", "filledCost", "difference"]) expect(sum(key)).toBeCloseTo(totalsOf(perFunction)[key] as number, 0);
    expect(totalsOf(perCluster)).toMatchObject({ budgeted: totalsOf(perFunction).budgeted, filledCost: totalsOf(perFunction).filledCost });
    expect(notesOf(perCluster)[0]).toMatch(/^Let op: raming/);
  });
});

describe("what cannot be priced", () => {
  it("counts a function whose cost is unknown the same in the clusters as in the functions and totals", () => {
    // Beleidsmedewerker has no scale: Ans's own salary can be priced, Bert's row cannot, so the
    // function's kosten bezetting is unknown (empty) and the totals count none of it.
    const cluster = "Cluster Beleid en Ontwikkeling";
    const rows = [
      person("Adviseur", "Cor", 1, { cluster }),
      { functie: "Beleidsmedewerker", fte: 1, medewerker: "Ans", cluster, salaris: "€ 5.000,00" },
      { functie: "Beleidsmedewerker", fte: 0.5, medewerker: "Bert", cluster },
    ];
    const { perFunction, perCluster } = buildBudgetTables(analyse(rows, { salary: true }), { salaryTable: bundledSalaryTable(), today, year: 2026 });
    expect(rowWhere(perFunction, "function", "Beleidsmedewerker")).toMatchObject({ filledFte: 1.5, filledCost: null, budgeted: null });
    const adviseur = rowWhere(perFunction, "function", "Adviseur").filledCost as number;
    expect(adviseur).toBeGreaterThan(0);
    expect(totalsOf(perFunction).filledCost).toBe(adviseur);
    expect(rowWhere(perCluster, "cluster", cluster)).toMatchObject({ filledFte: 2.5, filledCost: adviseur });
    expect(totalsOf(perCluster).filledCost).toBe(adviseur);
  });


  it("leaves costs empty and says why when the table lacks a scale", () => {
    const partial: SalaryTable = { ...bundledSalaryTable(), name: "Zonder 10", validFrom: "2026-01-01", scales: bundledSalaryTable().scales.filter((s) => s.scale !== "10") };
    const table = buildBudgetTable(analyse([person("Adviseur", "Ans", 1)]), { salaryTable: partial, today, year: 2026 });
    expect(bookEntry("Adviseur").scale).toBe(10);
    expect(rowWhere(table, "function", "Adviseur")).toMatchObject({ yearSalary: null, costPerFte: null, budgeted: null, filledCost: null, difference: null, filledFte: 1 });
    expect(table.notes?.map((n) => n.en)).toContain("Not computed: scale 10 is not in the salary table.");
  });

  it("costs a function outside the book at the scale the sheet gives it", () => {
    const table = buildBudgetTable(analyse([{ functie: "Beleidsmedewerker", schaal: 9, fte: 0.5, medewerker: "Ans" }]), { salaryTable: bundledSalaryTable(), today: "2027-06-01" });
    const row = rowsOf(table).at(-1);
    const perFte = 12 * whole(to2027(Math.max(...steps2020("9")))) * IKB * 1.3;
    expect(row).toMatchObject({ function: "Beleidsmedewerker", scale: 9, formationFte: null, budgeted: null });
    expect(row?.filledCost as number).toBeCloseTo(0.5 * perFte, 1);
    expect(row?.difference as number).toBeCloseTo(-0.5 * perFte, 1);
  });

  it("says which placed functions have no known scale", () => {
    const table = buildBudgetTable(analyse([{ functie: "Beleidsmedewerker", fte: 0.5, medewerker: "Ans" }]), { salaryTable: bundledSalaryTable(), today });
    expect(table.notes?.map((n) => n.nl)).toContain("Niet berekend voor 'Beleidsmedewerker': geen schaal bekend.");
  });
});
