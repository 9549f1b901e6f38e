/**
 * The functieboek template: a book (the Ommen book, or any other) as the sheets of a functieboek
 * workbook — tables in the documented layout (book-sheets.ts), dropdowns for the cells with a
 * fixed choice (reeks, levels, ja/nee), and a sheet "Uitleg" that says in Dutch how to fill it in.
 * Data only: the adapters lay each table out for A4 (core/print) and write it, text as text.
 */
import { formatDate } from "../../format";
import { columnLetter } from "../../formatie/grid";
import type { Language, Localized } from "../../localized";
import type { DataTable, TableCell, TableColumn } from "../../plaatsing/data-table";
import type { Functieboek } from "../schema";
import { BOOK_COLUMNS, bookSheetSpec, LEVELS, POLICY_HEADER, POLICY_SETTINGS, type BookSheetKey, type ColumnSpec, type SettingSpec } from "./book-sheets";

/** A dropdown on a template sheet: rows counted from the table's first data row (0-based). */
export interface SheetDropdown {
  /** 0-based column of the table. */
  column: number;
  firstRow: number;
  lastRow: number;
  values: string[];
  /** Only these values (an error otherwise), or a list to choose from that allows others. */
  strict: boolean;
}

/** A sheet the user owns once it is written: a table and its dropdowns. */
export interface TemplateSheet {
  table: DataTable;
  dropdowns: SheetDropdown[];
}

/** Rows below the example that get the dropdowns too, for the municipality's own additions. */
export const ROOM_FOR_ROWS = 300;

const YES_NO = ["ja", "nee"];

function columnsOf(specs: readonly ColumnSpec[], types: Record<string, TableColumn["type"]> = {}): TableColumn[] {
  return specs.map((s) => ({ key: s.key, label: s.labels[0] as string, labelEn: s.labelEn, type: types[s.key] ?? "text", plain: true, ...(s.kind === "level" || s.short ? { short: true } : {}) }));
}

/** A list in one cell: one item per line (a single item with a semicolon gets a line break after it, so it stays one). */
export function listCell(items: readonly string[]): TableCell {
  if (items.length === 0) return null;
  const text = items.join("\n");
  return items.length === 1 && text.includes(";") ? `${text}\n` : text;
}

function spanCell(min: number, max: number | undefined): TableCell {
  return max === undefined || max === min ? min : `${min}-${max}`;
}

const NOTES: Record<BookSheetKey | "explanation", Localized> = {
  functions: { nl: "Eén rij per functie. Schaal: een getal, een bereik (9-10) of leeg (dan uit de conversietabel).", en: "One row per function. Scale: a number, a range (9-10) or empty (then from the conversion table)." },
  normfuncties: { nl: "Eén rij per HR21-normfunctie. Niveau: A (hoogst) tot en met D. Score: punten of een band (150-175).", en: "One row per HR21 normfunctie. Level: A (highest) to D. Score: points or a band (150-175)." },
  conversion: { nl: "Mag leeg blijven. Een score van–tot en met geeft een schaal; een tussenschaal (10A) alleen als het beleid die toestaat.", en: "May stay empty. A score band gives a scale; an intermediate scale (10A) only where policy allows it." },
  clusters: { nl: "Clusters of teams. Mag leeg blijven: dan gelden de namen uit de kolom Cluster/team van Functies.", en: "Clusters or teams. May stay empty: then the names in the Cluster/team column of Functies apply." },
  policies: { nl: "Eén instelling per rij: de naam links, de waarde ernaast.", en: "One setting per row: its name on the left, its value beside it." },
  explanation: { nl: "Een functieboek in Excel: vul de werkbladen in en controleer ze met Formatiecheck.", en: "A function book in Excel: fill in the sheets and check them with Formatiecheck." },
};

function table(key: BookSheetKey, columns: TableColumn[], rows: TableCell[][]): DataTable {
  const spec = bookSheetSpec(key);
  const name = spec.names[0] as string;
  return { name, title: name, titleEn: spec.names[1] ?? name, columns, rows, notes: [NOTES[key]] };
}

function settingValue(spec: SettingSpec, book: Functieboek, language: Language): TableCell {
  const yesNo = (value: boolean) => (value ? "ja" : "nee");
  const p = book.policies;
  switch (spec.path) {
    case "organisation": return book.organisation;
    case "name": return book.name;
    case "version": return book.version ?? null;
    case "date": return book.date !== undefined ? formatDate(book.date, language) : null;
    case "source.title": return book.source.title;
    case "source.document": return book.source.document ?? null;
    case "source.note": return book.source.note ?? null;
    case "policies.intermediateScales": return yesNo(p.intermediateScales);
    case "policies.extensionScales": return yesNo(p.extensionScales);
    case "policies.fullTimeHours": return p.fullTimeHours;
    case "policies.maxCoordinatorsPerCluster": return p.maxCoordinatorsPerCluster;
    case "policies.maxCoordinatorsTotal": return p.maxCoordinatorsTotal;
    case "policies.coordinationExcludedFunctiereeksen": return listCell(p.coordinationExcludedFunctiereeksen);
    case "policies.scaleRange": return `${p.scaleRange.min}-${p.scaleRange.max}`;
    case "policies.clusterToleranceFte": return p.clusterToleranceFte;
    case "formationTotalFte": return book.formationTotalFte;
    case "indicativeTotalFte": return book.indicativeTotalFte;
    case "coordination.indicativeFte": return book.coordination?.indicativeFte ?? null;
    case "coordination.description": return book.coordination?.description || null;
    case "organisationCompetencies": return listCell(book.organisationCompetencies);
    default: return null;
  }
}

const EXPLANATION: Localized[][] = [
  [{ nl: "Algemeen", en: "General" }, { nl: "Dit bestand is een functieboek: de functies van de gemeente, hun HR21-normfuncties en schalen, en het beleid. Het voorbeeld is het functieboek van Gemeente Ommen; vervang het door uw eigen functies.", en: "This file is a function book: the municipality's functions, their HR21 normfuncties and scales, and its policy. The example is Gemeente Ommen's book; replace it with your own functions." }],
  [{ nl: "Functies", en: "Functies" }, { nl: "Eén rij per lokale functie. Functie en Normfunctie (HR21) zijn verplicht. Schaal is een getal (10), een bereik voor een groeifunctie of aanloopschaal (9-10 of schaal 9 t/m 10), of leeg: dan volgt de schaal uit de waarderingsscore van de normfunctie en de conversietabel. Formatie in fte (0,8 of 0.8). Andere namen en kenmerken: één per regel of gescheiden door ;.", en: "One row per local function. Function and normfunctie are required. Scale is a number, a range (9-10) or empty: then it follows from the normfunctie's score and the conversion table." }],
  [{ nl: "Normfuncties", en: "Normfuncties" }, { nl: "Eén rij per HR21-normfunctie die de functies gebruiken: naam, HR21-code (bijvoorbeeld N03.01.04), functiereeks en functiegroep (verplicht), de waarderingsscore in punten, en zo u wilt de vijf competenties met hun niveau (A hoogst, D laagst) en de minimale opleiding. Meer functies mogen dezelfde normfunctie hebben, ook in verschillende schalen.", en: "One row per HR21 normfunctie: name, HR21 code, series and group (required), the valuation score, optionally five competencies with levels and the minimum education." }],
  [{ nl: "Conversietabel", en: "Conversietabel" }, { nl: "Mag leeg blijven. Per rij: score van, score tot en met, de schaal, en als uw beleid tussenschalen toestaat de tussenschaal (10A). De controle meldt een functie waarvan de schaal niet past bij wat de score van haar normfunctie oplevert.", en: "May stay empty. Per row: score from, score to, the scale and, where policy allows, the intermediate scale (10A)." }],
  [{ nl: "Clusters", en: "Clusters" }, { nl: "Mag leeg blijven (of heet Teams). Naam, indicatieve omvang in fte, of coördinatiemodules zijn toegestaan (ja/nee). Een functie bij een cluster of team dat hier niet staat, wordt gemeld.", en: "May stay empty (or be called Teams). Name, indicative FTE, whether coordination modules are allowed." }],
  [{ nl: "Beleid", en: "Beleid" }, { nl: "De naam van de gemeente, tussenschalen en uitloopschalen (ja/nee) zijn verplicht; de rest mag leeg blijven en heeft dan de waarde die in de toelichting staat.", en: "The municipality's name, intermediate and extension scales (yes/no) are required; the rest may stay empty." }],
  [{ nl: "Controleren", en: "Checking" }, { nl: "formatiecheck functieboek dit-bestand.xlsx leest het functieboek en meldt elk probleem met werkblad en cel (Functies!C14). formatiecheck validate formatie.xlsx --functieboek dit-bestand.xlsx controleert een formatie ertegen. In de taakvensters: Functieboek → Uit werkblad.", en: "formatiecheck functieboek this-file.xlsx reads the book and reports each problem with sheet and cell; validate --functieboek this-file.xlsx checks a formation against it." }],
  [{ nl: "Niet in Excel", en: "Not in Excel" }, { nl: "Functiebeschrijvingen, resultaatgebieden, de kenmerken van normfuncties, competentieprofielen en modules staan niet in deze werkmap; die blijven in de JSON-versie van een functieboek. Voor de controle zijn ze niet nodig.", en: "Descriptions, result areas, competency profiles and modules are not in this workbook; the check does not need them." }],
];

/** The template sheets for a book, in tab order: Uitleg, Functies, Normfuncties, Conversietabel, Clusters, Beleid. */
export function buildBookTemplate(book: Functieboek, language: Language = "nl"): TemplateSheet[] {
  const sheets: TemplateSheet[] = [];
  const explanation: DataTable = {
    name: "Uitleg",
    title: "Uitleg: uw functieboek in Excel",
    titleEn: "Explanation: your function book in Excel",
    columns: [
      { key: "sheet", label: "Werkblad", labelEn: "Sheet", type: "text" },
      { key: "text", label: "Wat erin staat", labelEn: "What it holds", type: "text" },
    ],
    rows: EXPLANATION.map((row) => row.map((cell) => cell[language].replace("het functieboek van Gemeente Ommen", book.name).replace("Gemeente Ommen's book", book.name))),
    notes: [NOTES.explanation],
  };
  sheets.push({ table: explanation, dropdowns: [] });

  const functionSpecs = BOOK_COLUMNS.functions;
  const functionRows = book.functions.map((fn) =>
    functionSpecs.map((s): TableCell => {
      switch (s.key) {
        case "scale": return spanCell(fn.scale, fn.scaleMax);
        case "formationFte": return fn.formationFte;
        case "cluster": return fn.cluster ?? null;
        case "note": return fn.note ?? null;
        case "aliases": return listCell(fn.aliases);
        case "characteristics": return listCell(fn.characteristics);
        default: return (fn as unknown as Record<string, string>)[s.key] ?? null;
      }
    }),
  );
  const clusterColumn = functionSpecs.findIndex((s) => s.key === "cluster");
  sheets.push({
    table: table("functions", columnsOf(functionSpecs, { formationFte: "fte" }), functionRows),
    dropdowns: book.clusters.length > 0 ? [{ column: clusterColumn, firstRow: 0, lastRow: book.functions.length + ROOM_FOR_ROWS, values: book.clusters.map((c) => c.name), strict: false }] : [],
  });

  const nfSpecs = BOOK_COLUMNS.normfuncties;
  const nfRows = book.normfuncties.map((nf) =>
    nfSpecs.map((s): TableCell => {
      const competency = /^(competency|level)(\d)$/.exec(s.key);
      if (competency) {
        const c = nf.competencies[Number(competency[2]) - 1];
        return c ? (competency[1] === "competency" ? c.name : c.level) : null;
      }
      switch (s.key) {
        case "code": return nf.code;
        case "score": return nf.score === undefined ? null : nf.scoreMax !== undefined && nf.scoreMax !== nf.score ? `${nf.score}-${nf.scoreMax}` : nf.score;
        case "minimumEducation": return nf.minimumEducation ?? nf.profile?.minimumEducation ?? null;
        case "aliases": return listCell(nf.aliases);
        default: return (nf as unknown as Record<string, string>)[s.key] ?? null;
      }
    }),
  );
  const last = book.normfuncties.length + ROOM_FOR_ROWS;
  const reeksen = [...new Set(book.normfuncties.map((n) => n.functiereeks))];
  sheets.push({
    table: table("normfuncties", columnsOf(nfSpecs), nfRows),
    dropdowns: [
      { column: nfSpecs.findIndex((s) => s.key === "functiereeks"), firstRow: 0, lastRow: last, values: reeksen, strict: false },
      ...[1, 2, 3, 4, 5].map((n) => ({ column: nfSpecs.findIndex((s) => s.key === `level${n}`), firstRow: 0, lastRow: last, values: [...LEVELS], strict: true })),
    ],
  });

  const conversionRows = (book.conversionTable ?? []).map((row) => [row.scoreFrom, row.scoreTo, row.scale, row.intermediateScale ?? null]);
  sheets.push({ table: table("conversion", columnsOf(BOOK_COLUMNS.conversion), conversionRows), dropdowns: [] });

  const clusterSpecs = BOOK_COLUMNS.clusters;
  const clusterRows = book.clusters.map((c) => [c.name, c.indicativeFte, c.coordinationAllowed === undefined ? null : c.coordinationAllowed ? "ja" : "nee", c.description || null, listCell(c.aliases)]);
  sheets.push({
    table: table("clusters", columnsOf(clusterSpecs, { indicativeFte: "fte" }), clusterRows),
    dropdowns: [{ column: clusterSpecs.findIndex((s) => s.key === "coordinationAllowed"), firstRow: 0, lastRow: book.clusters.length + ROOM_FOR_ROWS, values: YES_NO, strict: true }],
  });

  const policyRows = POLICY_SETTINGS.map((s) => [s.labels[0] as string, settingValue(s, book, language), s.help[language]]);
  const yesNoRows = POLICY_SETTINGS.flatMap((s, i) => (s.kind === "yesNo" ? [i] : []));
  sheets.push({
    table: table(
      "policies",
      [
        { key: "setting", label: POLICY_HEADER.setting.nl, labelEn: POLICY_HEADER.setting.en, type: "text" },
        { key: "value", label: POLICY_HEADER.value.nl, labelEn: POLICY_HEADER.value.en, type: "text", plain: true },
        { key: "help", label: POLICY_HEADER.help.nl, labelEn: POLICY_HEADER.help.en, type: "text" },
      ],
      policyRows,
    ),
    dropdowns: yesNoRows.map((row) => ({ column: 1, firstRow: row, lastRow: row, values: YES_NO, strict: true })),
  });
  return sheets;
}

/**
 * What of a book a functieboek workbook holds: everything the check uses. Descriptions, result
 * areas, a normfunctie's characteristics, competency profiles (their minimum education kept),
 * competency labels, modules and the book's policy notes stay in the JSON form only. Reading a book's template gives exactly this.
 */
export function workbookPart(book: Functieboek): Functieboek {
  const { modules: _modules, ...rest } = book;
  return {
    ...rest,
    ...(book.coordination && (book.coordination.indicativeFte !== null || book.coordination.description !== "") ? {} : { coordination: undefined }),
    policies: { ...book.policies, notes: [] },
    modules: [],
    clusters: book.clusters.map((c) => ({ ...c })),
    functions: book.functions.map((f) => ({ ...f })),
    normfuncties: book.normfuncties.map((nf) => {
      const { heading: _h, functiereeksDescription: _rd, functiegroepDescription: _gd, profile, ...kept } = nf;
      const education = nf.minimumEducation ?? profile?.minimumEducation ?? undefined;
      return {
        ...kept,
        characteristics: [],
        competencies: nf.competencies.slice(0, 5).map((c) => ({ ...c, label: null })),
        resultAreas: [],
        profile: null,
        ...(education !== undefined && education !== null ? { minimumEducation: education } : {}),
      };
    }),
    ...(book.conversionTable && book.conversionTable.length > 0 ? { conversionTable: book.conversionTable } : { conversionTable: undefined }),
  };
}

/**
 * Why the template cannot go into a workbook: sheets of its names that are there already (a
 * user's sheet is never replaced). Undefined when every name is free.
 */
export function templateConflict(existing: readonly string[], sheets: readonly TemplateSheet[]): Localized | undefined {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clash = sheets.map((s) => s.table.name).filter((name) => taken.has(name.toLowerCase()));
  if (clash.length === 0) return undefined;
  const list = clash.map((n) => `'${n}'`).join(", ");
  return {
    nl: `De werkmap heeft al ${clash.length === 1 ? "een werkblad" : "werkbladen"} ${list}; het sjabloon is niet ingevoegd en er is niets veranderd. Hernoem of verwijder ${clash.length === 1 ? "dat blad" : "die bladen"} eerst.`,
    en: `The workbook already has ${clash.length === 1 ? "a sheet" : "sheets"} ${list}; the template was not inserted and nothing changed. Rename or delete ${clash.length === 1 ? "that sheet" : "those sheets"} first.`,
  };
}

/** A dropdown as both adapters put it in a workbook (data validation of the type list). */
export interface DropdownValidation {
  /** The cells, as an A1 range of the sheet ("B5:B305"). */
  range: string;
  /** The inline list ("ja,nee"). */
  list: string;
  /** Stop at a value not in the list, or warn and allow it. */
  strict: boolean;
  /** The title and text of the alert a value outside the list gets. */
  title: string;
  message: string;
}

const DROPDOWN_ALERT = {
  title: "Formatiecheck",
  strict: "Kies een waarde uit de lijst. / Choose a value from the list.",
  loose: "Deze waarde staat niet in de lijst; toch gebruiken? / This value is not in the list; use it anyway?",
};

/**
 * The dropdowns of a template sheet laid out with its first data row at `firstDataRow` (1-based):
 * their cells, lists and alerts. A list too long to be inline is left out.
 */
export function dropdownValidations(sheet: TemplateSheet, firstDataRow: number): DropdownValidation[] {
  return sheet.dropdowns.flatMap((d) => {
    const list = inlineList(d.values);
    if (list === undefined) return [];
    const letter = columnLetter(d.column + 1);
    const range = `${letter}${firstDataRow + d.firstRow}:${letter}${firstDataRow + d.lastRow}`;
    return [{ range, list, strict: d.strict, title: DROPDOWN_ALERT.title, message: d.strict ? DROPDOWN_ALERT.strict : DROPDOWN_ALERT.loose }];
  });
}

/** A dropdown's inline list ("ja,nee"), or undefined where Excel's 255-character limit does not allow one. */
export function inlineList(values: readonly string[]): string | undefined {
  if (values.some((v) => v.includes(",") || v.includes('"'))) return undefined;
  const text = values.join(",");
  return text.length > 0 && text.length <= 255 ? text : undefined;
}
