/**
 * What a rule is: metadata (stable id, default severity, a title and messages in nl/en) plus detection.
 * Rules only detect and `report`; the engine turns reports into findings (location, severity
 * overrides, message text, order).
 */
import type { FunctieboekIndex, Match } from "../functieboek/functieboek-index";
import type { FunctionEntry, Normfunctie } from "../functieboek/schema";
import type { Field } from "../formatie/columns";
import type { FormatieSheet, Position } from "../formatie/read-formatie";
import type { Severity } from "../findings";
import type { SalaryTable } from "../budget/salary-table-schema";
import type { Localized, MessageData } from "../localized";

export interface Report {
  /** Which message of the rule to use (a key of `rule.messages`). */
  messageId: string;
  data?: MessageData;
  /** The position the finding is about; absent for sheet-level findings. */
  position?: Position;
  /** The field whose cell is marked; without it the finding points at the row's first column. */
  field?: Field;
  /** For aggregate findings: every position concerned. */
  positions?: readonly Position[];
  suggestion?: string;
  suggestions?: string[];
}

/** The function and normfunctie a position resolves to in the book (computed once per position). */
export interface Resolution {
  fn?: Match<FunctionEntry>;
  nf?: Match<Normfunctie>;
  /** The book's normfunctie for the resolved function. */
  fnNormfunctie?: Normfunctie;
}

export interface RuleContext {
  book: FunctieboekIndex;
  sheet: FormatieSheet;
  settings: ValidationSettings;
  resolve(position: Position): Resolution;
  report(report: Report): void;
  /** The salary tables the steps (treden) of the sheet are checked against: those the budget uses (engine.ts `pricing`). */
  salaryTables(): readonly SalaryTable[];
}

export interface Rule {
  /** Stable, namespaced id (`family/name`). Never rename one that has shipped. */
  id: string;
  severity: Severity;
  /**
   * A short title for people, without the row's details: heads the rule's findings in the pane,
   * the Controle sheet and the Overzicht ("Schaal past niet bij de functie"). The id is for
   * programs and filters, never a heading.
   */
  title: Localized;
  description: Localized;
  messages: Record<string, Localized>;
  /**
   * True for deviations a planner may justify: with a non-empty Toelichting/Reden on the row, the
   * finding becomes a warning ("afwijking met toelichting").
   */
  explainable?: boolean;
  /** Called once per position. */
  checkPosition?(position: Position, context: RuleContext): void;
  /** Called once per sheet, for rules that look across rows. */
  checkSheet?(positions: readonly Position[], context: RuleContext): void;
}

export interface ValidationSettings {
  /** Per rule id: another severity, or "off". */
  severities: Record<string, Severity | "off">;
  /** Tolerance when comparing FTE sums (avoids 0.30000000000000004 false alarms). */
  fteTolerance: number;
  /** How many scales lower a new placement may be and still be "passend". */
  maxScaleDrop: number;
}

export const DEFAULT_SETTINGS: ValidationSettings = {
  severities: {},
  fteTolerance: 0.005,
  maxScaleDrop: 1,
};
