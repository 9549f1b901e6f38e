import { functionSpelling } from "../../../src/core/rules/function-spelling";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(functionSpelling, {
  valid: [row(), row({ functie: " Adviseur " }), row({ functie: "Wethouder" })],
  invalid: [
    { rows: row({ functie: "adviseur" }), expect: [{ code: "function/spelling", cell: "B2", severity: "info", suggestion: "Adviseur" }] },
    { rows: row({ functie: "Regisseur / adviseur", normfunctie: "Adviseur III", schaal: 11 }), expect: [{ code: "function/spelling", suggestion: "Regisseur/adviseur" }] },
    { rows: row({ functie: "Beleids\u00a0adviseur", normfunctie: "Medewerker ontwikkeling II", schaal: 11 }), expect: [{ code: "function/spelling", suggestion: "Beleidsadviseur" }] },
  ],
});
