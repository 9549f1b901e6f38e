/**
 * The pane tests' data: a small functieboek (two functions, one cluster) carried by the workbook
 * itself, and a formation sheet with one wrong scale (D3: 11 where the book says 10).
 */
import type { CellValue } from "../../../src/core/formatie/grid";
import type { FunctieboekInput } from "../../../src/core/functieboek/schema";
import type { StoredState } from "../../../src/core/workbook-port";
import { minimalBook } from "../../core/functieboek/minimal-book";

export const HEADER = ["Cluster", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Medewerker"];

export function testBook(): FunctieboekInput {
  return minimalBook();
}

export function bookState(book: FunctieboekInput = testBook(), extra: Partial<StoredState> = {}): StoredState {
  return { schemaVersion: 1, functieboekJson: JSON.stringify(book), ...extra };
}

/** Row 3 has scale 11 for an Adviseur (the book: 10) → scale/mismatch at D3 with suggestion 10. */
export function formatieRows(): CellValue[][] {
  return [
    HEADER,
    ["Cluster Alles", "Adviseur", "Adviseur IV", 10, 1, "Jan"],
    ["Cluster Alles", "Adviseur", "Adviseur IV", 11, 1, "Piet"],
    ["Cluster Alles", "Ondersteuner", "Medewerker administratief & secretarieel III", 6, 1, "Kees"],
  ];
}

/**
 * One finding of each severity: B2 "adviseur" (function/spelling, info), D3 scale 11
 * (scale/mismatch, error), A4 "Cluster Allez" (cluster/unknown, warning).
 */
export function mixedRows(): CellValue[][] {
  const rows = formatieRows();
  (rows[1] as CellValue[])[1] = "adviseur";
  (rows[3] as CellValue[])[0] = "Cluster Allez";
  return rows;
}
