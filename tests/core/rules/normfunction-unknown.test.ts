import { normfunctionUnknown } from "../../../src/core/rules/normfunction-unknown";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(normfunctionUnknown, {
  valid: [
    row(),
    row({ normfunctie: "Adviseur 4" }),
    row({ functie: "Gemeentesecretaris", normfunctie: "Algemeen directeur/(gemeente)secretaris", schaal: 14 }),
    row({ functie: "Gemeentesecretaris", normfunctie: "Gemeentesecretaris / Algemeen directeur", schaal: 14 }),
    row({ normfunctie: null }),
  ],
  invalid: [
    { rows: row({ normfunctie: "Adviseur VII" }), expect: [{ code: "normfunction/unknown", cell: "C2", suggestion: "Adviseur IV" }] },
    { rows: row({ functie: "Beheerder", normfunctie: "Medewerker uitvoering III", schaal: 8 }), expect: [{ code: "normfunction/unknown", cell: "C2", suggestion: "Medewerker beleidsuitvoering III" }] },
  ],
});
