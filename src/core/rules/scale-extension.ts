import { bookScale, isBookScale } from "./resolution";
import type { Rule } from "./rule";

export const scaleExtension: Rule = {
  id: "scale/extension",
  severity: "error",
  title: { nl: "Uitloopschaal niet toegestaan", en: "Extension scale not allowed" },
  explainable: true,
  description: { nl: "Uitloopschaal terwijl het functieboek geen uitloopschalen kent.", en: "Extension scale while the function book allows none." },
  messages: {
    extension: {
      nl: "'{found}' is een uitloopschaal; dit functieboek gebruikt geen uitloopschalen (§ 1.5).",
      en: "'{found}' is an extension scale; this function book uses no extension scales (§ 1.5).",
    },
  },
  checkPosition(position, context) {
    if (position.scale.kind !== "ok" || position.scale.variant !== "extension" || context.book.book.policies.extensionScales) return;
    // The book's scale for the function; without one, the uitloopschaal's own scale (11U → 11),
    // but only a scale the book has (never 25 for "25U").
    const { scale } = position.scale;
    const expected = bookScale(context.resolve(position), context.book) ?? (isBookScale(scale, context.book) ? scale : undefined);
    context.report({ messageId: "extension", position, field: "scale", data: { found: position.scale.text }, ...(expected !== undefined ? { suggestion: String(expected) } : {}) });
  },
};
