import { positionsByCluster, sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteCluster: Rule = {
  id: "fte/cluster",
  severity: "warning",
  title: { nl: "Cluster wijkt af van de indicatieve omvang", en: "Cluster differs from its indicative size" },
  description: {
    nl: "Een cluster wijkt veel af van zijn indicatieve omvang in het functieboek (dat 'ca.' zegt).",
    en: "A cluster is far from its indicative size in the function book (which says 'about').",
  },
  messages: {
    far: {
      nl: "{cluster} telt {placed:fte} fte; het functieboek noemt ca. {indicative} fte (verschil {difference:fte} fte, marge {tolerance} fte).",
      en: "{cluster} has {placed:fte} FTE; the function book says about {indicative} FTE (difference {difference:fte} FTE, margin {tolerance} FTE).",
    },
  },
  checkSheet(positions, context) {
    const groups = positionsByCluster(positions, context);
    if (groups.size === 0) return;
    const tolerance = context.book.book.policies.clusterToleranceFte;
    for (const [cluster, group] of groups) {
      if (cluster.indicativeFte === null) continue;
      const placed = sumFte(group);
      const difference = placed - cluster.indicativeFte;
      if (Math.abs(difference) <= tolerance + context.settings.fteTolerance) continue;
      context.report({
        messageId: "far",
        position: group[0],
        field: "cluster",
        positions: group,
        data: { cluster: cluster.name, placed, indicative: cluster.indicativeFte, difference, tolerance },
      });
    }
  },
};
