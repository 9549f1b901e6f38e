import table2020 from "../../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import development from "../../../src/data/cao-gemeenten-loonontwikkeling.json";
import { commonMaxStep, costOfYearSalary, DEFAULT_BUDGET_SETTINGS, IKB_PERCENT, scaleCost } from "../../../src/core/budget/salary-cost";

/** The published amounts, read straight from the JSON file (not through the loader under test). */
function steps(scale: string): number[] {
  const entry = table2020.scales.find((s) => s.scale === scale);
  if (!entry) throw new Error(`scale ${scale} not in the JSON`);
  return entry.steps;
}

describe("cost per FTE per year, reproduced by hand from the salary table", () => {
  it("scale 11 at its maximum, werkgeverslasten 30 %", () => {
    const monthly = Math.max(...steps("11"));
    // maandsalaris × 12 × (1 + IKB 17,05 %) × (1 + werkgeverslasten 30 %)
    const expected = monthly * 12 * (1 + 17.05 / 100) * (1 + 30 / 100);
    const cost = scaleCost(bundledSalaryTable(), 11, { ...DEFAULT_BUDGET_SETTINGS, employerChargesPercent: 30 });
    expect(cost).toMatchObject({ ok: true, monthly });
    expect(cost.ok && cost.yearlyPerFte).toBeCloseTo(expected, 2);
  });

  it("scale 6 at trede 10, werkgeverslasten 25 %", () => {
    const monthly = steps("6")[10] as number;
    const expected = monthly * 12 * (1 + 17.05 / 100) * (1 + 25 / 100);
    const cost = scaleCost(bundledSalaryTable(), "6", { ...DEFAULT_BUDGET_SETTINGS, basis: { kind: "step", step: 10 }, employerChargesPercent: 25 });
    expect(cost).toMatchObject({ ok: true, monthly });
    expect(cost.ok && cost.yearlyPerFte).toBeCloseTo(expected, 2);
  });

  it("finds a tussenschaal by its label, however it is written", () => {
    const monthly = Math.max(...steps("10A"));
    for (const label of ["10A", "10a", "10 A", "schaal 10A"]) expect(scaleCost(bundledSalaryTable(), label, DEFAULT_BUDGET_SETTINGS)).toMatchObject({ ok: true, monthly });
  });

  it("says which scale or step is missing instead of guessing", () => {
    expect(scaleCost(bundledSalaryTable(), 19, DEFAULT_BUDGET_SETTINGS)).toEqual({ ok: false, scale: "19", reason: "no-scale" });
    expect(scaleCost(bundledSalaryTable(), "11U", DEFAULT_BUDGET_SETTINGS)).toEqual({ ok: false, scale: "11U", reason: "no-scale" });
    const beyond = steps("11").length;
    expect(scaleCost(bundledSalaryTable(), 11, { ...DEFAULT_BUDGET_SETTINGS, basis: { kind: "step", step: beyond } })).toEqual({ ok: false, scale: "11", reason: "no-step" });
  });

  it("knows the highest step every scale has", () => {
    expect(commonMaxStep(bundledSalaryTable())).toBe(Math.min(...table2020.scales.map((s) => s.steps.length)) - 1);
  });

  it("uses IKB 17,05 % and 30 % werkgeverslasten unless told otherwise", () => {
    expect(DEFAULT_BUDGET_SETTINGS).toEqual({ basis: { kind: "maximum" }, ikbPercent: 17.05, employerChargesPercent: 30, employerChargesBase: "salary-and-ikb" });
  });

  it("takes the IKB percentage the bundled data file gives", () => {
    expect(development.ikb.percent).toBe(IKB_PERCENT);
  });

  it("applies werkgeverslasten to salary and IKB, or to the salary alone", () => {
    expect(costOfYearSalary(60000, { ikbPercent: 17.05, employerChargesPercent: 30 })).toBeCloseTo(60000 * 1.1705 * 1.3, 2);
    expect(costOfYearSalary(60000, { ikbPercent: 17.05, employerChargesPercent: 30, employerChargesBase: "salary" })).toBeCloseTo(60000 * (1 + 0.1705 + 0.3), 2);
  });
});
