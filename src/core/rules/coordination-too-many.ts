import { positionsByCluster } from "./resolution";
import type { Rule } from "./rule";

export const coordinationTooMany: Rule = {
  id: "coordination/too-many",
  severity: "error",
  title: { nl: "Te veel coördinatiemodules", en: "Too many coordination modules" },
  description: {
    nl: "Meer coördinatiemodules dan het functieboek toestaat (per cluster of in totaal).",
    en: "More coordination modules than the function book allows (per cluster or in total).",
  },
  messages: {
    cluster: {
      nl: "{cluster} heeft {count|coördinatiemodule|coördinatiemodules}; het functieboek staat er {max} per cluster toe.",
      en: "{cluster} has {count|coordination module|coordination modules}; the function book allows {max} per cluster.",
    },
    total: {
      nl: "Het werkblad heeft {count|coördinatiemodule|coördinatiemodules}; het functieboek staat er {max} in totaal toe.",
      en: "The sheet has {count|coordination module|coordination modules}; the function book allows {max} in total.",
    },
  },
  checkSheet(positions, context) {
    const { maxCoordinatorsPerCluster: perCluster, maxCoordinatorsTotal: total } = context.book.book.policies;
    const coordinators = positions.filter((p) => p.coordination.kind === "ok" && p.coordination.value);
    if (perCluster !== null) {
      const byCluster = positionsByCluster(coordinators, context);
      for (const [cluster, group] of byCluster) {
        if (group.length <= perCluster) continue;
        context.report({ messageId: "cluster", position: group[perCluster], field: "coordination", positions: group, data: { cluster: cluster.name, count: group.length, max: perCluster } });
      }
    }
    if (total !== null && coordinators.length > total) {
      context.report({ messageId: "total", position: coordinators[total], field: "coordination", positions: coordinators, data: { count: coordinators.length, max: total } });
    }
  },
};
