/**
 * Mutaties: what changed between two formation sheets, each read exactly as `validate` reads one
 * (`readFormatie`, the same functieboek), per employee, per function and per cluster, with the
 * yearly cost of every change priced as the Formatiebudget prices it, and the totals. The result
 * does not depend on the order of the rows: sorting or shuffling a sheet changes nothing.
 */
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { FormatieSheet } from "../formatie/read-formatie";
import { localize, type Localized } from "../localized";
import { formatList } from "../format";
import { roundEuro, roundFte } from "../plaatsing/data-table";
import { localizeEach } from "../plaatsing/table-text";
import { normalizeKey } from "../text/normalize";
import { DEFAULT_SETTINGS, type ValidationSettings } from "../rules/rule";
import { personLine, unreadableLine, vacancyLine, type EmployeeChange, type LineStatus } from "./employee-changes";
import { matchPeople, peopleOf } from "./employee-matching";
import { readSide, type FormationSide } from "./formation-side";
import { clusterChanges, functionChanges, type GroupChange } from "./group-changes";
import type { Pricing, PricingAccount } from "./mutation-cost";

export interface CompareOptions {
  pricing: Pricing;
  /** The validation settings (tolerance, maxScaleDrop for the placement type). */
  settings?: Partial<ValidationSettings>;
}

export interface FromTo {
  old: number;
  new: number;
  difference: number;
}

export interface MutatieTotals {
  /** People: in, out, changed, unchanged, not matched, and not read (a row's FTE unreadable). */
  employees: Record<LineStatus, number>;
  /** Functions with vacancies: a vacancy appears, disappears, changes size, stays, or cannot be read. */
  vacancies: Record<Exclude<LineStatus, "unmatched">, number>;
  formationFte: FromTo;
  filledFte: FromTo;
  /** Yearly cost of every row that has a price; the difference is the budget effect. */
  cost: FromTo;
  /** Rows left out of the cost: their scale has no amount in the salary table, or is unknown. */
  unpricedRows: { old: number; new: number };
  /** Rows whose FTE or person cannot be read (listed in the employees with the reason). */
  unreadRows: { old: number; new: number };
}

export interface Mutaties {
  old: { sheet: string; hasPersons: boolean };
  new: { sheet: string; hasPersons: boolean };
  employees: EmployeeChange[];
  functions: GroupChange[];
  clusters: GroupChange[];
  totals: MutatieTotals;
  /** What the reader must know: a side without people, rows without a price. */
  notes: Localized[];
  /** How the costs were computed: the Formatiebudget's year, settings, warnings and Uitgangspunten. */
  pricing: PricingAccount;
}

const NOTES = {
  noPersons: {
    nl: "Werkblad '{sheet}' noemt geen medewerkers (geen kolom Medewerker of Personeelsnummer): per medewerker is niet vergeleken, alleen per functie en per cluster.",
    en: "Sheet '{sheet}' names no employees (no Employee or Personnel number column): not compared per employee, only per function and per cluster.",
  },
  unread: {
    nl: "Niet te lezen: de FTE of de medewerker van {rows} (zie de toelichting in Mutaties medewerkers); die rijen tellen als 0 fte.",
    en: "Cannot be read: the FTE or the employee of {rows} (see the remarks in the changes per employee); those rows count as 0 FTE.",
  },
  sideRows: { nl: "{count|rij|rijen} van de {side} formatie", en: "{count|row|rows} of the {side} formation" },
  unpriced: {
    nl: "Niet in de kosten: {rows}, waarvan de schaal onbekend is of niet in de salaristabel staat.",
    en: "Not in the costs: {rows}, whose scale is unknown or not in the salary table.",
  },
} satisfies Record<string, Localized>;

export function compareFormaties(oldSheet: FormatieSheet, newSheet: FormatieSheet, index: FunctieboekIndex, options: CompareOptions): Mutaties {
  const settings: ValidationSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const old = readSide(oldSheet, index, options.pricing, settings);
  const next = readSide(newSheet, index, options.pricing, settings);
  const notes: Localized[] = [];
  for (const side of [old, next]) if (!side.hasPersons) notes.push(localize(NOTES.noPersons, { sheet: side.sheet.sheet }));
  const employees = old.hasPersons && next.hasPersons ? employeeLines(old, next, settings.maxScaleDrop) : [];
  const totals = totalsOf(old, next, employees);
  if (totals.unreadRows.old + totals.unreadRows.new > 0) notes.push(rowsNote(NOTES.unread, totals.unreadRows));
  if (totals.unpricedRows.old + totals.unpricedRows.new > 0) notes.push(rowsNote(NOTES.unpriced, totals.unpricedRows));
  return {
    old: { sheet: oldSheet.sheet, hasPersons: old.hasPersons },
    new: { sheet: newSheet.sheet, hasPersons: next.hasPersons },
    employees,
    functions: functionChanges(old, next),
    clusters: clusterChanges(old, next),
    totals,
    notes,
    pricing: options.pricing.account(),
  };
}

function employeeLines(old: FormationSide, next: FormationSide, maxScaleDrop: number): EmployeeChange[] {
  const oldPeople = peopleOf(old);
  const newPeople = peopleOf(next);
  const lines: EmployeeChange[] = matchPeople(oldPeople.persons, newPeople.persons).map((pair) => personLine(pair, maxScaleDrop));
  for (const info of oldPeople.unreadable) lines.push(unreadableLine("old", info));
  for (const info of newPeople.unreadable) lines.push(unreadableLine("new", info));
  const functions = new Set([...oldPeople.vacancies.keys(), ...newPeople.vacancies.keys()]);
  for (const key of functions) lines.push(vacancyLine(oldPeople.vacancies.get(key) ?? [], newPeople.vacancies.get(key) ?? []));
  return sortLines(lines);
}

const STATUS_ORDER: Record<LineStatus, number> = { in: 0, out: 1, changed: 2, unmatched: 3, unread: 4, unchanged: 5 };

/**
 * Changes first (in, out, changed, not matched, not read), unchanged last; people by name (case and
 * accents aside), then vacancies by function. The keys are made once per line, not per comparison:
 * a 50,000-line sort compares each line some 30 times.
 */
function sortLines(lines: readonly EmployeeChange[]): EmployeeChange[] {
  const keyed = lines.map((line) => {
    const name = line.name ?? "";
    const fn = (line.new ?? line.old)?.functions[0] ?? "";
    return { line, rank: STATUS_ORDER[line.status] * 2 + (line.kind === "employee" ? 0 : 1), name: normalizeKey(name), rawName: name, fn: normalizeKey(fn), number: line.personnelNumber ?? "", content: "" };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      compareText(a.name, b.name) ||
      compareText(a.fn, b.fn) ||
      compareText(a.rawName, b.rawName) ||
      compareText(a.number, b.number) ||
      compareText((a.content ||= contentKey(a.line)), (b.content ||= contentKey(b.line))),
  );
  return keyed.map((k) => k.line);
}

/** Everything a line says but its sheet rows: lines that tie on it read the same, whatever their order. */
function contentKey(line: EmployeeChange): string {
  const side = (s: EmployeeChange["old"]) => (s ? [s.functions, s.scale, s.fte, s.clusters, s.cost, s.rows.length] : null);
  return JSON.stringify([side(line.old), side(line.new), line.changes, line.problems.map((p) => p.reason.en).sort()]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function totalsOf(old: FormationSide, next: FormationSide, lines: readonly EmployeeChange[]): MutatieTotals {
  const employees: Record<LineStatus, number> = { in: 0, out: 0, changed: 0, unchanged: 0, unmatched: 0, unread: 0 };
  const vacancies: MutatieTotals["vacancies"] = { in: 0, out: 0, changed: 0, unchanged: 0, unread: 0 };
  for (const line of lines) {
    if (line.kind === "employee") employees[line.status]++;
    else if (line.status !== "unmatched") vacancies[line.status]++;
  }
  const sum = (side: FormationSide) => {
    let formation = 0;
    let filled = 0;
    let cost = 0;
    let unpriced = 0;
    let unread = 0;
    for (const row of side.rows) {
      formation += row.fte;
      if (!row.placed.open) filled += row.fte;
      if (row.cost === null) unpriced++;
      else cost += row.cost;
      if (row.problem) unread++;
    }
    return { formation: roundFte(formation), filled: roundFte(filled), cost: roundEuro(cost), unpriced, unread };
  };
  const o = sum(old);
  const n = sum(next);
  const fromTo = (a: number, b: number, round: (x: number) => number): FromTo => ({ old: a, new: b, difference: round(b - a) });
  return {
    employees,
    vacancies,
    formationFte: fromTo(o.formation, n.formation, roundFte),
    filledFte: fromTo(o.filled, n.filled, roundFte),
    cost: fromTo(o.cost, n.cost, roundEuro),
    unpricedRows: { old: o.unpriced, new: n.unpriced },
    unreadRows: { old: o.unread, new: n.unread },
  };
}

/** A note about rows of one or both sides: "2 rijen van de nieuwe formatie". */
function rowsNote(template: Localized, counts: { old: number; new: number }): Localized {
  const side = { old: { nl: "oude", en: "old" }, new: { nl: "nieuwe", en: "new" } } as const;
  return localizeEach(template, (l) => ({
    rows: formatList(
      (["old", "new"] as const).filter((s) => counts[s] > 0).map((s) => localize(NOTES.sideRows, { count: counts[s], side: side[s][l] })[l]),
      l,
    ),
  }));
}


