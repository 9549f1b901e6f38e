import { positionsByFunction, sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteUnderFormation: Rule = {
  id: "fte/under-formation",
  severity: "info",
  title: { nl: "Vacature: functie onder de formatie", en: "Vacancy: function below its formation" },
  description: { nl: "Een functie heeft minder fte dan haar formatie: er is een vacature.", en: "A function has less FTE than its formation: there is a vacancy." },
  messages: {
    under: {
      nl: "Functie '{title}': {placed:fte} van {formation:fte} fte bezet, {vacant:fte} fte vacant.",
      en: "Function '{title}': {placed:fte} of {formation:fte} FTE filled, {vacant:fte} FTE vacant.",
    },
    absent: {
      nl: "Functie '{title}' (formatie {formation:fte} fte) komt niet voor in het werkblad: {formation:fte} fte vacant.",
      en: "Function '{title}' (formation {formation:fte} FTE) does not appear in the sheet: {formation:fte} FTE vacant.",
    },
  },
  checkSheet(positions, context) {
    const groups = positionsByFunction(positions, context);
    for (const fn of context.book.book.functions) {
      if (fn.formationFte === null || fn.formationFte <= 0) continue;
      const group = groups.get(fn) ?? [];
      const placed = sumFte(group);
      if (placed >= fn.formationFte - context.settings.fteTolerance) continue;
      const data = { title: fn.title.trim(), placed, formation: fn.formationFte, vacant: fn.formationFte - placed };
      if (group.length === 0) context.report({ messageId: "absent", data });
      else context.report({ messageId: "under", position: group[0], field: "fte", positions: group, data });
    }
  },
};
