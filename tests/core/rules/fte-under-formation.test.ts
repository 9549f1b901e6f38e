import { validateGrid } from "../../../src/core/rules/engine";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { fteUnderFormation } from "../../../src/core/rules/fte-under-formation";
import { row, ruleCases, sheet } from "../../helpers/rule-cases";

const strategic = (fte: number) => row({ functie: "Strategisch regisseur / adviseur", normfunctie: "Adviseur II", schaal: 12, fte });

/** Only the findings about the function under test (the others are absent from these sheets). */
function about(title: string, rows: ReturnType<typeof row>[]) {
  return validateGrid(sheet(rows), bundledFunctieboek(), { rules: [fteUnderFormation] }).findings.filter((f) => f.message.en.includes(`'${title}'`));
}

describe("fte/under-formation", () => {
  it("reports a partly filled function at its first row, as info", () => {
    const findings = about("Strategisch regisseur / adviseur", [strategic(0.6)]);
    expect(findings).toEqual([expect.objectContaining({ code: "fte/under-formation", severity: "info", cell: "E2", rows: [2] })]);
    expect(findings[0]?.message.nl).toContain("0,40 fte vacant");
  });
  it("reports a function that is absent from the sheet, without a cell", () => {
    const findings = about("Beheerder", [strategic(1)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.cell).toBeUndefined();
    expect(findings[0]?.message.nl).toContain("3,00 fte vacant");
  });
  it("says nothing of a function filled to its formation, or of functions without formation", () => {
    expect(about("Strategisch regisseur / adviseur", [strategic(0.5), strategic(0.5)])).toEqual([]);
    expect(about("Zweminstructeur", [strategic(1)])).toEqual([]);
  });
});

ruleCases(fteUnderFormation, {
  valid: [],
  invalid: [],
});
