import fc from "fast-check";
import table2020 from "../../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { loadSalaryTable, parseSalaryTableText } from "../../../src/core/budget/load-salary-table";
import type { SalaryTableInput } from "../../../src/core/budget/salary-table-schema";

function small(): SalaryTableInput {
  return {
    name: "Salaristabel Voorbeeld",
    validFrom: "2025-01-01",
    source: "Testtabel",
    scales: [
      { scale: "8", steps: [3000, 3100, 3200], min: 3000, max: 3200 },
      { scale: 9, steps: [3300, 3400, 3500] },
    ],
  };
}

describe("loadSalaryTable", () => {
  it("loads the bundled table with its date and source", () => {
    const result = loadSalaryTable(table2020);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.table).toMatchObject({ validFrom: "2020-07-01", currency: "EUR", period: "month" });
      expect(result.table.source).toContain("CAR-UWO");
      expect(result.table.scales.map((s) => s.scale)).toContain("10A");
    }
  });

  it("reads a scale given as a number as its text", () => {
    const result = loadSalaryTable(small());
    expect(result.ok && result.table.scales.map((s) => s.scale)).toEqual(["8", "9"]);
  });

  it.each([
    ["a missing date", { ...small(), validFrom: undefined }, "$.validFrom", "is missing"],
    ["a date that is not ISO", { ...small(), validFrom: "1-7-2025" }, "$.validFrom", "must be a date like 2024-07-01"],
    ["a date that does not exist", { ...small(), validFrom: "2025-02-30" }, "$.validFrom", "must be a date like 2024-07-01"],
    ["an empty name", { ...small(), name: " " }, "$.name", "must not be empty"],
    ["a missing source", { ...small(), source: undefined }, "$.source", "is missing"],
    ["no scales", { ...small(), scales: [] }, "$.scales", "must not be empty"],
    ["a scale without steps", { ...small(), scales: [{ scale: "8", steps: [] }] }, "$.scales[0].steps", "must not be empty"],
    ["a negative amount", { ...small(), scales: [{ scale: "8", steps: [3000, -1] }] }, "$.scales[0].steps[1]", "must not be negative"],
    ["an amount as text", { ...small(), scales: [{ scale: "8", steps: ["3000"] }] }, "$.scales[0].steps[0]", "must be a number"],
    ["another currency", { ...small(), currency: "USD" }, "$.currency", "must be \"EUR\""],
    ["a scale twice", { ...small(), scales: [{ scale: "8", steps: [1] }, { scale: "8", steps: [2] }] }, "$.scales[1]", "more than once"],
    ["steps that go down", { ...small(), scales: [{ scale: "8", steps: [3000, 3100, 2100] }] }, "$.scales[0].steps[2]", "lower than step 1"],
    ["a maximum that does not match", { ...small(), scales: [{ scale: "8", steps: [3000, 3100], max: 3200 }] }, "$.scales[0].max", "does not match the steps"],
  ])("refuses %s, naming the path", (_name, json, path, text) => {
    const result = loadSalaryTable(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.path === path);
      expect(problem?.message.en).toContain(text);
      expect(problem?.message.nl).not.toBe(problem?.message.en);
    }
  });

  it("parses JSON text and refuses text that is not JSON or too large", () => {
    expect(parseSalaryTableText(JSON.stringify(small())).ok).toBe(true);
    expect(parseSalaryTableText("\uFEFF" + JSON.stringify(small())).ok).toBe(true);
    const notJson = parseSalaryTableText("{ schaal: 8 }");
    expect(!notJson.ok && notJson.problems[0]?.message.nl).toMatch(/^De salaristabel is geen geldige JSON/);
    const large = parseSalaryTableText(" ".repeat(2 * 1024 * 1024));
    expect(!large.ok && large.problems[0]?.message.en).toMatch(/too large/);
  });

  it("never throws, whatever the JSON (fast-check, fixed seed)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ name: fc.string(), validFrom: fc.string(), source: fc.string(), scales: fc.array(fc.record({ scale: fc.oneof(fc.string(), fc.integer()), steps: fc.array(fc.double()) })) })), (json) => {
        const result = loadSalaryTable(json);
        if (!result.ok) for (const p of result.problems) expect(p.message.nl.length * p.message.en.length).toBeGreaterThan(0);
      }),
      { seed: 1705, numRuns: 300 },
    );
  });
});
