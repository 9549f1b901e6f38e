import { cellErrorValue } from "../../../src/core/rules/cell-error-value";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(cellErrorValue, {
  valid: [row(), row({ medewerker: "#N/A in naam" })],
  invalid: [
    { rows: row({ schaal: { error: "#N/A" } }), expect: [{ code: "cell/error-value", cell: "D2" }] },
    { rows: row({ fte: { error: "#DIV/0!" }, normfunctie: { error: "#REF!" } }), expect: [{ code: "cell/error-value", cell: "C2" }, { code: "cell/error-value", cell: "E2" }] },
    { rows: row({ fte: { error: "#UNCALCULATED" } }), expect: [{ code: "cell/error-value", cell: "E2" }] },
  ],
});
