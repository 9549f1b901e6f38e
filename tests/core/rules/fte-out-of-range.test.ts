import { fteOutOfRange } from "../../../src/core/rules/fte-out-of-range";
import { row, ruleCases } from "../../helpers/rule-cases";

// These sheets have an "Uren per week" column (tests/helpers/rule-cases.ts). Which suggestion a
// value gets is tabled in full in fte-suggestion.test.ts; here: the rule's own cases.
ruleCases(fteOutOfRange, {
  valid: [row(), row({ fte: 0.1 }), row({ fte: "100%" }), row({ fte: 1.004 }), row({ fte: null, uren: 36 }), row({ fte: null, uren: 4 })],
  invalid: [
    { rows: row({ fte: 80 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: "0,8" }] },
    { rows: row({ fte: 100 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: "1" }] },
    // 1,2 as a percentage is 0,012 FTE: no FTE anyone means, so no suggestion (was "0,01").
    { rows: row({ fte: 1.2 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: undefined }] },
    { rows: row({ fte: "1,2" }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: undefined }] },
    // 7 and 32 may be a percentage, hours or a count of FTE: no single likely intent.
    { rows: row({ fte: 7 }), expect: [{ code: "fte/out-of-range", suggestion: undefined }] },
    { rows: row({ fte: 32 }), expect: [{ code: "fte/out-of-range", suggestion: undefined }] },
    // …unless the row's own hours say what was meant, or the cell itself says hours.
    { rows: row({ fte: 32, uren: 32 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: "0,89" }] },
    { rows: row({ fte: "32 uur" }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: "0,89" }] },
    { rows: row({ fte: 80, uren: 28.8 }), expect: [{ code: "fte/out-of-range", suggestion: "0,8" }] },
    // The row's hours contradict 80 %: fte/hours-mismatch suggests from the hours instead.
    { rows: row({ fte: 80, uren: 32 }), expect: [{ code: "fte/out-of-range", suggestion: undefined }] },
    { rows: row({ fte: 0 }), expect: [{ code: "fte/out-of-range", cell: "E2" }] },
    { rows: row({ fte: -0.5 }), expect: [{ code: "fte/out-of-range", cell: "E2" }] },
    { rows: row({ fte: 120 }), expect: [{ code: "fte/out-of-range", cell: "E2", suggestion: undefined }] },
    { rows: row({ fte: null, uren: 40 }), expect: [{ code: "fte/out-of-range", cell: "F2" }] },
    { rows: row({ fte: "150%" }), expect: [{ code: "fte/out-of-range", suggestion: undefined }] },
  ],
});
