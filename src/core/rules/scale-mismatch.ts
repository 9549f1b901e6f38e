import { allowedIntermediateScales, bookFunction, bookScaleSpan } from "./resolution";
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
    mismatchRange: {
      nl: "Schaal {found} past niet bij {functie}: het functieboek geeft schaal {min} tot en met {max}.",
      en: "Scale {found} does not fit {functie}: the function book says scale {min} to {max}.",
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
    const span = bookScaleSpan(resolution, context.book);
    if (span === undefined) return;
    const found = position.scale.scale;
    if (variant === "normal" && found >= span.min && found <= span.max) return;
    // A tussenschaal the conversietabel gives the function's score band fits too.
    if (variant === "intermediate" && allowedIntermediateScales(resolution, context.book).includes(position.scale.label)) return;
    const functie = bookFunction(resolution, context.book)?.title.trim() ?? resolution.nf?.entry.name ?? "";
    if (span.min === span.max) {
      context.report({ messageId: "mismatch", position, field: "scale", data: { found: position.scale.label, expected: span.min, functie }, suggestion: String(span.min) });
      return;
    }
    const nearest = Math.min(span.max, Math.max(span.min, found));
    context.report({ messageId: "mismatchRange", position, field: "scale", data: { found: position.scale.label, min: span.min, max: span.max, functie }, suggestion: String(nearest) });
  },
};
