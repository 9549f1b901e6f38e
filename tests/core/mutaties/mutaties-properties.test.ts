/**
 * Properties of the Mutaties (fast-check, fixed seeds), on sheets drawn from small pools so that
 * people, functions and clusters recur, with vacancies, people on two rows, people without a
 * personeelsnummer, unknown functions and clusters, tussenschalen, unreadable FTE and error values:
 *   - comparing a sheet with itself gives no changes;
 *   - swapping old and new turns every in into an out (and back) and negates every difference;
 *   - permuting the rows of either sheet changes nothing (but the row numbers).
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/formatie/grid";
import type { Mutaties } from "../../../src/core/mutaties/compare-formaties";
import type { EmployeeChange, SideState } from "../../../src/core/mutaties/employee-changes";
import type { GroupChange, GroupSide } from "../../../src/core/mutaties/group-changes";
import type { RowInput } from "../../helpers/rule-cases";
import { placementGrid } from "../plaatsing/placement-sheet";
import { book, compareGrids } from "./mutaties-sheet";

const [BO, RC] = book.clusters.map((c) => c.name) as [string, string];
const NAMES = ["Ans de Vries", "Bram Jansen", "Carla Smit", "Daan Bakker", "Eva Visser", "Frank Kok", "Greet Bos", "Henk Mulder"];

/** A person: a personeelsnummer with its own name (or no number, only the name), a vacancy, or an error value. */
const who = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: NAMES.length - 1 }).map((i) => ({ medewerker: NAMES[i] as CellValue, nr: String(100 + i) as CellValue })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: NAMES.length - 1 }).map((i) => ({ medewerker: NAMES[i] as CellValue, nr: null })) },
  { weight: 1, arbitrary: fc.constant({ medewerker: "Vacature" as CellValue, nr: null }) },
  { weight: 1, arbitrary: fc.constant({ medewerker: { error: "#N/A" } as CellValue, nr: null }) },
);

const rowInput: fc.Arbitrary<RowInput> = fc
  .record({
    who,
    cluster: fc.constantFrom<CellValue>(BO, RC, null, "Team Projecten"),
    functie: fc.constantFrom<CellValue>("Adviseur", "Beleidsadviseur", "Beheerder", "Projectleider"),
    schaal: fc.constantFrom<CellValue>(null, 8, 10, 11, "10A"),
    fte: fc.constantFrom<CellValue>(1, 1, 0.8, 0.6, 0.5, 0.4, "1.000"),
  })
  .map(({ who: person, ...rest }) => ({ ...rest, ...person }));

const sheetRows = fc.array(rowInput, { minLength: 0, maxLength: 16 });
const grid = (rows: RowInput[]): Grid => placementGrid(rows);

/** A line with old and new (and every difference) turned round, and the placement type left out (it is not a difference). */
function swapped(line: EmployeeChange): unknown {
  const flip = { in: "out", out: "in" } as Record<string, string>;
  return canonicalLine({
    ...line,
    status: (flip[line.status] ?? line.status) as EmployeeChange["status"],
    old: line.new,
    new: line.old,
    fteDifference: negate(line.fteDifference),
    costDifference: negate(line.costDifference),
    scaleDirection: line.scaleDirection === "higher" ? "lower" : line.scaleDirection === "lower" ? "higher" : null,
    problems: line.problems.map((p) => ({ ...p, side: p.side === "old" ? "new" : "old" })),
  });
}

/**
 * A line as the properties compare it: without what names the person (on a side-less match the
 * name comes from the new side) and the placement type; with `withRows` false also without the
 * sheet rows (which permuting changes).
 */
function canonicalLine(line: EmployeeChange, withRows = true): unknown {
  const side = (s: SideState | null) => (s === null ? null : withRows ? s : { ...s, rows: s.rows.length });
  // The reasons' own words may name old and new (as counts), so the swap compares where the problems are, not their words.
  const problems = line.problems.map((p) => (withRows ? { side: p.side, row: p.row } : { side: p.side, reason: p.reason.en }));
  return JSON.stringify({
    kind: line.kind,
    status: line.status,
    changes: line.changes,
    old: side(line.old),
    new: side(line.new),
    scaleDirection: line.scaleDirection,
    fteDifference: line.fteDifference,
    costDifference: line.costDifference,
    problems: problems.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ...(withRows ? {} : { name: line.name, personnelNumber: line.personnelNumber, matchedOn: line.matchedOn, placementType: line.placementType }),
  });
}

function swappedGroup(group: GroupChange): GroupChange {
  const flip = { in: "out", out: "in" } as Record<string, GroupChange["status"]>;
  return {
    ...group,
    status: flip[group.status] ?? group.status,
    old: group.new,
    new: group.old,
    formationDifference: negate(group.formationDifference) as number,
    filledDifference: negate(group.filledDifference) as number,
    costDifference: negate(group.costDifference),
  };
}

function negate(value: number | null): number | null {
  return value === null || value === 0 ? value : -value;
}

const sorted = (values: unknown[]) => values.map((v) => JSON.stringify(v)).sort();

/** The result without sheet rows: what must not change when rows are shuffled. */
function withoutRows(mutaties: Mutaties) {
  const group = (g: GroupChange) => g;
  return {
    employees: mutaties.employees.map((line) => canonicalLine(line, false)),
    functions: mutaties.functions.map(group),
    clusters: mutaties.clusters.map(group),
    totals: mutaties.totals,
    notes: mutaties.notes,
  };
}

function shuffle<T>(rows: readonly T[], order: readonly number[]): T[] {
  return order.map((i) => rows[i] as T);
}

const permutation = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length, maxLength: length });

describe("Mutaties properties (fast-check, fixed seeds)", () => {
  it("comparing a sheet with itself gives no changes", () => {
    fc.assert(
      fc.property(sheetRows, (rows) => {
        const mutaties = compareGrids(grid(rows), grid(rows));
        const changes = mutaties.employees.filter((l) => l.status === "in" || l.status === "out" || l.status === "changed");
        expect(changes).toEqual([]);
        for (const line of mutaties.employees) {
          if (line.status === "unmatched") continue; // a row that names nobody is listed on both sides, never as a change
          expect([line.changes, line.fteDifference ?? 0, line.costDifference ?? 0]).toEqual([[], 0, 0]);
        }
        for (const group of [...mutaties.functions, ...mutaties.clusters]) expect([group.name, group.status]).toEqual([group.name, "unchanged"]);
        const t = mutaties.totals;
        expect([t.employees.in, t.employees.out, t.employees.changed, t.formationFte.difference, t.filledFte.difference, t.cost.difference]).toEqual([0, 0, 0, 0, 0, 0]);
      }),
      { seed: 20260115, numRuns: 200 },
    );
  });

  it("swapping old and new turns every in into an out and negates every difference", () => {
    fc.assert(
      fc.property(sheetRows, sheetRows, (a, b) => {
        const forward = compareGrids(grid(a), grid(b));
        const backward = compareGrids(grid(b), grid(a));
        expect(sorted(backward.employees.map((l) => canonicalLine(l)))).toEqual(sorted(forward.employees.map(swapped)));
        expect(backward.functions).toEqual(forward.functions.map(swappedGroup));
        expect(backward.clusters).toEqual(forward.clusters.map(swappedGroup));
        const [f, r] = [forward.totals, backward.totals];
        expect([r.employees.in, r.employees.out, r.employees.changed, r.employees.unchanged]).toEqual([f.employees.out, f.employees.in, f.employees.changed, f.employees.unchanged]);
        for (const key of ["formationFte", "filledFte", "cost"] as const) expect(r[key]).toEqual({ old: f[key].new, new: f[key].old, difference: negate(f[key].difference) });
      }),
      { seed: 17022026, numRuns: 200 },
    );
  });

  it("permuting the rows of either sheet changes nothing", () => {
    fc.assert(
      fc.property(
        sheetRows.chain((a) => fc.tuple(fc.constant(a), permutation(a.length))),
        sheetRows.chain((b) => fc.tuple(fc.constant(b), permutation(b.length))),
        ([a, orderA], [b, orderB]) => {
          const before = compareGrids(grid(a), grid(b));
          const after = compareGrids(grid(shuffle(a, orderA)), grid(shuffle(b, orderB)));
          expect(withoutRows(after)).toEqual(withoutRows(before));
        },
      ),
      { seed: 4242, numRuns: 200 },
    );
  });

  it("sums of the groups never depend on who is matched with whom", () => {
    fc.assert(
      fc.property(sheetRows, sheetRows, (a, b) => {
        const mutaties = compareGrids(grid(a), grid(b));
        const fte = (groups: GroupChange[], side: "old" | "new") => Math.round(groups.reduce((sum, g) => sum + (g[side] as GroupSide | null ?? { formationFte: 0 }).formationFte, 0) * 10000) / 10000;
        expect(fte(mutaties.functions, "old")).toBeCloseTo(mutaties.totals.formationFte.old, 4);
        expect(fte(mutaties.clusters, "new")).toBeCloseTo(mutaties.totals.formationFte.new, 4);
      }),
      { seed: 31337, numRuns: 100 },
    );
  });
});
