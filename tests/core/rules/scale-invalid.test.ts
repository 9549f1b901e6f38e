import { scaleInvalid } from "../../../src/core/rules/scale-invalid";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(scaleInvalid, {
  valid: [row(), row({ schaal: 1 }), row({ schaal: 18 }), row({ schaal: null }), row({ schaal: { error: "#N/A" } })],
  invalid: [
    { rows: row({ schaal: 19 }), expect: [{ code: "scale/invalid", cell: "D2", suggestion: "10" }] },
    { rows: row({ schaal: 0 }), expect: [{ code: "scale/invalid" }] },
    { rows: row({ schaal: "tien" }), expect: [{ code: "scale/invalid", suggestion: "10" }] },
    { rows: row({ functie: "Wethouder", normfunctie: null, schaal: 10.5 }), expect: [{ code: "scale/invalid", cell: "D2", suggestion: undefined }] },
  ],
});
