import { coordinationNotAllowed } from "../../../src/core/rules/coordination-not-allowed";
import { row, ruleCases } from "../../helpers/rule-cases";

const secretaris = { functie: "Gemeentesecretaris", normfunctie: "Gemeentesecretaris / Algemeen directeur", schaal: 14 };

ruleCases(coordinationNotAllowed, {
  valid: [row({ cm: "ja" }), row({ ...secretaris, cm: "nee" }), row({ ...secretaris })],
  invalid: [
    { rows: row({ ...secretaris, cm: "ja" }), expect: [{ code: "coordination/not-allowed", cell: "I2", suggestion: "nee" }] },
    { rows: row({ functie: null, normfunctie: "Algemeen directeur/(gemeente)secretaris", schaal: 14, cm: "x" }), expect: [{ code: "coordination/not-allowed", cell: "I2" }] },
  ],
});
