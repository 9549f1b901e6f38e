import fc from "fast-check";
import { parseNumber, parseScale, parseYesNo } from "../../../src/core/formatie/value-parsing";

describe("parseNumber", () => {
  it.each([
    [0.8, 0.8],
    ["0,8", 0.8],
    ["0.8", 0.8],
    ["0,8 fte", 0.8],
    ["0,8 FTE", 0.8],
    ["80%", 0.8],
    ["80 %", 0.8],
    ["1", 1],
    [" 1 ", 1],
    ["\u00a00,5\u00a0", 0.5],
    ["1.234,5", 1234.5],
    ["-0,2", -0.2],
    ["36 uur", 36],
    ["0.800", 0.8],
  ])("reads %j as %d", (input, expected) => {
    const reading = parseNumber(input);
    expect(reading.kind).toBe("ok");
    if (reading.kind === "ok") expect(reading.value).toBeCloseTo(expected, 10);
  });

  it.each([
    ["1.000", "ambiguous"],
    ["12.500", "ambiguous"],
    ["NaN", "not-a-number"],
    ["n.v.t.", "not-a-number"],
    ["0,8,1", "not-a-number"],
    [true, "boolean"],
    [new Date(2024, 0, 1), "date"],
  ] as const)("refuses %j as %s", (input, reason) => {
    expect(parseNumber(input)).toMatchObject({ kind: "invalid", reason });
  });

  it.each([
    ["0,8 fte", "fte"],
    ["32 uur", "hours"],
    ["32 uren", "hours"],
    ["18 u", "hours"],
    ["32 hours", "hours"],
    ["0,8", undefined],
    ["80%", undefined],
  ] as const)("says which unit %j writes: %s", (input, unit) => {
    const reading = parseNumber(input);
    expect(reading.kind === "ok" ? reading.unit : "not ok").toBe(unit);
  });

  it("passes error values and empty cells through", () => {
    expect(parseNumber({ error: "#N/A" })).toEqual({ kind: "error", text: "#N/A" });
    expect(parseNumber(null)).toEqual({ kind: "empty" });
    expect(parseNumber("  ")).toEqual({ kind: "empty" });
  });

  it("round-trips Dutch formatting of any FTE with up to four decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (n) => {
        const value = n / 10000;
        const dutch = value.toFixed(4).replace(".", ",");
        const reading = parseNumber(dutch);
        return reading.kind === "ok" && Math.abs(reading.value - value) < 1e-12;
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseNumber(text);
        parseScale(text);
        parseYesNo(text);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe("parseScale", () => {
  it.each([
    [11, 11, "normal"],
    ["11", 11, "normal"],
    ["schaal 11", 11, "normal"],
    ["Schaal 9", 9, "normal"],
    ["10A", 10, "intermediate"],
    ["11 a", 11, "intermediate"],
    ["11U", 11, "extension"],
    ["11 uitloop", 11, "extension"],
    ["uitloop 11", 11, "extension"],
    ["11+", 11, "extension"],
  ] as const)("reads %j", (input, scale, variant) => {
    expect(parseScale(input)).toMatchObject({ kind: "ok", scale, variant });
  });

  it.each([["elf"], [10.5], ["11-12"], [true]])("refuses %j", (input) => {
    expect(parseScale(input).kind).toBe("invalid");
  });
});

describe("parseYesNo", () => {
  it.each([
    ["ja", true],
    ["Ja", true],
    ["x", true],
    ["X", true],
    [1, true],
    ["waar", true],
    [true, true],
    ["nee", false],
    [0, false],
    ["onwaar", false],
    [false, false],
  ] as const)("reads %j as %s", (input, value) => {
    expect(parseYesNo(input)).toMatchObject({ kind: "ok", value });
  });

  it("calls anything else invalid instead of guessing", () => {
    expect(parseYesNo("misschien").kind).toBe("invalid");
    expect(parseYesNo(2).kind).toBe("invalid");
  });
});

describe("parseNumber round-trips Dutch formatting (fast-check, fixed seed)", () => {
  /** How a Dutch Excel or a planner writes a number: nl-NL digits, with or without thousands dots, a unit, spaces. */
  const written = fc.record({
    units: fc.integer({ min: -99_999_999, max: 99_999_999 }),
    decimals: fc.integer({ min: 0, max: 4 }),
    grouping: fc.boolean(),
    percent: fc.boolean(),
    suffix: fc.constantFrom("", " fte", " FTE", "\u00a0fte", " uur"),
    padding: fc.constantFrom("", " ", "\u00a0", "\u200b"),
  });

  it("reads back what nl-NL formatting wrote, and calls grouped whole numbers ambiguous", () => {
    fc.assert(
      fc.property(written, ({ units, decimals, grouping, percent, suffix, padding }) => {
        const value = units / 10 ** decimals;
        const digits = value.toLocaleString("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
        const text = `${padding}${digits}${percent ? "%" : suffix}${padding}`;
        const reading = parseNumber(text);
        // "1.234" is a thousand and more or a decimal with three places: never guessed.
        if (grouping && decimals === 0 && Math.abs(value) >= 1000) {
          expect(reading).toMatchObject({ kind: "invalid", reason: "ambiguous" });
          return;
        }
        expect(reading.kind).toBe("ok");
        if (reading.kind === "ok") {
          expect(reading.value).toBeCloseTo(percent ? value / 100 : value, 9);
          expect(reading.percent).toBe(percent);
        }
      }),
      { seed: 20250107, numRuns: 2000, examples: [[{ units: -5, decimals: 1, grouping: false, percent: false, suffix: "", padding: "" }], [{ units: 1000, decimals: 0, grouping: true, percent: true, suffix: "", padding: "" }]] },
    );
  });
});
