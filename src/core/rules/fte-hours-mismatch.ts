import { formatNumber, roundDecimal } from "../format";
import type { Rule } from "./rule";

/** FTE and hours agree when they differ by less than this (FTE is often rounded to two decimals). */
const HOURS_TOLERANCE_FTE = 0.01;

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
    // The suggestion is the value to type into the cell, written as a Dutch sheet takes it ("0,89").
    const suggestion = formatNumber(expected, "nl");
    context.report({ messageId: "mismatch", position, field: "fte", data: { hours: hours.value, full, fte: fte.value, expected: roundDecimal(expected, 2) }, suggestion });
  },
};
