import { fteCluster } from "../../../src/core/rules/fte-cluster";
import { row, ruleCases, type RowInput } from "../../helpers/rule-cases";

const inCluster = (cluster: string, count: number): RowInput[] => Array.from({ length: count }, () => row({ cluster }));

ruleCases(fteCluster, {
  valid: [
    inCluster("Cluster Beleid en Ontwikkeling", 13),
    inCluster("Beleid en Ontwikkeling", 14),
    inCluster("Cluster Regie en Coördinatie", 16),
    [...inCluster("Cluster Concern en Ondersteuning", 12)],
    [row({ cluster: "Onbekend cluster" })],
    [row()],
  ],
  invalid: [
    { rows: inCluster("Cluster Beleid en Ontwikkeling", 15), expect: [{ code: "fte/cluster", cell: "A2", severity: "warning" }] },
    {
      rows: [...inCluster("Cluster Concern en Ondersteuning", 11), row({ cluster: "Concern en Ondersteuning", fte: 0.5 })],
      expect: [{ code: "fte/cluster", cell: "A2", rows: Array.from({ length: 12 }, (_, i) => i + 2) }],
    },
  ],
});
