/**
 * Two small formation sheets compared, for the Mutaties tests: read as `validate` reads them,
 * against the bundled Ommen functieboek, priced with the bundled salary table. The yearly cost of
 * one FTE is worked out here by hand from the table's JSON, not with the code under test.
 */
import table2020 from "../../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import type { Grid } from "../../../src/core/formatie/grid";
import { compareFormaties, type Mutaties } from "../../../src/core/mutaties/compare-formaties";
import type { EmployeeChange } from "../../../src/core/mutaties/employee-changes";
import { budgetPricing } from "../../../src/core/mutaties/mutation-cost";
import { validateGrid } from "../../../src/core/rules/engine";
import type { RowInput } from "../../helpers/rule-cases";
import { book, index, placementGrid, type SheetShape } from "../plaatsing/placement-sheet";

export { book, index, person } from "../plaatsing/placement-sheet";

export const TODAY = "2026-01-15";

export function formatie(grid: Grid) {
  const result = validateGrid(grid, book, { index });
  if (!result.formatie) throw new Error("test sheet is not usable");
  return result.formatie;
}

export function compareGrids(old: Grid, next: Grid, settings: { employerChargesPercent?: number } = {}): Mutaties {
  const pricing = budgetPricing({ salaryTable: bundledSalaryTable(), settings, today: TODAY });
  return compareFormaties(formatie(old), formatie(next), index, { pricing });
}

export function compare(old: RowInput[], next: RowInput[], shapes: { old?: SheetShape; new?: SheetShape } = {}, settings: { employerChargesPercent?: number } = {}): Mutaties {
  return compareGrids(placementGrid(old, shapes.old), placementGrid(next, shapes.new), settings);
}

/** Yearly cost of `fte` at a scale's maximum, 30 % werkgeverslasten: by hand, rounded to cents as each row is. */
export function byHand(fte: number, scale: number | string, charges = 30): number {
  const steps = table2020.scales.find((s) => s.scale === String(scale))?.steps as number[];
  const perFte = Math.round(Math.max(...steps) * 12 * 1.1705 * (1 + charges / 100) * 100) / 100;
  return Math.round(fte * perFte * 100) / 100;
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
