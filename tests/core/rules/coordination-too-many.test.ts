import { coordinationTooMany } from "../../../src/core/rules/coordination-too-many";
import { row, ruleCases } from "../../helpers/rule-cases";

const BO = "Cluster Beleid en Ontwikkeling";
const RC = "Cluster Regie en Coördinatie";
const CO = "Cluster Concern en Ondersteuning";

ruleCases(coordinationTooMany, {
  valid: [
    [row({ cluster: BO, cm: "ja" }), row({ cluster: RC, cm: "x" }), row({ cluster: CO, cm: 1 })],
    [row({ cluster: BO, cm: "ja" }), row({ cluster: BO, cm: "nee" }), row({ cluster: BO, cm: null })],
  ],
  invalid: [
    { rows: [row({ cluster: BO, cm: "ja" }), row({ cluster: BO, cm: "ja" })], expect: [{ code: "coordination/too-many", cell: "I3", rows: [2, 3] }] },
    {
      rows: [row({ cluster: BO, cm: "ja" }), row({ cluster: RC, cm: "ja" }), row({ cluster: CO, cm: "ja" }), row({ cluster: null, cm: "ja" })],
      expect: [{ code: "coordination/too-many", cell: "I5", rows: [2, 3, 4, 5] }],
    },
  ],
});
