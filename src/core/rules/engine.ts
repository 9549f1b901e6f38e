/**
 * The rules engine: reads a grid into positions, runs every rule, and turns reports into findings.
 * It owns location, severity overrides, explained exceptions, message text and order.
 */
import { bundledSalaryTable } from "../budget/bundled-salary-table";
import type { SalaryTable } from "../budget/salary-table-schema";
import { yearPricing, type PricingInputs } from "../budget/year-pricing";
import { compareFindings, type Finding, type Severity } from "../findings";
import { FunctieboekIndex } from "../functieboek/functieboek-index";
import type { Functieboek } from "../functieboek/schema";
import { FIELD_NAMES, FIELDS, type ColumnMap, type Field } from "../formatie/columns";
import { cellAddress, columnLetter, type Grid } from "../formatie/grid";
import { readFormatie, type FormatieSheet, type Position } from "../formatie/read-formatie";
import { localize, type Localized } from "../localized";
import { RULES, type SheetCode } from "./index";
import { positionResolver } from "./resolution";
import { DEFAULT_SETTINGS, type Report, type Rule, type RuleContext, type ValidationSettings } from "./rule";

export interface ValidationSummary {
  /** Data rows read (positions plus skipped totals/section rows). */
  rows: number;
  positions: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Sum of every position's FTE (hours converted). */
  fteTotal: number;
  /** The book's formation total, if it states one. */
  formationTotal: number | null;
}

export interface ValidationResult {
  sheet: string;
  /** False when the sheet could not be read as a formation sheet (no header, missing column). */
  usable: boolean;
  formatie?: FormatieSheet;
  findings: Finding[];
  summary: ValidationSummary;
}

export interface ValidateOptions {
  settings?: Partial<ValidationSettings>;
  columns?: ColumnMap;
  headerRow?: number;
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
  /** A prepared index of the book (saves rebuilding it per call). */
  index?: FunctieboekIndex;
  /**
   * The budget's inputs (salary table, measures, begrotingsjaar, date): the sheet's treden are then
   * checked against the amounts the budget prices that year with — every table in force in it, as
   * `calculateFormationBudget` checks them — so the rule and the budget agree.
   */
  pricing?: PricingInputs;
  /** Without `pricing`: the one salary table the treden are checked against (default: the bundled table). */
  salaryTable?: SalaryTable;
}

const SHEET_MESSAGES = {
  empty: { nl: "Het werkblad is leeg.", en: "The sheet is empty." },
  noHeader: {
    nl: "Geen kopregel gevonden: de eerste {rows} rijen noemen geen kolom Functie of Normfunctie naast een kolom FTE of Uren.",
    en: "No header row found: the first {rows} rows name no Function or Normfunctie column next to an FTE or Hours column.",
  },
  missing: {
    nl: "Verplichte kolom ontbreekt: {columns}. Gevonden kolommen: {found}.",
    en: "Required column missing: {columnsEn}. Columns found: {found}.",
  },
  duplicate: {
    nl: "Kolom {field} staat er meer dan eens ({columns}); de eerste ({first}) wordt gebruikt.",
    en: "Column {fieldEn} appears more than once ({columns}); the first ({first}) is used.",
  },
} satisfies Record<string, Localized>;

/** The columns a formation sheet needs, as `sheet/missing-column` names them. */
const MISSING_NAMES = {
  title: { nl: "Functie / HR21-normfunctie", en: "Function / HR21 normfunctie" },
  size: { nl: "FTE / Uren", en: "FTE / Hours" },
} satisfies Record<string, Localized>;

export function validateGrid(grid: Grid, book: Functieboek, options: ValidateOptions = {}): ValidationResult {
  const settings: ValidationSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const index = options.index ?? new FunctieboekIndex(book);
  const read = readFormatie(grid, { fullTimeHours: book.policies.fullTimeHours, columns: options.columns, headerRow: options.headerRow });
  const emptySummary: ValidationSummary = { rows: 0, positions: 0, errors: 1, warnings: 0, infos: 0, fteTotal: 0, formationTotal: book.formationTotalFte };
  if (!read.ok) {
    let message: Localized;
    let code: SheetCode;
    if (read.problem === "empty") {
      code = "sheet/empty";
      message = SHEET_MESSAGES.empty;
    } else if (read.problem === "no-header") {
      code = "sheet/no-header";
      message = localize(SHEET_MESSAGES.noHeader, { rows: 30 });
    } else {
      code = "sheet/missing-column";
      const wanted = (read.missing ?? []).map((f) => (f === "title" ? MISSING_NAMES.title : MISSING_NAMES.size));
      const found = [...(read.header?.labels.values() ?? [])].join(", ") || "—";
      message = localize(SHEET_MESSAGES.missing, { columns: wanted.map((w) => w.nl).join(", "), columnsEn: wanted.map((w) => w.en).join(", "), found });
    }
    const finding: Finding = { code, severity: "error", sheet: read.sheet, message, ...(read.header ? { row: read.header.headerRow } : {}) };
    return { sheet: read.sheet, usable: false, findings: [finding], summary: emptySummary };
  }

  const formatie = read.sheet;
  const findings: Finding[] = [];
  for (const duplicate of formatie.header.duplicates) {
    const letters = duplicate.columns.map(columnLetter);
    findings.push({
      code: "sheet/duplicate-column",
      severity: "warning",
      sheet: formatie.sheet,
      row: formatie.header.headerRow,
      column: letters[1],
      cell: cellAddress(formatie.header.headerRow, duplicate.columns[1] ?? 1),
      message: localize(SHEET_MESSAGES.duplicate, { field: FIELD_NAMES[duplicate.field].nl, fieldEn: FIELD_NAMES[duplicate.field].en, columns: letters.join(", "), first: letters[0] }),
    });
  }

  const resolve = positionResolver(index);

  let stepTables: readonly SalaryTable[] | undefined;
  const salaryTables = () => (stepTables ??= options.pricing ? yearPricing(options.pricing).pricing.tables() : [options.salaryTable ?? bundledSalaryTable()]);

  const rules = options.rules ?? RULES;
  for (const rule of rules) {
    const override = settings.severities[rule.id];
    if (override === "off") continue;
    const context: RuleContext = {
      book: index,
      sheet: formatie,
      settings,
      resolve,
      report: (report) => findings.push(toFinding(rule, report, formatie, override ?? rule.severity)),
      salaryTables,
    };
    // An indexed loop: this runs rules × rows times, before the JIT has optimised this function.
    const positions = formatie.positions;
    if (rule.checkPosition) for (let i = 0; i < positions.length; i++) rule.checkPosition(positions[i] as Position, context);
    rule.checkSheet?.(formatie.positions, context);
  }

  findings.sort(compareFindings);
  const fteTotal = formatie.positions.reduce((sum, p) => sum + (p.effectiveFte ?? 0), 0);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    sheet: formatie.sheet,
    usable: true,
    formatie,
    findings,
    summary: {
      rows: formatie.positions.length + formatie.skipped.filter((s) => s.reason !== "blank").length,
      positions: formatie.positions.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      fteTotal: Math.round(fteTotal * 10000) / 10000,
      formationTotal: book.formationTotalFte,
    },
  };
}

const EXPLAINED: Localized = {
  nl: " (afwijking met toelichting: \"{explanation}\")",
  en: " (deviation with explanation: \"{explanation}\")",
};

const HIDDEN: Localized = { nl: " [rij is verborgen]", en: " [row is hidden]" };

function toFinding(rule: Rule, report: Report, sheet: FormatieSheet, baseSeverity: Severity): Finding {
  const template = rule.messages[report.messageId];
  if (!template) throw new Error(`Rule ${rule.id} has no message '${report.messageId}'`);
  let message = localize(template, report.data ?? {});
  let severity = baseSeverity;
  const position = report.position;
  if (position && rule.explainable && severity === "error" && position.explanation.kind === "ok") {
    severity = "warning";
    const note = localize(EXPLAINED, { explanation: position.explanation.value });
    message = { nl: message.nl + note.nl, en: message.en + note.en };
  }
  if (position?.hidden) message = { nl: message.nl + HIDDEN.nl, en: message.en + HIDDEN.en };
  const finding: Finding = { code: rule.id, severity, sheet: sheet.sheet, message };
  if (position) {
    const col = columnOf(report.field, sheet);
    finding.row = position.row;
    finding.column = columnLetter(col);
    finding.cell = cellAddress(position.row, col);
    if (position.hidden) finding.hidden = true;
  }
  if (report.positions && report.positions.length > 0) finding.rows = sortedRows(report.positions);
  if (report.suggestion !== undefined) finding.suggestion = report.suggestion;
  if (report.suggestions && report.suggestions.length > 0) finding.suggestions = report.suggestions;
  return finding;
}

/** The distinct rows of positions, ascending (groups arrive in sheet order, so usually as they are). */
function sortedRows(positions: readonly Position[]): number[] {
  const rows = positions.map((p) => p.row);
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as number) <= (rows[i - 1] as number)) return [...new Set(rows)].sort((a, b) => a - b);
  }
  return rows;
}

/** The marked column: the field's own column, else the sheet's first mapped column. */
function columnOf(field: Field | undefined, sheet: FormatieSheet): number {
  if (field && sheet.columns[field] !== undefined) return sheet.columns[field] as number;
  return Math.min(...FIELDS.map((f) => sheet.columns[f] ?? Infinity));
}
