/**
 * ExcelJS cell values → the core's plain cell values. Formulas become their cached result (or
 * "#UNCALCULATED" when the file holds none), rich text and hyperlinks become their text, error
 * cells become `{ error }`.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/formatie/grid";

type ExcelValue = ExcelJS.CellValue | undefined;

export function toCoreValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return { error: value.error };
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text ?? "").join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { error: "#UNCALCULATED" };
      return toCoreValue(result as ExcelValue);
    }
    if ("hyperlink" in value && "text" in value) return toCoreValue((value as ExcelJS.CellHyperlinkValue).text as ExcelValue);
    if ("text" in value && typeof (value as { text: unknown }).text === "string") return (value as { text: string }).text;
  }
  return String(value);
}
