/**
 * Text in Calibri 11: how wide it prints and how many lines it takes in a column of so many
 * characters (7 pixels each, as Excel counts a column's width).
 */
import { textPx, textRoomPx, widestWordPx, widthForPx, wrappedLines } from "../../../src/core/print/text-metrics";

describe("text widths (Calibri 11 at 96 dpi)", () => {
  it.each([
    // text, pixels (Calibri's advance widths: a digit 1038/2048 em of 14,67 px)
    ["0", 7.43],
    ["0000000000", 74.34],
    ["", 0],
    ["iiii", 13.46],
    ["MMMM", 50.16],
    ["é", 7.3],
    ["€", 7.43],
  ])("%j is %d px wide", (text, px) => {
    expect(textPx(text)).toBeCloseTo(px, 1);
  });

  it("bold is wider, and 14 pt wider still", () => {
    const plain = textPx("Plaatsingslijst");
    expect(textPx("Plaatsingslijst", { bold: true })).toBeGreaterThan(plain);
    expect(textPx("Plaatsingslijst", { size: 14 })).toBeCloseTo((plain * 14) / 11, 5);
  });

  it("a character nobody measured counts as wide as a capital", () => {
    expect(textPx("漢")).toBeGreaterThan(textPx("a"));
  });

  it("a column has its width less its padding (and indent) for text; widthForPx is the inverse", () => {
    expect(textRoomPx(10)).toBe(64);
    expect(textRoomPx(10, 1)).toBeLessThan(64);
    for (const px of [10, 63.5, 64, 64.1, 200]) expect(textRoomPx(widthForPx(px))).toBeGreaterThanOrEqual(px);
    expect(textRoomPx(widthForPx(64.1) - 1)).toBeLessThan(64.1);
  });
});

describe("wrapped lines", () => {
  it.each([
    // text, column width (characters), lines
    ["", 10, 1],
    ["Ans", 10, 1],
    ["Cluster Beleid en Ontwikkeling", 40, 1],
    ["Cluster Beleid en Ontwikkeling", 20, 2],
    // "Cluster" / "Beleid en" / "Ontwikkeling", the last word wider than the column and broken.
    ["Cluster Beleid en Ontwikkeling", 10, 4],
    ["een\ntwee\ndrie", 40, 3],
    ["een\n\ndrie", 40, 3],
    // A word wider than the column is broken where the line is full.
    ["Medewerkeradministratiefsecretarieel", 10, 4],
    // "a", the long word over four lines, "b" after its last piece.
    ["a Medewerkeradministratiefsecretarieel b", 10, 5],
  ])("%j in %d characters: %d line(s)", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it("never fewer lines in a narrower column", () => {
    const text = "Functie 'Beleidsmedewerker' staat niet in het functieboek. Bedoelt u 'Beleidsadviseur'?";
    let previous = 0;
    for (let width = 60; width >= 5; width--) {
      const lines = wrappedLines(text, width);
      expect(lines).toBeGreaterThanOrEqual(previous);
      previous = lines;
    }
  });

  it("an indent takes room", () => {
    const text = "geplaatst boven formatie";
    const width = widthForPx(textPx(text));
    expect(wrappedLines(text, width)).toBe(1);
    expect(wrappedLines(text, width, {}, 1)).toBe(2);
  });

  it("measures words for the narrowest column that keeps them whole", () => {
    expect(widestWordPx("Medewerker administratief & secretarieel III")).toBeCloseTo(textPx("administratief"), 5);
  });
});
