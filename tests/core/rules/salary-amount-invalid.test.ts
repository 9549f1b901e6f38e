import { salaryAmountInvalid } from "../../../src/core/rules/salary-amount-invalid";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(salaryAmountInvalid, {
  valid: [row(), row({ salaris: 4450 }), row({ salaris: "€ 4.450" }), row({ salaris: "4.450,50" }), row({ salaris: "4450,-" }), row({ salaris: { error: "#REF!" } })],
  invalid: [
    { rows: row({ salaris: "abc" }), expect: [{ code: "salary/amount-invalid", cell: "N2" }] },
    { rows: row({ salaris: -100 }), expect: [{ code: "salary/amount-invalid", cell: "N2" }] },
    { rows: row({ salaris: "ca. 4000" }), expect: [{ code: "salary/amount-invalid" }] },
  ],
});
