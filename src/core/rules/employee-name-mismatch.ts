import type { Position } from "../formatie/read-formatie";
import { compactKey } from "../text/normalize";
import { groupBy } from "./resolution";
import type { Rule } from "./rule";

export const employeeNameMismatch: Rule = {
  id: "employee/name-mismatch",
  severity: "warning",
  title: { nl: "Personeelsnummer met verschillende namen", en: "Personnel number with different names" },
  description: {
    nl: "Eén personeelsnummer staat onder verschillende namen in het werkblad.",
    en: "One personnel number appears under different names in the sheet.",
  },
  messages: {
    names: {
      nl: "Personeelsnummer {number} staat onder verschillende namen: {names}.",
      en: "Personnel number {number} appears under different names: {names}.",
    },
  },
  checkSheet(positions, context) {
    const numberKey = (p: Position) => (p.personnelNumber.kind === "ok" && p.employee.kind === "ok" ? compactKey(p.personnelNumber.value) : undefined);
    // Almost every number has one name: find the numbers with more than one first, then group only those.
    const firstName = new Map<string, string>();
    const conflicting = new Set<string>();
    for (const p of positions) {
      const key = numberKey(p);
      if (key === undefined || p.employee.kind !== "ok") continue;
      const name = compactKey(p.employee.value);
      const first = firstName.get(key);
      if (first === undefined) firstName.set(key, name);
      else if (first !== name) conflicting.add(key);
    }
    if (conflicting.size === 0) return;
    const byNumber = groupBy(positions, (p) => {
      const key = numberKey(p);
      return key !== undefined && conflicting.has(key) ? key : undefined;
    });
    for (const group of byNumber.values()) {
      const names = new Map<string, string>();
      for (const p of group) if (p.employee.kind === "ok") names.set(compactKey(p.employee.value), p.employee.value);
      if (names.size < 2) continue;
      const first = group[0] as Position;
      const later = group.find((p) => p.employee.kind === "ok" && compactKey(p.employee.value) !== compactKey(first.employee.kind === "ok" ? first.employee.value : ""));
      context.report({
        messageId: "names",
        position: later ?? first,
        field: "employee",
        positions: group,
        data: { number: first.personnelNumber.kind === "ok" ? first.personnelNumber.value : "", names: [...names.values()].map((n) => `'${n}'`).join(", ") },
      });
    }
  },
};
