/** `formatiecheck functieboek`: a readable summary of the loaded book and its self-check. */
import { formatFte, type Language } from "../core/localized";
import { checkFunctieboek, type BookFinding } from "../core/functieboek/self-check";
import type { Functieboek } from "../core/functieboek/schema";
import { printableText } from "../core/text/printable-text";
import { textTable } from "./text-table";

const SEVERITY: Record<BookFinding["severity"], { nl: string; en: string }> = {
  error: { nl: "fout", en: "error" },
  warning: { nl: "waarschuwing", en: "warning" },
  info: { nl: "info", en: "info" },
};

export function functieboekReport(book: Functieboek, format: "text" | "json", language: Language): string {
  const findings = checkFunctieboek(book);
  if (format === "json") return JSON.stringify({ functieboek: book, findings }, null, 2);
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
  const rows = book.functions.map((f) => [f.title.trim(), f.normfunctie.trim(), String(f.scale), f.formationFte === null ? "—" : formatFte(f.formationFte, language)]);
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
  lines.push(`${book.normfuncties.length} normfuncties, ${book.functions.length} ${nl ? "functies" : "functions"}, ${book.modules.length} module(s)`);
  lines.push("");
  lines.push(nl ? `Zelfcontrole: ${findings.length} bevinding(en)` : `Self-check: ${findings.length} finding(s)`);
  for (const f of findings) lines.push(`  ${SEVERITY[f.severity][language].padEnd(12)} ${f.code.padEnd(28)} ${f.message[language]}`);
  // Book text comes from a file: print it inert (no terminal escape sequences).
  return lines.join("\n").split("\n").map(printableText).join("\n");
}
