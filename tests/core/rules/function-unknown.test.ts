import { functionUnknown } from "../../../src/core/rules/function-unknown";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(functionUnknown, {
  valid: [
    row(),
    row({ functie: "Beleidsadviseur", normfunctie: "Medewerker ontwikkeling II", schaal: 11 }),
    row({ functie: "  regisseur / Adviseur " }),
    row({ functie: null, normfunctie: "Adviseur IV" }),
  ],
  invalid: [
    { rows: row({ functie: "Beleidsmedewerker", normfunctie: "Medewerker ontwikkeling II" }), expect: [{ code: "function/unknown", cell: "B2", suggestion: "Beleidsadviseur" }] },
    { rows: row({ functie: "Beheerdr", normfunctie: null }), expect: [{ code: "function/unknown", cell: "B2", suggestion: "Beheerder" }] },
    { rows: row({ functie: "Wethouder", normfunctie: null }), expect: [{ code: "function/unknown", cell: "B2" }] },
  ],
});
