import { formatFte } from "../localized";
import { positionsByFunction, sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteOverFormation: Rule = {
  id: "fte/over-formation",
  severity: "error",
  description: { nl: "Er staat meer fte op een functie dan haar formatie.", en: "More FTE is placed on a function than its formation." },
  messages: {
    over: {
      nl: "Functie '{title}' heeft {placed} fte op {count} rij(en), maar de formatie is {formation} fte ({over} fte boven formatie).",
      en: "Function '{title}' has {placed} FTE on {count} row(s), but its formation is {formation} FTE ({over} FTE above formation).",
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
        data: { title: fn.title.trim(), placed: formatFte(placed, "nl"), formation: formatFte(fn.formationFte, "nl"), over: formatFte(placed - fn.formationFte, "nl"), count: group.length },
      });
    }
  },
};
