import { combineChanges, mergeSpans, rowsOfAddress, type RowChange } from "../../src/taskpane/services/changed-rows";

describe("rowsOfAddress", () => {
  test.each<[string, RowChange]>([
    ["D3", { kind: "rows", spans: [{ first: 3, last: 3 }] }],
    ["B5:D9", { kind: "rows", spans: [{ first: 5, last: 9 }] }],
    ["D9:B5", { kind: "rows", spans: [{ first: 5, last: 9 }] }],
    ["$B$5:$D$9", { kind: "rows", spans: [{ first: 5, last: 9 }] }],
    ["Formatie!B5", { kind: "rows", spans: [{ first: 5, last: 5 }] }],
    ["'Formatie 2026, concept'!B5:C6", { kind: "rows", spans: [{ first: 5, last: 6 }] }],
    ["'It''s'!A2", { kind: "rows", spans: [{ first: 2, last: 2 }] }],
    ["A1:B2, D4", { kind: "rows", spans: [{ first: 1, last: 2 }, { first: 4, last: 4 }] }],
    ["A3, A4, A9", { kind: "rows", spans: [{ first: 3, last: 4 }, { first: 9, last: 9 }] }],
    ["3:5", { kind: "rows", spans: [{ first: 3, last: 5 }] }],
    ["B:D", { kind: "sheet" }],
    ["A1:C", { kind: "sheet" }],
    ["", { kind: "sheet" }],
    ["#REF!", { kind: "sheet" }],
    ["A0", { kind: "sheet" }],
  ])("%p", (address, expected) => {
    expect(rowsOfAddress(address)).toEqual(expected);
  });
});

describe("combining changes", () => {
  test("joins overlapping and adjacent spans", () => {
    expect(mergeSpans([{ first: 8, last: 9 }, { first: 2, last: 3 }, { first: 4, last: 4 }, { first: 3, last: 5 }])).toEqual([
      { first: 2, last: 5 },
      { first: 8, last: 9 },
    ]);
  });

  test("one whole-sheet change makes the whole sheet change", () => {
    expect(combineChanges([rowsOfAddress("A3"), rowsOfAddress("B:B"), rowsOfAddress("A9")])).toEqual({ kind: "sheet" });
    expect(combineChanges([rowsOfAddress("A3"), rowsOfAddress("A4")])).toEqual({ kind: "rows", spans: [{ first: 3, last: 4 }] });
  });
});
