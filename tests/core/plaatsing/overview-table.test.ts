import fc from "fast-check";
import { buildOverviewTable } from "../../../src/core/plaatsing/overview-table";
import { buildPerFunctionTable } from "../../../src/core/plaatsing/per-function-table";
import { analysePlaatsing } from "../../../src/core/plaatsing/placement-analysis";
import type { RowInput } from "../../helpers/rule-cases";
import { analyse, book, index, person, validated } from "./placement-sheet";
import { rowsOf, rowWhere, totalsOf } from "./table-rows";

const bookTotal = book.functions.reduce((sum, f) => sum + (f.formationFte ?? 0), 0);
const context = { bookName: book.name, date: "2025-06-01", findings: [] };
const first = book.clusters[0]?.name ?? "";

describe("Overzicht", () => {
  it("names the functieboek, the sheet and the date", () => {
    const table = buildOverviewTable(analyse([]), context);
    expect(table.about?.map((n) => n.nl)).toEqual([`Functieboek: ${book.name}`, "Werkblad: Formatie", "Datum: 1 juni 2025"]);
    expect(table.about?.[2]?.en).toBe("Date: 1 June 2025");
    expect(table.onePage).toBe(true);
  });

  it("puts a vacancy no row stands for on a row of its own, naming the sheet", () => {
    const table = buildOverviewTable(analyse([]), context);
    expect(rowWhere(table, "part", "Vacant, zonder rij in 'Formatie'")).toMatchObject({ formationFte: bookTotal, vacantFte: bookTotal, filledFte: 0 });
    expect(rowsOf(buildOverviewTable(analyse([]), context, "en")).at(-1)?.part).toBe("Vacant, without a row in 'Formatie'");
    expect(totalsOf(table)).toMatchObject({ formationFte: bookTotal, filledFte: 0, vacantFte: bookTotal, surplusFte: 0 });
  });

  it("gives a cluster the vacancy its open rows stand for and the surplus of its rows", () => {
    const rows: RowInput[] = [
      person("Gemeentesecretaris", "Ans", 1, { cluster: first }),
      person("Gemeentesecretaris", "Bert", 0.5, { cluster: first }),
      { ...person("Adviseur", "x", 1, { cluster: first }), medewerker: "Vacature", nr: null },
    ];
    const row = rowWhere(buildOverviewTable(analyse(rows), context), "part", first);
    expect(row).toMatchObject({ filledFte: 1.5, surplusFte: 0.5, vacantFte: 1, formationFte: 2 });
  });

  it("counts the findings by severity and by kind, under the table", () => {
    const result = validated([person("Adviseur", "Ans", 1, { schaal: 11 }), person("Adviseur", "Bert", 1, { schaal: 12 })]);
    const table = buildOverviewTable(analysePlaatsing(result.formatie as NonNullable<typeof result.formatie>, index), { ...context, findings: result.findings });
    const lines = table.footnotes?.map((n) => n.nl) ?? [];
    const errors = result.findings.filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(1);
    expect(lines[0]).toContain(`${errors} fouten`);
    expect(lines).toContain("Schaal past niet bij de functie: 2 fouten (scale/mismatch)");
    expect(table.footnotes?.map((n) => n.en)).toContain("Scale does not fit the function: 2 errors (scale/mismatch)");
  });

  it("says so when there are no findings", () => {
    expect(buildOverviewTable(analyse([]), context).footnotes?.map((n) => n.en)).toEqual(["Findings: none."]);
  });
});

const placement = fc.record({
  title: fc.constantFrom(...book.functions.map((f) => f.title.trim()), "Beleidsmedewerker"),
  cluster: fc.constantFrom(...book.clusters.map((c) => c.name), "Team Elders", null),
  fte: fc.constantFrom(0.2, 0.5, 0.8, 1),
  open: fc.boolean(),
});

describe("Overzicht properties (fast-check, fixed seed)", () => {
  it("adds up to the book's formation, and its totals match Plaatsing per functie", () => {
    fc.assert(
      fc.property(fc.array(placement, { maxLength: 50 }), (list) => {
        const rows: RowInput[] = list.map((p, i) => ({ functie: p.title, cluster: p.cluster, fte: p.fte, medewerker: p.open ? "Vacature" : `Medewerker ${i}` }));
        const plaatsing = analyse(rows);
        const overview = totalsOf(buildOverviewTable(plaatsing, context));
        const perFunction = totalsOf(buildPerFunctionTable(plaatsing));
        expect(overview.formationFte).toBeCloseTo(bookTotal, 6);
        expect(overview.filledFte).toBeCloseTo(perFunction.filledFte as number, 6);
        expect(overview.vacantFte).toBeCloseTo(perFunction.vacantFte as number, 6);
        expect(overview.surplusFte).toBeCloseTo(perFunction.surplusFte as number, 6);
        for (const row of rowsOf(buildOverviewTable(plaatsing, context))) expect(row.formationFte as number).toBeGreaterThanOrEqual(0);
      }),
      { seed: 4511, numRuns: 200 },
    );
  });
});
