/**
 * The estimate (raming) against the hand-computed figures of the data file (`samplesForTests`):
 * the maximum of scale 10 (4.450 on 1 July 2020) on six dates, each worked out by hand from the
 * measures and written into the file by the people who collected them — not by this code.
 */
import development from "../../../src/data/cao-gemeenten-loonontwikkeling.json";
import table2020 from "../../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { applyMeasure, estimateAmount, estimateTable, roundHalfUp } from "../../../src/core/budget/salary-estimate";
import { roundDecimal } from "../../../src/core/format";
import { knownMeasures, type SalaryMeasure } from "../../../src/core/budget/salary-measures";
import type { SalaryTable } from "../../../src/core/budget/salary-table-schema";
import { SalaryTimeline } from "../../../src/core/budget/salary-timeline";

const samples = Object.entries(development.samplesForTests.scale10MaxEstimate);

function max(table: SalaryTable, scale: string): number {
  const entry = table.scales.find((s) => s.scale === scale);
  if (!entry) throw new Error(`scale ${scale}`);
  return Math.max(...entry.steps);
}

describe("the estimated salary table (raming)", () => {
  it("starts from 4.450 for scale 10 (the official table of 1 July 2020)", () => {
    expect(Math.max(...(table2020.scales.find((s) => s.scale === "10")?.steps ?? []))).toBe(4450);
  });

  it.each(samples)("gives the hand-computed maximum of scale 10 on %s (%d)", (date, expected) => {
    const timeline = new SalaryTimeline({ tables: [bundledSalaryTable()], measures: knownMeasures() });
    const inForce = timeline.on(date);
    expect(inForce.estimated).toBe(true);
    expect(max(inForce.table, "10")).toBe(expected);
  });

  it("counts a measure from its own date, not the day before", () => {
    const timeline = new SalaryTimeline({ tables: [bundledSalaryTable()], measures: knownMeasures() });
    expect(max(timeline.on("2020-09-30").table, "10")).toBe(4450);
    expect(timeline.on("2020-09-30").estimated).toBe(false);
    expect(max(timeline.on("2026-12-31").table, "10")).toBe(max(timeline.on("2026-07-01").table, "10"));
  });

  it("raises a scale-2 amount below the 2026 floor to 2.496, and leaves an amount above it alone", () => {
    // An official table of 1 July 2025 (amounts made up for the test): its scale 2 starts low.
    const official: SalaryTable = { ...bundledSalaryTable(), name: "Eigen tabel", validFrom: "2025-07-01", scales: [{ scale: "2", steps: [2300, 2600] }] };
    const timeline = new SalaryTimeline({ tables: [bundledSalaryTable(), official], measures: knownMeasures() });
    const steps = timeline.on("2026-01-01").table.scales[0]?.steps;
    // 2.300 × 1,0185 (1-10-2025) + 35 (1-1-2026) = 2.377,55 < 2.496 → 2.496
    expect(steps?.[0]).toBe(2496);
    // 2.600 × 1,0185 + 35 = 2.683,10 → 2.683
    expect(steps?.[1]).toBe(2683);
    expect(timeline.on("2026-01-01").flooredScales).toEqual(["2"]);
  });

  it("applies the floor to regular scales only", () => {
    const floor: SalaryMeasure = { date: "2026-01-01", type: "floor", value: 2496, sources: [] };
    expect(applyMeasure(2000, floor, "2")).toBe(2496);
    expect(applyMeasure(2000, floor, "10A")).toBe(2496);
    expect(applyMeasure(2000, floor, "A")).toBe(2000);
    expect(applyMeasure(3000, floor, "2")).toBe(3000);
  });

  it("adds a fixed amount, then the percentage, for fixed_then_pct", () => {
    const measure: SalaryMeasure = { date: "2023-01-02", type: "fixed_then_pct", value: { fixed_eur: 240, then_pct: 2 }, sources: [] };
    expect(applyMeasure(1000, measure, "5")).toBeCloseTo(1264.8, 9);
  });

  it("rounds half up at the end only, never between measures", () => {
    expect(roundHalfUp(4494.5)).toBe(4495);
    expect(roundHalfUp(4450 * 1.01)).toBe(4495);
    expect(roundHalfUp(2.4999)).toBe(2);
    // Float noise a hair under the half counts as the half (format's roundDecimal, for numbers shown, keeps it under).
    expect(roundHalfUp(4494.4999999)).toBe(4495);
    expect(roundDecimal(4494.4999999, 0)).toBe(4494);
    const two: SalaryMeasure[] = [
      { date: "2030-01-01", type: "pct", value: 1, sources: [] },
      { date: "2030-02-01", type: "pct", value: 1, sources: [] },
    ];
    // 125 × 1,01 × 1,01 = 127,5125 → 128; rounding after each would give 126,25 → 126, × 1,01 = 127,26 → 127.
    expect(estimateAmount(125, two, "9")).toBe(128);
    expect(estimateAmount(150.5, [], "9")).toBe(150.5);
  });

  it("keeps the official table as it is when no measure follows it", () => {
    const { table, flooredScales } = estimateTable(bundledSalaryTable(), []);
    expect(table).toBe(bundledSalaryTable());
    expect(flooredScales).toEqual([]);
  });

  it("lets an official table win for the dates it covers, with the measures after its date on top", () => {
    const official: SalaryTable = { ...bundledSalaryTable(), name: "Officieel 2026", validFrom: "2026-01-01" };
    const timeline = new SalaryTimeline({ tables: [bundledSalaryTable(), official], measures: knownMeasures() });
    expect(timeline.on("2026-03-01")).toMatchObject({ base: official, estimated: false, table: official });
    const july = timeline.on("2026-07-01");
    expect(july.base).toBe(official);
    expect(july.applied.map((m) => m.date)).toEqual(["2026-07-01"]);
    expect(max(july.table, "10")).toBe(roundHalfUp(4450 * 1.0125));
    // Before the user's table, the bundled one with the measures up to then.
    expect(timeline.on("2025-12-31").base).toBe(bundledSalaryTable());
  });

  it("uses the earliest table for a date before every table, and says so", () => {
    const timeline = new SalaryTimeline({ tables: [bundledSalaryTable()], measures: knownMeasures() });
    expect(timeline.on("2019-06-01")).toMatchObject({ beforeTables: true, estimated: false });
  });
});
