/**
 * Who is who in two formations. A person is the rows of one personeelsnummer, or, without one, of
 * one name (`employeeKey`, as the rules and the Plaatsingslijst group them). People are matched on
 * their personeelsnummer; where one side has no number for them, on their normalised name. Two
 * different numbers are two different people, whatever their names. A name that more than one
 * unmatched person carries on a side where the other side could match either is not guessed: those
 * people are listed as not matched, with the reason.
 */
import type { Localized } from "../localized";
import { localize } from "../localized";
import type { PlacedPosition } from "../plaatsing/placement-analysis";
import { nameKey, type FormationSide, type RowInfo } from "./formation-side";

export interface PersonGroup {
  key: string;
  rows: RowInfo[];
  /** The person has a personeelsnummer on this side. */
  numbered: boolean;
}

export type MatchedOn = "personnelNumber" | "name";

export interface PersonPair {
  old?: PersonGroup;
  new?: PersonGroup;
  matchedOn?: MatchedOn;
  /** Set when the person could not be matched (an ambiguous name). */
  unmatched?: Localized;
}

export interface SidePeople {
  persons: Map<string, PersonGroup>;
  /** Open rows (vacancies) per function key. */
  vacancies: Map<string, RowInfo[]>;
  /** Rows that name nobody the comparison can find (an error value in the person's cell). */
  unreadable: RowInfo[];
}

const AMBIGUOUS: Localized = {
  nl: "de naam komt meer dan eens voor zonder personeelsnummer om ze te onderscheiden ({old} in de oude, {new} in de nieuwe formatie)",
  en: "the name occurs more than once without a personnel number to tell them apart ({old} in the old, {new} in the new formation)",
};

/** The people, vacancies and unreadable rows of one side. */
export function peopleOf(side: FormationSide): SidePeople {
  const vacancies = new Map<string, RowInfo[]>();
  const unreadable: RowInfo[] = [];
  const byRow = new Map<number, RowInfo>();
  for (const info of side.rows) {
    const placed = info.placed;
    if (placed.open) push(vacancies, info.functionKey, info);
    else if (placed.employeeKey !== undefined) byRow.set(info.row, info);
    else if (side.hasPersons) unreadable.push(info);
  }
  // The plaatsing has grouped the rows per person already (by `employeeKey`, as the rules do).
  const persons = new Map<string, PersonGroup>();
  for (const [key, placed] of side.plaatsing.employees) {
    persons.set(key, { key, rows: placed.map((p) => byRow.get(p.position.row) as RowInfo), numbered: (placed[0] as PlacedPosition).position.personnelNumber.kind === "ok" });
  }
  return { persons, vacancies, unreadable };
}

/** Matches the people of two sides: pairs in no particular order (the caller sorts the lines). */
export function matchPeople(old: Map<string, PersonGroup>, next: Map<string, PersonGroup>): PersonPair[] {
  const pairs: PersonPair[] = [];
  const oldLeft: PersonGroup[] = [];
  const matched = new Set<PersonGroup>();
  for (const [key, group] of old) {
    const other = group.numbered ? next.get(key) : undefined;
    if (other?.numbered) {
      pairs.push({ old: group, new: other, matchedOn: "personnelNumber" });
      matched.add(other);
    } else oldLeft.push(group);
  }
  const newLeft: PersonGroup[] = [];
  for (const group of next.values()) if (!matched.has(group)) newLeft.push(group);
  // Names are made only for the people their personeelsnummer did not match (few, in a formation of a year later).
  const oldByName = byName(oldLeft);
  const newByName = byName(newLeft);
  const paired = new Set<PersonGroup>();
  for (const [name, olds] of oldByName) {
    const news = newByName.get(name);
    if (!news) continue;
    // Two numbered people are never one person: a name can only join a person without a number.
    const candidates: [PersonGroup, PersonGroup][] = [];
    for (const o of olds) for (const n of news) if (!(o.numbered && n.numbered)) candidates.push([o, n]);
    if (candidates.length === 0) continue;
    if (candidates.length === 1) {
      const [o, n] = candidates[0] as [PersonGroup, PersonGroup];
      pairs.push({ old: o, new: n, matchedOn: "name" });
      paired.add(o).add(n);
      continue;
    }
    const involved = new Set(candidates.flat());
    const reason = localize(AMBIGUOUS, { old: olds.length, new: news.length });
    for (const o of olds) if (involved.has(o)) pairs.push({ old: o, unmatched: reason });
    for (const n of news) if (involved.has(n)) pairs.push({ new: n, unmatched: reason });
    for (const g of involved) paired.add(g);
  }
  for (const group of oldLeft) if (!paired.has(group)) pairs.push({ old: group });
  for (const group of newLeft) if (!paired.has(group)) pairs.push({ new: group });
  return pairs;
}

/**
 * The row that stands for a person where one row must (their scale, their placement): the largest
 * FTE; on a tie the order of what the row says, never its place in the sheet, so sorting the sheet
 * changes nothing.
 */
export function mainRow(rows: readonly RowInfo[]): RowInfo {
  let best = rows[0] as RowInfo;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as RowInfo;
    if (compareRows(row, best) < 0) best = row;
  }
  return best;
}

function compareRows(a: RowInfo, b: RowInfo): number {
  return (
    b.fte - a.fte ||
    compareStrings(a.functionKey, b.functionKey) ||
    (a.scale?.rank ?? -1) - (b.scale?.rank ?? -1) ||
    compareStrings(a.clusterKey, b.clusterKey) ||
    compareStrings(nameKey(a.placed), nameKey(b.placed)) ||
    compareStrings(a.placed.employeeName, b.placed.employeeName)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** People by the normalised name of their main row (people without a name left out). */
function byName(groups: Iterable<PersonGroup>): Map<string, PersonGroup[]> {
  const names = new Map<string, PersonGroup[]>();
  for (const group of groups) {
    const name = nameKey(mainRow(group.rows).placed);
    if (name !== "") push(names, name, group);
  }
  return names;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
