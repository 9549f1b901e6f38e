import { fteOutOfRange } from "../../../src/core/rules/fte-out-of-range";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(fteOutOfRange, {
  valid: [row(), row({ fte: 0.1 }), row({ fte: "100%" }), row({ fte: 1.004 }), row({ fte: null, uren: 36 }), row({ fte: null, uren: 4 })],
  invalid: [
    { rows: row({ fte: 80 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: "0,8" }] },
    { rows: row({ fte: 1.2 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: "0,01" }] },
    { rows: row({ fte: 0 }), expect: [{ code: "fte/out-of-range", cell: "E2" }] },
    { rows: row({ fte: -0.5 }), expect: [{ code: "fte/out-of-range", cell: "E2" }] },
    { rows: row({ fte: 120 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: undefined }] },
    { rows: row({ fte: null, uren: 40 }), expect: [{ code: "fte/out-of-range", cell: "F2" }] },
    { rows: row({ fte: "150%" }), expect: [{ code: "fte/out-of-range", suggestion: undefined }] },
  ],
});
