import { formatNumber } from "../localized";
import type { Rule } from "./rule";

/** FTE and hours agree when they differ by less than this (FTE is often rounded to two decimals). */
const HOURS_TOLERANCE_FTE = 0.01;

export const fteHoursMismatch: Rule = {
  id: "fte/hours-mismatch",
  severity: "error",
  description: { nl: "FTE en uren per week spreken elkaar tegen.", en: "FTE and hours per week disagree." },
  messages: {
    mismatch: {
      nl: "{hours} uur per week is {expected} fte (bij {full} uur), maar de rij noemt {fte} fte.",
      en: "{hours} hours per week is {expected} FTE (at {full} hours), but the row says {fte} FTE.",
    },
  },
  checkPosition(position, context) {
    const { fte, hours } = position;
    if (fte.kind !== "ok" || hours.kind !== "ok") return;
    const full = context.book.book.policies.fullTimeHours;
    const expected = hours.value / full;
    if (Math.abs(expected - fte.value) < HOURS_TOLERANCE_FTE) return;
    const suggestion = formatNumber(expected, "nl");
    context.report({ messageId: "mismatch", position, field: "fte", data: { hours: hours.value, full, fte: fte.value, expected: suggestion }, suggestion });
  },
};
