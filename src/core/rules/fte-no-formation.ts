import { positionsByFunction, sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteNoFormation: Rule = {
  id: "fte/no-formation",
  severity: "warning",
  title: { nl: "Bezetting op een functie zonder formatie", en: "Staff on a function without formation" },
  description: { nl: "Er staat fte op een functie waarvoor het functieboek geen formatie geeft.", en: "FTE is placed on a function the function book gives no formation." },
  messages: {
    noFormation: {
      nl: "Functie '{title}' heeft {placed:fte} fte, maar het functieboek geeft deze functie geen formatie.",
      en: "Function '{title}' has {placed:fte} FTE, but the function book gives this function no formation.",
    },
  },
  checkSheet(positions, context) {
    for (const [fn, group] of positionsByFunction(positions, context)) {
      if (fn.formationFte !== null) continue;
      const placed = sumFte(group);
      if (placed <= 0) continue;
      context.report({ messageId: "noFormation", position: group[0], field: "fte", positions: group, data: { title: fn.title.trim(), placed } });
    }
  },
};
