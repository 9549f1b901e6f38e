import { fteHoursMismatch } from "../../../src/core/rules/fte-hours-mismatch";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(fteHoursMismatch, {
  valid: [row({ fte: 1, uren: 36 }), row({ fte: 0.89, uren: 32 }), row({ fte: "0,8889", uren: 32 }), row({ fte: 0.5 }), row({ fte: null, uren: 18 })],
  invalid: [
    { rows: row({ fte: 0.8, uren: 32 }), expect: [{ code: "fte/hours-mismatch", cell: "E2", suggestion: "0,89" }] },
    { rows: row({ fte: 1, uren: 18 }), expect: [{ code: "fte/hours-mismatch", suggestion: "0,5" }] },
    { rows: row({ fte: 32, uren: 32 }), expect: [{ code: "fte/hours-mismatch", suggestion: "0,89" }] },
    // 40 hours is 1,11 FTE and 0,8 hours 0,02 FTE: neither is written into the FTE cell.
    { rows: row({ fte: 1, uren: 40 }), expect: [{ code: "fte/hours-mismatch", cell: "E2", suggestion: undefined }] },
    { rows: row({ fte: 0.8, uren: 0.8 }), expect: [{ code: "fte/hours-mismatch", cell: "E2", suggestion: undefined }] },
  ],
});
