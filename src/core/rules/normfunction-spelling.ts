import type { Rule } from "./rule";

export const normfunctionSpelling: Rule = {
  id: "normfunction/spelling",
  severity: "info",
  title: { nl: "Normfunctie anders gespeld dan in het functieboek", en: "Normfunctie spelled differently from the function book" },
  description: {
    nl: "De normfunctie is herkend, maar anders gespeld dan in het functieboek.",
    en: "The normfunctie was recognised, but is spelled differently from the function book.",
  },
  messages: {
    spelling: {
      nl: "Normfunctie '{found}' is herkend als '{expected}' (schrijfwijze wijkt af van het functieboek).",
      en: "Normfunctie '{found}' was recognised as '{expected}' (spelled differently from the function book).",
    },
  },
  checkPosition(position, context) {
    const { nf } = context.resolve(position);
    if (!nf || nf.exact || position.normfunctie.kind !== "ok") return;
    context.report({
      messageId: "spelling",
      position,
      field: "normfunctie",
      data: { found: position.normfunctie.value, expected: nf.matched.trim() },
      suggestion: nf.matched.trim(),
    });
  },
};
