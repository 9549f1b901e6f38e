import { buildPerClusterTable } from "../../../src/core/plaatsing/per-cluster-table";
import { analysePlaatsing } from "../../../src/core/plaatsing/placement-analysis";
import { analyse, book, index, person, validated } from "./placement-sheet";
import { rowsOf, rowWhere, totalsOf } from "./table-rows";

const [first, second] = book.clusters;
if (!first || !second || first.indicativeFte === null || second.indicativeFte === null) throw new Error("the bundled book needs two clusters with an indicative size");
const firstFte = first.indicativeFte;

describe("Plaatsing per cluster", () => {
  it("lists every cluster of the book with its indicative size, also when empty", () => {
    const table = buildPerClusterTable(analyse([]));
    expect(rowsOf(table).map((r) => [r.cluster, r.indicativeFte, r.filledFte])).toEqual(book.clusters.map((c) => [c.name, c.indicativeFte, 0]));
  });

  it("sums bezet, vacancies the sheet lists, and the difference with the indicative size", () => {
    const rows = [
      person("Adviseur", "Ans", 1, { cluster: first.name }),
      person("Beheerder", "Bert", 0.8, { cluster: first.name }),
      { ...person("Adviseur", "x", 0.6, { cluster: first.name }), medewerker: "Vacature", nr: null },
    ];
    const row = rowWhere(buildPerClusterTable(analyse(rows)), "cluster", first.name);
    expect(row).toMatchObject({ filledFte: 1.8, openFte: 0.6 });
    expect(row.differenceFte).toBeCloseTo(1.8 + 0.6 - firstFte, 6);
  });

  it("computes the difference as the rule fte/cluster does (a short alias of the cluster name counts too)", () => {
    const short = first.name.replace(/^Cluster\s+/i, "");
    const result = validated([person("Adviseur", "Ans", 1, { cluster: short })]);
    const table = buildPerClusterTable(analysePlaatsing(result.formatie as NonNullable<typeof result.formatie>, index));
    expect(rowWhere(table, "cluster", first.name).differenceFte).toBeCloseTo(1 - firstFte, 6);
    const finding = result.findings.find((f) => f.code === "fte/cluster");
    expect(finding?.message.nl).toContain(first.name);
  });

  it("counts coördinatiemodules and names the coördinatoren", () => {
    const table = buildPerClusterTable(analyse([
      person("Adviseur", "Ans", 1, { cluster: first.name, cm: "ja" }),
      person("Adviseur", "Bert", 1, { cluster: first.name, cm: "nee" }),
      person("Beheerder", "Cor", 1, { cluster: second.name, cm: "x" }),
    ]));
    expect(rowWhere(table, "cluster", first.name)).toMatchObject({ coordinatorCount: 1, coordinators: "Ans" });
    expect(rowWhere(table, "cluster", second.name)).toMatchObject({ coordinatorCount: 1, coordinators: "Cor" });
    expect(totalsOf(table).coordinatorCount).toBe(2);
  });

  it("adds clusters that are not in the book, then rows without a cluster", () => {
    const table = buildPerClusterTable(analyse([person("Adviseur", "Ans", 1, { cluster: "Team Toekomst" }), person("Gemeentesecretaris", "Bert", 1)]));
    const rows = rowsOf(table);
    expect(rows.slice(book.clusters.length).map((r) => [r.cluster, r.indicativeFte, r.filledFte, r.differenceFte, r.remark])).toEqual([
      ["Team Toekomst", null, 1, null, "niet in het functieboek"],
      ["(geen cluster)", null, 1, null, null],
    ]);
  });

  it("totals the indicative sizes of the book and everything placed", () => {
    const table = buildPerClusterTable(analyse([person("Adviseur", "Ans", 1, { cluster: first.name }), person("Gemeentesecretaris", "Bert", 1)]));
    const indicative = book.clusters.reduce((s, c) => s + (c.indicativeFte ?? 0), 0);
    expect(totalsOf(table)).toMatchObject({ indicativeFte: indicative, filledFte: 2 });
  });
});
