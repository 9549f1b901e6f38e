/**
 * Who a row is about: the personeelsnummer where there is one, else the name. Shared by the
 * employee rules and the placement tables.
 */
import type { Position } from "../formatie/read-formatie";
import { compactKey } from "../text/normalize";

export function employeeKey(position: Position): string | undefined {
  if (position.personnelNumber.kind === "ok") return `nr:${compactKey(position.personnelNumber.value)}`;
  if (position.employee.kind === "ok") {
    const key = compactKey(position.employee.value);
    if (key === "" || /^(vacature|vacant|vacancy|nnb|nvt|tbd)\d*$/.test(key)) return undefined;
    return `naam:${key}`;
  }
  return undefined;
}

/** True when the employee cell marks an open position ("Vacature", "vacant", "NNB"). */
export function isVacancyRow(position: Position): boolean {
  if (position.employee.kind !== "ok" || position.personnelNumber.kind === "ok") return false;
  return /^(vacature|vacant|vacancy|nnb|nvt|tbd)\d*$/.test(compactKey(position.employee.value));
}
