/**
 * Small formation sheets for the placement and budget tests, checked against the bundled Ommen
 * functieboek. Unlike the rule helper's sheet, the placement columns (Huidige functie / Huidige
 * schaal) are there only when asked for, because their presence changes the Plaatsingslijst.
 */
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../../src/core/functieboek/functieboek-index";
import type { FunctionEntry } from "../../../src/core/functieboek/schema";
import type { Grid } from "../../../src/core/formatie/grid";
import { analysePlaatsing, type Plaatsing } from "../../../src/core/plaatsing/placement-analysis";
import { validateGrid, type ValidationResult } from "../../../src/core/rules/engine";
import type { ValidationSettings } from "../../../src/core/rules/rule";
import type { RowInput } from "../../helpers/rule-cases";

export const book = bundledFunctieboek();
export const index = new FunctieboekIndex(book);

export interface SheetShape {
  /** Add Huidige functie / Huidige schaal columns. */
  current?: boolean;
  /** Leave out Medewerker and Personeelsnummer (a formation plan without people). */
  withoutPersons?: boolean;
  /** Add a Trede column and/or a Salaris column (the employee's own step or salary). */
  step?: boolean;
  salary?: boolean;
}

export function placementGrid(rows: RowInput[], shape: SheetShape = {}): Grid {
  const columns: [string, keyof RowInput][] = [
    ["Cluster", "cluster"],
    ["Functie", "functie"],
    ["HR21-normfunctie", "normfunctie"],
    ["Schaal", "schaal"],
    ["FTE", "fte"],
    ...(shape.withoutPersons ? [] : ([["Medewerker", "medewerker"], ["Personeelsnummer", "nr"]] as [string, keyof RowInput][])),
    ["Coördinatiemodule", "cm"],
    ...(shape.current ? ([["Huidige functie", "huidigeFunctie"], ["Huidige schaal", "huidigeSchaal"]] as [string, keyof RowInput][]) : []),
    ...(shape.step ? ([["Trede", "trede"]] as [string, keyof RowInput][]) : []),
    ...(shape.salary ? ([["Salaris", "salaris"]] as [string, keyof RowInput][]) : []),
  ];
  return { sheet: "Formatie", rows: [columns.map(([label]) => label), ...rows.map((r) => columns.map(([, key]) => r[key] ?? null))] };
}

export function validated(rows: RowInput[], shape: SheetShape = {}): ValidationResult {
  return validateGrid(placementGrid(rows, shape), book, { index });
}

export function analyse(rows: RowInput[], shape: SheetShape = {}, settings: Partial<ValidationSettings> = {}): Plaatsing {
  const result = validateGrid(placementGrid(rows, shape), book, { index, settings });
  if (!result.formatie) throw new Error("test sheet is not usable");
  return analysePlaatsing(result.formatie, index, settings);
}

/** The book's own entry for a function title (the tests take formation and scale from the book, never hard-code them). */
export function bookEntry(title: string): FunctionEntry {
  const entry = book.functions.find((f) => f.title.trim() === title);
  if (!entry) throw new Error(`No function '${title}' in the bundled book`);
  return entry;
}

/** A person on a function of the book, with its book normfunctie and scale. */
export function person(title: string, name: string, fte: number, extra: RowInput = {}): RowInput {
  const entry = bookEntry(title);
  return { functie: title, normfunctie: entry.normfunctie, schaal: entry.scale, fte, medewerker: name, nr: `P-${name}`, ...extra };
}
