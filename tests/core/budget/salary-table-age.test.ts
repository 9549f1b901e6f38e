import { salaryTableAgeWarning } from "../../../src/core/budget/salary-table-age";
import type { SalaryTable } from "../../../src/core/budget/salary-table-schema";

const table: SalaryTable = { name: "Tabel 2024", validFrom: "2024-07-01", currency: "EUR", period: "month", source: "test", scales: [{ scale: "1", steps: [1] }] };

describe("salaryTableAgeWarning", () => {
  it.each([
    ["the day it takes effect", "2024-07-01", false],
    ["half a year later", "2025-01-15", false],
    ["exactly a year later", "2025-07-01", false],
    ["a year and a day later", "2025-07-02", true],
    ["years later", "2031-01-01", true],
    ["before it takes effect", "2023-01-01", false],
  ])("on %s (%s): warns = %s", (_name, today, warns) => {
    expect(salaryTableAgeWarning(table, today) !== undefined).toBe(warns);
  });

  it("names the table, its date and the reference date, in Dutch and English", () => {
    const warning = salaryTableAgeWarning(table, "2026-03-01");
    expect(warning?.nl).toContain("'Tabel 2024' geldt vanaf 01-07-2024 en is op 01-03-2026 meer dan een jaar oud");
    expect(warning?.en).toContain("'Tabel 2024' takes effect on 01-07-2024 and is more than a year old on 01-03-2026");
  });

  it("handles a table of 29 February", () => {
    const leap = { ...table, validFrom: "2024-02-29" };
    expect(salaryTableAgeWarning(leap, "2025-03-01")).toBeUndefined();
    expect(salaryTableAgeWarning(leap, "2025-03-02")).toBeDefined();
  });

  it("gives no warning for a reference date that is not a date", () => {
    expect(salaryTableAgeWarning(table, "morgen")).toBeUndefined();
  });
});
