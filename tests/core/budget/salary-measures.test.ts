import shared from "../../../src/data/cao-gemeenten-loonontwikkeling.json";
import { bundledSalaryDevelopment, knownMeasures, parseMeasuresText } from "../../../src/core/budget/salary-measures";

describe("the bundled Cao Gemeenten measures", () => {
  it("load with every measure of the data file, in date order, each with a source", () => {
    const measures = knownMeasures();
    expect(measures).toHaveLength(shared.measures.length);
    expect(measures.map((m) => m.date)).toEqual([...shared.measures.map((m) => m.date)].sort());
    for (const measure of measures) expect(measure.sources.length).toBeGreaterThan(0);
    expect(bundledSalaryDevelopment().method).toContain("round half up");
  });

  it("keep the order of the file for measures on the same date (the fixed amount before the floor)", () => {
    expect(knownMeasures().filter((m) => m.date === "2026-01-01").map((m) => m.type)).toEqual(["fixed", "floor"]);
  });
});

describe("a file of the user's own measures", () => {
  it("reads the data file's shape and a bare list, marking every measure as the user's own", () => {
    const result = parseMeasuresText(JSON.stringify({ measures: [{ date: "2028-01-01", type: "pct", value: 3 }] }));
    expect(result).toEqual({ ok: true, measures: [{ date: "2028-01-01", type: "pct", value: 3, sources: [], own: true }] });
    expect(parseMeasuresText(JSON.stringify([{ date: "2028-07-01", type: "fixed", value: 50 }]))).toMatchObject({ ok: true, measures: [{ type: "fixed", own: true }] });
  });

  it.each([
    ["not JSON", "{", "$"],
    ["an unknown type", JSON.stringify([{ date: "2028-01-01", type: "bonus", value: 3 }]), "$[0].type"],
    ["a date that does not exist", JSON.stringify({ measures: [{ date: "2028-02-30", type: "pct", value: 3 }] }), "$.measures[0].date"],
    ["a date of the wrong form", JSON.stringify([{ date: "1-1-2028", type: "pct", value: 3 }]), "$[0].date"],
  ])("refuses %s, naming where", (_name, text, path) => {
    const result = parseMeasuresText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });
});
