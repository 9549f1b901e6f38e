import { formatCellValue, formatGeneral } from "../../../src/core/format";

describe("a cell's value as Excel's General format shows it", () => {
  it.each([
    [0.8, "0,8", "0.8"],
    [20000, "20000", "20000"],
    [1 / 3, "0,3333333333", "0.3333333333"],
    [-12.5, "-12,5", "-12.5"],
  ])("formatGeneral(%p) → %s / %s", (value, nl, en) => {
    expect(formatGeneral(value, "nl")).toBe(nl);
    expect(formatGeneral(value, "en")).toBe(en);
  });

  it.each([
    [null, "", ""],
    [undefined, "", ""],
    ["0.89 getypt", "0.89 getypt", "0.89 getypt"],
    [0.89, "0,89", "0.89"],
    [true, "WAAR", "TRUE"],
    [false, "ONWAAR", "FALSE"],
    [new Date(Date.UTC(2026, 10, 30)), "30-11-2026", "30-11-2026"],
    [{ error: "#N/A" }, "#N/A", "#N/A"],
  ])("formatCellValue(%p) → %s / %s", (value, nl, en) => {
    expect(formatCellValue(value, "nl")).toBe(nl);
    expect(formatCellValue(value, "en")).toBe(en);
  });
});
