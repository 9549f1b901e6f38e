import { scaleMismatch } from "../../../src/core/rules/scale-mismatch";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(scaleMismatch, {
  valid: [
    row(),
    row({ schaal: "schaal 10" }),
    row({ schaal: "10" }),
    row({ functie: null, normfunctie: "Adviseur IV", schaal: 10 }),
    row({ functie: "Wethouder", normfunctie: null, schaal: 3 }),
    row({ schaal: "10A" }),
    row({ schaal: 25 }),
  ],
  invalid: [
    { rows: row({ schaal: 11 }), expect: [{ code: "scale/mismatch", cell: "D2", severity: "error", suggestion: "10" }] },
    { rows: row({ functie: "Gemeentesecretaris", normfunctie: "Gemeentesecretaris / Algemeen directeur", schaal: "Schaal 15" }), expect: [{ code: "scale/mismatch", suggestion: "14" }] },
    { rows: row({ functie: null, normfunctie: "Medewerker publiek V", schaal: 5 }), expect: [{ code: "scale/mismatch", suggestion: "4" }] },
    { rows: row({ schaal: 11, toelichting: "Persoonlijke schaal na arbitrage" }), expect: [{ code: "scale/mismatch", severity: "warning" }] },
  ],
});
