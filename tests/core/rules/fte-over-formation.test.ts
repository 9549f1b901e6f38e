import { fteOverFormation } from "../../../src/core/rules/fte-over-formation";
import { row, ruleCases } from "../../helpers/rule-cases";

const strategic = (fte: number) => row({ functie: "Strategisch regisseur / adviseur", normfunctie: "Adviseur II", schaal: 12, fte });

ruleCases(fteOverFormation, {
  valid: [
    [strategic(1)],
    [strategic(0.5), strategic(0.5)],
    // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in floating point: no false alarm.
    [strategic(0.1), strategic(0.2), strategic(0.7)],
    // A function without formation is another rule's business.
    [row({ functie: "Zweminstructeur", normfunctie: "Medewerker educatie III", schaal: 6, fte: 1 }), row({ functie: "Zweminstructeur", normfunctie: "Medewerker educatie III", schaal: 6, fte: 1 })],
    // Unusable FTE values are left out of the sum.
    [strategic(1), strategic(80)],
  ],
  invalid: [
    { rows: [strategic(1), strategic(0.5)], expect: [{ code: "fte/over-formation", cell: "E3", rows: [2, 3] }] },
    { rows: [strategic(0.6), row(), strategic(0.6)], expect: [{ code: "fte/over-formation", cell: "E4", rows: [2, 4] }] },
    {
      // Without a Functie column the normfunctie names the function.
      rows: [row({ functie: null, normfunctie: "Adviseur II", schaal: 12, fte: 1 }), row({ functie: null, normfunctie: "Adviseur 2", schaal: 12, fte: 1 })],
      expect: [{ code: "fte/over-formation", rows: [2, 3] }],
    },
  ],
});
