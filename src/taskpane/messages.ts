/**
 * Every text the task pane shows, Dutch and English side by side. Placeholders are filled by
 * `formatMessage` (src/core/format/message-format.ts), which writes numbers and dates the Dutch
 * or English way: `{fte:fte}` 0,89, `{date:date}` 30-11-2026, `{row:plain}` row 1234 without a
 * thousands point, `{count|rij|rijen}` "1 rij" / "3 rijen". Components pass plain numbers and
 * ISO dates, never text they formatted themselves. Texts from the core (finding messages, load
 * problems) arrive already localized.
 */
import type { Localized } from "../core/localized";
import { TRUST_MESSAGES } from "./messages-trust";

export const MESSAGES = {
  // The pane as a whole
  appTitle: { nl: "Formatiecheck", en: "Formatiecheck" },
  starting: { nl: "Formatiecheck wordt gestart…", en: "Starting Formatiecheck…" },
  openInExcel: {
    nl: "Open Formatiecheck in Excel: dit taakvenster werkt op de werkmap die in Excel openstaat.",
    en: "Open Formatiecheck in Excel: this task pane works on the workbook open in Excel.",
  },
  openInExcelDetail: {
    nl: "Office.js is niet geladen of dit is geen Excel-werkmap. Kies in Excel Start → Open Formatiecheck.",
    en: "Office.js did not load or this is not an Excel workbook. In Excel choose Home → Open Formatiecheck.",
  },
  tabsLabel: { nl: "Onderdelen", en: "Sections" },
  tabControle: { nl: "Controle", en: "Check" },
  tabPlaatsing: { nl: "Plaatsing", en: "Placement" },
  tabFunctieboek: { nl: "Functieboek", en: "Function book" },
  tabInvoerlijsten: { nl: "Invoerlijsten", en: "Entry lists" },
  tabKolommen: { nl: "Kolommen", en: "Columns" },
  tabVergelijk: { nl: "Vergelijk", en: "Compare" },
  switchLanguage: { nl: "English", en: "Nederlands" },
  switchLanguageLabel: { nl: "Switch to English", en: "Schakel naar Nederlands" },
  dismiss: { nl: "Sluiten", en: "Dismiss" },
  cancel: { nl: "Annuleren", en: "Cancel" },
  sheetLabel: { nl: "Werkblad", en: "Sheet" },
  noSheets: { nl: "(geen werkbladen)", en: "(no sheets)" },
  bookInUse: { nl: "Functieboek: {name}", en: "Function book: {name}" },
  chooseFile: { nl: "Kies een bestand", en: "Choose a file" },

  // Progress
  progressReading: { nl: "Werkblad {sheet} lezen…", en: "Reading sheet {sheet}…" },
  progressSending: { nl: "Rijen klaarzetten: {done:integer} van {total:integer}", en: "Preparing rows: {done:integer} of {total:integer}" },
  progressChecking: { nl: "Controleren…", en: "Checking…" },
  progressTables: { nl: "Tabellen berekenen…", en: "Computing tables…" },
  progressWriting: { nl: "Werkbladen schrijven…", en: "Writing sheets…" },
  progressComparing: { nl: "Formaties vergelijken…", en: "Comparing formations…" },
  progressRows: { nl: "Gewijzigde rijen opnieuw lezen…", en: "Re-reading changed rows…" },

  // Controle
  validate: { nl: "Controleer", en: "Check" },
  validateAgain: { nl: "Opnieuw controleren", en: "Check again" },
  noOutcome: {
    nl: "Kies Controleer om het werkblad met het functieboek te vergelijken.",
    en: "Choose Check to compare the sheet with the function book.",
  },
  summaryHeading: { nl: "Samenvatting", en: "Summary" },
  summaryErrors: { nl: "Fouten", en: "Errors" },
  summaryWarnings: { nl: "Waarschuwingen", en: "Warnings" },
  summaryInfos: { nl: "Info", en: "Info" },
  summaryCount: { nl: "{count:integer}", en: "{count:integer}" },
  summaryRows: { nl: "{positions|formatieplaats|formatieplaatsen} in {rows|rij|rijen}", en: "{positions|position|positions} in {rows|row|rows}" },
  summaryFte: { nl: "FTE in werkblad: {fte:fte}", en: "FTE in sheet: {fte:fte}" },
  summaryFormation: { nl: "Formatie volgens functieboek: {fte:fte}", en: "Formation per function book: {fte:fte}" },
  summaryNoFormation: { nl: "Het functieboek noemt geen totale formatie.", en: "The function book states no total formation." },
  unusableSheet: {
    nl: "Dit werkblad kon niet als formatie worden gelezen. Kies de kolommen in het tabblad Kolommen als de kopregel niet wordt herkend.",
    en: "This sheet could not be read as a formation sheet. Choose the columns in the Columns tab if the header row is not recognised.",
  },
  noFindings: { nl: "Geen bevindingen: het werkblad klopt met het functieboek.", en: "No findings: the sheet agrees with the function book." },
  filterLabel: { nl: "Toon", en: "Show" },
  filterOption: { nl: "{label} ({count:integer})", en: "{label} ({count:integer})" },
  filterHidesAll: { nl: "Geen bevindingen met de gekozen ernst.", en: "No findings with the chosen severity." },
  findingsHeading: { nl: "Bevindingen", en: "Findings" },
  severityError: { nl: "fout", en: "error" },
  severityWarning: { nl: "waarschuwing", en: "warning" },
  severityInfo: { nl: "info", en: "info" },
  groupTitle: { nl: "{title} ({count:integer})", en: "{title} ({count:integer})" },
  groupCode: { nl: "Code: {code}", en: "Code: {code}" },
  findingAt: { nl: "Cel {cell}", en: "Cell {cell}" },
  findingRowAt: { nl: "Rij {row:plain}", en: "Row {row:plain}" },
  findingRows: { nl: "Rijen: {rows}", en: "Rows: {rows}" },
  findingAlternatives: { nl: "Andere mogelijkheden: {values}", en: "Other options: {values}" },
  showMore: { nl: "Toon er nog {count:integer}", en: "Show {count:integer} more" },
  applySuggestion: { nl: "{field} {value:general} invullen", en: "Fill in {field} {value:general}" },
  applySuggestionValue: { nl: "{value:general} invullen", en: "Fill in {value:general}" },
  applyTitle: { nl: "Waarde invullen?", en: "Fill in value?" },
  applyBody: {
    nl: "Cel {cell} op werkblad {sheet} wordt {value:general} (nu: {current}). Dit wijzigt uw werkblad.",
    en: "Cell {cell} on sheet {sheet} becomes {value:general} (now: {current}). This changes your sheet.",
  },
  applyConfirm: { nl: "Invullen", en: "Fill in" },
  applied: { nl: "Cel {cell} is {value:general} geworden.", en: "Cell {cell} is now {value:general}." },
  emptyValue: { nl: "leeg", en: "empty" },
  mark: { nl: "Markeer in werkblad", en: "Mark in sheet" },
  marked: { nl: "{count|bevinding|bevindingen} gemarkeerd in het werkblad.", en: "{count|finding|findings} marked in the sheet." },
  clearMarks: { nl: "Markeringen wissen", en: "Clear marks" },
  cleared: { nl: "Markeringen gewist: {count|cel|cellen} hersteld.", en: "Marks cleared: {count|cell|cells} restored." },
  liveLabel: { nl: "Live controleren bij wijzigingen", en: "Check live on changes" },
  liveUnavailable: {
    nl: "Live controleren kan alleen in een werkmap die in Excel openstaat.",
    en: "Live checking only works on a workbook open in Excel.",
  },
  liveOn: { nl: "Live: gewijzigde rijen worden opnieuw gecontroleerd.", en: "Live: changed rows are checked again." },

  // Plaatsing
  plaatsingIntro: {
    nl: "Maakt de werkbladen Overzicht, Plaatsing per functie, Plaatsing per cluster, Plaatsingslijst, Formatiebudget en Formatiebudget per cluster uit het gecontroleerde werkblad.",
    en: "Creates the sheets Overview, Placement per function, Placement per cluster, Placement list, Formation budget and Formation budget per cluster from the checked sheet.",
  },
  settingsHeading: { nl: "Instellingen", en: "Settings" },
  werkgeverslasten: { nl: "Werkgeverslasten (%)", en: "Employer charges (%)" },
  werkgeverslastenHint: { nl: "IKB ({ikb:percent}) komt er altijd bij.", en: "IKB ({ikb:percent}) is always added." },
  werkgeverslastenInvalid: { nl: "Geef een percentage van 0 tot 100.", en: "Give a percentage from 0 to 100." },
  salaryStep: { nl: "Salarisbasis", en: "Salary basis" },
  salaryStepMax: { nl: "Maximum van de schaal", en: "Scale maximum" },
  salaryStepN: { nl: "Trede {step}", en: "Step {step}" },
  salaryTable: { nl: "Salaristabel", en: "Salary table" },
  salaryTableInUse: { nl: "{name}, geldig vanaf {validFrom:date}", en: "{name}, in force from {validFrom:date}" },
  salaryTableBundled: { nl: "(meegeleverd)", en: "(bundled)" },
  salaryTableFromSheet: { nl: "(werkblad Salaristabel)", en: "(sheet Salaristabel)" },
  /** How a table read from the sheet names where it comes from, where the sheet gives no name: "Salaristabel (deze werkmap)". */
  salarySheetWorkbook: { nl: "deze werkmap", en: "this workbook" },
  salaryTableEstimateHint: {
    nl: "Cao-verhogingen na de datum van de tabel komen erbij als raming; een officiële tabel wint voor de data die hij dekt. Een werkblad 'Salaristabel' in de werkmap wordt gebruikt als er geen tabel is geïmporteerd.",
    en: "Cao raises after the table's date are added as an estimate; an official table wins for the dates it covers. A sheet 'Salaristabel' in the workbook is used when no table is imported.",
  },
  salarySheetProblems: {
    nl: "Het werkblad Salaristabel is niet gebruikt; de salaristabel hieronder blijft in gebruik. Problemen:",
    en: "The sheet Salaristabel was not used; the salary table below stays in use. Problems:",
  },
  chargesBase: { nl: "Werkgeverslasten over", en: "Employer charges on" },
  chargesOnSalaryAndIkb: { nl: "Salaris en IKB", en: "Salary and IKB" },
  chargesOnSalary: { nl: "Alleen het salaris", en: "The salary alone" },
  begrotingsjaar: { nl: "Begrotingsjaar", en: "Budget year" },
  begrotingsjaarCurrent: { nl: "{year:plain} (dit jaar)", en: "{year:plain} (this year)" },
  begrotingsjaarHint: {
    nl: "Elke maand telt met de salarissen die dan gelden: een verhoging op 1 juli telt zes maanden.",
    en: "Each month counts with the salaries then in force: a raise on 1 July counts for six months.",
  },
  ownMeasures: { nl: "Eigen verwachte verhogingen", en: "Own expected raises" },
  ownMeasuresHint: {
    nl: "Uitgangspunten van de begroting, bovenop de bekende cao-verhogingen; de werkmap bewaart ze.",
    en: "Assumptions of the budget, on top of the known cao raises; the workbook keeps them.",
  },
  ownMeasureDate: { nl: "Datum", en: "Date" },
  ownMeasureAmount: { nl: "Verhoging (% of €)", en: "Raise (% or €)" },
  ownMeasureAdd: { nl: "Verhoging toevoegen", en: "Add raise" },
  ownMeasureRemove: { nl: "Verwijder", en: "Remove" },
  ownMeasurePct: { nl: "{date:date}: {value:percent}", en: "{date:date}: {value:percent}" },
  ownMeasureFixed: { nl: "{date:date}: {value:euro} per maand", en: "{date:date}: {value:euro} a month" },
  budgetHeading: { nl: "Formatiebudget {year:plain}", en: "Formation budget {year:plain}" },
  budgetBudgeted: { nl: "Begroot", en: "Budgeted" },
  budgetFilled: { nl: "Kosten bezetting", en: "Cost of filled" },
  budgetRoom: { nl: "Verschil (ruimte)", en: "Difference (room)" },
  budgetAmount: { nl: "{amount:wholeEuro}", en: "{amount:wholeEuro}" },
  budgetPerCluster: { nl: "Per cluster", en: "Per cluster" },
  budgetNoRow: { nl: "(formatie zonder rij in '{sheet}')", en: "(formation without a row in '{sheet}')" },
  budgetTotal: { nl: "Totaal", en: "Total" },
  salaryTableImport: { nl: "Salaristabel importeren (JSON)", en: "Import salary table (JSON)" },
  salaryTableImported: { nl: "Salaristabel {name} geladen.", en: "Salary table {name} loaded." },
  salaryTableProblems: {
    nl: "De salaristabel {file} is niet geladen; de vorige blijft in gebruik. Problemen:",
    en: "Salary table {file} was not loaded; the previous one stays in use. Problems:",
  },
  salaryTableNotSaved: {
    nl: "Een geïmporteerde salaristabel geldt voor deze sessie; de werkmap bewaart de instellingen, niet de tabel.",
    en: "An imported salary table applies to this session; the workbook keeps the settings, not the table.",
  },
  generateTables: { nl: "Genereer tabellen", en: "Generate tables" },
  tablesUnusable: {
    nl: "Geen tabellen: het werkblad kon niet als formatie worden gelezen (zie Controle).",
    en: "No tables: the sheet could not be read as a formation sheet (see Check).",
  },
  tablesWritten: { nl: "Geschreven werkbladen", en: "Sheets written" },
  tableSheet: { nl: "{sheet}", en: "{sheet}" },
  tableRenamed: {
    nl: "{sheet} (de naam {table} is al van een eigen werkblad van u)",
    en: "{sheet} (the name {table} belongs to a sheet of your own)",
  },
  overviewPerCluster: { nl: "Fte per cluster", en: "FTE per cluster" },
  chartHeading: { nl: "Formatie en bezetting per cluster", en: "Formation and filled per cluster" },
  chartLegendFormation: { nl: "Formatie (indicatief)", en: "Formation (indicative)" },
  chartLegendFilled: { nl: "Bezet", en: "Filled" },
  chartBar: { nl: "{cluster}: formatie {formation}, bezet {filled}", en: "{cluster}: formation {formation}, filled {filled}" },
  chartNoCluster: { nl: "(geen cluster)", en: "(no cluster)" },
  chartNoFormation: { nl: "onbekend", en: "unknown" },

  // Vergelijk: the Mutaties between the checked sheet and another formation
  vergelijkIntro: {
    nl: "Vergelijk dit werkblad met een andere formatie: wie er bij kwam, wie vertrok, wat er veranderde en wat dat per jaar kost, met de salaristabel en instellingen van het tabblad Plaatsing. Maakt de werkbladen Mutaties medewerkers, Mutaties functies en Mutaties clusters.",
    en: "Compare this sheet with another formation: who came, who left, what changed and what that costs per year, with the salary table and settings of the Placement tab. Creates the sheets Mutaties medewerkers, Mutaties functies and Mutaties clusters.",
  },
  vergelijkSource: { nl: "Andere formatie", en: "Other formation" },
  vergelijkSourceWorkbook: { nl: "Een werkblad van dit bestand", en: "A sheet of this file" },
  vergelijkSourceFile: { nl: "Een werkblad van een ander bestand", en: "A sheet of another file" },
  vergelijkChooseFile: { nl: "Kies het andere bestand", en: "Choose the other file" },
  vergelijkFileInUse: { nl: "Ander bestand: {file}", en: "Other file: {file}" },
  vergelijkOtherSheet: { nl: "Vergelijk '{sheet}' met", en: "Compare '{sheet}' with" },
  vergelijkNoOtherSheet: { nl: "Er is geen ander werkblad om mee te vergelijken.", en: "There is no other sheet to compare with." },
  vergelijkNoFile: { nl: "Kies eerst het andere bestand.", en: "Choose the other file first." },
  vergelijkDirection: { nl: "Welke formatie is de oude?", en: "Which formation is the old one?" },
  vergelijkOtherIsOld: { nl: "'{other}' is de oude (eerder), '{sheet}' de nieuwe", en: "'{other}' is the old one (earlier), '{sheet}' the new one" },
  vergelijkOtherIsNew: { nl: "'{sheet}' is de oude (eerder), '{other}' de nieuwe", en: "'{sheet}' is the old one (earlier), '{other}' the new one" },
  vergelijkCompare: { nl: "Vergelijk", en: "Compare" },
  vergelijkWrite: { nl: "Werkbladen Mutaties maken", en: "Create the Mutaties sheets" },
  vergelijkFileOpened: { nl: "{file} geopend om mee te vergelijken.", en: "{file} opened to compare with." },
  vergelijkResultHeading: { nl: "Mutaties van '{old}' naar '{new}'", en: "Changes from '{old}' to '{new}'" },
  vergelijkIn: { nl: "Nieuw (in)", en: "New (in)" },
  vergelijkOut: { nl: "Vertrokken (uit)", en: "Left (out)" },
  vergelijkChanged: { nl: "Gewijzigd", en: "Changed" },
  vergelijkUnchanged: { nl: "Ongewijzigd", en: "Unchanged" },
  vergelijkUnmatched: { nl: "Niet te koppelen", en: "Not matched" },
  vergelijkUnread: { nl: "Niet te lezen", en: "Cannot be read" },
  vergelijkCount: { nl: "{count:integer}", en: "{count:integer}" },
  vergelijkVacancies: {
    nl: "Vacatures per functie: {in:integer} nieuw, {out:integer} vervallen, {changed:integer} gewijzigd",
    en: "Vacancies per function: {in:integer} new, {out:integer} gone, {changed:integer} changed",
  },
  vergelijkFilled: { nl: "Bezetting: {old:fte} → {new:fte} fte (verschil {difference:fte})", en: "Filled: {old:fte} → {new:fte} FTE (difference {difference:fte})" },
  vergelijkFormation: { nl: "Formatie: {old:fte} → {new:fte} fte (verschil {difference:fte})", en: "Formation: {old:fte} → {new:fte} FTE (difference {difference:fte})" },
  vergelijkCost: {
    nl: "Kosten per jaar, begrotingsjaar {year:plain} (raming): {old:wholeEuro} → {new:wholeEuro} (verschil {difference:wholeEuro})",
    en: "Cost per year, budget year {year:plain} (estimate): {old:wholeEuro} → {new:wholeEuro} (difference {difference:wholeEuro})",
  },
  /** `reason`: the check's own finding about the sheet (no header, a column missing), else vergelijkUnusableReason. */
  vergelijkUnusable: { nl: "Werkblad '{sheet}' is niet als formatie te lezen: {reason}", en: "Sheet '{sheet}' cannot be read as a formation: {reason}" },
  vergelijkUnusableReason: { nl: "onbruikbaar werkblad", en: "unusable sheet" },

  // Functieboek
  bookSourceBundled: { nl: "meegeleverd", en: "bundled" },
  bookSourceWorkbook: { nl: "uit deze werkmap", en: "from this workbook" },
  bookSourceImported: { nl: "geïmporteerd", en: "imported" },
  bookHeading: { nl: "{name} ({source})", en: "{name} ({source})" },
  bookImport: { nl: "Functieboek importeren (JSON)", en: "Import function book (JSON)" },
  bookExport: { nl: "Functieboek exporteren", en: "Export function book" },
  bookReset: { nl: "Meegeleverd functieboek gebruiken", en: "Use the bundled function book" },
  bookImported: { nl: "Functieboek {name} geladen en in de werkmap bewaard.", en: "Function book {name} loaded and kept in the workbook." },
  bookResetDone: { nl: "Het meegeleverde functieboek {name} is weer in gebruik.", en: "The bundled function book {name} is in use again." },
  bookExported: { nl: "Functieboek opgeslagen als {file}.", en: "Function book saved as {file}." },
  // Issue 15: a functieboek kept in Excel.
  bookFromSheets: { nl: "Uit werkblad", en: "From sheets" },
  bookFromWorkbookFile: { nl: "Uit een .xlsx-bestand", en: "From an .xlsx file" },
  bookInsertTemplate: { nl: "Sjabloon invoegen", en: "Insert template" },
  bookSheetsHint: {
    nl: "Een functieboek in Excel staat op de werkbladen Functies, Normfuncties en Beleid (en eventueel Conversietabel en Clusters of Teams). Sjabloon invoegen zet ze met het huidige functieboek als voorbeeld in deze werkmap.",
    en: "A function book in Excel is kept on the sheets Functies, Normfuncties and Beleid (and optionally Conversietabel and Clusters or Teams). Insert template adds them to this workbook with the current book as example.",
  },
  bookSheetProblems: {
    nl: "Het functieboek op de werkbladen van deze werkmap is niet geladen; het huidige functieboek blijft in gebruik. Problemen:",
    en: "The function book on this workbook's sheets was not loaded; the current function book stays in use. Problems:",
  },
  bookFromSheetsDone: {
    nl: "{name} gelezen uit de werkbladen en in de werkmap bewaard; zelfcontrole: {count|opmerking|opmerkingen}.",
    en: "{name} read from the sheets and kept in the workbook; self-check: {count|remark|remarks}.",
  },
  templateInserted: {
    nl: "Sjabloon ingevoegd: werkbladen {sheets}. Vervang het voorbeeld door uw eigen functieboek en kies daarna Uit werkblad.",
    en: "Template inserted: sheets {sheets}. Replace the example with your own function book, then choose From sheets.",
  },
  bookProblems: {
    nl: "{file} is niet geladen; het huidige functieboek blijft in gebruik. Problemen:",
    en: "{file} was not loaded; the current function book stays in use. Problems:",
  },
  storedBookProblems: {
    nl: "Het functieboek in deze werkmap laadt niet; het meegeleverde functieboek wordt gebruikt. Problemen:",
    en: "The function book in this workbook does not load; the bundled function book is used. Problems:",
  },
  bookSearch: { nl: "Zoek functie", en: "Search function" },
  bookFunctions: { nl: "Functies ({count:integer})", en: "Functions ({count:integer})" },
  bookFunctionLine: { nl: "{normfunctie} · schaal {scale:plain} · {fte}", en: "{normfunctie} · scale {scale:plain} · {fte}" },
  bookFte: { nl: "{fte:fte} fte", en: "{fte:fte} FTE" },
  bookNoFte: { nl: "geen formatie", en: "no formation" },
  bookNoMatch: { nl: "Geen functie gevonden.", en: "No function found." },
  bookSelectHint: {
    nl: "Kies een functie, of selecteer een rij in het formatiewerkblad.",
    en: "Choose a function, or select a row in the formation sheet.",
  },
  selectionRow: { nl: "Rij {row:plain} van {sheet}: {title}", en: "Row {row:plain} of {sheet}: {title}" },
  selectionUnknown: {
    nl: "Rij {row:plain} van {sheet}: {title} staat niet in het functieboek.",
    en: "Row {row:plain} of {sheet}: {title} is not in the function book.",
  },
  selectionEmpty: { nl: "Rij {row:plain} van {sheet} noemt geen functie.", en: "Row {row:plain} of {sheet} names no function." },
  detailFunction: { nl: "Functie", en: "Function" },
  detailNormfunctie: { nl: "Normfunctie", en: "Normfunctie" },
  detailScale: { nl: "Schaal", en: "Scale" },
  detailFormation: { nl: "Formatie", en: "Formation" },
  detailReeks: { nl: "Functiereeks / -groep", en: "Function series / group" },
  detailCharacteristics: { nl: "Kenmerken", en: "Characteristics" },
  detailCompetencies: { nl: "Competenties", en: "Competencies" },
  detailCompetency: { nl: "{name}, niveau {level}", en: "{name}, level {level}" },
  detailResultAreas: { nl: "Resultaatgebieden", en: "Result areas" },
  detailEducation: { nl: "Minimum opleiding", en: "Minimum education" },
  detailNone: { nl: "Niet vermeld.", en: "Not stated." },
  detailNoNormfunctie: {
    nl: "Het functieboek beschrijft normfunctie {normfunctie} niet.",
    en: "The function book does not describe normfunctie {normfunctie}.",
  },
  selfCheckHeading: { nl: "Zelfcontrole van het functieboek ({count:integer})", en: "Self-check of the function book ({count:integer})" },
  selfCheckClean: { nl: "De zelfcontrole vindt geen tegenstrijdigheden.", en: "The self-check finds no contradictions." },

  // Invoerlijsten
  entryListsIntro: {
    nl: "Keuzelijsten in de kolommen Functie, Normfunctie en Schaal, met de waarden uit het functieboek. Zo ontstaan fouten niet bij het invoeren.",
    en: "Drop-down lists in the Function, Normfunctie and Scale columns, with the values from the function book, so errors are prevented at entry.",
  },
  entryListsInstall: { nl: "Invoerlijsten installeren", en: "Install entry lists" },
  entryListsRemove: { nl: "Invoerlijsten verwijderen", en: "Remove entry lists" },
  entryListsInstalled: { nl: "Invoerlijsten geïnstalleerd op werkblad {sheet}, rijen {first:plain} tot en met {last:plain}:", en: "Entry lists installed on sheet {sheet}, rows {first:plain} to {last:plain}:" },
  entryListLine: { nl: "Kolom {column} ({field}): {count|waarde|waarden}", en: "Column {column} ({field}): {count|value|values}" },
  entryListsSkipped: { nl: "Geen kolom gevonden voor: {fields}.", en: "No column found for: {fields}." },
  entryListsNone: {
    nl: "Geen kolom Functie, Normfunctie of Schaal gevonden; kies ze in het tabblad Kolommen.",
    en: "No Function, Normfunctie or Scale column found; choose them in the Columns tab.",
  },
  entryListsRemoved: { nl: "Invoerlijsten verwijderd van werkblad {sheet}.", en: "Entry lists removed from sheet {sheet}." },

  // Kolommen
  columnsIntro: {
    nl: "Welke kolom welk gegeven bevat. Pas het aan als de kopregel anders is; de keuze wordt per werkblad in de werkmap bewaard.",
    en: "Which column holds which field. Correct it where the header differs; the choice is kept per sheet in the workbook.",
  },
  columnsRead: { nl: "Kolommen lezen", en: "Read columns" },
  columnsHeaderRow: { nl: "Kopregel (rij)", en: "Header row" },
  columnsNone: { nl: "(geen)", en: "(none)" },
  columnsOption: { nl: "{letter}: {label}", en: "{letter}: {label}" },
  columnsSave: { nl: "Toepassen en bewaren", en: "Apply and keep" },
  columnsReset: { nl: "Automatisch herkennen", en: "Detect automatically" },
  columnsSaved: { nl: "Kolomindeling voor {sheet} bewaard.", en: "Column mapping for {sheet} kept." },
  columnsResetDone: { nl: "Kolommen van {sheet} worden weer automatisch herkend.", en: "Columns of {sheet} are detected automatically again." },
  columnsSourceDetected: { nl: "Automatisch herkend.", en: "Detected automatically." },
  columnsSourceUser: { nl: "Door u ingesteld.", en: "Set by you." },
  columnsNotDetected: {
    nl: "Geen kopregel herkend. Kies de kopregel en de kolommen.",
    en: "No header row recognised. Choose the header row and the columns.",
  },
  columnsMissing: {
    nl: "Kies ten minste Functie of HR21-normfunctie, en FTE of Uren per week.",
    en: "Choose at least Function or HR21 normfunctie, and FTE or Hours per week.",
  },
  columnsEmpty: { nl: "Kies Kolommen lezen om de kopregel van het werkblad te zien.", en: "Choose Read columns to see the sheet's header." },

  paneLoadFailed: {
    nl: "Formatiecheck kon niet worden geladen. Sluit het taakvenster en open het opnieuw.",
    en: "Formatiecheck could not be loaded. Close the task pane and open it again.",
  },

  // File mode: the pane in a browser, outside Excel, on a .xlsx file
  fileStartTitle: { nl: "Bestand openen", en: "Open a file" },
  fileStartIntro: {
    nl: "Open een formatieoverzicht (.xlsx, .xlsm, .xls, .ods). Het wordt in deze browser gecontroleerd: er wordt niets verstuurd en het origineel blijft ongewijzigd.",
    en: "Open a staffing plan (.xlsx, .xlsm, .xls, .ods). It is checked in this browser: nothing is sent anywhere and the original stays unchanged.",
  },
  fileChoose: { nl: "Kies een werkmap", en: "Choose a workbook" },
  fileInputLabel: { nl: "Bestand openen (.xlsx, .xls, .ods)", en: "Open a file (.xlsx, .xls, .ods)" },
  fileDrop: { nl: "Of sleep het bestand hierheen.", en: "Or drop the file here." },
  fileOpening: { nl: "{file} wordt geopend…", en: "Opening {file}…" },
  fileInExcelHint: {
    nl: "Werkt u in Excel? Kies daar Start → Open Formatiecheck; dan werkt het taakvenster op de open werkmap.",
    en: "Working in Excel? Choose Home → Open Formatiecheck there; the task pane then works on the open workbook.",
  },
  fileInUse: { nl: "Bestand: {file}", en: "File: {file}" },
  fileDownload: { nl: "Download gecontroleerd bestand", en: "Download checked file" },
  fileDownloadHint: {
    nl: "Een kopie met de bevindingen gemarkeerd, het werkblad Controle en de tabellen; het origineel blijft ongewijzigd.",
    en: "A copy with the findings marked, the Controle sheet and the tables; the original stays unchanged.",
  },
  fileDownloaded: { nl: "{file} is gedownload.", en: "{file} was downloaded." },
  fileOther: { nl: "Ander bestand", en: "Another file" },
  fileSelection: { nl: "Cel {cell} op {sheet}: {value}", en: "Cell {cell} on {sheet}: {value}" },

  // Errors from the workbook
  errorGeneric: { nl: "Er ging iets mis: {detail}", en: "Something went wrong: {detail}" },
  errorPayload: {
    nl: "Het werkblad is te groot om in één keer te verwerken. Controleer een kleiner deel of splits het werkblad.",
    en: "The sheet is too large to process at once. Check a smaller part or split the sheet.",
  },
  errorEditMode: {
    nl: "Excel is een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.",
    en: "Excel is editing a cell. Press Enter or Esc and try again.",
  },
  errorNotFound: { nl: "Het werkblad of de cel bestaat niet (meer): {detail}", en: "The sheet or cell no longer exists: {detail}" },
  errorAccessDenied: {
    nl: "Excel staat de wijziging niet toe (beveiligd werkblad of alleen-lezen werkmap).",
    en: "Excel does not allow the change (protected sheet or read-only workbook).",
  },
  errorBusy: { nl: "Excel is bezig of te veel verzoeken tegelijk. Probeer het zo opnieuw.", en: "Excel is busy or received too many requests. Try again shortly." },
  errorUnsupported: {
    nl: "Deze versie van Excel ondersteunt dit niet.",
    en: "This version of Excel does not support this.",
  },
  errorFileRead: { nl: "Het bestand kon niet worden gelezen: {detail}", en: "The file could not be read: {detail}" },
  // Undo, leaving, feedback, context, accepted findings: messages-trust.ts.
  ...TRUST_MESSAGES,
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
