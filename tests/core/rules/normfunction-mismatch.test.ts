import { normfunctionMismatch } from "../../../src/core/rules/normfunction-mismatch";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(normfunctionMismatch, {
  valid: [row(), row({ normfunctie: "adviseur iv" }), row({ normfunctie: "Onbekend" }), row({ functie: "Onbekend", normfunctie: "Adviseur III" })],
  invalid: [
    { rows: row({ normfunctie: "Adviseur III" }), expect: [{ code: "normfunction/mismatch", cell: "C2", severity: "error", suggestion: "Adviseur IV" }] },
    {
      rows: row({ normfunctie: "Adviseur III", toelichting: "Tijdelijk zwaardere rol, besluit MT 3 maart" }),
      expect: [{ code: "normfunction/mismatch", cell: "C2", severity: "warning" }],
    },
  ],
});
