import { formatNumber } from "../format";
import { intendedFte } from "./fte-suggestion";
import type { Rule } from "./rule";

export const fteOutOfRange: Rule = {
  id: "fte/out-of-range",
  severity: "error",
  title: { nl: "FTE of uren buiten de grenzen", en: "FTE or hours outside the limits" },
  description: {
    nl: "De omvang van één rij is 0 of minder, meer dan 1 fte, of meer uren dan een volledige werkweek.",
    en: "One row's size is 0 or less, above 1 FTE, or more hours than a full-time week.",
  },
  messages: {
    notPositive: { nl: "FTE {found} is niet groter dan 0.", en: "FTE {found} is not greater than 0." },
    aboveOne: { nl: "FTE {found} is meer dan 1,0 voor één rij.", en: "FTE {found} is more than 1.0 for one row." },
    percentLike: {
      nl: "FTE {found} is meer dan 1,0 voor één rij; bedoelt u {suggestion} ({found:percent})?",
      en: "FTE {found} is more than 1.0 for one row; did you mean {suggestion} ({found:percent})?",
    },
    hoursLike: {
      nl: "FTE {found} is meer dan 1,0 voor één rij; bedoelt u {suggestion} ({found} uur van {full} per week)?",
      en: "FTE {found} is more than 1.0 for one row; did you mean {suggestion} ({found} of {full} hours a week)?",
    },
    hoursNotPositive: { nl: "{found} uur per week is niet groter dan 0.", en: "{found} hours per week is not greater than 0." },
    hoursAboveFull: {
      nl: "{found} uur per week is meer dan een volledige werkweek van {full} uur.",
      en: "{found} hours per week is more than a full-time week of {full} hours.",
    },
  },
  checkPosition(position, context) {
    const full = context.book.book.policies.fullTimeHours;
    const { fte, hours } = position;
    if (fte.kind === "ok") {
      if (fte.value <= 0) context.report({ messageId: "notPositive", position, field: "fte", data: { found: fte.value } });
      else if (fte.value > 1 + context.settings.fteTolerance) {
        // Only the likely intent is suggested (fte-suggestion.ts): 80 → 0,8, but 1,2 gets none.
        const intended = intendedFte(position, context);
        if (intended === undefined) context.report({ messageId: "aboveOne", position, field: "fte", data: { found: fte.value } });
        else {
          const messageId = intended.readAs === "percent" ? "percentLike" : "hoursLike";
          const data = { found: fte.value, suggestion: intended.fte, full };
          context.report({ messageId, position, field: "fte", data, suggestion: formatNumber(intended.fte, "nl") });
        }
      }
    }
    if (hours.kind === "ok") {
      if (hours.value <= 0) context.report({ messageId: "hoursNotPositive", position, field: "hours", data: { found: hours.value } });
      else if (hours.value > full + 1e-9) context.report({ messageId: "hoursAboveFull", position, field: "hours", data: { found: hours.value, full } });
    }
  },
};
