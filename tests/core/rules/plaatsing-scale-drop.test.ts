import { plaatsingScaleDrop } from "../../../src/core/rules/plaatsing-scale-drop";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(plaatsingScaleDrop, {
  valid: [row({ huidigeSchaal: 10 }), row({ huidigeSchaal: 11 }), row({ huidigeSchaal: 8 }), row()],
  invalid: [
    { rows: row({ huidigeSchaal: 12 }), expect: [{ code: "plaatsing/scale-drop", cell: "D2", severity: "warning" }] },
    { rows: row({ schaal: null, huidigeSchaal: "schaal 13" }), expect: [{ code: "plaatsing/scale-drop", cell: "D2" }] },
  ],
});
