import { ownMeasureOf, parseOwnMeasure } from "../../../src/core/budget/own-measures";

describe("the user's own expected raises", () => {
  it.each([
    ["1-1-2028: 3 %", { date: "2028-01-01", type: "pct", value: 3 }],
    ["01-01-2028:3%", { date: "2028-01-01", type: "pct", value: 3 }],
    ["2028-01-01 2,5", { date: "2028-01-01", type: "pct", value: 2.5 }],
    ["1/7/2028: 1.25%", { date: "2028-07-01", type: "pct", value: 1.25 }],
    ["1-7-2028: € 50", { date: "2028-07-01", type: "fixed", value: 50 }],
    ["1-7-2028: 40,50 euro", { date: "2028-07-01", type: "fixed", value: 40.5 }],
    ["1-1-2029: -0,5 %", { date: "2029-01-01", type: "pct", value: -0.5 }],
  ])("reads %p", (text, expected) => {
    expect(parseOwnMeasure(text)).toEqual({ ok: true, measure: { ...expected, sources: [], own: true } });
  });

  it.each([
    ["3 %", "is geen verhoging"],
    ["1-1-2028", "is geen verhoging"],
    ["31-2-2028: 3 %", "'31-2-2028' is geen bestaande datum."],
    ["1-1-2028: veel", "is geen verhoging"],
    ["1-1-2028: 150 %", "een verhoging ligt tussen"],
    ["1-1-2028: € 2.000", "is geen verhoging"],
  ])("refuses %p with a message that says what to write", (text, message) => {
    const reading = parseOwnMeasure(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message.nl).toContain(message);
      expect(reading.message.en.length).toBeGreaterThan(0);
    }
  });

  it("reads a date and an amount from two fields (the pane)", () => {
    expect(ownMeasureOf("2028-01-01", "3")).toMatchObject({ ok: true, measure: { date: "2028-01-01", type: "pct", value: 3 } });
  });

  it("reads the date as format's parseDutchDate does, and only a real one", () => {
    expect(ownMeasureOf("1/7/2028", "3")).toMatchObject({ ok: true, measure: { date: "2028-07-01" } });
    expect(ownMeasureOf("1 juli 2028", "3")).toMatchObject({ ok: true, measure: { date: "2028-07-01" } });
    expect(ownMeasureOf("29-2-2027", "3")).toMatchObject({ ok: false, message: { nl: "'29-2-2027' is geen bestaande datum." } });
  });
});
