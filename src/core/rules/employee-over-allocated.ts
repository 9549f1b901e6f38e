import type { Position } from "../formatie/read-formatie";
import { employeeKey } from "./employee-key";
import { groupBy, sumFte } from "./resolution";
import type { Rule } from "./rule";

export const employeeOverAllocated: Rule = {
  id: "employee/over-allocated",
  severity: "error",
  title: { nl: "Medewerker boven 1,0 fte", en: "Employee above 1.0 FTE" },
  description: { nl: "Een medewerker staat samen voor meer dan 1,0 fte in het werkblad.", en: "An employee is placed for more than 1.0 FTE in total." },
  messages: {
    over: {
      nl: "{employee} staat op {count|rij|rijen} voor samen {total:fte} fte (meer dan 1,00).",
      en: "{employee} is on {count|row|rows} for {total:fte} FTE in total (more than 1.00).",
    },
  },
  checkSheet(positions, context) {
    const limit = 1 + context.settings.fteTolerance;
    // Sum per employee first; group the rows only of those above 1.0 (most employees have one row).
    const totals = new Map<string, number>();
    const over = new Set<string>();
    for (const p of positions) {
      const key = employeeKey(p);
      if (key === undefined) continue;
      const total = (totals.get(key) ?? 0) + (p.effectiveFte ?? 0);
      totals.set(key, total);
      if (total > limit) over.add(key);
    }
    if (over.size === 0) return;
    const groups = groupBy(positions, (p) => {
      const key = employeeKey(p);
      return key !== undefined && over.has(key) ? key : undefined;
    });
    for (const group of groups.values()) {
      const total = sumFte(group);
      const first = group[0] as Position;
      const name = first.employee.kind === "ok" ? first.employee.value : first.personnelNumber.kind === "ok" ? first.personnelNumber.value : "";
      context.report({
        messageId: "over",
        position: group[group.length - 1],
        field: "fte",
        positions: group,
        data: { employee: name, count: group.length, total },
      });
    }
  },
};
