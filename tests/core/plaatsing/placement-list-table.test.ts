import { analysePlaatsing } from "../../../src/core/plaatsing/placement-analysis";
import { buildPlacementListTable } from "../../../src/core/plaatsing/placement-list-table";
import { analyse, book, bookEntry, index, person, validated } from "./placement-sheet";
import { rowsOf, rowWhere, totalsOf } from "./table-rows";

const [first, second] = book.clusters.map((c) => c.name);

describe("Plaatsingslijst", () => {
  it("has one line per row, sorted by cluster, functie and name", () => {
    const table = buildPlacementListTable(analyse([
      person("Beheerder", "Zara", 1, { cluster: second }),
      person("Adviseur", "Yusuf", 1, { cluster: second }),
      person("Adviseur", "anna", 1, { cluster: second }),
      person("Beheerder", "Bert", 1, { cluster: first }),
      person("Gemeentesecretaris", "Cor", 1),
    ]));
    const expected = [
      ["", "Gemeentesecretaris", "Cor"],
      [first, "Beheerder", "Bert"],
      [second, "Adviseur", "anna"],
      [second, "Adviseur", "Yusuf"],
      [second, "Beheerder", "Zara"],
    ].sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? "", "nl"));
    expect(rowsOf(table).map((r) => [r.cluster ?? "", r.function, r.employee])).toEqual(expected);
    expect(totalsOf(table).fte).toBe(5);
  });

  it.each([
    ["geplaatst", [person("Adviseur", "Ans", 1)], "Ans"],
    ["functie onbekend", [{ functie: "Beleidsmedewerker", fte: 1, medewerker: "Ans" }], "Ans"],
    ["geen formatie", [person("Zweminstructeur", "Ans", 1)], "Ans"],
    ["vacature", [{ ...person("Adviseur", "x", 1), medewerker: "Vacature", nr: null }], "Vacature"],
  ])("gives status %s", (status, rows, name) => {
    expect(rowWhere(buildPlacementListTable(analyse(rows)), "employee", name).status).toBe(status);
  });

  it("marks the rows that do not fit in the formation any more as boven formatie, in sheet order", () => {
    const formation = bookEntry("Gemeentesecretaris").formationFte as number;
    expect(formation).toBe(1);
    const table = buildPlacementListTable(analyse([person("Gemeentesecretaris", "Ans", 0.6), person("Gemeentesecretaris", "Bert", 0.6), person("Gemeentesecretaris", "Cor", 0.5)]));
    expect(rowWhere(table, "employee", "Ans")).toMatchObject({ status: "geplaatst", remark: null });
    expect(rowWhere(table, "employee", "Bert")).toMatchObject({ status: "boven formatie", remark: "0,20 fte hiervan boven formatie" });
    expect(rowWhere(table, "employee", "Cor")).toMatchObject({ status: "boven formatie", remark: null });
  });

  it("says on each line of an employee on two rows where the other row is and what it adds up to", () => {
    const table = buildPlacementListTable(analyse([person("Beheerder", "Ans", 0.6, { nr: "77" }), person("Adviseur", "Bert", 1), person("Senior ondersteuner", "A. Jansen", 0.6, { nr: "77" })]));
    const lines = rowsOf(table).filter((r) => r.personnelNumber === "77");
    expect(lines.map((r) => [r.function, r.remark])).toEqual([
      ["Beheerder", "ook op rij 4; samen 1,20 fte (meer dan 1,00)"],
      ["Senior ondersteuner", "ook op rij 2; samen 1,20 fte (meer dan 1,00)"],
    ]);
  });

  it("does not call two rows within 1,00 fte too much", () => {
    const table = buildPlacementListTable(analyse([person("Beheerder", "Ans", 0.6), person("Adviseur", "Ans", 0.4)]));
    expect(rowWhere(table, "function", "Beheerder").remark).toBe("ook op rij 3; samen 1,00 fte");
  });

  it("says when a row's FTE cannot be counted", () => {
    const table = buildPlacementListTable(analyse([person("Adviseur", "Ans", 80)]));
    expect(rowWhere(table, "employee", "Ans")).toMatchObject({ fte: null, remark: "FTE '80' telt niet mee" });
  });

  it("keeps personnel numbers and names as the sheet gives them, formula-like text included", () => {
    const table = buildPlacementListTable(analyse([person("Adviseur", '=HYPERLINK("x")', 1, { nr: "+31 6 1234" })]));
    expect(rowsOf(table)[0]).toMatchObject({ employee: '=HYPERLINK("x")', personnelNumber: "+31 6 1234" });
  });

  it("has no placement columns when the sheet has no current function or scale", () => {
    const keys = buildPlacementListTable(analyse([person("Adviseur", "Ans", 1)])).columns.map((c) => c.key);
    expect(keys).not.toContain("placementType");
    expect(keys).not.toContain("currentScale");
  });
});

describe("Plaatsingslijst with current function and scale", () => {
  const adviseur = bookEntry("Adviseur");
  const cases: [string, { huidigeFunctie?: string; huidigeSchaal?: number }, { type: string | null; difference: number | null; guarantee: string | null }][] = [
    ["functievolger: same function", { huidigeFunctie: "Adviseur", huidigeSchaal: adviseur.scale }, { type: "functievolger", difference: 0, guarantee: null }],
    ["functievolger: same function, known by its own title only", { huidigeFunctie: "adviseur" }, { type: "functievolger", difference: null, guarantee: null }],
    ["passend: same scale, other function", { huidigeFunctie: "Medewerker burgerzaken", huidigeSchaal: adviseur.scale }, { type: "passend", difference: 0, guarantee: null }],
    ["passend: one scale lower", { huidigeFunctie: "Medewerker burgerzaken", huidigeSchaal: adviseur.scale + 1 }, { type: "passend", difference: -1, guarantee: "ja" }],
    ["niet passend: two scales lower", { huidigeFunctie: "Medewerker burgerzaken", huidigeSchaal: adviseur.scale + 2 }, { type: "niet passend", difference: -2, guarantee: "ja" }],
    ["niet passend also for the same function two scales lower", { huidigeFunctie: "Adviseur", huidigeSchaal: adviseur.scale + 2 }, { type: "niet passend", difference: -2, guarantee: "ja" }],
    ["hoger", { huidigeFunctie: "Medewerker burgerzaken", huidigeSchaal: adviseur.scale - 1 }, { type: "hoger", difference: 1, guarantee: null }],
    ["unknown: no current scale, other function", { huidigeFunctie: "Medewerker burgerzaken" }, { type: null, difference: null, guarantee: null }],
  ];

  it.each(cases)("%s", (_name, current, expected) => {
    const table = buildPlacementListTable(analyse([person("Adviseur", "Ans", 1, current)], { current: true }));
    expect(rowWhere(table, "employee", "Ans")).toMatchObject({ placementType: expected.type, scaleDifference: expected.difference, salaryGuarantee: expected.guarantee });
  });

  it("says niet passend exactly where the rule plaatsing/scale-drop reports", () => {
    const rows = [0, 1, 2, 3, -1].map((drop, i) => person("Adviseur", `Medewerker ${i}`, 1, { huidigeFunctie: "Oud", huidigeSchaal: adviseur.scale + drop }));
    const result = validated(rows, { current: true });
    const table = buildPlacementListTable(analysePlaatsing(result.formatie as NonNullable<typeof result.formatie>, index));
    const notSuitable = rowsOf(table).filter((r) => r.placementType === "niet passend").map((r) => r.row).sort();
    const reported = result.findings.filter((f) => f.code === "plaatsing/scale-drop").map((f) => f.row).sort();
    expect(notSuitable).toEqual(reported);
    expect(notSuitable).toHaveLength(2);
  });

  it("follows the maxScaleDrop setting", () => {
    const rows = [person("Adviseur", "Ans", 1, { huidigeFunctie: "Oud", huidigeSchaal: adviseur.scale + 2 })];
    expect(rowWhere(buildPlacementListTable(analyse(rows, { current: true }, { maxScaleDrop: 2 })), "employee", "Ans").placementType).toBe("passend");
    expect(rowWhere(buildPlacementListTable(analyse(rows, { current: true }, { maxScaleDrop: 1 })), "employee", "Ans").placementType).toBe("niet passend");
  });

  it("explains the placement types with the limit in force", () => {
    const table = buildPlacementListTable(analyse([person("Adviseur", "Ans", 1)], { current: true }, { maxScaleDrop: 2 }));
    expect(table.notes?.some((n) => n.nl.includes("ten hoogste 2 schalen lager"))).toBe(true);
    expect(table.notes?.some((n) => n.nl.includes("(bevinding 'Plaatsing niet passend: schaal te veel lager')"))).toBe(true);
  });
});
