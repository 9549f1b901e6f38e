/** `formatiecheck validate FILE.xlsx`: check a formation sheet; optionally write an annotated copy. */
import { countBySeverity, type Finding } from "../core/findings";
import { checkFunctieboek, type BookFinding } from "../core/functieboek/self-check";
import type { Functieboek } from "../core/functieboek/schema";
import { formatFte, type Language, type Localized } from "../core/localized";
import { validateGrid, type ValidationResult } from "../core/rules/engine";
import { printableText } from "../core/text/printable-text";
import { annotateWorkbook, createdSheets } from "../xlsx/annotate";
import { chooseSheet, sheetState, worksheetGrid, type SheetInfo } from "../xlsx/read-workbook";
import type ExcelJS from "exceljs";
import { CliInputError } from "./cli-error";

export interface ValidateOutcome {
  result: ValidationResult;
  exitCode: 0 | 1 | 2;
}

/** A validation of one sheet of a workbook, and whether that sheet is hidden. */
export type WorkbookValidation = ValidationResult & { sheetState?: SheetInfo["state"] };

const printable = (message: Localized): Localized => ({ nl: printableText(message.nl), en: printableText(message.en) });

export function validateWorkbook(workbook: ExcelJS.Workbook, book: Functieboek, sheetName: string | undefined): WorkbookValidation {
  const choice = chooseSheet(workbook, sheetName, createdSheets(workbook));
  if (!choice.ok) throw new CliInputError(printable(choice.message));
  const result = validateGrid(worksheetGrid(choice.worksheet), book);
  // An unusable sheet's message quotes its header labels and ends up on one terminal line.
  if (!result.usable) result.findings = result.findings.map((f) => ({ ...f, message: printable(f.message) }));
  return { ...result, sheetState: sheetState(choice.worksheet) };
}

/** The functieboek's own errors (self-check), which make every check against it doubtful. */
function bookErrors(book: Functieboek): BookFinding[] {
  return checkFunctieboek(book).filter((f) => f.severity === "error");
}

export function exitCodeOf(result: ValidationResult): 0 | 1 | 2 {
  if (!result.usable) return 2;
  return result.summary.errors > 0 ? 1 : 0;
}

export function validationJson(result: WorkbookValidation, book: Functieboek): string {
  const errors = bookErrors(book);
  return JSON.stringify(
    {
      functieboek: { name: book.name, ...(errors.length > 0 ? { selfCheckErrors: errors } : {}) },
      sheet: result.sheet,
      sheetState: result.sheetState ?? "visible",
      summary: result.summary,
      findings: result.findings,
    },
    null,
    2,
  );
}

const LABELS = {
  error: { nl: "Fouten", en: "Errors" },
  warning: { nl: "Waarschuwingen", en: "Warnings" },
  info: { nl: "Informatie", en: "Information" },
} as const;

const SHEET_STATE = {
  hidden: { nl: " (verborgen werkblad)", en: " (hidden sheet)" },
  veryHidden: { nl: " (zeer verborgen werkblad)", en: " (very hidden sheet)" },
} as const;

export function validationText(result: WorkbookValidation, book: Functieboek, language: Language): string {
  const nl = language === "nl";
  const lines: string[] = [];
  const state = result.sheetState === "hidden" || result.sheetState === "veryHidden" ? SHEET_STATE[result.sheetState][language] : "";
  lines.push(nl ? `Werkblad '${result.sheet}'${state} gecontroleerd met ${book.name}` : `Sheet '${result.sheet}'${state} checked against ${book.name}`);
  const errors = bookErrors(book);
  if (errors.length > 0) {
    lines.push(
      nl
        ? `Let op: het functieboek zelf bevat ${errors.length} fout(en); controleer het met: formatiecheck functieboek --functieboek …`
        : `Note: the function book itself has ${errors.length} error(s); check it with: formatiecheck functieboek --functieboek …`,
    );
    for (const f of errors) lines.push(`  ${f.code.padEnd(26)} ${f.message[language]}`);
  }
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
  // Cell text reaches the terminal here: control characters are shown, never executed.
  return lines.map(printableText).join("\n");
}

function suggestionText(f: Finding, language: Language): string {
  if (f.suggestion === undefined) return "";
  return language === "nl" ? `  → ${f.suggestion}` : `  → ${f.suggestion}`;
}

export function annotate(workbook: ExcelJS.Workbook, result: ValidationResult, book: Functieboek): void {
  annotateWorkbook(workbook, result.findings, { title: `Formatiecheck — ${result.sheet} gecontroleerd met ${book.name}` });
}
