/**
 * The documented layout of a functieboek kept in Excel: which sheets, which columns on each (the
 * labels HR advisers use, Dutch and English), and the settings of the Beleid sheet. The reader
 * (read-book-workbook.ts) and the template (book-template.ts) both follow this one description.
 */
import type { Localized } from "../../localized";
import { compactKey } from "../../text/normalize";

export type BookSheetKey = "functions" | "normfuncties" | "conversion" | "clusters" | "policies";

export interface BookSheetSpec {
  key: BookSheetKey;
  /** The name the template gives the sheet, first; then other names the reader accepts. */
  names: readonly string[];
  required: boolean;
  /** What one row is, for messages ("functie", "normfunctie"). */
  item: Localized;
}

export const BOOK_SHEETS: readonly BookSheetSpec[] = [
  { key: "functions", names: ["Functies", "Functions", "Functielijst", "Beschikbare functies"], required: true, item: { nl: "functie", en: "function" } },
  { key: "normfuncties", names: ["Normfuncties", "Normfunctions", "Norm functions", "HR21-normfuncties", "HR21 normfuncties"], required: true, item: { nl: "normfunctie", en: "normfunctie" } },
  { key: "conversion", names: ["Conversietabel", "Conversie", "Conversion table", "Conversion"], required: false, item: { nl: "rij", en: "row" } },
  { key: "clusters", names: ["Clusters", "Teams", "Cluster", "Team", "Afdelingen", "Clusters en teams"], required: false, item: { nl: "cluster of team", en: "cluster or team" } },
  { key: "policies", names: ["Beleid", "Policy", "Policies", "Instellingen", "Settings"], required: true, item: { nl: "instelling", en: "setting" } },
];

export function bookSheetSpec(key: BookSheetKey): BookSheetSpec {
  return BOOK_SHEETS.find((s) => s.key === key) as BookSheetSpec;
}

/** Which of a workbook's sheets hold which part of a functieboek (by name, case and spacing ignored). */
export function findBookSheets(sheetNames: readonly string[]): Partial<Record<BookSheetKey, string>> {
  const found: Partial<Record<BookSheetKey, string>> = {};
  for (const spec of BOOK_SHEETS) {
    const keys = new Set(spec.names.map(compactKey));
    const name = sheetNames.find((n) => keys.has(compactKey(n)));
    if (name !== undefined) found[spec.key] = name;
  }
  return found;
}

/** True when a workbook holds a functieboek: a Functies and a Normfuncties sheet. */
export function hasBookSheets(sheetNames: readonly string[]): boolean {
  const found = findBookSheets(sheetNames);
  return found.functions !== undefined && found.normfuncties !== undefined;
}

/** How a column's cells are read. */
export type CellKind = "text" | "list" | "scaleSpan" | "fte" | "score" | "scale" | "level" | "yesNo" | "intermediateScale";

export interface ColumnSpec {
  /** The JSON field the column fills (findings on that field point at this column). */
  key: string;
  /** The label the template writes first; then the labels the reader also accepts. */
  labels: readonly string[];
  /** English label, for the English template and messages. */
  labelEn: string;
  kind: CellKind;
  /** The header must have this column. */
  required?: boolean;
  /** Every row must fill this cell. */
  filled?: boolean;
  /** Short values (a level, a score): the printed column is as wide as its content. */
  short?: boolean;
  /** What the cell holds, in messages ("de schaal", "the scale"). */
  what: Localized;
}

const competencyColumns: ColumnSpec[] = [1, 2, 3, 4, 5].flatMap((n) => [
  { key: `competency${n}`, labels: [`Competentie ${n}`, `Competency ${n}`], labelEn: `Competency ${n}`, kind: "text", what: { nl: `competentie ${n}`, en: `competency ${n}` } },
  // "Niv. 1" in the template keeps the sheet readable on A4 with all five competencies.
  { key: `level${n}`, labels: [`Niv. ${n}`, `Niveau ${n}`, `Level ${n}`], labelEn: `Level ${n}`, kind: "level", what: { nl: `het niveau van competentie ${n}`, en: `the level of competency ${n}` } },
]);

export const BOOK_COLUMNS: Record<Exclude<BookSheetKey, "policies">, readonly ColumnSpec[]> = {
  functions: [
    { key: "title", labels: ["Functie", "Functienaam", "Functietitel", "Lokale functie", "Beschikbare functie", "Function", "Job title"], labelEn: "Function", kind: "text", required: true, filled: true, what: { nl: "de naam van de functie", en: "the function's name" } },
    { key: "normfunctie", labels: ["Normfunctie (HR21)", "Normfunctie", "HR21-normfunctie", "HR21 normfunctie", "Normfunctie HR21", "Norm function", "HR21 normfunction"], labelEn: "Normfunctie (HR21)", kind: "text", required: true, filled: true, what: { nl: "de normfunctie", en: "the normfunctie" } },
    { key: "scale", labels: ["Schaal", "Salarisschaal", "Functieschaal", "Schaal (bereik)", "Scale"], labelEn: "Scale", kind: "scaleSpan", required: true, what: { nl: "schaal", en: "scale" } },
    { key: "formationFte", labels: ["Formatie (fte)", "Formatie", "Fte", "Omvang (fte)", "Omvang", "Formation (FTE)", "Formation"], labelEn: "Formation (FTE)", kind: "fte", what: { nl: "formatie", en: "formation" } },
    { key: "cluster", labels: ["Cluster/team", "Cluster", "Team", "Cluster of team", "Team/cluster", "Afdeling"], labelEn: "Cluster/team", kind: "text", what: { nl: "het cluster of team", en: "the cluster or team" } },
    { key: "note", labels: ["Opmerking", "Opmerkingen", "Toelichting", "Note", "Remark"], labelEn: "Note", kind: "text", what: { nl: "de opmerking", en: "the note" } },
    { key: "aliases", labels: ["Andere namen", "Ook genoemd", "Aliassen", "Other names", "Aliases"], labelEn: "Other names", kind: "list", what: { nl: "andere namen", en: "other names" } },
    { key: "characteristics", labels: ["Kenmerken", "Overwegende functiekenmerken", "Functiekenmerken", "Characteristics"], labelEn: "Characteristics", kind: "list", what: { nl: "kenmerken", en: "characteristics" } },
  ],
  normfuncties: [
    { key: "name", labels: ["Naam", "Normfunctie", "Naam normfunctie", "Name", "Normfunctie (HR21)"], labelEn: "Name", kind: "text", required: true, filled: true, what: { nl: "de naam van de normfunctie", en: "the normfunctie's name" } },
    { key: "code", labels: ["HR21-code", "HR21 code", "Code", "Functiecode"], labelEn: "HR21 code", kind: "text", what: { nl: "de HR21-code", en: "the HR21 code" } },
    { key: "functiereeks", labels: ["Functiereeks", "Reeks", "Function series", "Series"], labelEn: "Function series", kind: "text", required: true, filled: true, what: { nl: "de functiereeks", en: "the function series" } },
    { key: "functiegroep", labels: ["Functiegroep", "Groep", "Function group"], labelEn: "Function group", kind: "text", required: true, filled: true, what: { nl: "de functiegroep", en: "the function group" } },
    { key: "score", labels: ["Score (punten)", "Waarderingsscore", "Score", "Punten", "Waardering", "Valuation score", "Points"], labelEn: "Score (points)", kind: "score", short: true, what: { nl: "waarderingsscore", en: "valuation score" } },
    ...competencyColumns,
    { key: "minimumEducation", labels: ["Minimale opleiding", "Opleiding", "Opleidingsniveau", "Minimum education"], labelEn: "Minimum education", kind: "text", what: { nl: "de minimale opleiding", en: "the minimum education" } },
    // No "Kenmerken" here: with the competencies it would not print readably on A4; a normfunctie's
    // characteristics stay in the JSON form (the function's own are on Functies).
    { key: "aliases", labels: ["Andere namen", "Ook genoemd", "Aliassen", "Other names", "Aliases"], labelEn: "Other names", kind: "list", what: { nl: "andere namen", en: "other names" } },
  ],
  conversion: [
    { key: "scoreFrom", labels: ["Score van", "Van", "Vanaf", "Score vanaf", "Score from", "From"], labelEn: "Score from", kind: "score", required: true, filled: true, what: { nl: "score van", en: "score from" } },
    { key: "scoreTo", labels: ["Score tot en met", "Score t/m", "Tot en met", "T/m", "Score tot", "Score to", "To"], labelEn: "Score to", kind: "score", required: true, filled: true, what: { nl: "score tot en met", en: "score to" } },
    { key: "scale", labels: ["Schaal", "Salarisschaal", "Scale"], labelEn: "Scale", kind: "scale", required: true, filled: true, what: { nl: "schaal", en: "scale" } },
    { key: "intermediateScale", labels: ["Tussenschaal", "Intermediate scale"], labelEn: "Intermediate scale", kind: "intermediateScale", what: { nl: "tussenschaal", en: "intermediate scale" } },
  ],
  clusters: [
    { key: "name", labels: ["Naam", "Cluster", "Team", "Naam cluster", "Naam team", "Cluster/team", "Name"], labelEn: "Name", kind: "text", required: true, filled: true, what: { nl: "de naam", en: "the name" } },
    { key: "indicativeFte", labels: ["Indicatieve fte", "Indicatief (fte)", "Indicatieve omvang (fte)", "Omvang (fte)", "Fte", "Indicative FTE"], labelEn: "Indicative FTE", kind: "fte", what: { nl: "indicatieve fte", en: "indicative FTE" } },
    { key: "coordinationAllowed", labels: ["Coördinatiemodules toegestaan", "Coördinatiemodule toegestaan", "Coördinatie toegestaan", "Coördinatiemodule", "Coordination allowed"], labelEn: "Coordination allowed", kind: "yesNo", what: { nl: "coördinatiemodules toegestaan", en: "coordination allowed" } },
    { key: "description", labels: ["Omschrijving", "Beschrijving", "Description"], labelEn: "Description", kind: "text", what: { nl: "de omschrijving", en: "the description" } },
    { key: "aliases", labels: ["Andere namen", "Ook genoemd", "Aliassen", "Other names", "Aliases"], labelEn: "Other names", kind: "list", what: { nl: "andere namen", en: "other names" } },
  ],
};

export type SettingKind = "text" | "yesNo" | "fte" | "count" | "hours" | "scaleSpan" | "date" | "list";

export interface SettingSpec {
  /** Where the value goes in the book's JSON ("policies.intermediateScales"). */
  path: string;
  labels: readonly string[];
  labelEn: string;
  kind: SettingKind;
  required?: boolean;
  /** A line for the template's explanation column. */
  help: Localized;
}

/** The settings of the Beleid sheet: one per row, the label in the first cell, the value right of it. */
export const POLICY_SETTINGS: readonly SettingSpec[] = [
  { path: "organisation", labels: ["Naam van de gemeente", "Gemeente", "Naam gemeente", "Organisatie", "Municipality", "Organisation"], labelEn: "Municipality", kind: "text", required: true, help: { nl: "Bijvoorbeeld: Gemeente Ommen.", en: "For example: Gemeente Ommen." } },
  { path: "name", labels: ["Naam van het functieboek", "Naam functieboek", "Functieboek", "Name of the function book"], labelEn: "Name of the function book", kind: "text", help: { nl: "Leeg: 'Functieboek' en de naam van de gemeente.", en: "Empty: 'Functieboek' and the municipality's name." } },
  { path: "version", labels: ["Versie", "Version"], labelEn: "Version", kind: "text", help: { nl: "Vrije tekst, bijvoorbeeld 2025-1.", en: "Free text, for example 2025-1." } },
  { path: "date", labels: ["Datum", "Vastgesteld op", "Date"], labelEn: "Date", kind: "date", help: { nl: "Datum van vaststelling, bijvoorbeeld 1-1-2025.", en: "Date adopted, for example 1-1-2025." } },
  { path: "source.title", labels: ["Bron", "Source"], labelEn: "Source", kind: "text", help: { nl: "Het stuk waar het functieboek uit komt.", en: "The document the book comes from." } },
  { path: "source.document", labels: ["Brondocument", "Source document"], labelEn: "Source document", kind: "text", help: { nl: "Bestandsnaam van het brondocument (mag leeg).", en: "File name of the source document (may be empty)." } },
  { path: "source.note", labels: ["Toelichting bron", "Source note"], labelEn: "Source note", kind: "text", help: { nl: "Mag leeg.", en: "May be empty." } },
  { path: "policies.intermediateScales", labels: ["Tussenschalen", "Tussenschalen toegestaan", "Intermediate scales"], labelEn: "Intermediate scales", kind: "yesNo", required: true, help: { nl: "ja of nee: mogen posities een tussenschaal (10A) hebben?", en: "yes or no: may positions have an intermediate scale (10A)?" } },
  { path: "policies.extensionScales", labels: ["Uitloopschalen", "Uitloopschalen toegestaan", "Extension scales"], labelEn: "Extension scales", kind: "yesNo", required: true, help: { nl: "ja of nee: mogen posities een uitloopschaal (11U) hebben?", en: "yes or no: may positions have an extension scale (11U)?" } },
  { path: "policies.fullTimeHours", labels: ["Uren voltijd", "Uren per week voltijd", "Voltijd (uren per week)", "Full-time hours"], labelEn: "Full-time hours", kind: "hours", help: { nl: "Uren per week van 1 fte; leeg: 36 (cao Gemeenten).", en: "Hours a week of 1 FTE; empty: 36." } },
  { path: "policies.maxCoordinatorsPerCluster", labels: ["Coördinatiemodules per cluster", "Coördinatiemodule per cluster", "Coördinatiemodules per team", "Coordination modules per cluster"], labelEn: "Coordination modules per cluster", kind: "count", help: { nl: "Hoeveel per cluster of team; leeg: geen grens.", en: "How many per cluster or team; empty: no limit." } },
  { path: "policies.maxCoordinatorsTotal", labels: ["Coördinatiemodules totaal", "Coördinatiemodules in totaal", "Coordination modules in total"], labelEn: "Coordination modules in total", kind: "count", help: { nl: "Hoeveel in de hele organisatie; leeg: geen grens.", en: "How many in the whole organisation; empty: no limit." } },
  { path: "policies.coordinationExcludedFunctiereeksen", labels: ["Geen coördinatiemodule voor functiereeksen", "Geen coördinatiemodule voor", "No coordination module for series"], labelEn: "No coordination module for series", kind: "list", help: { nl: "Functiereeksen zonder coördinatiemodule (leidinggevenden), gescheiden door ; .", en: "Function series without coordination module, separated by ; ." } },
  { path: "policies.scaleRange", labels: ["Schaalbereik", "Schalen", "Scale range"], labelEn: "Scale range", kind: "scaleSpan", help: { nl: "Laagste en hoogste schaal die bestaat; leeg: 1-18.", en: "Lowest and highest scale; empty: 1-18." } },
  { path: "policies.clusterToleranceFte", labels: ["Marge clustergrootte (fte)", "Marge cluster (fte)", "Cluster tolerance (FTE)"], labelEn: "Cluster tolerance (FTE)", kind: "fte", help: { nl: "Zoveel fte mag een cluster afwijken van zijn indicatieve omvang; leeg: 1.", en: "How far a cluster may differ from its indicative size; empty: 1." } },
  { path: "formationTotalFte", labels: ["Totale formatie (fte)", "Formatie totaal (fte)", "Total formation (FTE)"], labelEn: "Total formation (FTE)", kind: "fte", help: { nl: "Het totaal dat het functieboek noemt; leeg: geen.", en: "The total the book states; empty: none." } },
  { path: "indicativeTotalFte", labels: ["Indicatieve omvang (fte)", "Omvang organisatie (fte)", "Indicative size (FTE)"], labelEn: "Indicative size (FTE)", kind: "fte", help: { nl: "De omvang die de tekst noemt (ca.); mag leeg.", en: "The size the text states (about); may be empty." } },
  { path: "coordination.indicativeFte", labels: ["Coördinatie (fte)", "Coordination (FTE)"], labelEn: "Coordination (FTE)", kind: "fte", help: { nl: "Fte voor coördinatie buiten de clusters; mag leeg.", en: "FTE for coordination outside the clusters; may be empty." } },
  { path: "coordination.description", labels: ["Coördinatie toelichting", "Toelichting coördinatie", "Coordination note"], labelEn: "Coordination note", kind: "text", help: { nl: "Mag leeg.", en: "May be empty." } },
  { path: "organisationCompetencies", labels: ["Organisatiecompetenties", "Kerncompetenties", "Organisation competencies"], labelEn: "Organisation competencies", kind: "list", help: { nl: "Gescheiden door ; of een nieuwe regel.", en: "Separated by ; or a new line." } },
];

/** Header labels of the Beleid sheet (the reader needs none: it reads a setting's label per row). */
export const POLICY_HEADER = { setting: { nl: "Instelling", en: "Setting" }, value: { nl: "Waarde", en: "Value" }, help: { nl: "Toelichting", en: "Explanation" } } as const;

/** HR21 competency levels, A the highest. */
export const LEVELS = ["A", "B", "C", "D"] as const;
