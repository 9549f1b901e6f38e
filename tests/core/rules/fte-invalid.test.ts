import { fteInvalid } from "../../../src/core/rules/fte-invalid";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(fteInvalid, {
  valid: [row(), row({ fte: "0,8" }), row({ fte: "80%" }), row({ fte: null, uren: 36 }), row({ fte: { error: "#REF!" } }), row({ fte: 80 })],
  invalid: [
    { rows: row({ fte: "1.000" }), expect: [{ code: "fte/invalid", cell: "E2" }] },
    { rows: row({ fte: "NaN" }), expect: [{ code: "fte/invalid", cell: "E2" }] },
    { rows: row({ fte: new Date(Date.UTC(2024, 0, 1)) }), expect: [{ code: "fte/invalid", cell: "E2" }] },
    { rows: row({ fte: true }), expect: [{ code: "fte/invalid", cell: "E2" }] },
    { rows: row({ fte: null, uren: "zesendertig" }), expect: [{ code: "fte/invalid", cell: "F2" }] },
  ],
});
