import { bookScale } from "./resolution";
import type { Rule } from "./rule";

export const scaleIntermediate: Rule = {
  id: "scale/intermediate",
  severity: "error",
  title: { nl: "Tussenschaal niet toegestaan", en: "Intermediate scale not allowed" },
  explainable: true,
  description: { nl: "Tussenschaal terwijl het functieboek geen tussenschalen kent.", en: "Intermediate scale while the function book allows none." },
  messages: {
    intermediate: {
      nl: "Schaal {found} is een tussenschaal; dit functieboek gebruikt geen tussenschalen (§ 1.4).",
      en: "Scale {found} is an intermediate scale; this function book uses no intermediate scales (§ 1.4).",
    },
  },
  checkPosition(position, context) {
    if (position.scale.kind !== "ok" || position.scale.variant !== "intermediate" || context.book.book.policies.intermediateScales) return;
    // Only the book's scale for the function is suggested: 10A lies between 10 and 11, and without
    // the function nothing says which of the two was meant.
    const expected = bookScale(context.resolve(position), context.book);
    context.report({ messageId: "intermediate", position, field: "scale", data: { found: position.scale.label }, ...(expected !== undefined ? { suggestion: String(expected) } : {}) });
  },
};
