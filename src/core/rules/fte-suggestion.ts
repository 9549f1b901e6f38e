/**
 * What a row's size most likely meant, as an FTE — or nothing. One derivation shared by
 * fte/out-of-range and fte/hours-mismatch, so a cell never gets two different suggestions and
 * every suggestion is a plausible FTE for one row (PLAUSIBLE_FTE).
 *
 * A number above 1 in the FTE column can be a percentage, hours per week, or a count of FTE (a
 * function's whole formation on one row). It is read:
 * - as hours (32 → 0,89 at 36 hours) only where something speaks of hours: the cell ("32 uur"), the
 *   FTE column's header ("Omvang (uren)"), the sheet's name ("Formatie in uren"), or the row's own
 *   hours, which give the same FTE (32 in both the FTE and the Uren column);
 * - as a percentage (80 → 0,8) only above a full week's hours (36), where it cannot be hours, and
 *   not where the cell or its header says hours. Below that a number may as well be hours or a count
 *   (7 → 0,07? 32 → 0,32?), and 1,2 → 0,012 is no FTE at all: no suggestion.
 * The two readings never overlap (hours up to a full week, percentages above it). Where the row has
 * plausible hours, only a reading that agrees with them counts, and the suggestion is the hours' own
 * FTE — the one fte/hours-mismatch gives; a reading they contradict is not suggested.
 */
import type { Position } from "../formatie/read-formatie";
import type { RuleContext } from "./rule";

/** The FTE one row can plausibly have: from 0,05 (under two hours a week) to full time. */
export const PLAUSIBLE_FTE = { min: 0.05, max: 1 } as const;

/** FTE and hours agree when they differ by less than this (FTE is often rounded to two decimals). */
export const HOURS_TOLERANCE_FTE = 0.01;

/** Floating-point slack at the ends of PLAUSIBLE_FTE (1,8 / 36 is 0.05000000000000001). */
const EPSILON = 1e-9;

export function isPlausibleFte(value: number): boolean {
  return value >= PLAUSIBLE_FTE.min - EPSILON && value <= PLAUSIBLE_FTE.max + EPSILON;
}

export interface IntendedFte {
  fte: number;
  /** How the typed number was read: as a percentage or as hours per week. */
  readAs: "percent" | "hours";
}

/** Words that speak of hours in a header or sheet name, at the start of a word ("Urenformatie", "Omvang (uren)"). */
const HOURS_WORD = /(?:^|[^\p{L}])(?:uren|uur|hours?)/iu;

export function speaksOfHours(text: string | undefined): boolean {
  return text !== undefined && HOURS_WORD.test(text);
}

/** The FTE the row's hours give, when it has plausible hours (0,05–1,0 FTE). */
export function fteOfHours(position: Position, fullTimeHours: number): number | undefined {
  const { hours } = position;
  if (hours.kind !== "ok" || hours.percent) return undefined;
  const fte = hours.value / fullTimeHours;
  return isPlausibleFte(fte) ? fte : undefined;
}

/** The likely intent of an FTE above 1 in the FTE column; undefined when there is no single likely one. */
export function intendedFte(position: Position, context: RuleContext): IntendedFte | undefined {
  const { fte } = position;
  if (fte.kind !== "ok" || fte.percent || fte.value <= 1) return undefined;
  const full = context.book.book.policies.fullTimeHours;
  const { sheet } = context;
  const fteColumn = sheet.columns.fte;
  const cellOrHeaderSaysHours = fte.unit === "hours" || speaksOfHours(fteColumn === undefined ? undefined : sheet.header.labels.get(fteColumn));
  const rowHours = fteOfHours(position, full);
  let readings: IntendedFte[] = [];
  if (cellOrHeaderSaysHours || speaksOfHours(sheet.sheet) || rowHours !== undefined) readings.push({ fte: fte.value / full, readAs: "hours" });
  if (!cellOrHeaderSaysHours && fte.value > full) readings.push({ fte: fte.value / 100, readAs: "percent" });
  readings = readings.filter((r) => isPlausibleFte(r.fte));
  if (rowHours !== undefined) readings = readings.filter((r) => Math.abs(r.fte - rowHours) < HOURS_TOLERANCE_FTE).map((r) => ({ ...r, fte: rowHours }));
  return readings.length === 1 ? readings[0] : undefined;
}
