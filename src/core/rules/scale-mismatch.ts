import { bookFunction, bookScale } from "./resolution";
import type { Rule } from "./rule";

export const scaleMismatch: Rule = {
  id: "scale/mismatch",
  severity: "error",
  title: { nl: "Schaal past niet bij de functie", en: "Scale does not fit the function" },
  explainable: true,
  description: { nl: "De schaal is niet de schaal die het functieboek aan de functie geeft.", en: "The scale is not the one the function book gives the function." },
  messages: {
    mismatch: {
      nl: "Schaal {found} past niet bij {functie}: het functieboek geeft schaal {expected}.",
      en: "Scale {found} does not fit {functie}: the function book says scale {expected}.",
    },
  },
  checkPosition(position, context) {
    if (position.scale.kind !== "ok") return;
    const { variant } = position.scale;
    const policies = context.book.book.policies;
    if ((variant === "intermediate" && !policies.intermediateScales) || (variant === "extension" && !policies.extensionScales)) return;
    const { min, max } = policies.scaleRange;
    if (position.scale.scale < min || position.scale.scale > max) return;
    const resolution = context.resolve(position);
    const expected = bookScale(resolution, context.book);
    if (expected === undefined || (position.scale.scale === expected && variant === "normal")) return;
    const functie = bookFunction(resolution, context.book)?.title.trim() ?? resolution.nf?.entry.name ?? "";
    context.report({
      messageId: "mismatch",
      position,
      field: "scale",
      data: { found: position.scale.label, expected, functie },
      suggestion: String(expected),
    });
  },
};
