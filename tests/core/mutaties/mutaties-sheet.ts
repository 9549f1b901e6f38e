/**
 * Two small formation sheets compared, for the Mutaties tests: read as `validate` reads them,
 * against the bundled Ommen functieboek, priced as the Formatiebudget of 2026 prices (the bundled
 * salary table and the cao's measures, the year of TODAY). The yearly cost of one FTE is worked
 * out here by hand from the table's JSON and the measures, not with the code under test.
 */
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import type { PricingInputs } from "../../../src/core/budget/year-pricing";
import type { Grid } from "../../../src/core/formatie/grid";
import { compareFormaties, type Mutaties } from "../../../src/core/mutaties/compare-formaties";
import type { EmployeeChange } from "../../../src/core/mutaties/employee-changes";
import { budgetPricing } from "../../../src/core/mutaties/mutation-cost";
import { validateGrid } from "../../../src/core/rules/engine";
import { cents, maxSalary2026 } from "../../helpers/cao-by-hand";
import type { RowInput } from "../../helpers/rule-cases";
import { book, index, placementGrid, type SheetShape } from "../plaatsing/placement-sheet";

export { book, index, person } from "../plaatsing/placement-sheet";

export const TODAY = "2026-01-15";

export function formatie(grid: Grid) {
  const result = validateGrid(grid, book, { index });
  if (!result.formatie) throw new Error("test sheet is not usable");
  return result.formatie;
}

/** Priced with the bundled table on TODAY, unless the test says otherwise (other settings, year, table, raises). */
export function compareGrids(old: Grid, next: Grid, pricing: Partial<PricingInputs> = {}): Mutaties {
  return compareFormaties(formatie(old), formatie(next), index, { pricing: budgetPricing({ salaryTable: bundledSalaryTable(), today: TODAY, ...pricing }) });
}

export function compare(old: RowInput[], next: RowInput[], shapes: { old?: SheetShape; new?: SheetShape } = {}, pricing: Partial<PricingInputs> = {}): Mutaties {
  return compareGrids(placementGrid(old, shapes.old), placementGrid(next, shapes.new), pricing);
}

/**
 * Yearly cost of `fte` at a scale's maximum in 2026, 30 % werkgeverslasten over salary and IKB 17,05 %:
 * by hand (the salary over the twelve months of 2026, tests/helpers/cao-by-hand.ts), rounded to
 * cents as the cost per FTE and each row are.
 */
export function byHand(fte: number, scale: number | string, charges = 30): number {
  const perFte = cents(maxSalary2026(String(scale)) * 1.1705 * (1 + charges / 100));
  return cents(fte * perFte);
}

/** The one line of a person (by name), failing when there is none or more than one. */
export function lineOf(mutaties: Mutaties, name: string): EmployeeChange {
  const found = mutaties.employees.filter((line) => line.name === name);
  if (found.length !== 1) throw new Error(`${found.length} lines for ${name}`);
  return found[0] as EmployeeChange;
}

/** The vacancy line of a function. */
export function vacancyOf(mutaties: Mutaties, title: string): EmployeeChange {
  const found = mutaties.employees.filter((line) => line.kind === "vacancy" && (line.new ?? line.old)?.functions[0] === title);
  if (found.length !== 1) throw new Error(`${found.length} vacancy lines for ${title}`);
  return found[0] as EmployeeChange;
}
