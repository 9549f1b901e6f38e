import type { Rule } from "./rule";

export const clusterUnknown: Rule = {
  id: "cluster/unknown",
  severity: "warning",
  title: { nl: "Cluster staat niet in het functieboek", en: "Cluster is not in the function book" },
  description: { nl: "Het cluster staat niet in het functieboek.", en: "The cluster is not in the function book." },
  messages: {
    unknown: { nl: "Cluster '{cluster}' staat niet in het functieboek.", en: "Cluster '{cluster}' is not in the function book." },
    unknownNear: {
      nl: "Cluster '{cluster}' staat niet in het functieboek. Bedoelt u '{nearest}'?",
      en: "Cluster '{cluster}' is not in the function book. Did you mean '{nearest}'?",
    },
  },
  checkPosition(position, context) {
    if (position.cluster.kind !== "ok" || context.book.book.clusters.length === 0) return;
    if (context.book.findCluster(position.cluster.value)) return;
    const suggestions = context.book.nearestNames("clusters", position.cluster.value);
    context.report({
      messageId: suggestions.length > 0 ? "unknownNear" : "unknown",
      position,
      field: "cluster",
      data: { cluster: position.cluster.value, nearest: suggestions[0] },
      suggestion: suggestions[0],
      suggestions,
    });
  },
};
