/**
 * The Mutaties price a change exactly as the Formatiebudget prices the formation (issue 17: "the
 * same salary table, basis and werkgeverslasten"): for the same inputs one FTE of every scale costs
 * what the Formatiebudget's "Kosten per fte per jaar" says, and the notes carry the budget's own
 * warnings and Uitgangspunten. Cross-checked against the budget's code for several inputs, and
 * worked out by hand for a table of the year itself (no cao measure after it) and one own raise.
 */
import { budgetFootnotes, budgetNotes, budgetWarnings } from "../../../src/core/budget/budget-assumptions";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { calculateFormationBudget } from "../../../src/core/budget/formation-budget";
import type { SalaryMeasure } from "../../../src/core/budget/salary-measures";
import type { SalaryTable } from "../../../src/core/budget/salary-table-schema";
import type { PricingInputs } from "../../../src/core/budget/year-pricing";
import type { Localized } from "../../../src/core/localized";
import type { Mutaties } from "../../../src/core/mutaties/compare-formaties";
import { cents, whole } from "../../helpers/cao-by-hand";
import { analyse } from "../plaatsing/placement-sheet";
import { book, compare, lineOf, person, TODAY } from "./mutaties-sheet";

/** Every function of the book with a scale, one person of 1 FTE each (named after the row). */
const everyFunction = book.functions.filter((f) => f.scale !== null).map((f, i) => person(f.title.trim(), `Persoon ${i}`, 1));

/** An official table of the user's (amounts made up for the test): scales 10 and 11 only. */
function table(validFrom: string): SalaryTable {
  return {
    name: `Testtabel ${validFrom.slice(0, 4)}`,
    validFrom,
    currency: "EUR",
    period: "month",
    source: "Test",
    scales: [
      { scale: "10", steps: [4000, 5000, 6000] },
      { scale: "11", steps: [4500, 5500, 6500] },
    ],
  };
}

const own = (date: string, value: number): SalaryMeasure => ({ date, type: "pct", value, sources: [], own: true });

/** The same inputs for both: the Mutaties of nobody → everyone, and the Formatiebudget of an empty sheet. */
function both(inputs: Partial<PricingInputs>) {
  const full: PricingInputs = { salaryTable: bundledSalaryTable(), today: TODAY, ...inputs };
  const mutaties = compare([], everyFunction, {}, full);
  const budget = calculateFormationBudget(analyse([]), full);
  return { mutaties, budget };
}

/** The yearly cost of each new person's row (1 FTE: the cost per FTE), by function. */
function costPerFunction(mutaties: Mutaties): Map<string, number | null> {
  return new Map(mutaties.employees.filter((l) => l.kind === "employee").map((l) => [l.new?.functions[0] as string, l.costDifference]));
}

const nl = (notes: readonly Localized[]) => notes.map((n) => n.nl);
/** The lines that say how the Formatiebudget itself is made (its basis, its own rows, its sums), not what the prices rest on. */
const budgetOnly = (line: string) => /^(Salarisbasis|Kosten per fte|Bezette plaatsen|Niet berekend)/.test(line);

describe("the Mutaties' cost of one FTE equals the Formatiebudget's cost per FTE", () => {
  it.each<[string, Partial<PricingInputs>]>([
    ["2026 with the cao's measures (the defaults)", {}],
    ["2027, trede 3, werkgeverslasten 28 % over the salary alone", { year: 2027, settings: { basis: { kind: "step", step: 3 }, employerChargesPercent: 28, employerChargesBase: "salary" } }],
    ["2028 with an own raise on 1 July", { year: 2028, ownMeasures: [own("2028-07-01", 2.5)] }],
    ["2025 with a table of the user's from 1 July", { year: 2025, salaryTable: table("2025-07-01") }],
    ["2029, amounts out of date", { today: "2029-02-01" }],
  ])("%s", (_what, inputs) => {
    const { mutaties, budget } = both(inputs);
    const costs = costPerFunction(mutaties);
    const fromBudget = budget.functions.filter((f) => f.scale !== null).map((f) => [f.group.title, f.basis?.ok ? f.basis.costPerFte : null]);
    expect(fromBudget.length).toBeGreaterThan(10);
    expect(fromBudget.map(([title]) => [title, costs.get(title as string)])).toEqual(fromBudget);
    expect(mutaties.pricing.basis.year).toBe(budget.year);
    // The budget's own words: its warnings, its Uitgangspunten (year, tables, measures, charges) and sources.
    expect(mutaties.pricing.warnings).toEqual(budgetWarnings(budget));
    expect(nl(mutaties.pricing.notes).slice(1).filter((line) => !budgetOnly(line))).toEqual(nl(budgetNotes(budget)).filter((line) => !budgetOnly(line)));
    expect(mutaties.pricing.footnotes).toEqual(budgetFootnotes(budget));
  });
});

describe("the cost of a change, by hand", () => {
  // A table from 1 January 2028: no cao measure is known after it, so all twelve months of 2028 are at its amounts.
  const in2028 = { salaryTable: table("2028-01-01"), today: "2028-03-01" };
  const ans = (fte: number, schaal = 10) => person("Adviseur", "Ans", fte, { schaal });

  it("prices every month of 2028 at the table's maximum: 12 × 6.000 × 1,1705 × 1,3", () => {
    const mutaties = compare([ans(0.8)], [ans(1, 11)], {}, in2028);
    const perFte = (max: number) => cents(12 * max * 1.1705 * 1.3);
    expect(lineOf(mutaties, "Ans").costDifference).toBeCloseTo(perFte(6500) - cents(0.8 * perFte(6000)), 2);
    expect(mutaties.totals.cost).toEqual({ old: cents(0.8 * perFte(6000)), new: perFte(6500), difference: cents(perFte(6500) - cents(0.8 * perFte(6000))) });
    expect(mutaties.pricing.warnings).toEqual([]);
    expect(nl(mutaties.pricing.notes)).toEqual(
      expect.arrayContaining([
        "De kosten per jaar zijn een raming, berekend zoals in het Formatiebudget 2028: per rij fte × kosten per fte van de schaal in het werkblad (anders die van het functieboek), met de uitgangspunten hieronder.",
        "Begrotingsjaar: 2028. Berekend op 01-03-2028.",
        "Salaristabel 01-01-2028 tot en met 31-12-2028: Testtabel 2028, geldig vanaf 01-01-2028 (officieel). Bron: Test",
        "Salarisbasis (elke rij, ook bezette plaatsen): het maximum van de schaal.",
        "IKB 17,05 % van het salaris; werkgeverslasten 30 % over salaris en IKB.",
        "Kosten per fte per jaar = salaris over de 12 maanden × (1 + IKB 17,05 %) × (1 + werkgeverslasten 30 %).",
      ]),
    );
  });

  it("adds an own raise from its date, at a trede, with werkgeverslasten over the salary alone", () => {
    const inputs: Partial<PricingInputs> = { ...in2028, ownMeasures: [own("2028-07-01", 3)], settings: { basis: { kind: "step", step: 1 }, employerChargesPercent: 25, employerChargesBase: "salary" } };
    const mutaties = compare([], [ans(1)], {}, inputs);
    // Trede 1 of scale 10: 5.000 from January, 5.000 × 1,03 = 5.150 from 1 July.
    const yearSalary = 6 * 5000 + 6 * whole(5000 * 1.03);
    expect(lineOf(mutaties, "Ans").costDifference).toBeCloseTo(cents(yearSalary * (1 + 0.1705 + 0.25)), 2);
    expect(nl(mutaties.pricing.warnings)).toEqual(["Let op: raming op basis van de cao-verhogingen sinds 01-01-2028; laad de officiële salaristabel voor exacte bedragen."]);
    expect(nl(mutaties.pricing.notes)).toEqual(
      expect.arrayContaining([
        "Toegepaste verhogingen: 01-07-2028 +3 % (eigen uitgangspunt).",
        "Salarisbasis (elke rij, ook bezette plaatsen): trede 1 van de schaal.",
        "IKB 17,05 % van het salaris; werkgeverslasten 25 % over het salaris alleen (niet over de IKB).",
        "Kosten per fte per jaar = salaris over de 12 maanden × (1 + IKB 17,05 % + werkgeverslasten 25 %).",
      ]),
    );
    expect(nl(mutaties.pricing.notes).join("\n")).not.toContain("× (1 + werkgeverslasten");
  });

  it("says when the amounts are out of date for the year, as the Formatiebudget does", () => {
    const mutaties = compare([], [ans(1)], {}, { today: "2029-02-01" });
    expect(nl(mutaties.pricing.warnings).join("\n")).toContain("na 01-01-2027 zijn geen salarisverhogingen bekend, dus voor 2029 zijn de kosten waarschijnlijk te laag");
  });
});
