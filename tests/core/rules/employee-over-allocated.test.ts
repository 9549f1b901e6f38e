import { employeeOverAllocated } from "../../../src/core/rules/employee-over-allocated";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(employeeOverAllocated, {
  valid: [
    [row({ medewerker: "Piet Jansen", nr: "1001", fte: 0.6 }), row({ medewerker: "Piet Jansen", nr: "1001", fte: 0.4 })],
    [row({ medewerker: "Piet Jansen", fte: 1 }), row({ medewerker: "Piet Janssen", fte: 1 })],
    [row({ medewerker: "Vacature", fte: 1 }), row({ medewerker: "Vacature", fte: 1 })],
    [row({ medewerker: "A. de Boer", nr: "1", fte: 0.7 }), row({ medewerker: "A. de Boer", nr: "2", fte: 0.7 })],
    [row({ medewerker: "Piet", fte: 0.1 }), row({ medewerker: "Piet", fte: 0.2 }), row({ medewerker: "Piet", fte: 0.7 })],
  ],
  invalid: [
    {
      rows: [row({ medewerker: "Piet Jansen", nr: "1001", fte: 0.8 }), row(), row({ medewerker: "P. Jansen", nr: "1001", fte: 0.4 })],
      expect: [{ code: "employee/over-allocated", cell: "E4", rows: [2, 4] }],
    },
    {
      rows: [row({ medewerker: "Piet Jansen", fte: 0.8 }), row({ medewerker: " piet  jansen", fte: 0.4 })],
      expect: [{ code: "employee/over-allocated", cell: "E3", rows: [2, 3] }],
    },
  ],
});
