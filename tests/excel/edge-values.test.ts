/** Office values into core values, and text into Office values, at the adapter's edge. */
import { cellText, needsTextGuard } from "../../src/excel/cell-text";
import { toCoreValue } from "../../src/excel/office-values";
import { parseInput } from "../support/excel-fake/model";

describe("toCoreValue", () => {
  test.each([
    ["", false, null],
    [null, false, null],
    [12.5, false, 12.5],
    [true, false, true],
    ["Adviseur", false, "Adviseur"],
    // Excel says which cells are errors (valueTypes, special cells): their text in any language.
    ["#N/A", true, { error: "#N/A" }],
    ["#N/B", true, { error: "#N/B" }],
    ["#WAARDE!", true, { error: "#WAARDE!" }],
    ["#DEEL/0!", true, { error: "#DEEL/0!" }],
    // Text that only looks like an error value (typed with an apostrophe) stays text.
    ["#N/A", false, "#N/A"],
    [Number.NaN, false, { error: "#NUM!" }],
  ])("%p (error: %p) → %p", (input, isError, expected) => {
    expect(toCoreValue(input, isError)).toEqual(expected);
  });
});

describe("cellText: what Excel stores is the same text", () => {
  test.each([
    ["Adviseur", "Adviseur"],
    ["=HYPERLINK(\"http://x\",\"klik\")", "'=HYPERLINK(\"http://x\",\"klik\")"],
    ["+31 6 1234 5678", "'+31 6 1234 5678"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["'al gequote", "''al gequote"],
    ["00123", "'00123"],
    ["1.000", "'1.000"],
    ["1-2", "'1-2"],
    ["12:30", "'12:30"],
    ["50%", "'50%"],
    ["WAAR", "'WAAR"],
    ["€ 1.234", "'€ 1.234"],
    ["Schaal 10", "Schaal 10"],
    ["10a", "10a"],
  ])("%p → %p", (text, expected) => {
    expect(cellText(text)).toBe(expected);
    // And the fake (which parses input as Excel does) keeps it as that text.
    expect(parseInput(cellText(text))).toEqual({ value: text });
  });

  test("control characters and over-long text are made storable first", () => {
    expect(cellText("a\u0001b")).toBe("a\uFFFDb");
    expect(cellText("x".repeat(40_000))).toHaveLength(32_767);
  });

  test.each(["Functie", "HR21", "Cluster A-B", "1e klas medewerker"])("%p needs no guard", (text) => {
    expect(needsTextGuard(text)).toBe(false);
  });
});
