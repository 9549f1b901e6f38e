import { coordinationInvalid } from "../../../src/core/rules/coordination-invalid";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(coordinationInvalid, {
  valid: [row({ cm: "ja" }), row({ cm: "Nee" }), row({ cm: true }), row({ cm: null })],
  invalid: [{ rows: row({ cm: "misschien" }), expect: [{ code: "coordination/invalid", cell: "I2", severity: "warning" }] }],
});
