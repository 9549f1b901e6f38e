/**
 * The scales of a workbook's functions: the Schaal cell (a scale or a range), or where it is empty
 * the scales the normfunctie's score converts to through the Conversietabel. Also checks the
 * Conversietabel itself (bands that run backwards or overlap).
 */
import type { Localized } from "../../localized";
import { normfunctieKey } from "../../text/normalize";
import { conversionRowOf, convertedSpan, type ScaleSpan } from "../scale-span";
import type { ConversionRow } from "../schema";
import type { ProblemList } from "./book-problems";
import type { Cells } from "./row-reading";

const MESSAGES = {
  noTable: { nl: "de schaal ontbreekt, en er is geen conversietabel om hem uit de waarderingsscore af te leiden.", en: "the scale is missing, and there is no conversion table to derive it from the valuation score." },
  noNormfunctie: { nl: "de schaal ontbreekt, en normfunctie '{normfunctie}' staat niet op het werkblad Normfuncties.", en: "the scale is missing, and normfunctie '{normfunctie}' is not on the Normfuncties sheet." },
  noScore: { nl: "de schaal ontbreekt, en normfunctie '{normfunctie}' heeft geen waarderingsscore om hem uit af te leiden.", en: "the scale is missing, and normfunctie '{normfunctie}' has no valuation score to derive it from." },
  outside: { nl: "de schaal ontbreekt, en score {score} van normfunctie '{normfunctie}' valt buiten de conversietabel.", en: "the scale is missing, and score {score} of normfunctie '{normfunctie}' falls outside the conversion table." },
  backwards: { nl: "score van {from} is hoger dan tot en met {to}.", en: "score from {from} is higher than score to {to}." },
  overlap: { nl: "scores {from} tot en met {to} overlappen met rij {other:plain}.", en: "scores {from} to {to} overlap with row {other:plain}." },
} satisfies Record<string, Localized>;

interface FunctionDraft {
  normfunctie: string;
  span: { span?: ScaleSpan; bad: boolean };
  cells: Cells;
}

interface NormfunctieDraft {
  name: string;
  aliases: string[];
  score?: number;
  scoreMax?: number;
}

type ConversionDraft = ConversionRow & { cells: Cells };

export function resolveScales<F extends FunctionDraft>(
  functions: readonly F[],
  normfuncties: readonly NormfunctieDraft[],
  table: readonly ConversionDraft[],
  problems: ProblemList,
  canDerive = true,
): (Omit<F, "span" | "cells"> & { scale: number; scaleMax?: number })[] {
  checkTable(table, problems);
  const byName = new Map<string, NormfunctieDraft>();
  for (const nf of normfuncties) for (const name of [nf.name, ...nf.aliases]) if (!byName.has(normfunctieKey(name))) byName.set(normfunctieKey(name), nf);
  return functions.map((fn) => {
    const { span: reading, cells: _cells, ...rest } = fn;
    const span = reading.span ?? (reading.bad || !canDerive ? undefined : converted(fn, byName, table, problems));
    const scale = span?.min ?? 0;
    return { ...rest, scale, ...(span !== undefined && span.max !== span.min ? { scaleMax: span.max } : {}) } as Omit<F, "span" | "cells"> & { scale: number; scaleMax?: number };
  });
}

function converted(fn: FunctionDraft, byName: ReadonlyMap<string, NormfunctieDraft>, table: readonly ConversionDraft[], problems: ProblemList): ScaleSpan | undefined {
  const place = fn.cells.placeOf("scale");
  if (fn.normfunctie === "") return undefined; // reported as missing already
  if (table.length === 0) return void problems.add("cell/missing", place, MESSAGES.noTable);
  const nf = byName.get(normfunctieKey(fn.normfunctie));
  if (!nf) return void problems.add("cell/missing", place, MESSAGES.noNormfunctie, { normfunctie: fn.normfunctie });
  if (nf.score === undefined) return void problems.add("cell/missing", place, MESSAGES.noScore, { normfunctie: nf.name });
  const span = convertedSpan({ conversionTable: table }, nf);
  if (span) return span;
  // The score, or else the top of its band, falls outside the table.
  const outside = conversionRowOf(table, nf.score) ? (nf.scoreMax ?? nf.score) : nf.score;
  return void problems.add("cell/missing", place, MESSAGES.outside, { score: outside, normfunctie: nf.name });
}

function checkTable(table: readonly ConversionDraft[], problems: ProblemList): void {
  table.forEach((row, i) => {
    if (row.scoreFrom > row.scoreTo) {
      problems.add("conversion/backwards", row.cells.placeOf("scoreFrom"), MESSAGES.backwards, { from: row.scoreFrom, to: row.scoreTo });
      return;
    }
    const other = table.slice(0, i).find((r) => r.scoreFrom <= r.scoreTo && row.scoreFrom <= r.scoreTo && row.scoreTo >= r.scoreFrom);
    if (other) problems.add("conversion/overlap", row.cells.placeOf("scoreFrom"), MESSAGES.overlap, { from: row.scoreFrom, to: row.scoreTo, other: other.cells.place.row ?? 0 });
  });
}
