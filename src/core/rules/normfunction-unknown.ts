import { uniqueStrings } from "./resolution";
import type { Rule } from "./rule";

export const normfunctionUnknown: Rule = {
  id: "normfunction/unknown",
  severity: "error",
  title: { nl: "Normfunctie staat niet in het functieboek", en: "Normfunctie is not in the function book" },
  description: { nl: "De HR21-normfunctie staat niet in het functieboek.", en: "The HR21 normfunctie is not in the function book." },
  messages: {
    unknown: { nl: "Normfunctie '{normfunctie}' staat niet in het functieboek.", en: "Normfunctie '{normfunctie}' is not in the function book." },
    unknownNear: {
      nl: "Normfunctie '{normfunctie}' staat niet in het functieboek. Bedoelt u '{nearest}'?",
      en: "Normfunctie '{normfunctie}' is not in the function book. Did you mean '{nearest}'?",
    },
  },
  checkPosition(position, context) {
    if (position.normfunctie.kind !== "ok") return;
    const { nf, fn } = context.resolve(position);
    if (nf) return;
    const suggestions = uniqueStrings([fn?.entry.normfunctie.trim(), ...context.book.nearestNames("normfuncties", position.normfunctie.value)]);
    context.report({
      messageId: suggestions.length > 0 ? "unknownNear" : "unknown",
      position,
      field: "normfunctie",
      data: { normfunctie: position.normfunctie.value, nearest: suggestions[0] },
      suggestion: suggestions[0],
      suggestions,
    });
  },
};
