import { uniqueStrings } from "./resolution";
import type { Rule } from "./rule";

export const functionUnknown: Rule = {
  id: "function/unknown",
  severity: "error",
  title: { nl: "Functie staat niet in het functieboek", en: "Function is not in the function book" },
  description: { nl: "De functie staat niet in het functieboek.", en: "The function is not in the function book." },
  messages: {
    unknown: { nl: "Functie '{title}' staat niet in het functieboek.", en: "Function '{title}' is not in the function book." },
    unknownNear: {
      nl: "Functie '{title}' staat niet in het functieboek. Bedoelt u '{nearest}'?",
      en: "Function '{title}' is not in the function book. Did you mean '{nearest}'?",
    },
  },
  checkPosition(position, context) {
    if (position.title.kind !== "ok") return;
    const { fn, nf } = context.resolve(position);
    if (fn) return;
    const ofNormfunctie = nf ? context.book.functionsOf(nf.entry).map((f) => f.title.trim()) : [];
    const suggestions = uniqueStrings([...ofNormfunctie, ...context.book.nearestNames("functions", position.title.value)]);
    context.report({
      messageId: suggestions.length > 0 ? "unknownNear" : "unknown",
      position,
      field: "title",
      data: { title: position.title.value, nearest: suggestions[0] },
      suggestion: suggestions[0],
      suggestions,
    });
  },
};
