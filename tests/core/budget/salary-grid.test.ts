import { amountOf, salaryTableFromGrid } from "../../../src/core/budget/salary-grid";
import type { CellValue, Grid } from "../../../src/core/formatie/grid";

const defaults = { defaultName: "Salaristabel (test.xlsx)", defaultSource: "werkblad 'Salaristabel' in test.xlsx" };

function grid(rows: CellValue[][]): Grid {
  return { sheet: "Salaristabel", rows };
}

const body: CellValue[][] = [
  ["Schaal", 0, 1, 2],
  [8, 3000, 3100, 3200],
  ["10A", "€ 3.400", "3.500,50", "3600"],
];

describe("salaryTableFromGrid", () => {
  it("reads the name, date and source above the table, and the amounts per scale and step", () => {
    const result = salaryTableFromGrid(grid([["Naam", "Cao Gemeenten 2025"], ["Geldig vanaf", new Date(Date.UTC(2025, 0, 1))], ["Bron", "Cao Gemeenten bijlage 1"], [], ...body]), defaults);
    expect(result).toEqual({
      ok: true,
      table: {
        name: "Cao Gemeenten 2025",
        validFrom: "2025-01-01",
        source: "Cao Gemeenten bijlage 1",
        currency: "EUR",
        period: "month",
        scales: [
          { scale: "8", steps: [3000, 3100, 3200] },
          { scale: "10A", steps: [3400, 3500.5, 3600] },
        ],
      },
    });
  });

  it.each([
    ["a date cell", new Date(Date.UTC(2025, 6, 1))],
    ["ISO text", "2025-07-01"],
    ["Dutch day-month-year", "1-7-2025"],
    ["with slashes", "01/07/2025"],
    ["in words", "1 juli 2025"],
    ["an Excel serial number", 45839],
  ])("reads the date from %s", (_name, value) => {
    const result = salaryTableFromGrid(grid([["Ingangsdatum", value], ...body]), defaults);
    expect(result.ok && result.table.validFrom).toBe("2025-07-01");
  });

  it("takes the default name and source when the sheet gives none", () => {
    const result = salaryTableFromGrid(grid([["Geldig vanaf", "2025-01-01"], ...body]), defaults);
    expect(result.ok && [result.table.name, result.table.source]).toEqual([defaults.defaultName, defaults.defaultSource]);
  });

  it("accepts 'trede 0' headers and skips notes and blank rows under the table", () => {
    const result = salaryTableFromGrid(grid([["Geldig vanaf", "2025-01-01"], ["Salarisschaal", "trede 0", "trede 1"], ["schaal 7", 2000, 2100], [], ["Bedragen per maand, bruto"]]), defaults);
    expect(result.ok && result.table.scales).toEqual([{ scale: "7", steps: [2000, 2100] }]);
  });

  it.each([
    ["no header row", [["Geldig vanaf", "2025-01-01"], [8, 3000]], "Salaristabel", "geen kopregel"],
    ["no date", body, "Salaristabel", "de datum ontbreekt"],
    ["a date that is not one", [["Geldig vanaf", "binnenkort"], ...body], "B1", "'binnenkort' is geen datum"],
    ["an amount that is not one", [["Geldig vanaf", "2025-01-01"], ["Schaal", 0, 1], [8, 3000, "drieduizend"]], "C3", "'drieduizend' is geen bedrag"],
    ["a missing amount", [["Geldig vanaf", "2025-01-01"], ["Schaal", 0, 1], [8, 3000, null]], "C3", "ontbreekt"],
    ["steps that skip one", [["Geldig vanaf", "2025-01-01"], ["Schaal", 0, 2], [8, 3000, 3100]], "Salaristabel", "treden 0, 2"],
    ["steps that go down", [["Geldig vanaf", "2025-01-01"], ["Schaal", 0, 1], [8, 3000, 2000]], "$.scales[0].steps[1]", "lager dan trede 0"],
  ] as [string, CellValue[][], string, string][])("refuses %s, naming where", (_name, rows, path, text) => {
    const result = salaryTableFromGrid(grid(rows), defaults);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.path === path);
      expect(problem?.message.nl).toContain(text);
    }
  });
});

describe("amountOf", () => {
  it.each([
    [3000, 3000],
    ["3000", 3000],
    ["€ 2.943", 2943],
    ["2.943,50", 2943.5],
    ["2943,5", 2943.5],
    ["2943.50", 2943.5],
    ["€ 2.943,-", 2943],
    ["2,943.50", 2943.5],
    ["twee", undefined],
    [-5, undefined],
    [null, undefined],
  ] as [CellValue, number | undefined][])("%j → %j", (value, expected) => {
    expect(amountOf(value)).toBe(expected);
  });
});
