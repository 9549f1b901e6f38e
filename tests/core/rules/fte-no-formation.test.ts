import { fteNoFormation } from "../../../src/core/rules/fte-no-formation";
import { row, ruleCases } from "../../helpers/rule-cases";

const swim = (fte: number) => row({ functie: "Zweminstructeur", normfunctie: "Medewerker educatie III", schaal: 6, fte });

ruleCases(fteNoFormation, {
  valid: [row(), [row(), row()]],
  invalid: [
    { rows: swim(0.5), expect: [{ code: "fte/no-formation", cell: "E2", severity: "warning" }] },
    { rows: [swim(0.5), row(), swim(0.5)], expect: [{ code: "fte/no-formation", cell: "E2", rows: [2, 4] }] },
  ],
});
