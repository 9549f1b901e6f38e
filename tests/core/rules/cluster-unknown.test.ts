import { clusterUnknown } from "../../../src/core/rules/cluster-unknown";
import { row, ruleCases } from "../../helpers/rule-cases";

ruleCases(clusterUnknown, {
  valid: [
    row({ cluster: "Cluster Beleid en Ontwikkeling" }),
    row({ cluster: "Beleid en Ontwikkeling" }),
    row({ cluster: "Cluster Regie & Coordinatie" }),
    row({ cluster: "B&O" }),
    row({ cluster: null }),
  ],
  invalid: [
    { rows: row({ cluster: "Cluster Bedrijfsvoering" }), expect: [{ code: "cluster/unknown", cell: "A2", severity: "warning" }] },
    { rows: row({ cluster: "Cluster Beleid en Ontwikeling" }), expect: [{ code: "cluster/unknown", suggestion: "Cluster Beleid en Ontwikkeling" }] },
  ],
});
