/**
 * Whether a row's trede exists in its scale: one derivation shared by the rule that reports a bad
 * trede (`salary/step-invalid`) and the budget that prices the row, so they always agree. The scale
 * is the row's own where it gives a readable one the salary table knows, else its function's.
 */
import type { StepReading } from "../formatie/value-parsing";
import type { Position } from "../formatie/read-formatie";
import { scaleKey, type SalaryTable } from "./salary-table-schema";

export type StepCheck =
  | { ok: true; step: number; scale: string }
  | { ok: false; reason: "not-a-step"; text: string }
  | { ok: false; reason: "no-step"; step: number; scale: string; maxStep: number }
  /** Neither the row nor its function gives a scale the salary table has: the step cannot be checked. */
  | { ok: false; reason: "no-scale"; step: number };

/** The scale a row is priced in: its own readable scale when the tables know it, else its function's. */
export function rowScale(position: Position, functionScale: number | string | null | undefined, tables: readonly SalaryTable[]): string | undefined {
  const known = (key: string) => tables.length > 0 && tables.every((t) => t.scales.some((s) => s.scale === key));
  if (position.scale.kind === "ok") {
    const own = scaleKey(position.scale.label);
    if (known(own)) return own;
  }
  if (functionScale === null || functionScale === undefined) return undefined;
  const key = scaleKey(String(functionScale));
  return known(key) ? key : undefined;
}

/** Undefined for an empty cell or an error value (those are other rules' findings). */
export function checkStep(reading: StepReading, scale: string | undefined, tables: readonly SalaryTable[]): StepCheck | undefined {
  if (reading.kind === "empty" || reading.kind === "error") return undefined;
  if (reading.kind === "invalid") return { ok: false, reason: "not-a-step", text: reading.text };
  if (scale === undefined) return { ok: false, reason: "no-scale", step: reading.step };
  const counts = tables.map((t) => t.scales.find((s) => s.scale === scale)?.steps.length ?? 0);
  const maxStep = Math.min(...counts) - 1;
  if (reading.step > maxStep) return { ok: false, reason: "no-step", step: reading.step, scale, maxStep };
  return { ok: true, step: reading.step, scale };
}
