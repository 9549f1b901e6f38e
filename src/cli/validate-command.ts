/**
 * `formatiecheck validate FILE…`: check the formation sheet of one or more workbooks (a folder
 * stands for the workbooks in it); with one file, optionally write a checked copy (--out).
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { PricingInputs } from "../core/budget/year-pricing";
import { countBySeverity, type Finding } from "../core/findings";
import type { SheetChoice } from "../core/formatie/sheet-choice";
import { checkFunctieboek, type BookFinding } from "../core/functieboek/self-check";
import type { Functieboek } from "../core/functieboek/schema";
import { findingTitle } from "../core/finding-titles";
import { formatCount, formatFte } from "../core/format";
import type { Language, Localized } from "../core/localized";
import { formatSeverityCounts } from "../core/severity-words";
import { validateGrid, type ValidationResult } from "../core/rules/engine";
import { printableText } from "../core/text/printable-text";
import type { SheetInfo } from "../core/workbook-port";
import type { FileWorkbook } from "../xlsx/file-workbook";
import { WorkbookInputError, type InputErrorCode } from "../xlsx/read/input-errors";
import { CliInputError } from "./cli-error";

/** A validation of one sheet of a workbook: its state, and how the sheet was chosen. */
export type WorkbookValidation = ValidationResult & { sheetState?: SheetInfo["visibility"]; choice?: Extract<SheetChoice, { ok: true }> };

const printable = (message: Localized): Localized => ({ nl: printableText(message.nl), en: printableText(message.en) });

/** Chooses the sheet and checks it; an unusable file or sheet is a `CliInputError` (exit 2). */
export async function validateFile(file: FileWorkbook, book: Functieboek, sheetName: string | undefined, filePath: string, options: { pricing?: PricingInputs } = {}): Promise<WorkbookValidation> {
  const label = path.basename(filePath);
  const choice = await file.chooseSheet(sheetName);
  if (!choice.ok) throw new CliInputError(printable({ nl: `${label}: ${choice.message.nl}`, en: `${label}: ${choice.message.en}` }), choice.code);
  const result = validateGrid(await file.readSheet(choice.sheet), book, options.pricing ? { pricing: options.pricing } : {});
  if (!result.usable) {
    const message = result.findings[0]?.message ?? { nl: "Onbruikbaar werkblad.", en: "Unusable sheet." };
    throw new CliInputError(printable({ nl: `${label}: ${message.nl}`, en: `${label}: ${message.en}` }), "unusable-sheet");
  }
  const state = (await file.listSheets()).find((s) => s.name === choice.sheet)?.visibility ?? "visible";
  return { ...result, sheetState: state, choice };
}

/** The workbooks a list of arguments names: files as given, a folder's .xlsx/.xlsm/.xls/.xlsb/.ods files (not Excel's "~$" lock files). */
export function expandInputs(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let isDirectory = false;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      // A missing file: reading it says so.
    }
    if (!isDirectory) {
      files.push(arg);
      continue;
    }
    const inFolder = readdirSync(arg)
      .filter((name) => /\.(xlsx|xlsm|xls|xlsb|ods)$/i.test(name) && !name.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b))
      .map((name) => path.join(arg, name));
    if (inFolder.length === 0) throw new CliInputError({ nl: `Map ${arg} bevat geen werkmappen (.xlsx, .xls, .ods).`, en: `Folder ${arg} holds no workbooks (.xlsx, .xls, .ods).` }, "no-workbooks");
    files.push(...inFolder);
  }
  return files;
}

/** The functieboek's own errors (self-check), which make every check against it doubtful. */
function bookErrors(book: Functieboek): BookFinding[] {
  return checkFunctieboek(book).filter((f) => f.severity === "error");
}

export function exitCodeOf(result: ValidationResult): 0 | 1 | 2 {
  if (!result.usable) return 2;
  return result.summary.errors > 0 ? 1 : 0;
}

export function validationObject(result: WorkbookValidation, book: Functieboek, file?: string, origin?: string): Record<string, unknown> {
  const errors = bookErrors(book);
  return {
    ...(file !== undefined ? { file } : {}),
    functieboek: { name: book.name, ...(origin !== undefined ? { origin } : {}), ...(errors.length > 0 ? { selfCheckErrors: errors } : {}) },
    sheet: result.sheet,
    sheetState: result.sheetState ?? "visible",
    ...(result.choice && result.choice.reason !== "named" && result.choice.reason !== "only" ? { sheetChoice: { reason: result.choice.reason, others: result.choice.others, message: result.choice.message } } : {}),
    summary: result.summary,
    findings: result.findings,
  };
}

export function validationJson(result: WorkbookValidation, book: Functieboek, origin?: string): string {
  return JSON.stringify(validationObject(result, book, undefined, origin), null, 2);
}

export function errorObject(error: unknown, file?: string): Record<string, unknown> {
  const { code, message } = errorOf(error);
  return { ...(file !== undefined ? { file } : {}), error: { code, message } };
}

export function errorOf(error: unknown): { code: string; message: Localized } {
  if (error instanceof WorkbookInputError) return { code: error.code, message: error.userMessage };
  if (error instanceof CliInputError) return { code: error.code, message: error.userMessage };
  const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  return { code: "internal", message: { nl: `interne fout: ${printableText(detail)}`, en: `internal error: ${printableText(detail)}` } };
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

/** "10 fouten, 2 waarschuwingen, 2 info" / "1 error, 0 warnings, 2 info". */
export function countsText(findings: readonly Finding[], language: Language): string {
  return formatSeverityCounts(countBySeverity(findings), language);
}

/** One finding on one line: the cell, what is wrong (its title), the message, the suggestion, and the rule id last. */
function findingLine(f: Finding, language: Language): string {
  const suggestion = f.suggestion !== undefined ? `  → ${f.suggestion}` : "";
  return `  ${(f.cell ?? "").padEnd(6)} ${findingTitle(f.code)[language]}: ${f.message[language]}${suggestion}  [${f.code}]`;
}

export function validationText(result: WorkbookValidation, book: Functieboek, language: Language): string {
  const nl = language === "nl";
  const lines: string[] = [];
  const state = result.sheetState === "hidden" || result.sheetState === "veryHidden" ? SHEET_STATE[result.sheetState][language] : "";
  lines.push(nl ? `Werkblad '${result.sheet}'${state} gecontroleerd met ${book.name}` : `Sheet '${result.sheet}'${state} checked against ${book.name}`);
  const errors = bookErrors(book);
  if (errors.length > 0) {
    lines.push(
      nl
        ? `Let op: het functieboek zelf bevat ${formatCount(errors.length, { nl: ["fout", "fouten"], en: ["error", "errors"] }, "nl")}; controleer het met: formatiecheck functieboek --functieboek …`
        : `Note: the function book itself has ${formatCount(errors.length, { nl: ["fout", "fouten"], en: ["error", "errors"] }, "en")}; check it with: formatiecheck functieboek --functieboek …`,
    );
    for (const f of errors) lines.push(`  ${findingTitle(f.code)[language]}: ${f.message[language]}  [${f.code}]`);
  }
  for (const severity of ["error", "warning", "info"] as const) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("");
    lines.push(`${LABELS[severity][language]} (${group.length})`);
    for (const f of group) lines.push(findingLine(f, language));
  }
  const s = result.summary;
  lines.push("");
  lines.push(
    nl
      ? `${formatCount(s.positions, { nl: ["positie", "posities"], en: ["position", "positions"] }, "nl")}, ${formatFte(s.fteTotal, "nl")} fte (formatie ${s.formationTotal === null ? "—" : formatFte(s.formationTotal, "nl")}): ${countsText(result.findings, "nl")}`
      : `${formatCount(s.positions, { nl: ["positie", "posities"], en: ["position", "positions"] }, "en")}, ${formatFte(s.fteTotal, "en")} FTE (formation ${s.formationTotal === null ? "—" : formatFte(s.formationTotal, "en")}): ${countsText(result.findings, "en")}`,
  );
  // Cell text reaches the terminal here: control characters are shown, never executed.
  return lines.map(printableText).join("\n");
}

/** One line per file for a run over several workbooks. */
export function fileLine(file: string, outcome: { result?: WorkbookValidation; error?: unknown }, language: Language): string {
  if (outcome.result) {
    const r = outcome.result;
    return printableText(`${file} — '${r.sheet}': ${countsText(r.findings, language)}`);
  }
  return printableText(`${file} — ${language === "nl" ? "niet gecontroleerd" : "not checked"}: ${errorOf(outcome.error).message[language]}`);
}

export type { InputErrorCode };
