/**
 * The example workbook of examples/ (the Ommen formation with its deliberate mistakes) as a grid,
 * read through the file layer: the one place the core's text tests depend on that adapter.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Grid } from "../../src/core/formatie/grid";
import { FileWorkbook } from "../../src/xlsx/file-workbook";

export const EXAMPLES = path.join(__dirname, "../../examples");

export async function exampleGrid(file = "formatie-ommen.xlsx"): Promise<Grid> {
  const workbook = await FileWorkbook.fromBytes(readFileSync(path.join(EXAMPLES, file)));
  const choice = await workbook.chooseSheet();
  if (!choice.ok) throw new Error(choice.message.en);
  return workbook.readSheet(choice.sheet);
}
