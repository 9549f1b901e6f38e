import fc from "fast-check";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { columnNumber, type CellValue, type Grid } from "../../../src/core/formatie/grid";
import { validateGrid } from "../../../src/core/rules/engine";
import { row, sheet } from "../../helpers/rule-cases";

const book = bundledFunctieboek();

describe("validateGrid", () => {
  it("gives one sheet-level finding when there is no header", () => {
    const result = validateGrid({ sheet: "Blad1", rows: [["Naam", "Datum"], ["Piet", 3]] }, book);
    expect(result.usable).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ code: "sheet/no-header", severity: "error", sheet: "Blad1" })]);
    expect(result.findings[0]?.message.nl).toMatch(/^Geen kopregel gevonden/);
  });

  it("names the missing required column", () => {
    const result = validateGrid({ sheet: "Blad1", rows: [["Functie", "Schaal", "Medewerker"], ["Adviseur", 10, "Piet"]] }, book);
    expect(result.usable).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ code: "sheet/missing-column", row: 1 })]);
    expect(result.findings[0]?.message.nl).toContain("Verplichte kolom ontbreekt: FTE / Uren.");
    expect(result.findings[0]?.message.en).toContain("Required column missing: FTE / Hours.");
  });

  it("calls an empty sheet empty", () => {
    expect(validateGrid({ sheet: "Leeg", rows: [] }, book).findings[0]?.code).toBe("sheet/empty");
    expect(validateGrid({ sheet: "Leeg", rows: [[null, "  "]] }, book).findings[0]?.code).toBe("sheet/empty");
  });

  it("reads a sheet with only a header as zero positions", () => {
    const result = validateGrid(sheet([]), book);
    expect(result.usable).toBe(true);
    expect(result.summary.positions).toBe(0);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("warns about duplicate header labels", () => {
    const result = validateGrid({ sheet: "S", rows: [["Functie", "FTE", "Fte"], ["Adviseur", 1, 1]] }, book);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "sheet/duplicate-column", cell: "C1", severity: "warning" }));
  });

  it("lets the user override a rule's severity or turn it off", () => {
    const grid = sheet([row({ schaal: 11 })]);
    const asWarning = validateGrid(grid, book, { settings: { severities: { "scale/mismatch": "warning" } } });
    expect(asWarning.findings.find((f) => f.code === "scale/mismatch")?.severity).toBe("warning");
    const off = validateGrid(grid, book, { settings: { severities: { "scale/mismatch": "off" } } });
    expect(off.findings.find((f) => f.code === "scale/mismatch")).toBeUndefined();
  });

  it("says when a finding's row is hidden", () => {
    const grid: Grid = { ...sheet([row(), row({ schaal: 11 })]), hiddenRows: new Set([3]) };
    const finding = validateGrid(grid, book).findings.find((f) => f.code === "scale/mismatch");
    expect(finding).toMatchObject({ row: 3, hidden: true });
    expect(finding?.message.nl).toContain("[rij is verborgen]");
  });

  it("takes an explicit column map from the user", () => {
    const grid: Grid = { sheet: "S", rows: [["a", "b", "c"], ["Adviseur", 11, 1]] };
    const result = validateGrid(grid, book, { headerRow: 1, columns: { title: 1, scale: 2, fte: 3 } });
    expect(result.usable).toBe(true);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "scale/mismatch", cell: "B2" }));
  });

  it("sums FTE without floating-point noise", () => {
    const result = validateGrid(sheet([row({ fte: 0.1 }), row({ fte: 0.2 })]), book);
    expect(result.summary.fteTotal).toBe(0.3);
  });
});

/** Any cell value a sheet can hold, biased towards values that look like formation data. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom("Adviseur", "Beleidsadviseur", "Adviseur IV", "Adviseur 3", "ja", "nee", "x", "10A", "11U", "schaal 11", "0,8", "80%", "1.000", "Totaal", "Cluster Beleid en Ontwikkeling", "Vacature", "FTE", "Functie", " ", "#N/A"),
  fc.string({ maxLength: 12 }),
  fc.double({ min: -100, max: 100, noNaN: false }),
  fc.integer({ min: -5, max: 40 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)) }),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#UNCALCULATED" }),
);

const HEADER = ["Cluster", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Uren", "Medewerker", "Personeelsnummer", "CM", "Toelichting"];

/** A grid with a formation header somewhere in its first rows, then random rows. */
const formationGrid = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.array(fc.array(cellValue, { minLength: 0, maxLength: 11 }), { maxLength: 25 }), fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 4 }))
  .map(([offset, body, before]): Grid => ({ sheet: "Formatie", rows: [...before.slice(0, offset), HEADER, ...body] }));

const anyGrid = fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 20 }).map((rows): Grid => ({ sheet: "X", rows }));

describe("validation properties (fast-check, fixed seeds)", () => {
  it("never throws, for any grid, and every finding points inside the sheet", () => {
    fc.assert(
      fc.property(fc.oneof(formationGrid, anyGrid), (grid) => {
        const result = validateGrid(grid, book);
        const lastRow = grid.rows.length;
        const lastCol = Math.max(1, ...grid.rows.map((r) => r.length), HEADER.length);
        for (const f of result.findings) {
          if (f.row !== undefined) expect(f.row).toBeGreaterThanOrEqual(1);
          if (f.row !== undefined) expect(f.row).toBeLessThanOrEqual(lastRow);
          if (f.column !== undefined) expect(columnNumber(f.column)).toBeLessThanOrEqual(lastCol);
          for (const r of f.rows ?? []) expect(r).toBeLessThanOrEqual(lastRow);
          expect(f.message.nl).not.toMatch(/\{\w+\}/);
          expect(f.message.en).not.toMatch(/\{\w+\}/);
        }
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(formationGrid, (grid) => {
        expect(validateGrid(grid, book).findings).toEqual(validateGrid(grid, book).findings);
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it("adds no findings for blank rows, only moves them down", () => {
    fc.assert(
      fc.property(formationGrid, fc.integer({ min: 0, max: 30 }), (grid, at) => {
        const header = grid.rows.findIndex((r) => r === HEADER || r.join() === HEADER.join());
        const insertAt = Math.min(grid.rows.length, header + 1 + (at % Math.max(1, grid.rows.length - header)));
        const withBlank: Grid = { ...grid, rows: [...grid.rows.slice(0, insertAt), [], ...grid.rows.slice(insertAt)] };
        const before = validateGrid(grid, book).findings;
        const after = validateGrid(withBlank, book).findings;
        expect(after.length).toBe(before.length);
        const shift = (r: number | undefined) => (r !== undefined && r > insertAt ? r + 1 : r);
        const moved = before.map((f) => ({ code: f.code, row: shift(f.row) })).sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.code.localeCompare(b.code));
        const got = after.map((f) => ({ code: f.code, row: f.row })).sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.code.localeCompare(b.code));
        expect(got).toEqual(moved);
      }),
      { seed: 11, numRuns: 150 },
    );
  });

  it("permuting rows permutes the per-row findings", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { minLength: 10, maxLength: 10 }), { minLength: 2, maxLength: 12 }), (body) => {
        const grid: Grid = { sheet: "F", rows: [HEADER, ...body] };
        const reversed: Grid = { sheet: "F", rows: [HEADER, ...[...body].reverse()] };
        const perRow = (g: Grid, mapRow: (r: number) => number) =>
          validateGrid(g, book)
            .findings.filter((f) => f.row !== undefined && f.rows === undefined)
            .map((f) => `${f.code}@${mapRow(f.row as number)}${f.column}`)
            .sort();
        const n = body.length;
        expect(perRow(reversed, (r) => r)).toEqual(perRow(grid, (r) => (r === 1 ? 1 : n + 3 - r)));
      }),
      { seed: 5, numRuns: 150 },
    );
  });
});
