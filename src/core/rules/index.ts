/**
 * The registry: every rule, one sorted list. A test fails when a rule file is missing here or has
 * no tests.
 */
import { cellErrorValue } from "./cell-error-value";
import { clusterUnknown } from "./cluster-unknown";
import { coordinationInvalid } from "./coordination-invalid";
import { coordinationNotAllowed } from "./coordination-not-allowed";
import { coordinationTooMany } from "./coordination-too-many";
import { employeeNameMismatch } from "./employee-name-mismatch";
import { employeeOverAllocated } from "./employee-over-allocated";
import { fteCluster } from "./fte-cluster";
import { fteHoursMismatch } from "./fte-hours-mismatch";
import { fteInvalid } from "./fte-invalid";
import { fteNoFormation } from "./fte-no-formation";
import { fteOutOfRange } from "./fte-out-of-range";
import { fteOverFormation } from "./fte-over-formation";
import { fteTotal } from "./fte-total";
import { fteUnderFormation } from "./fte-under-formation";
import { functionSpelling } from "./function-spelling";
import { functionUnknown } from "./function-unknown";
import { normfunctionMismatch } from "./normfunction-mismatch";
import { normfunctionSpelling } from "./normfunction-spelling";
import { normfunctionUnknown } from "./normfunction-unknown";
import { plaatsingScaleDrop } from "./plaatsing-scale-drop";
import type { Localized } from "../localized";
import type { Rule } from "./rule";
import { salaryAmountInvalid } from "./salary-amount-invalid";
import { salaryStepInvalid } from "./salary-step-invalid";
import { scaleExtension } from "./scale-extension";
import { scaleIntermediate } from "./scale-intermediate";
import { scaleInvalid } from "./scale-invalid";
import { scaleMismatch } from "./scale-mismatch";

export const RULES: readonly Rule[] = [
  cellErrorValue,
  clusterUnknown,
  coordinationInvalid,
  coordinationNotAllowed,
  coordinationTooMany,
  employeeNameMismatch,
  employeeOverAllocated,
  fteCluster,
  fteHoursMismatch,
  fteInvalid,
  fteNoFormation,
  fteOutOfRange,
  fteOverFormation,
  fteTotal,
  fteUnderFormation,
  functionSpelling,
  functionUnknown,
  normfunctionMismatch,
  normfunctionSpelling,
  normfunctionUnknown,
  plaatsingScaleDrop,
  salaryAmountInvalid,
  salaryStepInvalid,
  scaleExtension,
  scaleIntermediate,
  scaleInvalid,
  scaleMismatch,
];

/** Sheet-level findings the engine itself produces (not rules, but stable ids all the same). */
export const SHEET_CODES = ["sheet/duplicate-column", "sheet/empty", "sheet/missing-column", "sheet/no-header"] as const;

export type SheetCode = (typeof SHEET_CODES)[number];

/** The titles of the engine's own findings, as a rule's `title`. */
export const SHEET_TITLES: Record<SheetCode, Localized> = {
  "sheet/duplicate-column": { nl: "Kolom komt meer dan eens voor", en: "Column appears more than once" },
  "sheet/empty": { nl: "Werkblad is leeg", en: "Sheet is empty" },
  "sheet/missing-column": { nl: "Verplichte kolom ontbreekt", en: "Required column missing" },
  "sheet/no-header": { nl: "Geen kopregel gevonden", en: "No header row found" },
};
