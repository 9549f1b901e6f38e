import type { Finding } from "../../src/core/findings";
import { suggestionFix } from "../../src/taskpane/services/suggestion";

const header = { headerRow: 1, columns: { title: 2, scale: 4, fte: 5, coordination: 7 } };

function finding(column: string, suggestion: string | undefined): Finding {
  return {
    code: "x/y",
    severity: "error",
    sheet: "Formatie",
    row: 3,
    column,
    cell: `${column}3`,
    message: { nl: "", en: "" },
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

describe("suggestionFix", () => {
  test.each([
    ["a scale becomes a number", finding("D", "10"), { sheet: "Formatie", cell: "D3", value: 10, field: "scale" }],
    ["a Dutch decimal FTE becomes a number", finding("E", "0,8"), { sheet: "Formatie", cell: "E3", value: 0.8, field: "fte" }],
    ["a function title stays text", finding("B", "Adviseur"), { sheet: "Formatie", cell: "B3", value: "Adviseur", field: "title" }],
    ["a number in a text column stays text", finding("B", "10"), { sheet: "Formatie", cell: "B3", value: "10", field: "title" }],
    ["a formula-like text stays text (the adapter keeps it inert)", finding("G", "=1+1"), { sheet: "Formatie", cell: "G3", value: "=1+1", field: "coordination" }],
    ["a column the header does not name", finding("K", "nee"), { sheet: "Formatie", cell: "K3", value: "nee" }],
  ])("%s", (_name, input, expected) => {
    expect(suggestionFix(input, header)).toEqual(expected);
  });

  test.each([
    ["no suggestion", finding("D", undefined)],
    ["an empty suggestion", finding("D", " ")],
    ["no cell", { ...finding("D", "10"), cell: undefined }],
  ])("nothing to apply with %s", (_name, input) => {
    expect(suggestionFix(input as Finding, header)).toBeUndefined();
  });
});
