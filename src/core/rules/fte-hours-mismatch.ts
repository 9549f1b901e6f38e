import { formatNumber, roundDecimal } from "../format";
import { fteOfHours, HOURS_TOLERANCE_FTE } from "./fte-suggestion";
import type { Rule } from "./rule";

export const fteHoursMismatch: Rule = {
  id: "fte/hours-mismatch",
  severity: "error",
  title: { nl: "FTE en uren per week spreken elkaar tegen", en: "FTE and hours per week disagree" },
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
    // The hours' FTE is suggested only where it is a plausible FTE for one row: 40 hours (1,11) or
    // an FTE typed into the hours column (0,8 hours → 0,02) would write nonsense into the FTE cell.
    const suggested = fteOfHours(position, full);
    context.report({
      messageId: "mismatch",
      position,
      field: "fte",
      data: { hours: hours.value, full, fte: fte.value, expected: roundDecimal(expected, 2) },
      ...(suggested !== undefined ? { suggestion: formatNumber(suggested, "nl") } : {}),
    });
  },
};
