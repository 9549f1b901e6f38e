/**
 * One formation sheet as the comparison sees it: its plaatsing (src/core/plaatsing/, so a row
 * counts for the same function and cluster as in the Plaatsing tables and the rules), and per row
 * what is compared — function, cluster, scale, FTE, the yearly cost — and why a row cannot be read.
 */
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { FormatieSheet, Position } from "../formatie/read-formatie";
import { findingTitle } from "../finding-titles";
import type { Localized } from "../localized";
import { roundEuro } from "../plaatsing/data-table";
import { analysePlaatsing, type PlacedPosition, type Plaatsing } from "../plaatsing/placement-analysis";
import { localizeEach } from "../plaatsing/table-text";
import type { ValidationSettings } from "../rules/rule";
import { compactKey } from "../text/normalize";
import type { Pricing } from "./mutation-cost";

/** A row's scale: the sheet's, else the book's for its function. */
export interface RowScale {
  /** As a table cell: 11, or "10A" / "11U" for a tussen- or uitloopschaal. */
  cell: number | string;
  scale: number;
  /** Orders scales: 10 < 10A < 10U < 11. */
  rank: number;
}

export interface RowInfo {
  placed: PlacedPosition;
  /** 1-based sheet row. */
  row: number;
  functionKey: string;
  clusterKey: string;
  scale: RowScale | undefined;
  /** FTE in sums (0 when the row's FTE cannot be read). */
  fte: number;
  /** False when the row's FTE or hours cannot be read (the row counts as 0 FTE). */
  fteRead: boolean;
  /** Yearly cost of the row; null when no amount is known for its scale (0 for an unread FTE). */
  cost: number | null;
  /** Why the row cannot be read (its FTE, or the cell that names the person). */
  problem?: Localized;
}

export interface FormationSide {
  sheet: FormatieSheet;
  plaatsing: Plaatsing;
  rows: RowInfo[];
  /** The sheet names people (a Medewerker or Personeelsnummer column). */
  hasPersons: boolean;
}

const VARIANT_RANK = { normal: 0, intermediate: 1, extension: 2 } as const;

const PROBLEMS = {
  fte: { nl: "{what} '{found}' is niet te lezen ({title}); de rij telt als 0 fte", en: "{what} '{found}' cannot be read ({title}); the row counts as 0 FTE" },
  noFte: { nl: "geen FTE of uren; de rij telt als 0 fte", en: "no FTE or hours; the row counts as 0 FTE" },
  person: { nl: "{what} is een foutwaarde ({found}; {title}): de rij is aan niemand te koppelen", en: "{what} is an error value ({found}; {title}): the row cannot be matched to anyone" },
} satisfies Record<string, Localized>;

export function readSide(sheet: FormatieSheet, index: FunctieboekIndex, pricing: Pricing, settings: Partial<ValidationSettings> = {}): FormationSide {
  const plaatsing = analysePlaatsing(sheet, index, settings);
  const scales = new Map<string, RowScale>();
  const rows = plaatsing.positions.map((placed) => rowInfo(placed, pricing, scales));
  return { sheet, plaatsing, rows, hasPersons: plaatsing.hasPersons };
}

function rowInfo(placed: PlacedPosition, pricing: Pricing, scales: Map<string, RowScale>): RowInfo {
  const position = placed.position;
  const fteRead = position.effectiveFte !== null;
  const scale = rowScale(placed, scales);
  const perFte = scale === undefined ? null : pricing.yearlyPerFte(scale.cell);
  const cost = !fteRead ? 0 : perFte === null ? null : roundEuro(placed.fte * perFte);
  const problem = personProblem(placed) ?? (fteRead ? undefined : fteProblem(position));
  return {
    placed,
    row: position.row,
    functionKey: placed.function.key,
    clusterKey: placed.cluster.key,
    scale,
    fte: placed.fte,
    fteRead,
    cost,
    ...(problem ? { problem } : {}),
  };
}

/** The row's scale; one object per scale, shared by the rows that have it (`scales`). */
function rowScale(placed: PlacedPosition, scales: Map<string, RowScale>): RowScale | undefined {
  const reading = placed.position.scale;
  const label = reading.kind === "ok" ? reading.label : placed.placement.newScale !== undefined ? String(placed.placement.newScale) : undefined;
  if (label === undefined) return undefined;
  let scale = scales.get(label);
  if (!scale) {
    if (reading.kind === "ok") scale = { cell: reading.variant === "normal" ? reading.scale : reading.label, scale: reading.scale, rank: reading.scale * 3 + VARIANT_RANK[reading.variant] };
    else {
      const number = placed.placement.newScale as number;
      scale = { cell: number, scale: number, rank: number * 3 };
    }
    scales.set(label, scale);
  }
  return scale;
}

/** A row whose person cell holds an error value names nobody the comparison can find. */
function personProblem(placed: PlacedPosition): Localized | undefined {
  if (placed.employeeKey !== undefined || placed.open) return undefined;
  const { employee, personnelNumber } = placed.position;
  const reading = personnelNumber.kind === "error" ? personnelNumber : employee.kind === "error" ? employee : undefined;
  if (!reading) return undefined;
  const what = personnelNumber.kind === "error" ? { nl: "Personeelsnummer", en: "Personnel number" } : { nl: "Medewerker", en: "Employee" };
  const title = findingTitle("cell/error-value");
  return localizeEach(PROBLEMS.person, (l) => ({ what: what[l], found: reading.text, title: title[l] }));
}

function fteProblem(position: Position): Localized {
  const { fte, hours } = position;
  const reading = fte.kind !== "empty" ? fte : hours;
  if (reading.kind === "empty") return PROBLEMS.noFte;
  const code = reading.kind === "error" ? "cell/error-value" : reading.kind === "invalid" ? "fte/invalid" : "fte/out-of-range";
  const what = fte.kind !== "empty" ? { nl: "FTE", en: "FTE" } : { nl: "Uren", en: "Hours" };
  const title = findingTitle(code);
  return localizeEach(PROBLEMS.fte, (l) => ({ what: what[l], found: reading.text, title: title[l] }));
}

/** The name a person is matched on when personeelsnummers do not match them: "" for none. */
export function nameKey(placed: PlacedPosition): string {
  const employee = placed.position.employee;
  return employee.kind === "ok" ? compactKey(employee.value) : "";
}
