/**
 * Properties of reading and checking a formation sheet (fast-check, fixed seeds) that
 * tests/core/rules/engine.test.ts does not cover yet: any permutation of position rows permutes
 * every finding (aggregates too); any number of blank rows — empty, spaces, no-break spaces,
 * zero-width and soft hyphens, line breaks — adds none; merged data cells give the same positions
 * whether an adapter repeats a merge's value or gives it only in its top-left cell.
 */
import fc from "fast-check";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import type { Finding } from "../../../src/core/findings";
import type { CellValue, Grid } from "../../../src/core/formatie/grid";
import { validateGrid } from "../../../src/core/rules/engine";

const book = bundledFunctieboek();

const HEADER = ["Cluster", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Uren", "Medewerker", "Personeelsnummer", "CM", "Toelichting"];

/** A position row: always a function, the rest from small pools so that rows share people and functions. */
const positionRow: fc.Arbitrary<CellValue[]> = fc.tuple(
  fc.constantFrom<CellValue>(null, "Cluster Beleid en Ontwikkeling", "Cluster Regie en Coördinatie", "Cluster Onbekend"),
  fc.constantFrom<CellValue>("Adviseur", "Beleidsadviseur", "Regisseur/adviseur", "Beleidsadvsieur", "Ondersteuner"),
  fc.constantFrom<CellValue>(null, "Adviseur IV", "Adviseur III", "Medewerker ontwikkeling II", "Adviseur Il"),
  fc.constantFrom<CellValue>(null, 6, 10, 11, "10A", "schaal 12", "x"),
  fc.constantFrom<CellValue>(null, 1, 0.8, 0.5, "0,6", "80%", 80, "1.000", -1, { error: "#N/A" }),
  fc.constantFrom<CellValue>(null, 36, 18, 40),
  fc.constantFrom<CellValue>(null, "A. Jansen", "Jansen, A.", "B. de Vries", "Vacature"),
  fc.constantFrom<CellValue>(null, "1001", "1002"),
  fc.constantFrom<CellValue>(null, "ja", "nee", "x", "misschien"),
  fc.constantFrom<CellValue>(null, "Afgesproken met de OR"),
);

const positions = fc.array(positionRow, { minLength: 1, maxLength: 14 });

/** Findings with their rows mapped, in a form that does not depend on row order. */
function canonical(findings: readonly Finding[], mapRow: (row: number) => number): string[] {
  return findings
    .map((f) => {
      if (f.rows !== undefined) return `${f.code} rows ${f.rows.map(mapRow).sort((a, b) => a - b).join(",")} ${f.column ?? ""}`;
      if (f.row !== undefined) return `${f.code} ${f.column ?? ""}${mapRow(f.row)} ${f.message.en}`;
      return `${f.code} ${f.message.en}`;
    })
    .sort();
}

describe("formation properties (fast-check, fixed seeds)", () => {
  it("permuting position rows permutes every finding, aggregates included", () => {
    fc.assert(
      fc.property(
        positions.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }))),
        ([rows, order]) => {
          const grid: Grid = { sheet: "F", rows: [HEADER, ...rows] };
          const permuted: Grid = { sheet: "F", rows: [HEADER, ...order.map((i) => rows[i] as CellValue[])] };
          // Sheet row of original row i (header on row 1): 2 + i; after permuting: 2 + order.indexOf(i).
          const newRow = (row: number) => (row === 1 ? 1 : 2 + order.indexOf(row - 2));
          expect(canonical(validateGrid(permuted, book).findings, (r) => r)).toEqual(canonical(validateGrid(grid, book).findings, newRow));
        },
      ),
      { seed: 20250107, numRuns: 300 },
    );
  });

  const blank = fc.array(fc.constantFrom<CellValue>(null, "", " ", "\u00a0", "\u200b", "\u00ad", "\n", "\u2007 \u202f", "\ufeff"), { maxLength: HEADER.length });

  it("blank rows of any kind add no findings, only move them down", () => {
    fc.assert(
      fc.property(positions, fc.array(fc.tuple(fc.nat(), blank), { minLength: 1, maxLength: 5 }), (rows, blanks) => {
        // Insert the blank rows between position rows (never above the header).
        const body: (CellValue[] | "blank")[] = [...rows];
        const inserted: CellValue[][] = [];
        for (const [at, cells] of blanks) {
          body.splice(at % (body.length + 1), 0, "blank");
          inserted.push(cells);
        }
        let k = 0;
        const withBlanks = body.map((r) => (r === "blank" ? (inserted[k++] as CellValue[]) : r));
        const newRowOf: number[] = [];
        body.forEach((r, i) => {
          if (r !== "blank") newRowOf.push(2 + i);
        });
        const before = validateGrid({ sheet: "F", rows: [HEADER, ...rows] }, book).findings;
        const after = validateGrid({ sheet: "F", rows: [HEADER, ...withBlanks] }, book).findings;
        expect(canonical(after, (r) => r)).toEqual(canonical(before, (r) => (r === 1 ? 1 : (newRowOf[r - 2] as number))));
      }),
      {
        seed: 11,
        numRuns: 300,
        // Found: a cell holding only a soft hyphen made a "section heading" row, and its rows a cluster.
        examples: [[[["Cluster Beleid en Ontwikkeling", "Adviseur", "Adviseur IV", 10, 1, null, null, null, null, null]], [[0, ["\u00ad"]]]]],
      },
    );
  });

  it("a merged data cell counts for every row it covers, whether the adapter repeats it or not", () => {
    fc.assert(
      fc.property(positions, fc.nat(), fc.nat(), fc.integer({ min: 0, max: HEADER.length - 2 }), (rows, a, b, col) => {
        const top = 2 + (a % rows.length);
        const bottom = top + (b % (rows.length + 2 - top));
        const merge = { top, left: col + 1, bottom, right: col + 2 };
        const value = (rows[top - 2] as CellValue[])[col] ?? null;
        // Excel and Office.js give the value in the top-left cell only; ExcelJS repeats it in every cell.
        const topLeftOnly = rows.map((r, i) => r.map((v, j) => (2 + i >= top && 2 + i <= bottom && j >= col && j <= col + 1 && !(2 + i === top && j === col) ? null : v)));
        const repeated = topLeftOnly.map((r, i) => r.map((v, j) => (2 + i >= top && 2 + i <= bottom && j >= col && j <= col + 1 ? value : v)));
        const expected = topLeftOnly.map((r, i) => r.map((v, j) => (2 + i >= top && 2 + i <= bottom && j === col ? value : v)));
        const read = (body: CellValue[][], merges?: Grid["merges"]) => validateGrid({ sheet: "F", rows: [HEADER, ...body], ...(merges ? { merges } : {}) }, book).findings;
        const want = read(expected);
        expect(read(topLeftOnly, [merge])).toEqual(want);
        expect(read(repeated, [merge])).toEqual(want);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
