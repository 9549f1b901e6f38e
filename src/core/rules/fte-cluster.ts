import type { Cluster } from "../functieboek/schema";
import { clusterText, type Position } from "../formatie/read-formatie";
import { formatFte } from "../localized";
import { sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteCluster: Rule = {
  id: "fte/cluster",
  severity: "warning",
  description: {
    nl: "Een cluster wijkt veel af van zijn indicatieve omvang in het functieboek (dat 'ca.' zegt).",
    en: "A cluster is far from its indicative size in the function book (which says 'about').",
  },
  messages: {
    far: {
      nl: "{cluster} telt {placed} fte; het functieboek noemt ca. {indicative} fte (verschil {difference} fte, marge {tolerance} fte).",
      en: "{cluster} has {placed} FTE; the function book says about {indicative} FTE (difference {difference} FTE, margin {tolerance} FTE).",
    },
  },
  checkSheet(positions, context) {
    const groups = new Map<Cluster, Position[]>();
    for (const position of positions) {
      const text = clusterText(position);
      const cluster = text === undefined ? undefined : context.book.findCluster(text)?.entry;
      if (!cluster) continue;
      const group = groups.get(cluster);
      if (group) group.push(position);
      else groups.set(cluster, [position]);
    }
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
        data: { cluster: cluster.name, placed: formatFte(placed, "nl"), indicative: cluster.indicativeFte, difference: formatFte(difference, "nl"), tolerance },
      });
    }
  },
};
