import { employeeNameMismatch } from "../../../src/core/rules/employee-name-mismatch";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(employeeNameMismatch, {
  valid: [
    [row({ medewerker: "Piet Jansen", nr: "1001", fte: 0.5 }), row({ medewerker: "Piet Jansen", nr: "1001", fte: 0.5 })],
    [row({ medewerker: "Piet Jansen", nr: "1001" }), row({ medewerker: "piet  jansen", nr: "1001" })],
    [row({ medewerker: "Piet Jansen" }), row({ medewerker: "P. Jansen" })],
  ],
  invalid: [
    {
      rows: [row({ medewerker: "Piet Jansen", nr: "1001", fte: 0.5 }), row({ medewerker: "P. Jansen", nr: "1001", fte: 0.5 })],
      expect: [{ code: "employee/name-mismatch", cell: "G3", severity: "warning", rows: [2, 3] }],
    },
  ],
});
