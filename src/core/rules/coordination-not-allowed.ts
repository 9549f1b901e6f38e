import { normalizeKey } from "../text/normalize";
import type { Rule } from "./rule";

export const coordinationNotAllowed: Rule = {
  id: "coordination/not-allowed",
  severity: "error",
  title: { nl: "Coördinatiemodule bij een leidinggevende functie", en: "Coordination module on a management function" },
  description: {
    nl: "Coördinatiemodule op een leidinggevende functie: de module is voor medewerkers die geen leidinggevende zijn.",
    en: "Coordination module on a management function: the module is for employees who are not managers.",
  },
  messages: {
    management: {
      nl: "'{title}' is een functie uit de functiereeks {functiereeks}; de coördinatiemodule is alleen voor medewerkers die geen leidinggevende zijn (§ 1.6).",
      en: "'{title}' is a function in the {functiereeks} series; the coordination module is only for employees who are not managers (§ 1.6).",
    },
  },
  checkPosition(position, context) {
    if (position.coordination.kind !== "ok" || !position.coordination.value) return;
    const excluded = new Set(context.book.book.policies.coordinationExcludedFunctiereeksen.map(normalizeKey));
    const { fn, nf, fnNormfunctie } = context.resolve(position);
    const normfunctie = fnNormfunctie ?? nf?.entry;
    if (!normfunctie || !excluded.has(normalizeKey(normfunctie.functiereeks))) return;
    const title = fn?.entry.title.trim() ?? normfunctie.name;
    context.report({ messageId: "management", position, field: "coordination", data: { title, functiereeks: normfunctie.functiereeks }, suggestion: "nee" });
  },
};
