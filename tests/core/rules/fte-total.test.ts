import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { fteTotal } from "../../../src/core/rules/fte-total";
import { check, row, ruleCases, type RowInput } from "../../helpers/rule-cases";

/** 45 rows of 1 FTE: exactly the Ommen formation total. */
const full = (fte = 1): RowInput[] => Array.from({ length: 45 }, () => row({ fte }));

ruleCases(fteTotal, {
  valid: [full(), [...full().slice(0, 44), row({ fte: 0.5 }), row({ fte: 0.5 })]],
  invalid: [
    { rows: [row()], expect: [{ code: "fte/total", cell: undefined, severity: "warning" }] },
    { rows: [...full(), row({ fte: 0.5 })], expect: [{ code: "fte/total", severity: "warning" }] },
  ],
});

test("the message names both totals and the difference", () => {
  const [finding] = check(fteTotal, [...full(), row({ fte: 0.5 })]);
  expect(finding?.message.nl).toBe("Het werkblad telt 45,50 fte; de formatie in het functieboek is 45,00 fte (0,50 fte meer).");
});

test("a book without a stated total gets no finding", () => {
  expect(check(fteTotal, [row()], { ...bundledFunctieboek(), formationTotalFte: null })).toEqual([]);
});
