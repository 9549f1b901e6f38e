import type { Rule } from "./rule";

export const functionSpelling: Rule = {
  id: "function/spelling",
  severity: "info",
  title: { nl: "Functie anders gespeld dan in het functieboek", en: "Function spelled differently from the function book" },
  description: {
    nl: "De functie is herkend, maar anders gespeld dan in het functieboek.",
    en: "The function was recognised, but is spelled differently from the function book.",
  },
  messages: {
    spelling: {
      nl: "Functie '{found}' is herkend als '{expected}' (schrijfwijze wijkt af van het functieboek).",
      en: "Function '{found}' was recognised as '{expected}' (spelled differently from the function book).",
    },
  },
  checkPosition(position, context) {
    const { fn } = context.resolve(position);
    if (!fn || fn.exact || position.title.kind !== "ok") return;
    const expected = fn.entry.title.trim();
    context.report({ messageId: "spelling", position, field: "title", data: { found: position.title.value, expected }, suggestion: expected });
  },
};
