import { formatFte } from "../localized";
import { sumFte } from "./resolution";
import type { Rule } from "./rule";

export const fteTotal: Rule = {
  id: "fte/total",
  severity: "warning",
  description: { nl: "Het totaal van het werkblad wijkt af van de formatie in het functieboek.", en: "The sheet's total differs from the function book's formation." },
  messages: {
    over: {
      nl: "Het werkblad telt {total} fte; de formatie in het functieboek is {formation} fte ({difference} fte meer).",
      en: "The sheet adds up to {total} FTE; the function book's formation is {formation} FTE ({difference} FTE more).",
    },
    under: {
      nl: "Het werkblad telt {total} fte; de formatie in het functieboek is {formation} fte ({difference} fte minder).",
      en: "The sheet adds up to {total} FTE; the function book's formation is {formation} FTE ({difference} FTE less).",
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
      data: { total: formatFte(total, "nl"), formation: formatFte(formation, "nl"), difference: formatFte(Math.abs(difference), "nl") },
    });
  },
};
