/** `formatiecheck functieboek`: a readable summary of the loaded book and its self-check. */
import { findingTitle } from "../core/finding-titles";
import { formatCount, formatFte } from "../core/format";
import type { Language } from "../core/localized";
import { SEVERITY_LABELS } from "../core/severity-words";
import { checkFunctieboek, type BookFinding } from "../core/functieboek/self-check";
import type { Functieboek } from "../core/functieboek/schema";
import { formatScaleSpan, scaleSpanOf } from "../core/functieboek/scale-span";
import { printableText } from "../core/text/printable-text";
import { textTable } from "./text-table";

/** `placed`: the self-check's findings with their cells, for a book read from a workbook. */
export function functieboekReport(book: Functieboek, format: "text" | "json", language: Language, placed?: readonly BookFinding[]): string {
  const findings = placed ?? checkFunctieboek(book);
  // A finding placed in a workbook says its sheet and cell; its JSON path would mean nothing there.
  if (format === "json") return JSON.stringify({ functieboek: book, findings: findings.map((f) => ("sheet" in f ? omitPath(f) : f)) }, null, 2);
  const nl = language === "nl";
  const yesNo = (value: boolean) => (value ? (nl ? "ja" : "yes") : nl ? "nee" : "no");
  const { policies } = book;
  const total = book.functions.reduce((sum, f) => sum + (f.formationFte ?? 0), 0);
  const lines: string[] = [];
  lines.push(`${book.name} — ${book.organisation}`);
  lines.push(`${nl ? "Bron" : "Source"}: ${book.source.title}`);
  lines.push(
    nl
      ? `Beleid: tussenschalen ${yesNo(policies.intermediateScales)}, uitloopschalen ${yesNo(policies.extensionScales)}, voltijd ${policies.fullTimeHours} uur/week, coördinatiemodule max. ${policies.maxCoordinatorsPerCluster ?? "—"} per cluster en ${policies.maxCoordinatorsTotal ?? "—"} in totaal`
      : `Policies: intermediate scales ${yesNo(policies.intermediateScales)}, extension scales ${yesNo(policies.extensionScales)}, full time ${policies.fullTimeHours} h/week, coordination module at most ${policies.maxCoordinatorsPerCluster ?? "—"} per cluster and ${policies.maxCoordinatorsTotal ?? "—"} in total`,
  );
  lines.push("");
  const rows = book.functions.map((f) => [f.title.trim(), f.normfunctie.trim(), formatScaleSpan(scaleSpanOf(f), language), f.formationFte === null ? "—" : formatFte(f.formationFte, language)]);
  rows.push([nl ? "Totaal" : "Total", "", "", formatFte(total, language)]);
  lines.push(textTable([nl ? "Functie" : "Function", "HR21-normfunctie", nl ? "Schaal" : "Scale", nl ? "Formatie (fte)" : "Formation (FTE)"], rows, new Set([2, 3])));
  if (book.formationTotalFte !== null) lines.push(`${nl ? "Totaal volgens het functieboek" : "Total stated by the book"}: ${formatFte(book.formationTotalFte, language)}`);
  lines.push("");
  lines.push(
    textTable(
      ["Cluster", nl ? "Indicatief (fte)" : "Indicative (FTE)"],
      book.clusters.map((c) => [c.name, c.indicativeFte === null ? "—" : formatFte(c.indicativeFte, language)]),
      new Set([1]),
    ),
  );
  lines.push("");
  lines.push(
    [
      formatCount(book.normfuncties.length, { nl: ["normfunctie", "normfuncties"], en: ["normfunctie", "normfuncties"] }, language),
      formatCount(book.functions.length, { nl: ["functie", "functies"], en: ["function", "functions"] }, language),
      formatCount(book.modules.length, { nl: ["module", "modules"], en: ["module", "modules"] }, language),
    ].join(", "),
  );
  lines.push("");
  lines.push(`${nl ? "Zelfcontrole" : "Self-check"}: ${formatCount(findings.length, { nl: ["bevinding", "bevindingen"], en: ["finding", "findings"] }, language)}`);
  for (const f of findings) lines.push(`  ${SEVERITY_LABELS[f.severity][language].padEnd(12)} ${findingTitle(f.code)[language]}: ${f.message[language]}  [${f.code}]`);
  // Book text comes from a file: print it inert (no terminal escape sequences).
  return lines.join("\n").split("\n").map(printableText).join("\n");
}

function omitPath(finding: BookFinding): Omit<BookFinding, "path"> {
  const { path: _path, ...rest } = finding;
  return rest;
}
