/**
 * How an employee's new position compares with the current one: functievolger (same function),
 * passend (new scale at most `maxScaleDrop` lower), niet passend (more lower: the rule
 * `plaatsing/scale-drop` reports it), hoger. Uses the same scale as that rule, so they agree.
 */
import type { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { Position } from "../formatie/read-formatie";
import type { Localized } from "../localized";
import { bookFunction, bookScale } from "../rules/resolution";
import type { Resolution } from "../rules/rule";
import { compactKey } from "../text/normalize";

export type PlacementType = "functievolger" | "passend" | "niet-passend" | "hoger";

export const PLACEMENT_TYPE_LABELS: Record<PlacementType, Localized> = {
  functievolger: { nl: "functievolger", en: "same function" },
  passend: { nl: "passend", en: "suitable" },
  "niet-passend": { nl: "niet passend", en: "not suitable" },
  hoger: { nl: "hoger", en: "higher" },
};

export interface PlacementAssessment {
  /** The new scale: the sheet's, else the book's for the function (as `plaatsing/scale-drop` takes it). */
  newScale?: number;
  currentScale?: number;
  /** New minus current scale (negative: lower); undefined when either is unknown. */
  scaleDifference?: number;
  /** Undefined when neither the function nor the scales can be compared. */
  type?: PlacementType;
  /** The new scale is lower than the current one: the employee keeps the current salary. */
  salaryGuarantee: boolean;
}

export function assessPlacement(position: Position, resolution: Resolution, index: FunctieboekIndex, maxScaleDrop: number): PlacementAssessment {
  const newScale = position.scale.kind === "ok" ? position.scale.scale : bookScale(resolution, index);
  const currentScale = position.currentScale.kind === "ok" ? position.currentScale.scale : undefined;
  const scaleDifference = newScale !== undefined && currentScale !== undefined ? newScale - currentScale : undefined;
  const type = classifyPlacement(sameFunction(position, resolution, index), scaleDifference, maxScaleDrop);
  // Built without spreads: one is made for every row of a sheet.
  const assessment: PlacementAssessment = { salaryGuarantee: scaleDifference !== undefined && scaleDifference < 0 };
  if (newScale !== undefined) assessment.newScale = newScale;
  if (currentScale !== undefined) assessment.currentScale = currentScale;
  if (scaleDifference !== undefined) assessment.scaleDifference = scaleDifference;
  if (type !== undefined) assessment.type = type;
  return assessment;
}

/**
 * The placement type from what changed: more than `maxScaleDrop` scales lower is niet passend, the
 * same function a functievolger, else hoger or passend by the scale. Shared with the Mutaties
 * (src/core/mutaties/), where the old formation's function and scale stand for the current ones.
 */
export function classifyPlacement(sameFunction: boolean, scaleDifference: number | undefined, maxScaleDrop: number): PlacementType | undefined {
  if (scaleDifference !== undefined && -scaleDifference > maxScaleDrop) return "niet-passend";
  if (sameFunction) return "functievolger";
  if (scaleDifference !== undefined) return scaleDifference > 0 ? "hoger" : "passend";
  return undefined;
}

/** The current function is the new one: the same book function, or the same words where the book has neither. */
function sameFunction(position: Position, resolution: Resolution, index: FunctieboekIndex): boolean {
  if (position.currentFunction.kind !== "ok") return false;
  const current = index.findFunction(position.currentFunction.value)?.entry;
  const next = bookFunction(resolution, index);
  if (current && next) return current === next;
  return position.title.kind === "ok" && compactKey(position.title.value) === compactKey(position.currentFunction.value);
}
