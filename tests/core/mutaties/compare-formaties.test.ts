/**
 * What changed between two formations, case by case: each kind of change per employee, vacancies
 * per function, how people are matched (and when they are not), rows that cannot be read, and
 * per function and per cluster; the yearly cost of each change is worked out by hand.
 */
import type { EmployeeChange } from "../../../src/core/mutaties/employee-changes";
import type { RowInput } from "../../helpers/rule-cases";
import { book, byHand, compare, lineOf, person, vacancyOf } from "./mutaties-sheet";

const [BO, RC] = book.clusters.map((c) => c.name) as [string, string];
const ans = (extra: RowInput = {}) => person("Adviseur", "Ans", 1, { cluster: BO, ...extra });

type Case = [what: string, old: RowInput[], next: RowInput[], expected: Partial<EmployeeChange>];

describe("Mutaties per employee", () => {
  const cases: Case[] = [
    ["unchanged", [ans()], [ans()], { status: "unchanged", changes: [], matchedOn: "personnelNumber", fteDifference: 0, costDifference: 0 }],
    ["nieuw (in)", [], [ans()], { status: "in", old: null, fteDifference: 1, costDifference: byHand(1, 10) }],
    ["vertrokken (uit)", [ans()], [], { status: "out", new: null, fteDifference: -1, costDifference: -byHand(1, 10) }],
    ["andere fte", [ans({ fte: 0.8 })], [ans()], { status: "changed", changes: ["fte"], fteDifference: 0.2, costDifference: byHand(1, 10) - byHand(0.8, 10) }],
    ["ander cluster", [ans()], [ans({ cluster: RC })], { status: "changed", changes: ["cluster"], fteDifference: 0, costDifference: 0 }],
    [
      "andere functie, schaal hoger: plaatsingstype hoger",
      [ans()],
      [person("Beleidsadviseur", "Ans", 1, { cluster: BO, nr: "P-Ans" })],
      { status: "changed", changes: ["function", "scale"], scaleDirection: "higher", placementType: "hoger", costDifference: byHand(1, 11) - byHand(1, 10) },
    ],
    [
      "andere functie, one scale lower: passend",
      [ans()],
      [person("Senior beheerder", "Ans", 1, { cluster: BO, nr: "P-Ans" })],
      { status: "changed", changes: ["function", "scale"], scaleDirection: "lower", placementType: "passend", costDifference: byHand(1, 9) - byHand(1, 10) },
    ],
    [
      "andere functie, three scales lower: niet passend",
      [ans()],
      [person("Senior ondersteuner", "Ans", 1, { cluster: BO, nr: "P-Ans" })],
      { status: "changed", changes: ["function", "scale"], scaleDirection: "lower", placementType: "niet-passend", costDifference: byHand(1, 7) - byHand(1, 10) },
    ],
    ["andere schaal, same function: functievolger", [ans()], [ans({ schaal: 11 })], { status: "changed", changes: ["scale"], scaleDirection: "higher", placementType: "functievolger", costDifference: byHand(1, 11) - byHand(1, 10) }],
    ["a tussenschaal is higher than its scale", [ans()], [ans({ schaal: "10A" })], { status: "changed", changes: ["scale"], scaleDirection: "higher", costDifference: byHand(1, "10A") - byHand(1, 10) }],
    ["everything at once", [ans({ fte: 0.5 })], [person("Regisseur/adviseur", "Ans", 0.9, { cluster: RC, nr: "P-Ans" })], { status: "changed", changes: ["function", "scale", "fte", "cluster"], fteDifference: 0.4 }],
  ];

  it.each(cases)("%s", (_what, old, next, expected) => {
    const line = lineOf(compare(old, next), "Ans");
    const { costDifference, ...rest } = expected;
    expect(line).toMatchObject(rest);
    if (costDifference !== undefined) expect(line.costDifference).toBeCloseTo(costDifference as number, 2);
  });

  it("gives every line its rows, functions, scale, FTE, clusters and cost then and now", () => {
    const line = lineOf(compare([ans({ fte: 0.8 })], [{ ...ans(), cluster: RC }]), "Ans");
    expect(line.old).toEqual({ rows: [2], functions: ["Adviseur"], scale: 10, fte: 0.8, clusters: [BO], cost: byHand(0.8, 10) });
    expect(line.new).toEqual({ rows: [2], functions: ["Adviseur"], scale: 10, fte: 1, clusters: [RC], cost: byHand(1, 10) });
  });

  it("compares a person on two rows as one: the functions, the total FTE, the cost of both rows", () => {
    const old = [ans({ fte: 0.6 })];
    const next = [ans({ fte: 0.6 }), person("Beheerder", "Ans", 0.4, { cluster: BO, nr: "P-Ans" })];
    const line = lineOf(compare(old, next), "Ans");
    expect(line).toMatchObject({ status: "changed", changes: ["function", "fte"], fteDifference: 0.4, new: { functions: ["Adviseur", "Beheerder"], fte: 1, scale: 10 } });
    expect(line.costDifference).toBeCloseTo(byHand(0.4, 8), 2);
  });
});

describe("matching people", () => {
  it("matches on personeelsnummer, whatever the name", () => {
    const mutaties = compare([person("Adviseur", "Ans", 1, { nr: "77" })], [person("Adviseur", "Anna", 1, { nr: "77" })]);
    expect(mutaties.employees).toHaveLength(1);
    expect(mutaties.employees[0]).toMatchObject({ status: "unchanged", matchedOn: "personnelNumber", name: "Anna", personnelNumber: "77" });
  });

  it("matches on the normalised name where one side has no personeelsnummer, and says so", () => {
    const mutaties = compare([person("Adviseur", "Ans de Vries", 1, { nr: null })], [person("Adviseur", " ans  DE vries", 1, { nr: "77" })]);
    expect(mutaties.employees).toHaveLength(1);
    expect(mutaties.employees[0]).toMatchObject({ status: "unchanged", matchedOn: "name" });
  });

  it("never joins two different personeelsnummers, even with the same name", () => {
    const mutaties = compare([person("Adviseur", "Ans", 1, { nr: "1" })], [person("Adviseur", "Ans", 1, { nr: "2" })]);
    expect(mutaties.employees.map((l) => [l.status, l.personnelNumber])).toEqual([
      ["in", "2"],
      ["out", "1"],
    ]);
  });

  it("lists a name it cannot tell apart as not matched, with the reason, instead of guessing", () => {
    const mutaties = compare([person("Adviseur", "Jan", 1, { nr: "1" }), person("Beheerder", "Jan", 1, { nr: "2" })], [person("Adviseur", "Jan", 1, { nr: null })]);
    expect(mutaties.employees.map((l) => l.status)).toEqual(["unmatched", "unmatched", "unmatched"]);
    for (const line of mutaties.employees) expect(line.problems[0]?.reason.nl).toContain("de naam komt meer dan eens voor");
    expect(mutaties.totals.employees).toMatchObject({ unmatched: 3, in: 0, out: 0 });
  });

  it("lists a row whose name is an error value as not matched, with the reason", () => {
    const mutaties = compare([], [person("Adviseur", "x", 1, { medewerker: { error: "#N/A" }, nr: null })]);
    expect(mutaties.employees).toHaveLength(1);
    expect(mutaties.employees[0]).toMatchObject({ status: "unmatched", problems: [{ side: "new", row: 2 }] });
    expect(mutaties.employees[0]?.problems[0]?.reason.nl).toMatch(/^Medewerker is een foutwaarde \(#N\/A; Cel met een Excel-foutwaarde\)/);
  });

  it("does not call a person whose FTE cannot be read unchanged", () => {
    const mutaties = compare([ans()], [ans({ fte: "1.000" })]);
    const line = lineOf(mutaties, "Ans");
    expect(line).toMatchObject({ status: "unread", fteDifference: null, costDifference: null, new: { fte: null } });
    expect(line.problems).toEqual([{ side: "new", row: 2, reason: expect.objectContaining({ nl: expect.stringContaining("FTE '1.000' is niet te lezen (FTE of uren is geen getal)") }) }]);
    expect(mutaties.totals.unreadRows).toEqual({ old: 0, new: 1 });
    expect(mutaties.notes.map((n) => n.nl).join(" ")).toContain("1 rij van de nieuwe formatie");
  });
});

describe("vacancies", () => {
  const open = (title: string, fte: number) => ({ ...person(title, "Vacature", fte), nr: null });

  it("are matched per function, not per name: new, gone, other FTE, unchanged", () => {
    const mutaties = compare(
      [open("Adviseur", 1), open("Beheerder", 0.5), open("Ondersteuner", 0.4)],
      [open("Adviseur", 0.5), open("Adviseur", 0.5), open("Ondersteuner", 1), open("Beleidsadviseur", 0.8)],
    );
    expect(vacancyOf(mutaties, "Adviseur")).toMatchObject({ status: "unchanged", matchedOn: "function", fteDifference: 0 });
    expect(vacancyOf(mutaties, "Beheerder")).toMatchObject({ status: "out", fteDifference: -0.5 });
    expect(vacancyOf(mutaties, "Ondersteuner")).toMatchObject({ status: "changed", changes: ["fte"], fteDifference: 0.6 });
    expect(vacancyOf(mutaties, "Beleidsadviseur")).toMatchObject({ status: "in", fteDifference: 0.8 });
    expect(vacancyOf(mutaties, "Beleidsadviseur").costDifference).toBeCloseTo(byHand(0.8, 11), 2);
    expect(mutaties.totals.vacancies).toEqual({ in: 1, out: 1, changed: 1, unchanged: 1, unread: 0 });
    expect(mutaties.totals.employees).toEqual({ in: 0, out: 0, changed: 0, unchanged: 0, unmatched: 0, unread: 0 });
  });
});

describe("per function and per cluster", () => {
  it("gives formatie (all rows) and bezet (rows with a person) then and now, and what appears or disappears", () => {
    const mutaties = compare(
      [person("Adviseur", "Ans", 1, { cluster: BO }), person("Strategisch regisseur / adviseur", "Bo", 1, { cluster: RC })],
      [person("Adviseur", "Ans", 1, { cluster: BO }), { ...person("Adviseur", "Vacature", 0.5, { cluster: BO }), nr: null }, person("Beheerder", "Cor", 1, { cluster: "Nieuw team" })],
    );
    const fn = (name: string) => mutaties.functions.find((f) => f.name === name);
    expect(fn("Adviseur")).toMatchObject({ status: "changed", old: { formationFte: 1, filledFte: 1 }, new: { formationFte: 1.5, filledFte: 1 }, formationDifference: 0.5, filledDifference: 0, scale: 10 });
    expect(fn("Adviseur")?.costDifference).toBeCloseTo(byHand(0.5, 10), 2);
    expect(fn("Strategisch regisseur / adviseur")).toMatchObject({ status: "out", new: null, formationDifference: -1 });
    expect(fn("Beheerder")).toMatchObject({ status: "in", old: null, formationDifference: 1 });
    expect(mutaties.functions.map((f) => f.name)).toEqual(["Strategisch regisseur / adviseur", "Adviseur", "Beheerder"]);
    const cluster = (name: string) => mutaties.clusters.find((c) => c.name === name);
    expect(cluster(RC)).toMatchObject({ status: "out" });
    expect(cluster("Nieuw team")).toMatchObject({ status: "in", new: { formationFte: 1, filledFte: 1 } });
    expect(cluster(BO)).toMatchObject({ status: "changed", formationDifference: 0.5 });
  });

  it("adds up to the same totals as the employees and vacancies when everything is read", () => {
    const mutaties = compare(
      [person("Adviseur", "Ans", 0.8, { cluster: BO }), person("Beheerder", "Bo", 1, { cluster: RC }), { ...person("Ondersteuner", "Vacature", 1), nr: null }],
      [person("Adviseur", "Ans", 1, { cluster: RC }), person("Senior beheerder", "Bo", 1, { cluster: RC, nr: "P-Bo" }), person("Ondersteuner", "Cor", 0.6)],
    );
    const sum = (values: (number | null)[]) => Math.round(values.reduce<number>((a, b) => a + (b ?? 0), 0) * 100) / 100;
    const lines = sum(mutaties.employees.map((l) => l.costDifference));
    expect(sum(mutaties.functions.map((f) => f.costDifference))).toBeCloseTo(lines, 2);
    expect(sum(mutaties.clusters.map((c) => c.costDifference))).toBeCloseTo(lines, 2);
    expect(mutaties.totals.cost.difference).toBeCloseTo(lines, 2);
    expect(mutaties.totals.formationFte).toEqual({ old: 2.8, new: 2.6, difference: -0.2 });
    expect(mutaties.totals.filledFte).toEqual({ old: 1.8, new: 2.6, difference: 0.8 });
  });

  it("prices with the budget's settings: other werkgeverslasten change every cost", () => {
    const mutaties = compare([ans({ fte: 0.5 })], [ans()], {}, { settings: { employerChargesPercent: 40 } });
    expect(lineOf(mutaties, "Ans").costDifference).toBeCloseTo(byHand(1, 10, 40) - byHand(0.5, 10, 40), 2);
    expect(byHand(1, 10, 40)).not.toBeCloseTo(byHand(1, 10, 30), 0);
    expect(mutaties.pricing.notes.map((n) => n.nl)).toContain("IKB 17,05 % van het salaris; werkgeverslasten 40 % over salaris en IKB.");
  });

  it("leaves rows without a price out of the costs and says so", () => {
    const mutaties = compare([], [person("Adviseur", "Ans", 1, { schaal: 19 })]);
    expect(lineOf(mutaties, "Ans").costDifference).toBeNull();
    expect(mutaties.totals.unpricedRows).toEqual({ old: 0, new: 1 });
    expect(mutaties.notes.map((n) => n.nl).join(" ")).toContain("Niet in de kosten: 1 rij van de nieuwe formatie");
  });
});

describe("a sheet without people", () => {
  it("is compared per function and per cluster only, and the notes say why", () => {
    const mutaties = compare([person("Adviseur", "Ans", 1)], [{ functie: "Adviseur", normfunctie: "Adviseur IV", schaal: 10, fte: 1 }], { new: { withoutPersons: true } });
    expect(mutaties.employees).toEqual([]);
    expect(mutaties.notes[0]?.nl).toContain("noemt geen medewerkers");
    expect(mutaties.functions[0]).toMatchObject({ name: "Adviseur", status: "unchanged" });
  });
});
