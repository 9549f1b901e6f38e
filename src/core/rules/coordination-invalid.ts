import type { Rule } from "./rule";

export const coordinationInvalid: Rule = {
  id: "coordination/invalid",
  severity: "warning",
  title: { nl: "Coördinatiemodule is geen ja of nee", en: "Coordination module is not yes or no" },
  description: { nl: "De kolom coördinatiemodule bevat geen ja of nee.", en: "The coordination module column holds neither yes nor no." },
  messages: {
    unclear: {
      nl: "'{found}' in de kolom coördinatiemodule is geen ja of nee; de rij telt niet mee als coördinator.",
      en: "'{found}' in the coordination module column is neither yes nor no; the row does not count as a coordinator.",
    },
  },
  checkPosition(position, context) {
    if (position.coordination.kind !== "invalid") return;
    context.report({ messageId: "unclear", position, field: "coordination", data: { found: position.coordination.text } });
  },
};
