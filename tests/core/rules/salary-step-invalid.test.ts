import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { validateGrid } from "../../../src/core/rules/engine";
import { salaryStepInvalid } from "../../../src/core/rules/salary-step-invalid";
import { row, ruleCases, sheet } from "../../helpers/rule-cases";

// The bundled salary table gives every scale the steps 0 to 11; an Adviseur (the default row) is scale 10.
ruleCases(salaryStepInvalid, {
  valid: [
    row(),
    row({ trede: 0 }),
    row({ trede: 11 }),
    row({ trede: "5" }),
    row({ trede: "trede 7" }),
    row({ trede: { error: "#N/A" } }),
    // A function the book does not know, without a scale: the range cannot be checked.
    row({ functie: "Onbestaande functie", normfunctie: null, schaal: null, trede: 14 }),
  ],
  invalid: [
    { rows: row({ trede: 12 }), expect: [{ code: "salary/step-invalid", cell: "M2" }] },
    { rows: row({ trede: "12" }), expect: [{ code: "salary/step-invalid", cell: "M2" }] },
    { rows: row({ trede: "abc" }), expect: [{ code: "salary/step-invalid", cell: "M2" }] },
    { rows: row({ trede: 3.5 }), expect: [{ code: "salary/step-invalid" }] },
    { rows: row({ trede: -1 }), expect: [{ code: "salary/step-invalid" }] },
    // Without a Schaal on the row, the function's scale from the book counts.
    { rows: row({ schaal: null, trede: 12 }), expect: [{ code: "salary/step-invalid", cell: "M2" }] },
    { rows: [row({ trede: 2 }), row({ trede: 40 })], expect: [{ code: "salary/step-invalid", cell: "M3" }] },
  ],
});

describe("salary/step-invalid against the salary table in use", () => {
  const book = bundledFunctieboek();
  it("uses the table the budget uses, when one is given", () => {
    const short = { ...bundledSalaryTable(), scales: bundledSalaryTable().scales.map((s) => ({ scale: s.scale, steps: s.steps.slice(0, 6) })) };
    const grid = sheet([row({ trede: 7 })]);
    expect(validateGrid(grid, book, { rules: [salaryStepInvalid] }).findings).toEqual([]);
    const findings = validateGrid(grid, book, { rules: [salaryStepInvalid], salaryTable: short }).findings;
    expect(findings.map((f) => f.message.nl)).toEqual(["Schaal 10 heeft geen trede 7: de treden lopen van 0 tot en met 5. De begroting rekent deze rij op de salarisbasis."]);
  });

  it("says in Dutch and English what a step is", () => {
    const [finding] = validateGrid(sheet([row({ trede: "abc" })]), book, { rules: [salaryStepInvalid] }).findings;
    expect(finding?.message).toEqual({
      nl: "'abc' is geen trede: een trede is een heel getal vanaf 0. De begroting rekent deze rij op de salarisbasis.",
      en: "'abc' is not a step: a step is a whole number from 0. The budget prices this row at the salary basis.",
    });
  });
});
