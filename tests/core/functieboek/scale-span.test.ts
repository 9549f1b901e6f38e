import { convertedSpan, formatScaleSpan, parseScaleSpan } from "../../../src/core/functieboek/scale-span";

describe("parseScaleSpan", () => {
  it.each<[unknown, string]>([
    [9, "ok 9-9"],
    ["9", "ok 9-9"],
    ["schaal 11", "ok 11-11"],
    ["9-10", "ok 9-10"],
    ["9 – 10", "ok 9-10"],
    ["schaal 9 t/m 10", "ok 9-10"],
    ["Schaal 9 tot en met schaal 10", "ok 9-10"],
    ["scale 9 to 10", "ok 9-10"],
    [null, "empty"],
    ["  ", "empty"],
    ["elf", "invalid not-a-number"],
    [9.5, "invalid not-a-number"],
    ["10-9", "invalid reversed"],
    ["10A", "invalid not-a-number"],
    [{ error: "#N/A" }, "invalid error"],
  ])("%p → %s", (value, expected) => {
    const reading = parseScaleSpan(value as never);
    const shown = reading.kind === "ok" ? `ok ${reading.span.min}-${reading.span.max}` : reading.kind === "invalid" ? `invalid ${reading.reason}` : "empty";
    expect(shown).toBe(expected);
  });

  it("writes a range the way each language does", () => {
    expect(formatScaleSpan({ min: 9, max: 10 }, "nl")).toBe("9 t/m 10");
    expect(formatScaleSpan({ min: 9, max: 10 }, "en")).toBe("9 to 10");
    expect(formatScaleSpan({ min: 9, max: 9 }, "nl")).toBe("9");
  });
});

describe("convertedSpan", () => {
  const book = { conversionTable: [{ scoreFrom: 100, scoreTo: 149, scale: 8 }, { scoreFrom: 150, scoreTo: 199, scale: 9 }] };
  it.each<[{ score?: number; scoreMax?: number }, string]>([
    [{ score: 120 }, "8-8"],
    [{ score: 120, scoreMax: 160 }, "8-9"],
    [{ score: 250 }, "none"],
    [{}, "none"],
  ])("%p → %s", (nf, expected) => {
    const span = convertedSpan(book, nf);
    expect(span ? `${span.min}-${span.max}` : "none").toBe(expected);
  });
});
