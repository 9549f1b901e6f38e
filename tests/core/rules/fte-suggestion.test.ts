/**
 * Suggestions are the likely intent or nothing (src/core/rules/fte-suggestion.ts and the scale
 * rules), checked through the real engine with every rule: a table of what planners type, then
 * properties (fast-check, fixed seeds) over generated sheets — every suggested FTE lies between
 * 0,05 and 1,0, every suggested scale is one the book has, a cell never gets two different
 * suggestions, and filling in an FTE suggestion settles the cell.
 */
import fc from "fast-check";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import type { Functieboek } from "../../../src/core/functieboek/schema";
import type { CellValue, Grid } from "../../../src/core/formatie/grid";
import { parseNumber } from "../../../src/core/formatie/value-parsing";
import type { Finding } from "../../../src/core/findings";
import { validateGrid } from "../../../src/core/rules/engine";
import { PLAUSIBLE_FTE, speaksOfHours } from "../../../src/core/rules/fte-suggestion";

const book = bundledFunctieboek();

interface SizeCase {
  fte: CellValue;
  /** The row's hours; the sheet gets an "Uren" column only when this is given. */
  uren?: CellValue;
  /** The FTE column's header (default "FTE"). */
  header?: string;
  /** The sheet's name (default "Formatie"). */
  sheet?: string;
}

/** The rules that judge one row's size (the formation rules judge a function's total). */
const SIZE_RULES = new Set(["fte/invalid", "fte/out-of-range", "fte/hours-mismatch"]);

/** The size findings on the FTE cell (B2) of a one-row sheet: Functie, the size, maybe Uren. */
function fteCellFindings(c: SizeCase): Finding[] {
  const withHours = c.uren !== undefined;
  const grid: Grid = {
    sheet: c.sheet ?? "Formatie",
    rows: [
      ["Functie", c.header ?? "FTE", ...(withHours ? ["Uren"] : [])],
      ["Adviseur", c.fte, ...(withHours ? [c.uren ?? null] : [])],
    ],
  };
  return validateGrid(grid, book).findings.filter((f) => f.cell === "B2" && SIZE_RULES.has(f.code));
}

describe("what an FTE above 1 is taken to mean", () => {
  it.each<[string, SizeCase, string | undefined, RegExp | undefined]>([
    ["80 → 0,8 (a percentage)", { fte: 80 }, "0,8", /\(80 %\)/],
    ["100 → 1", { fte: 100 }, "1", /\(100 %\)/],
    ["37 → 0,37: above a full week it cannot be hours", { fte: 37 }, "0,37", /%/],
    ["'80' as text → 0,8", { fte: "80" }, "0,8", /%/],
    ["1,2 → nothing (0,012 is no FTE)", { fte: 1.2 }, undefined, undefined],
    ["'1,2' as text → nothing", { fte: "1,2" }, undefined, undefined],
    ["2 → nothing (was 0,02)", { fte: 2 }, undefined, undefined],
    ["4 → nothing (0,04 is no FTE; hours? a count?)", { fte: 4 }, undefined, undefined],
    ["7 → nothing (7 %? 7 hours? 7 FTE?)", { fte: 7 }, undefined, undefined],
    ["32 → nothing (32 %? 32 hours?)", { fte: 32 }, undefined, undefined],
    ["36 → nothing without a word about hours", { fte: 36 }, undefined, undefined],
    ["120 → nothing", { fte: 120 }, undefined, undefined],
    ["'150%' → nothing", { fte: "150%" }, undefined, undefined],
    ["'32 uur' → 0,89 (the cell says hours)", { fte: "32 uur" }, "0,89", /32 uur van 36/],
    ["'18 u' → 0,5", { fte: "18 u" }, "0,5", /uur van 36/],
    ["'80 uur' → nothing (no week has 80 hours)", { fte: "80 uur" }, undefined, undefined],
    ["36 in an 'Omvang (uren)' column → 1 (hours)", { fte: 36, header: "Omvang (uren)" }, "1", /36 uur van 36/],
    ["18 in a 'Formatie in uren' column → 0,5", { fte: 18, header: "Formatie in uren" }, "0,5", /uur/],
    ["80 in an 'Omvang (uren)' column → nothing (not a percentage there)", { fte: 80, header: "Omvang (uren)" }, undefined, undefined],
    ["18 on a sheet 'Formatie in uren' → 0,5", { fte: 18, sheet: "Formatie in uren" }, "0,5", /uur/],
    ["80 on a sheet 'Urenformatie' → 0,8 (above a week: a percentage)", { fte: 80, sheet: "Urenformatie" }, "0,8", /%/],
    ["18 on a sheet 'Structuur' → nothing ('uur' inside a word is no hours)", { fte: 18, sheet: "Structuur" }, undefined, undefined],
    ["32 with 32 hours on the row → 0,89", { fte: 32, uren: 32 }, "0,89", undefined],
    ["32 with no hours on the row, on a sheet with an Uren column → nothing", { fte: 32, uren: null }, undefined, undefined],
    ["80 with 28,8 hours → 0,8", { fte: 80, uren: 28.8 }, "0,8", undefined],
    ["80 with 40 hours → 0,8 (40 hours is no plausible row)", { fte: 80, uren: 40 }, "0,8", undefined],
    ["1 with 40 hours → nothing", { fte: 1, uren: 40 }, undefined, undefined],
    ["0,8 with 0,8 hours → nothing (0,02 is no FTE)", { fte: 0.8, uren: 0.8 }, undefined, undefined],
  ])("%s", (_, c, expected, reading) => {
    const findings = fteCellFindings(c);
    const suggested = [...new Set(findings.map((f) => f.suggestion).filter((s) => s !== undefined))];
    expect(suggested).toEqual(expected === undefined ? [] : [expected]);
    if (reading !== undefined) expect(findings.find((f) => f.code === "fte/out-of-range")?.message.nl).toMatch(reading);
  });

  it("gives the row's hours' FTE when FTE and hours disagree (80 % against 32 hours)", () => {
    const findings = fteCellFindings({ fte: 80, uren: 32 });
    expect(findings.map((f) => [f.code, f.suggestion])).toEqual([
      ["fte/hours-mismatch", "0,89"],
      ["fte/out-of-range", undefined],
    ]);
  });

  it("reads 36 in an 'Uren' column as hours: 1,0 FTE, nothing to suggest", () => {
    const result = validateGrid({ sheet: "Formatie", rows: [["Functie", "Uren"], ["Adviseur", 36]] }, book);
    expect(result.findings.filter((f) => SIZE_RULES.has(f.code))).toEqual([]);
    expect(result.summary.fteTotal).toBe(1);
  });

  it.each([
    ["Omvang (uren)", true],
    ["Uren per week", true],
    ["Urenformatie", true],
    ["Hours", true],
    ["FTE", false],
    ["Structuur", false],
    ["Huurders", false],
    [undefined, false],
  ] as const)("hears hours in %j: %s", (text, expected) => {
    expect(speaksOfHours(text)).toBe(expected);
  });
});

/** The bundled book, and one whose every scale is one higher (5–13, 15): other scales to keep to. */
const shiftedBook: Functieboek = { ...book, functions: book.functions.map((f) => ({ ...f, scale: f.scale + 1 })) };
/** By name, so that a counterexample names its book instead of printing it. */
const books: Record<string, Functieboek> = { Ommen: book, "Ommen, schalen + 1": shiftedBook };
const scalesOf = (b: Functieboek) => new Set(b.functions.map((f) => f.scale));

const titles = [...book.functions.slice(0, 6).map((f) => f.title), "Projectleider", "Beleidsadvsieur"];
const sizeNumber = fc.oneof(fc.double({ min: -5, max: 500, noNaN: true }), fc.integer({ min: -2, max: 200 }), fc.integer({ min: 0, max: 400 }).map((n) => n / 10));
const size: fc.Arbitrary<CellValue> = fc.oneof(
  sizeNumber,
  sizeNumber.map((n) => String(n).replace(".", ",")),
  fc.integer({ min: 0, max: 120 }).map((n) => `${n} uur`),
  fc.integer({ min: 0, max: 200 }).map((n) => `${n}%`),
  fc.constant(null),
);
const scaleValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -2, max: 25 }),
  fc.integer({ min: 0, max: 25 }).chain((n) => fc.constantFrom<CellValue>(`${n}A`, `${n}U`, `uitloop ${n}`, `schaal ${n}`, `${n}+`)),
  fc.constantFrom<CellValue>(null, "x", 10.5),
);
const positionRow = fc.tuple(
  fc.constantFrom<CellValue>(...titles, null),
  fc.constantFrom<CellValue>(null, "Adviseur IV", "Medewerker ontwikkeling II", "Onbekend II"),
  scaleValue,
  size,
  size,
);
const sheetCase = fc.record({
  book: fc.constantFrom(...Object.keys(books)),
  sheet: fc.constantFrom("Formatie", "Formatie in uren", "Uren 2025", "Structuur"),
  fteHeader: fc.constantFrom("FTE", "Omvang", "Formatie (fte)", "Omvang (uren)", "Deeltijdfactor"),
  withHours: fc.boolean(),
  rows: fc.array(positionRow, { minLength: 1, maxLength: 8 }),
});
type SheetCase = typeof sheetCase extends fc.Arbitrary<infer T> ? T : never;

const bookOf = (c: SheetCase): Functieboek => books[c.book] ?? book;

function grid(c: SheetCase, rows = c.rows): Grid {
  const header = ["Functie", "HR21-normfunctie", "Schaal", c.fteHeader, ...(c.withHours ? ["Uren"] : [])];
  return { sheet: c.sheet, rows: [header, ...rows.map(([title, nf, scale, fte, hours]) => [title, nf, scale, fte, ...(c.withHours ? [hours] : [])])] };
}

const isFteFinding = (f: Finding) => f.code.startsWith("fte/");
const isScaleFinding = (f: Finding) => f.code.startsWith("scale/");

describe("suggestion properties (fast-check, fixed seeds)", () => {
  it("suggests only FTE between 0,05 and 1,0 and only scales the book has", () => {
    let fteSuggestions = 0;
    let scaleSuggestions = 0;
    fc.assert(
      fc.property(sheetCase, (c) => {
        const scales = scalesOf(bookOf(c));
        for (const f of validateGrid(grid(c), bookOf(c)).findings) {
          if (f.suggestion === undefined) continue;
          if (isFteFinding(f)) {
            fteSuggestions++;
            const reading = parseNumber(f.suggestion);
            expect(reading.kind).toBe("ok");
            if (reading.kind !== "ok") continue;
            expect({ code: f.code, fte: reading.value, min: reading.value >= PLAUSIBLE_FTE.min, max: reading.value <= PLAUSIBLE_FTE.max }).toEqual({
              code: f.code,
              fte: reading.value,
              min: true,
              max: true,
            });
          } else if (isScaleFinding(f)) {
            scaleSuggestions++;
            expect({ code: f.code, suggestion: f.suggestion, inBook: scales.has(Number(f.suggestion)) }).toEqual({ code: f.code, suggestion: f.suggestion, inBook: true });
          }
        }
      }),
      { seed: 20261130, numRuns: 400 },
    );
    // The property was tried, not vacuously true: the generated sheets drew many suggestions.
    expect(fteSuggestions).toBeGreaterThan(50);
    expect(scaleSuggestions).toBeGreaterThan(50);
  });

  it("never gives one cell two different suggestions", () => {
    fc.assert(
      fc.property(sheetCase, (c) => {
        const byCell = new Map<string, Set<string>>();
        for (const f of validateGrid(grid(c), bookOf(c)).findings) {
          if (f.suggestion === undefined || f.cell === undefined) continue;
          byCell.set(f.cell, (byCell.get(f.cell) ?? new Set()).add(f.suggestion));
        }
        for (const [cell, suggestions] of byCell) expect({ cell, suggestions: [...suggestions] }).toEqual({ cell, suggestions: [...suggestions].slice(0, 1) });
      }),
      { seed: 1130, numRuns: 300 },
    );
  });

  it("settles the FTE cell when its suggestion is filled in", () => {
    let applied = 0;
    fc.assert(
      fc.property(sheetCase, (c) => {
        const before = validateGrid(grid(c), bookOf(c)).findings;
        const full = bookOf(c).policies.fullTimeHours;
        for (const f of before) {
          if (!isFteFinding(f) || f.suggestion === undefined || f.row === undefined) continue;
          applied++;
          const index = f.row - 2;
          // As the pane fills it in (src/taskpane/services/suggestion.ts): "0,89" becomes the number 0.89.
          const filledIn = Number(f.suggestion.replace(",", "."));
          const rows = c.rows.map((r, i) => (i === index ? ([r[0], r[1], r[2], filledIn, r[4]] as typeof r) : r));
          const after = validateGrid(grid(c, rows), bookOf(c)).findings.filter((g) => g.cell === f.cell);
          const hours = c.withHours ? parseNumber(c.rows[index]?.[4] ?? null) : undefined;
          const plausibleHours = hours?.kind === "ok" && !hours.percent && hours.value / full >= PLAUSIBLE_FTE.min && hours.value / full <= PLAUSIBLE_FTE.max;
          expect(after.filter((g) => g.code === "fte/out-of-range" || (plausibleHours && g.code === "fte/hours-mismatch")).map((g) => g.code)).toEqual([]);
        }
      }),
      { seed: 301130, numRuns: 300 },
    );
    expect(applied).toBeGreaterThan(30);
  });
});
