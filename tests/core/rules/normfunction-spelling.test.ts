import { normfunctionSpelling } from "../../../src/core/rules/normfunction-spelling";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(normfunctionSpelling, {
  valid: [
    row(),
    row({ functie: "Strategisch beleidsadviseur", normfunctie: "Medewerker Ontwikkeling I", schaal: 12 }),
    row({ functie: "Strategisch beleidsadviseur", normfunctie: "Medewerker ontwikkeling I", schaal: 12 }),
  ],
  invalid: [
    { rows: row({ normfunctie: "Adviseur 4" }), expect: [{ code: "normfunction/spelling", cell: "C2", severity: "info", suggestion: "Adviseur IV" }] },
    { rows: row({ normfunctie: "Adviseur lV" }), expect: [{ code: "normfunction/spelling", suggestion: "Adviseur IV" }] },
    {
      rows: row({ functie: "Ondersteuner", normfunctie: "Medewerker administratief en secretarieel III", schaal: 6 }),
      expect: [{ code: "normfunction/spelling", suggestion: "Medewerker administratief & secretarieel III" }],
    },
  ],
});
