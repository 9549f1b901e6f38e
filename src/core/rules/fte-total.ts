import { sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteTotal: Rule = {
  id: "fte/total",
  severity: "warning",
  title: { nl: "Totaal wijkt af van de formatie", en: "Total differs from the formation" },
  description: { nl: "Het totaal van het werkblad wijkt af van de formatie in het functieboek.", en: "The sheet's total differs from the function book's formation." },
  messages: {
    over: {
      nl: "Het werkblad telt {total:fte} fte; de formatie in het functieboek is {formation:fte} fte ({difference:fte} fte meer).",
      en: "The sheet adds up to {total:fte} FTE; the function book's formation is {formation:fte} FTE ({difference:fte} FTE more).",
    },
    under: {
      nl: "Het werkblad telt {total:fte} fte; de formatie in het functieboek is {formation:fte} fte ({difference:fte} fte minder).",
      en: "The sheet adds up to {total:fte} FTE; the function book's formation is {formation:fte} FTE ({difference:fte} FTE less).",
    },
  },
  checkSheet(positions, context) {
    const formation = context.book.book.formationTotalFte;
    if (formation === null || positions.length === 0) return;
    const total = sumFte(positions);
    const difference = total - formation;
    if (Math.abs(difference) <= context.settings.fteTolerance) return;
    context.report({
      messageId: difference > 0 ? "over" : "under",
      data: { total, formation, difference: Math.abs(difference) },
    });
  },
};
