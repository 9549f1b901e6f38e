import type { CellValue, Grid, MergedRange } from "../../../src/core/formatie/grid";
import { withMergedData, withMergedLabels } from "../../../src/core/formatie/merged-cells";

const grid = (rows: CellValue[][], merges: MergedRange[]): Grid => ({ sheet: "F", rows, merges });

describe("withMergedLabels (header rows)", () => {
  it.each<[string, CellValue[][], MergedRange[], CellValue[][]]>([
    ["spreads a group label across its columns", [["Functie", null, "FTE"]], [{ top: 1, left: 1, bottom: 1, right: 2 }], [["Functie", "Functie", "FTE"]]],
    ["spreads a label down two header rows", [["Cluster", "Functie"], [null, "Nieuw"]], [{ top: 1, left: 1, bottom: 2, right: 1 }], [["Cluster", "Functie"], ["Cluster", "Nieuw"]]],
    ["stops at the last header row searched", [["A"], [null], [null]], [{ top: 1, left: 1, bottom: 3, right: 1 }], [["A"], ["A"], [null]]],
  ])("%s", (_name, rows, merges, expected) => {
    expect(withMergedLabels(grid(rows, merges), 2).rows).toEqual(expected);
  });
});

describe("withMergedData (rows below the header)", () => {
  it.each<[string, CellValue[][], MergedRange[], CellValue[][]]>([
    ["gives a value merged down a column to every row", [["Cluster", "Functie"], ["Beleid", "Adviseur"], [null, "Beheerder"]], [{ top: 2, left: 1, bottom: 3, right: 1 }], [["Cluster", "Functie"], ["Beleid", "Adviseur"], ["Beleid", "Beheerder"]]],
    ["keeps a value merged across columns in its first column only", [["Medewerker", "Nr"], ["Vacature", "Vacature"]], [{ top: 2, left: 1, bottom: 2, right: 2 }], [["Medewerker", "Nr"], ["Vacature", null]]],
    ["leaves merges within the header alone", [["Functie", "Functie"], ["Adviseur", 1]], [{ top: 1, left: 1, bottom: 1, right: 2 }], [["Functie", "Functie"], ["Adviseur", 1]]],
  ])("%s", (_name, rows, merges, expected) => {
    expect(withMergedData(grid(rows, merges), 1).rows).toEqual(expected);
  });

  it("never changes the grid it is given", () => {
    const rows: CellValue[][] = [["Cluster"], ["Beleid"], [null]];
    withMergedData(grid(rows, [{ top: 2, left: 1, bottom: 3, right: 1 }]), 1);
    expect(rows).toEqual([["Cluster"], ["Beleid"], [null]]);
  });
});
