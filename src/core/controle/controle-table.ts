/**
 * The Controle sheet as data: a summary (errors, warnings, information, FTE against the formation)
 * and one row per finding — the cell, its severity, what is wrong in a short title, the message and
 * the suggestion — in the workbook's language only, sorted by sheet and row, the rule id last for
 * those who filter on it. The file writers turn it into a sheet with a link on every cell address.
 */
import { findingTitle } from "../finding-titles";
import { compareFindings, countBySeverity, type Finding } from "../findings";
import { formatCount, formatFte, formatGeneral, parseFormattedNumber } from "../format";
import type { Language, Localized } from "../localized";
import type { DataTable } from "../plaatsing/data-table";
import type { ValidationSummary } from "../rules/engine";
import { formatSeverityCounts, SEVERITY_LABELS } from "../severity-words";

export const CONTROL_TABLE = "Controle";

const ACCEPTED_WORDS = { nl: ["geaccepteerde bevinding", "geaccepteerde bevindingen"], en: ["accepted finding", "accepted findings"] } as const;

export interface ControlTableOptions {
  language: Language;
  /** A finding's short title for people ("Schaal past niet bij de functie"); default: its rule's. */
  titleOf?: (code: string) => Localized;
  summary?: ValidationSummary;
}

export interface ControlTable {
  table: DataTable;
  /** Per data row: the finding's cell to link to, if it has one. */
  links: ({ sheet: string; cell: string } | undefined)[];
  /** The column that holds the cell address. */
  linkColumn: number;
}

export function buildControlTable(findings: readonly Finding[], options: ControlTableOptions): ControlTable {
  const language = options.language;
  const nl = language === "nl";
  const sorted = [...findings].sort((a, b) => a.sheet.localeCompare(b.sheet) || compareFindings(a, b));
  // Accepted findings are listed (with their reason) but not counted.
  const counts = countBySeverity(findings.filter((f) => !f.accepted));
  const acceptedCount = findings.length - findings.filter((f) => !f.accepted).length;
  const summary = options.summary;
  const fte = (lang: Language) => {
    if (!summary) return "";
    const placed = formatFte(summary.fteTotal, lang);
    if (summary.formationTotal === null) return lang === "nl" ? `; ${placed} fte geplaatst` : `; ${placed} FTE placed`;
    const formation = formatFte(summary.formationTotal, lang);
    return lang === "nl" ? `; ${placed} fte geplaatst tegen een formatie van ${formation} fte` : `; ${placed} FTE placed against a formation of ${formation} FTE`;
  };
  const notes: Localized[] = [
    {
      nl: `${formatSeverityCounts(counts, "nl")}${fte("nl")}.`,
      en: `${formatSeverityCounts(counts, "en")}${fte("en")}.`,
    },
  ];
  if (acceptedCount > 0) {
    notes.push({
      nl: `${formatCount(acceptedCount, ACCEPTED_WORDS, "nl")} met reden, niet meegeteld.`,
      en: `${formatCount(acceptedCount, ACCEPTED_WORDS, "en")} with a reason, not counted.`,
    });
  }
  const multipleSheets = new Set(sorted.map((f) => f.sheet)).size > 1;
  const rows = sorted.map((f) => [
    f.cell !== undefined ? (multipleSheets ? `${f.sheet}!${f.cell}` : f.cell) : f.row !== undefined ? (nl ? `rij ${f.row}` : `row ${f.row}`) : "",
    f.accepted ? (nl ? `Geaccepteerd (${SEVERITY_LABELS[f.severity].nl.toLowerCase()})` : `Accepted (${SEVERITY_LABELS[f.severity].en.toLowerCase()})`) : SEVERITY_LABELS[f.severity][language],
    (options.titleOf ?? findingTitle)(f.code)[language],
    f.accepted ? `${f.message[language]} ${nl ? "Geaccepteerd" : "Accepted"}: ${f.accepted.reason}` : f.message[language],
    suggestionText(f.suggestion, language),
    f.code,
  ]);
  const table: DataTable = {
    name: CONTROL_TABLE,
    title: "Controle van de formatie",
    titleEn: "Formation check",
    columns: [
      { key: "cell", label: "Cel", labelEn: "Cell", type: "text" },
      { key: "severity", label: "Ernst", labelEn: "Severity", type: "text" },
      { key: "title", label: "Wat is er aan de hand", labelEn: "What is wrong", type: "text" },
      { key: "message", label: "Toelichting", labelEn: "Details", type: "text" },
      { key: "suggestion", label: "Voorstel", labelEn: "Suggestion", type: "text" },
      { key: "rule", label: "Regel", labelEn: "Rule", type: "text" },
    ],
    rows,
    notes,
  };
  return { table, links: sorted.map((f) => (f.cell !== undefined ? { sheet: f.sheet, cell: f.cell } : undefined)), linkColumn: 0 };
}

/**
 * A suggestion as the reader writes it: the rules give a number the way a Dutch cell takes it
 * ("0,89", what applying it types), so an English sheet shows 0.89. Other suggestions (a name, a
 * scale) are shown as they are.
 */
function suggestionText(suggestion: string | undefined, language: Language): string {
  if (suggestion === undefined) return "";
  if (!/^-?\d+,\d+$/.test(suggestion.trim())) return suggestion;
  const value = parseFormattedNumber(suggestion, "nl");
  return value === undefined ? suggestion : formatGeneral(value, language);
}
