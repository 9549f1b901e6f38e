/** What the browser tests know about the example and read from a downloaded workbook. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { SEVERITY_FILL } from "../../../src/core/marking";
import { ROOT } from "./built-pane";

export const EXAMPLE = path.join(ROOT, "examples/formatie-ommen.xlsx");
export const EXAMPLE_SHEET = "Formatie 2025";
/** The example's deliberate mistakes: exactly these errors. */
export const EXPECTED_ERRORS = (JSON.parse(readFileSync(path.join(ROOT, "examples/formatie-ommen.expected.json"), "utf8")) as { errors: { code: string; cell: string }[] }).errors;
export const TABLE_SHEETS = ["Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget", "Formatiebudget per cluster"];
export const ERROR_ARGB = `FF${SEVERITY_FILL.error}`;

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function fillArgb(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

export function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}
