import { bookScale } from "./resolution";
import type { Rule } from "./rule";

export const scaleInvalid: Rule = {
  id: "scale/invalid",
  severity: "error",
  title: { nl: "Geen bestaande schaal", en: "Not an existing scale" },
  description: { nl: "De schaal is geen bestaande salarisschaal.", en: "The scale is not an existing salary scale." },
  messages: {
    notAScale: { nl: "'{found}' is geen schaal.", en: "'{found}' is not a scale." },
    outOfRange: { nl: "Schaal {found} bestaat niet: schalen lopen van {min} tot en met {max}.", en: "Scale {found} does not exist: scales run from {min} to {max}." },
  },
  checkPosition(position, context) {
    const { min, max } = context.book.book.policies.scaleRange;
    const reading = position.scale;
    const expected = () => bookScale(context.resolve(position), context.book);
    if (reading.kind === "invalid") {
      const suggestion = expected();
      context.report({ messageId: "notAScale", position, field: "scale", data: { found: reading.text }, ...(suggestion !== undefined ? { suggestion: String(suggestion) } : {}) });
    } else if (reading.kind === "ok" && (reading.scale < min || reading.scale > max)) {
      const suggestion = expected();
      context.report({ messageId: "outOfRange", position, field: "scale", data: { found: reading.label, min, max }, ...(suggestion !== undefined ? { suggestion: String(suggestion) } : {}) });
    }
  },
};
