import type { SalaryMeasure } from "../../../src/core/budget/salary-measures";
import type { SalaryTable } from "../../../src/core/budget/salary-table-schema";
import { monthlyAmounts, SalaryTimeline, splitAt } from "../../../src/core/budget/salary-timeline";

const table: SalaryTable = { name: "T", validFrom: "2030-01-01", currency: "EUR", period: "month", source: "test", scales: [{ scale: "9", steps: [1000, 2000] }] };
const pct = (date: string, value: number): SalaryMeasure => ({ date, type: "pct", value, sources: [] });

describe("SalaryTimeline", () => {
  it("cuts a year where the amounts change, and joins days of equal amounts", () => {
    const timeline = new SalaryTimeline({ tables: [table], measures: [pct("2030-07-01", 10), pct("2031-03-15", 10)] });
    expect(timeline.periods("2030-01-01", "2030-12-31").map((p) => [p.from, p.to, p.inForce.estimated])).toEqual([
      ["2030-01-01", "2030-06-30", false],
      ["2030-07-01", "2030-12-31", true],
    ]);
    expect(timeline.periods("2031-01-01", "2031-12-31").map((p) => [p.from, p.to])).toEqual([
      ["2031-01-01", "2031-03-14"],
      ["2031-03-15", "2031-12-31"],
    ]);
  });

  it("weighs a month by the days of each amount", () => {
    const timeline = new SalaryTimeline({ tables: [table], measures: [pct("2031-03-15", 10)] });
    const periods = timeline.periods("2031-01-01", "2031-12-31");
    const months = monthlyAmounts(2031, periods, (i) => periods[i]?.inForce.table.scales[0]?.steps[1]) as number[];
    expect(months[1]).toBe(2000);
    // March: 14 days at 2.000, 17 days at 2.200.
    expect(months[2]).toBeCloseTo((14 * 2000 + 17 * 2200) / 31, 9);
    expect(months[3]).toBe(2200);
  });

  it("says when an amount is missing in a period", () => {
    const timeline = new SalaryTimeline({ tables: [table], measures: [] });
    const periods = timeline.periods("2030-01-01", "2030-12-31");
    expect(monthlyAmounts(2030, periods, () => undefined)).toBeUndefined();
  });

  it("keeps a date before every table apart from the first table's own dates, whichever is asked first", () => {
    // No measure lies between these dates: the amounts are the same, beforeTables is not.
    const before = "2029-06-01";
    const inForce = "2030-03-01";
    const early = new SalaryTimeline({ tables: [table], measures: [] });
    expect([early.on(before).beforeTables, early.on(inForce).beforeTables]).toEqual([true, false]);
    const late = new SalaryTimeline({ tables: [table], measures: [] });
    expect([late.on(inForce).beforeTables, late.on(before).beforeTables]).toEqual([false, true]);
    expect(new SalaryTimeline({ tables: [table], measures: [] }).periods("2029-01-01", "2030-12-31").map((p) => [p.from, p.to, p.inForce.beforeTables])).toEqual([
      ["2029-01-01", "2029-12-31", true],
      ["2030-01-01", "2030-12-31", false],
    ]);
  });

  it("splits a span at dates inside it only", () => {
    expect(splitAt("2030-01-01", "2030-12-31", ["2029-05-01", "2030-02-29".replace("29", "28"), "2031-01-01"])).toEqual([
      { from: "2030-01-01", to: "2030-02-27" },
      { from: "2030-02-28", to: "2030-12-31" },
    ]);
  });
});
