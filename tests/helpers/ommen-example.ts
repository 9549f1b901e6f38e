/**
 * The example workbook of examples/ (the Ommen formation with its deliberate mistakes) as a grid,
 * read through the .xlsx adapter: the one place the core's text tests depend on that adapter.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Grid } from "../../src/core/formatie/grid";
import { chooseSheet, loadWorkbook, worksheetGrid } from "../../src/xlsx/read-workbook";

export const EXAMPLES = path.join(__dirname, "../../examples");

export async function exampleGrid(file = "formatie-ommen.xlsx"): Promise<Grid> {
  const workbook = await loadWorkbook(readFileSync(path.join(EXAMPLES, file)));
  const choice = chooseSheet(workbook, undefined);
  if (!choice.ok) throw new Error(choice.message.en);
  return worksheetGrid(choice.worksheet);
}
