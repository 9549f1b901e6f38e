import { positionsByFunction, sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteOverFormation: Rule = {
  id: "fte/over-formation",
  severity: "error",
  title: { nl: "Functie boven de formatie", en: "Function above its formation" },
  description: { nl: "Er staat meer fte op een functie dan haar formatie.", en: "More FTE is placed on a function than its formation." },
  messages: {
    over: {
      nl: "Functie '{title}' heeft {placed:fte} fte op {count|rij|rijen}, maar de formatie is {formation:fte} fte ({over:fte} fte boven formatie).",
      en: "Function '{title}' has {placed:fte} FTE on {count|row|rows}, but its formation is {formation:fte} FTE ({over:fte} FTE above formation).",
    },
  },
  checkSheet(positions, context) {
    for (const [fn, group] of positionsByFunction(positions, context)) {
      if (fn.formationFte === null) continue;
      const placed = sumFte(group);
      if (placed <= fn.formationFte + context.settings.fteTolerance) continue;
      context.report({
        messageId: "over",
        position: group[group.length - 1],
        field: "fte",
        positions: group,
        data: { title: fn.title.trim(), placed, formation: fn.formationFte, over: placed - fn.formationFte, count: group.length },
      });
    }
  },
};
