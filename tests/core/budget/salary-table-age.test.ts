import { salaryAgeWarning } from "../../../src/core/budget/salary-table-age";

describe("salaryAgeWarning", () => {
  it.each([
    ["a raise on 1 January of the year", "2027-01-01", 2027, false],
    ["a raise on 1 January of the year before", "2026-01-01", 2027, true],
    ["a raise exactly a year before the year ends", "2026-12-31", 2027, false],
    ["a raise a year and a day before the year ends", "2026-12-30", 2027, true],
    ["a table years older", "2020-07-01", 2026, true],
    ["a raise after the year", "2029-01-01", 2027, false],
  ])("after %s (%s), for %d: warns = %s", (_name, last, year, warns) => {
    expect(salaryAgeWarning(last, year) !== undefined).toBe(warns);
  });

  it("names the last change and the year, in Dutch and English", () => {
    const warning = salaryAgeWarning("2027-01-01", 2028);
    expect(warning?.nl).toContain("na 01-01-2027 zijn geen salarisverhogingen bekend, dus voor 2028 zijn de kosten waarschijnlijk te laag");
    expect(warning?.en).toContain("no salary increases are known after 01-01-2027, so the costs for 2028 are probably too low");
  });

  it("handles a change on 29 February", () => {
    expect(salaryAgeWarning("2024-02-29", 2024)).toBeUndefined();
    expect(salaryAgeWarning("2024-02-29", 2025)).toBeDefined();
  });

  it("gives no warning for a date that is not a date", () => {
    expect(salaryAgeWarning("morgen", 2027)).toBeUndefined();
  });
});
