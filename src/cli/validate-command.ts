/** `formatiecheck validate FILE.xlsx`: check a formation sheet; optionally write an annotated copy. */
import { countBySeverity, type Finding } from "../core/findings";
import type { Functieboek } from "../core/functieboek/schema";
import { formatFte, type Language } from "../core/localized";
import { validateGrid, type ValidationResult } from "../core/rules/engine";
import { annotateWorkbook, createdSheets } from "../xlsx/annotate";
import { chooseSheet, worksheetGrid } from "../xlsx/read-workbook";
import type ExcelJS from "exceljs";
import { CliInputError } from "./cli-error";

export interface ValidateOutcome {
  result: ValidationResult;
  exitCode: 0 | 1 | 2;
}

export function validateWorkbook(workbook: ExcelJS.Workbook, book: Functieboek, sheetName: string | undefined): ValidationResult {
  const choice = chooseSheet(workbook, sheetName, createdSheets(workbook));
  if (!choice.ok) throw new CliInputError(choice.message);
  return validateGrid(worksheetGrid(choice.worksheet), book);
}

export function exitCodeOf(result: ValidationResult): 0 | 1 | 2 {
  if (!result.usable) return 2;
  return result.summary.errors > 0 ? 1 : 0;
}

export function validationJson(result: ValidationResult, book: Functieboek): string {
  return JSON.stringify({ functieboek: { name: book.name }, sheet: result.sheet, summary: result.summary, findings: result.findings }, null, 2);
}

const LABELS = {
  error: { nl: "Fouten", en: "Errors" },
  warning: { nl: "Waarschuwingen", en: "Warnings" },
  info: { nl: "Informatie", en: "Information" },
} as const;

export function validationText(result: ValidationResult, book: Functieboek, language: Language): string {
  const nl = language === "nl";
  const lines: string[] = [];
  lines.push(nl ? `Werkblad '${result.sheet}' gecontroleerd met ${book.name}` : `Sheet '${result.sheet}' checked against ${book.name}`);
  for (const severity of ["error", "warning", "info"] as const) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("");
    lines.push(`${LABELS[severity][language]} (${group.length})`);
    for (const f of group) lines.push(`  ${(f.cell ?? "").padEnd(6)} ${f.code.padEnd(26)} ${f.message[language]}${suggestionText(f, language)}`);
  }
  const s = result.summary;
  const counts = countBySeverity(result.findings);
  lines.push("");
  lines.push(
    nl
      ? `${s.positions} posities, ${formatFte(s.fteTotal, "nl")} fte (formatie ${s.formationTotal === null ? "—" : formatFte(s.formationTotal, "nl")}): ${counts.error} fouten, ${counts.warning} waarschuwingen, ${counts.info} info`
      : `${s.positions} positions, ${formatFte(s.fteTotal, "en")} FTE (formation ${s.formationTotal === null ? "—" : formatFte(s.formationTotal, "en")}): ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
  );
  return lines.join("\n");
}

function suggestionText(f: Finding, language: Language): string {
  if (f.suggestion === undefined) return "";
  return language === "nl" ? `  → ${f.suggestion}` : `  → ${f.suggestion}`;
}

export function annotate(workbook: ExcelJS.Workbook, result: ValidationResult, book: Functieboek): void {
  annotateWorkbook(workbook, result.findings, { title: `Formatiecheck — ${result.sheet} gecontroleerd met ${book.name}` });
}
