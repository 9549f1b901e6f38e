import fc from "fast-check";
import {
  NOT_A_NUMBER,
  formatEuro,
  formatEuroWhole,
  formatFixed,
  formatFte,
  formatInteger,
  formatNumber,
  formatPercent,
  formatSignedEuroWhole,
  formatSignedFte,
  parseFormattedNumber,
  roundDecimal,
} from "../../../src/core/format";
import { parseNumber } from "../../../src/core/formatie/value-parsing";

describe("numbers the Dutch and the English way", () => {
  it.each([
    // value, nl, en
    [0.89, "0,89", "0.89"],
    [0.8888, "0,89", "0.89"],
    [1.5, "1,5", "1.5"],
    [45, "45", "45"],
    [999, "999", "999"],
    [1000, "1.000", "1,000"],
    [20000, "20.000", "20,000"],
    [1234567.891, "1.234.567,89", "1,234,567.89"],
    [-0.5, "-0,5", "-0.5"],
    [-1234.5, "-1.234,5", "-1,234.5"],
    [0.001, "0", "0"],
    [-0.001, "0", "0"],
    [1.005, "1,01", "1.01"],
    [0.285, "0,29", "0.29"],
    [1e-7, "0", "0"],
    [NaN, NOT_A_NUMBER, NOT_A_NUMBER],
    [Infinity, NOT_A_NUMBER, NOT_A_NUMBER],
  ])("formatNumber(%p) → %s / %s", (value, nl, en) => {
    expect(formatNumber(value, "nl")).toBe(nl);
    expect(formatNumber(value, "en")).toBe(en);
  });

  it.each([
    [0.89, "0,89", "0.89"],
    [45, "45,00", "45.00"],
    [0.1 + 0.2, "0,30", "0.30"],
    [1.4, "1,40", "1.40"],
    [-2.5, "-2,50", "-2.50"],
    [1234.5, "1.234,50", "1,234.50"],
    [-0.004, "0,00", "0.00"],
  ])("formatFte(%p) → %s / %s", (value, nl, en) => {
    expect(formatFte(value, "nl")).toBe(nl);
    expect(formatFte(value, "en")).toBe(en);
  });

  it.each([
    [16509.9, "€ 16.509,90", "€16,509.90"],
    [0, "€ 0,00", "€0.00"],
    [0.5, "€ 0,50", "€0.50"],
    [-1234.567, "€ -1.234,57", "-€1,234.57"],
    [3762249, "€ 3.762.249,00", "€3,762,249.00"],
  ])("formatEuro(%p) → %s / %s", (value, nl, en) => {
    expect(formatEuro(value, "nl")).toBe(nl);
    expect(formatEuro(value, "en")).toBe(en);
  });

  it.each([
    [3762249, "€ 3.762.249", "€3,762,249"],
    [93453.5, "€ 93.454", "€93,454"],
    [999.49, "€ 999", "€999"],
    [-1500, "€ -1.500", "-€1,500"],
    [-0.4, "€ 0", "€0"],
    [NaN, NOT_A_NUMBER, NOT_A_NUMBER],
  ])("formatEuroWhole(%p) → %s / %s", (value, nl, en) => {
    expect(formatEuroWhole(value, "nl")).toBe(nl);
    expect(formatEuroWhole(value, "en")).toBe(en);
  });

  it.each([
    [0.2, "+0,20", "+0.20"],
    [-0.2, "-0,20", "-0.20"],
    [1234.5, "+1.234,50", "+1,234.50"],
    [0, "0,00", "0.00"],
    [0.004, "0,00", "0.00"],
    [-0.004, "0,00", "0.00"],
  ])("formatSignedFte(%p) → %s / %s", (value, nl, en) => {
    expect(formatSignedFte(value, "nl")).toBe(nl);
    expect(formatSignedFte(value, "en")).toBe(en);
  });

  it.each([
    [37287, "€ +37.287", "+€37,287"],
    [-37287, "€ -37.287", "-€37,287"],
    [0.4, "€ 0", "€0"],
    [-0.4, "€ 0", "€0"],
    [0.5, "€ +1", "+€1"],
    [NaN, NOT_A_NUMBER, NOT_A_NUMBER],
  ])("formatSignedEuroWhole(%p) → %s / %s", (value, nl, en) => {
    expect(formatSignedEuroWhole(value, "nl")).toBe(nl);
    expect(formatSignedEuroWhole(value, "en")).toBe(en);
  });

  it.each([
    [20000, "20.000", "20,000"],
    [1234, "1.234", "1,234"],
    [7, "7", "7"],
    [2.5, "3", "3"],
    [-1000000, "-1.000.000", "-1,000,000"],
  ])("formatInteger(%p) → %s / %s", (value, nl, en) => {
    expect(formatInteger(value, "nl")).toBe(nl);
    expect(formatInteger(value, "en")).toBe(en);
  });

  it.each([
    [17.05, "17,05 %", "17.05%"],
    [30, "30 %", "30%"],
    [27.5, "27,5 %", "27.5%"],
    [0.125, "0,13 %", "0.13%"],
    [1250, "1.250 %", "1,250%"],
  ])("formatPercent(%p) → %s / %s", (value, nl, en) => {
    expect(formatPercent(value, "nl")).toBe(nl);
    expect(formatPercent(value, "en")).toBe(en);
  });

  it("writes fixed decimals on request", () => {
    expect(formatFixed(3.5, "nl", 3)).toBe("3,500");
    expect(formatFixed(3.5, "en", 0)).toBe("4");
    expect(formatNumber(2 / 3, "nl", 4)).toBe("0,6667");
  });

  it("does not depend on the machine's locale data", () => {
    const toLocaleString = jest.spyOn(Number.prototype, "toLocaleString");
    const format = jest.spyOn(Intl, "NumberFormat");
    formatNumber(20000.5, "nl");
    formatEuro(16509.9, "en");
    formatPercent(17.05, "nl");
    expect(toLocaleString).not.toHaveBeenCalled();
    expect(format).not.toHaveBeenCalled();
    toLocaleString.mockRestore();
    format.mockRestore();
  });
});

describe("roundDecimal", () => {
  it.each([
    [1.005, 2, 1.01],
    [1.255, 2, 1.26],
    [-1.005, 2, -1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.675, 2, 2.68],
    [1e21, 2, 1e21],
    [-0.001, 2, 0],
  ])("roundDecimal(%p, %p) → %p", (value, decimals, expected) => {
    expect(roundDecimal(value, decimals)).toBe(expected);
  });

  it("never gives minus zero", () => {
    expect(Object.is(roundDecimal(-0.0001, 2), 0)).toBe(true);
  });
});

describe("parseFormattedNumber", () => {
  it.each([
    ["16.509,90", "nl", 16509.9],
    ["€ 3.762.249", "nl", 3762249],
    ["€ -1.500", "nl", -1500],
    ["17,05 %", "nl", 17.05],
    ["16,509.90", "en", 16509.9],
    ["-€1,500", "en", -1500],
    ["17.05%", "en", 17.05],
    ["1234", "nl", 1234],
  ] as const)("%s (%s) → %p", (text, language, value) => {
    expect(parseFormattedNumber(text, language)).toBe(value);
  });

  it.each([
    ["0.89", "nl"],
    ["1.23.4", "nl"],
    ["12.34", "nl"],
    ["0,89", "en"],
    ["abc", "nl"],
    ["", "en"],
  ] as const)("refuses %s in %s", (text, language) => {
    expect(parseFormattedNumber(text, language)).toBeUndefined();
  });
});

/** Amounts people meet: fte, euros, counts, percentages, also negative; hundredths, so exact. */
const amounts = fc.oneof(
  fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((n) => n / 100),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
);

const FORMATTERS = {
  formatNumber: (v: number, l: "nl" | "en") => formatNumber(v, l),
  formatFte,
  formatInteger,
  formatEuro,
  formatEuroWhole,
  formatPercent: (v: number, l: "nl" | "en") => formatPercent(v, l),
};

describe("properties (fast-check, fixed seed)", () => {
  it("Dutch output never uses a point as the decimal separator, and English never a comma", () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(...Object.values(FORMATTERS)), (value, format) => {
        // Points only as thousands separators (each followed by exactly three digits), at most one comma after them.
        expect(format(value, "nl")).toMatch(/^(€ )?-?\d{1,3}(\.\d{3})*(,\d+)?( %)?$/);
        expect(format(value, "en")).toMatch(/^-?€?\d{1,3}(,\d{3})*(\.\d+)?%?$/);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("a signed difference is the plain one with a plus where it shows more than zero", () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom<"nl" | "en">("nl", "en"), (value, language) => {
        const plusFte = roundDecimal(value, 2) > 0 ? "+" : "";
        expect(formatSignedFte(value, language)).toBe(`${plusFte}${formatFte(value, language)}`);
        const plusEuro = roundDecimal(value, 0) > 0 ? "+" : "";
        const plain = formatEuroWhole(value, language);
        expect(formatSignedEuroWhole(value, language)).toBe(language === "nl" ? plain.replace("€ ", `€ ${plusEuro}`) : `${plusEuro}${plain}`);
      }),
      { seed: 20261130, numRuns: 1000 },
    );
  });

  it("Dutch and English differ only in their separators, the euro sign's place and the % space", () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(...Object.values(FORMATTERS)), (value, format) => {
        const swap = (text: string) => text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
        const bare = (text: string) => text.replace(/€ ?/, "").replace(/ ?%/, "");
        expect(bare(swap(format(value, "en")))).toBe(bare(format(value, "nl")));
      }),
      { seed: 20261130, numRuns: 1000 },
    );
  });

  it("reads back what it wrote, rounded as shown", () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom("nl" as const, "en" as const), (value, language) => {
        expect(parseFormattedNumber(formatNumber(value, language), language)).toBe(roundDecimal(value, 2));
        expect(parseFormattedNumber(formatFte(value, language), language)).toBe(roundDecimal(value, 2));
        expect(parseFormattedNumber(formatEuro(value, language), language)).toBe(roundDecimal(value, 2));
        expect(parseFormattedNumber(formatEuroWhole(value, language), language)).toBe(roundDecimal(value, 0));
        expect(parseFormattedNumber(formatPercent(value, language), language)).toBe(roundDecimal(value, 2));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("the sheet reader reads a Dutch FTE as this module writes it (what the tool writes, it reads)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const value = hundredths / 100;
        const reading = parseNumber(formatFte(value, "nl"));
        expect(reading).toMatchObject({ kind: "ok" });
        if (reading.kind === "ok") expect(reading.value).toBeCloseTo(value, 9);
      }),
      { seed: 20261130, numRuns: 1000 },
    );
  });
});
