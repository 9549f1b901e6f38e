import type { Rule } from "./rule";

export const normfunctionMismatch: Rule = {
  id: "normfunction/mismatch",
  severity: "error",
  title: { nl: "Normfunctie past niet bij de functie", en: "Normfunctie does not fit the function" },
  explainable: true,
  description: {
    nl: "De functie hoort in het functieboek bij een andere HR21-normfunctie.",
    en: "The function belongs to another HR21 normfunctie in the function book.",
  },
  messages: {
    mismatch: {
      nl: "Functie '{title}' hoort bij normfunctie '{expected}', niet bij '{found}'.",
      en: "Function '{title}' belongs to normfunctie '{expected}', not to '{found}'.",
    },
  },
  checkPosition(position, context) {
    const { fn, nf, fnNormfunctie } = context.resolve(position);
    if (!fn || !nf || !fnNormfunctie || nf.entry === fnNormfunctie || position.normfunctie.kind !== "ok") return;
    const expected = fn.entry.normfunctie.trim();
    context.report({
      messageId: "mismatch",
      position,
      field: "normfunctie",
      data: { title: fn.entry.title.trim(), expected, found: position.normfunctie.value },
      suggestion: expected,
    });
  },
};
