/**
 * Column widths from the content and the page they fit on: portrait where the table fits at
 * 100 %, else landscape with text columns narrowed (wrapping) until the sheet prints at 75 % or
 * more; numbers and short labels are never squeezed.
 */
import fc from "fast-check";
import { fitColumnWidths, KEEP_WHOLE_WIDTH, MAX_TEXT_WIDTH, type WidthColumn } from "../../../src/core/print/column-widths";
import { MIN_PRINT_SCALE, widthAtScale } from "../../../src/core/print/print-page";
import { textPx, widestWordPx, widthForPx, wrappedLines } from "../../../src/core/print/text-metrics";

const text = (label: string, texts: string[], indent = 0): WidthColumn => ({ wrap: true, indent, label, texts });
const numbers = (label: string, texts: string[]): WidthColumn => ({ wrap: false, indent: 0, label, texts });
const total = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);

const NAMES = ["Anna de Vries", "Bram Jansen", "Marieke van den Berg"];
const MESSAGE = "Functie 'Beleidsmedewerker' staat niet in het functieboek. Bedoelt u 'Beleidsadviseur'? Kies een functie uit het functieboek of vul de normfunctie in.";

describe("widths from the content", () => {
  it("a small table prints portrait, each column as wide as its widest value and a character more", () => {
    const { widths, landscape } = fitColumnWidths([text("Medewerker", NAMES), numbers("FTE", ["1,00", "0,80", "0,60"])]);
    expect(landscape).toBe(false);
    expect(widths[0]).toBe(widthForPx(textPx("Marieke van den Berg")) + 1);
    // The number column is as wide as its label or values, and at least 6.
    expect(widths[1]).toBe(6);
  });

  it("a number column is wide enough for the longest word of its label", () => {
    const { widths } = fitColumnWidths([text("Cluster", ["A"]), numbers("Coördinatiemodules", ["1", "2"])]);
    expect(widths[1]).toBeGreaterThanOrEqual(widthForPx(widestWordPx("Coördinatiemodules", { bold: true })));
  });

  it(`text is capped at ${MAX_TEXT_WIDTH} characters: longer text wraps`, () => {
    const { widths } = fitColumnWidths([text("Toelichting", [MESSAGE])]);
    expect(widths[0]).toBe(MAX_TEXT_WIDTH);
  });

  it("a table that fits landscape at 100 % is not narrowed", () => {
    const columns = [text("Functie", ["Strategisch beleidsadviseur"]), text("Normfunctie", ["Medewerker administratief & secretarieel III"]), text("Cluster", ["Cluster Concern en Ondersteuning"]), numbers("FTE", ["1,00"])];
    const natural = fitColumnWidths(columns.slice(0, 1)).widths[0] as number;
    const { widths, landscape } = fitColumnWidths(columns);
    expect(landscape).toBe(true);
    expect(total(widths)).toBeLessThanOrEqual(widthAtScale(true, 1));
    expect(widths[0]).toBe(natural);
  });

  it("a wide table is narrowed to print at 75 % or more: its long text wraps, numbers and labels stay whole", () => {
    const columns = [
      text("Cel", ["D11", "B17"]),
      text("Wat is er aan de hand", ["Functie staat niet in het functieboek", "Schaal past niet bij de functie"]),
      text("Toelichting", [MESSAGE, MESSAGE]),
      text("Voorstel", [MESSAGE, "Beleidsadviseur"]),
      text("Opmerking", [MESSAGE, ""]),
      numbers("Formatie (fte)", ["1.234,00", "0,80"]),
      text("Regel", ["function/unknown", "scale/mismatch"]),
    ];
    const { widths, landscape } = fitColumnWidths(columns);
    expect(landscape).toBe(true);
    expect(total(widths)).toBeLessThanOrEqual(widthAtScale(true, MIN_PRINT_SCALE + 0.05));
    expect(widths[5]).toBe(fitColumnWidths([columns[5] as WidthColumn]).widths[0]);
    for (const [j, column] of columns.entries()) expect(widths[j]).toBeGreaterThanOrEqual(widthForPx(widestWordPx(column.label, { bold: true })));
    // The messages wrap: their rows are taller than one line.
    expect(wrappedLines(MESSAGE, widths[2] as number)).toBeGreaterThan(1);
  });

  it("names stay whole on one line where the page still reaches 75 % that way; only a wider table breaks them", () => {
    const people = Array.from({ length: 200 }, (_, i) => `${NAMES[i % 3] as string} ${i}`);
    const list = (extra: number) => [
      text("Medewerker", people),
      numbers("Personeelsnummer", people.map((_, i) => String(100000 + i))),
      text("Cluster", people.map(() => "Cluster Concern en Ondersteuning")),
      text("HR21-normfunctie", people.map(() => "Medewerker administratief & secretarieel III")),
      text("Opmerking", people.map((_, i) => (i % 10 === 0 ? MESSAGE : ""))),
      ...Array.from({ length: extra }, (_, k) => text(`Kolom ${k}`, people.map(() => "Cluster Beleid en Ontwikkeling"))),
    ];
    const fits = fitColumnWidths(list(1));
    expect(total(fits.widths)).toBeLessThanOrEqual(widthAtScale(true, MIN_PRINT_SCALE + 0.05));
    for (const name of people) expect(wrappedLines(name, fits.widths[0] as number)).toBe(1);
    // A column of short text (KEEP_WHOLE_WIDTH or less) keeps its width; the long remark wraps.
    list(1).forEach((column, j) => {
      const alone = fitColumnWidths([column]).widths[0] as number;
      if (alone <= KEEP_WHOLE_WIDTH) expect({ j, width: fits.widths[j] }).toEqual({ j, width: alone });
    });
    expect(wrappedLines(MESSAGE, fits.widths[4] as number)).toBeGreaterThan(wrappedLines(MESSAGE, MAX_TEXT_WIDTH));
    // Eight more columns of cluster names: too wide for 75 % with the names whole, so they wrap too.
    const wide = fitColumnWidths(list(8));
    expect(people.some((name) => wrappedLines(name, wide.widths[0] as number) > 1)).toBe(true);
    expect(total(wide.widths)).toBeLessThanOrEqual(widthAtScale(true, MIN_PRINT_SCALE + 0.05));
  });

  it("narrows where it costs the fewest lines: the one long remark wraps, the forty cluster names do not", () => {
    const many = Array.from({ length: 40 }, (_, i) => `Cluster Beleid en Ontwikkeling ${i + 1}`);
    const columns = [
      text("Cluster", many),
      text("Opmerking", [MESSAGE, ...Array.from({ length: 39 }, () => "")]),
      ...Array.from({ length: 8 }, (_, k) => numbers(`Formatie ${k} (fte)`, Array.from({ length: 40 }, () => "1.234.567,00"))),
    ];
    const { widths } = fitColumnWidths(columns);
    expect(total(widths)).toBeLessThan(total(columns.map((c) => fitColumnWidths([c]).widths[0] as number)));
    expect(wrappedLines(many[39] as string, widths[0] as number)).toBe(1);
    expect(wrappedLines(MESSAGE, widths[1] as number)).toBeGreaterThan(wrappedLines(MESSAGE, MAX_TEXT_WIDTH));
  });
});

describe("column widths (fast-check, fixed seed)", () => {
  const word = fc.stringMatching(/^[A-Za-zëé]{1,14}$/);
  const cell = fc.array(word, { minLength: 0, maxLength: 12 }).map((words) => words.join(" "));
  const column = fc.record({ wrap: fc.boolean(), texts: fc.array(cell, { minLength: 3, maxLength: 3 }), label: word });
  it("never below a column's minimum, never wider than the content and a character, and readable where text can give way", () => {
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 14 }), (drawn) => {
        const columns: WidthColumn[] = drawn.map((c) => (c.wrap ? text(c.label, c.texts) : numbers(c.label, c.texts.map((t) => t.slice(0, 12)))));
        const { widths, landscape } = fitColumnWidths(columns);
        const alone = columns.map((c) => fitColumnWidths([c]).widths[0] as number);
        columns.forEach((c, j) => {
          const width = widths[j] as number;
          expect(width).toBeLessThanOrEqual(alone[j] as number);
          expect(width).toBeGreaterThanOrEqual(Math.min(alone[j] as number, widthForPx(widestWordPx(c.label, { bold: true }), c.indent)));
          if (!c.wrap) expect(width).toBe(alone[j]);
        });
        if (!landscape) expect(total(widths)).toBeLessThanOrEqual(widthAtScale(false, 1));
        // Too wide for 75 % only where every text column is at its narrowest: 10 characters, its
        // label's longest word, or its values' longest word (up to 20 characters).
        if (total(widths) > widthAtScale(true, MIN_PRINT_SCALE + 0.05)) {
          columns.forEach((c, j) => {
            if (!c.wrap) return;
            const words = Math.min(20, widthForPx(Math.max(0, ...c.texts.map((t) => widestWordPx(t)))));
            expect(widths[j]).toBe(Math.min(alone[j] as number, Math.max(10, words, widthForPx(widestWordPx(c.label, { bold: true })))));
          });
        }
      }),
      { seed: 1313, numRuns: 150 },
    );
  });
});
