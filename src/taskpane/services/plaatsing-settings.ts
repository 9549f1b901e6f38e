/**
 * The Plaatsing tab's budget settings, as methods the components call: werkgeverslasten and what
 * they apply to, the salary basis, the begrotingsjaar, the user's own expected raises (kept in
 * the workbook with the other settings) and the salary table — an imported JSON file, else the
 * workbook's sheet "Salaristabel", else the bundled table. What "Genereer tabellen" needs of them
 * comes from `budgetInputs`, and the Vergelijk tab prices the Mutaties with the same. No React here;
 * the controller hands in how to dispatch, save and run.
 */
import type { SalaryMeasure } from "../../core/budget/salary-measures";
import type { EmployerChargesBase } from "../../core/budget/salary-cost";
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import type { Language, Localized } from "../../core/localized";
import type { StoredState, WorkbookPort } from "../../core/workbook-port";
import { message, translate } from "../i18n";
import type { BudgetInputs } from "./check-protocol";
import type { PaneHost } from "./pane-host";

/** An own raise as the workbook keeps it. */
type KeptMeasure = NonNullable<NonNullable<StoredState["settings"]>["ownMeasures"]>[number];

/** The kept raises as measures (the user's own, without sources). */
export function ownMeasuresOf(kept: readonly KeptMeasure[] | undefined): SalaryMeasure[] {
  return [...(kept ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((m) => ({ date: m.date, type: m.type, value: m.value, sources: [], own: true }));
}

function kept(measures: readonly SalaryMeasure[]): KeptMeasure[] {
  return measures.flatMap((m) => (m.type === "pct" || m.type === "fixed" ? [{ date: m.date, type: m.type, value: m.value }] : []));
}

export class PlaatsingSettings {
  constructor(private readonly host: PaneHost) {}

  private get salaries() {
    return this.host.deps.salaries;
  }

  private get plaatsing() {
    return this.host.state().plaatsing;
  }

  setWerkgeverslasten(percent: number): void {
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) return;
    this.host.dispatch({ type: "plaatsing-settings", werkgeverslasten: percent });
    void this.host.save((s) => ({ ...s, settings: { ...s.settings, werkgeverslasten: percent } }));
  }

  setSalaryStep(step: number | "max"): void {
    this.host.dispatch({ type: "plaatsing-settings", salaryStep: step });
    void this.host.save((s) => ({ ...s, settings: { ...s.settings, salaryStep: step } }));
  }

  setChargesBase(base: EmployerChargesBase): void {
    this.host.dispatch({ type: "plaatsing-settings", chargesBase: base });
    void this.host.save((s) => ({ ...s, settings: { ...s.settings, werkgeverslastenOver: base } }));
  }

  /** The begrotingsjaar; undefined: the current year (nothing kept). */
  setYear(year: number | undefined): void {
    this.host.dispatch({ type: "begrotingsjaar", year });
    void this.host.save((s) => {
      const { begrotingsjaar: _old, ...settings } = s.settings ?? {};
      return { ...s, settings: year === undefined ? settings : { ...settings, begrotingsjaar: year } };
    });
  }

  /** Adds an own raise typed as a date and an amount; the reason when it cannot be read. */
  async addOwnMeasure(dateText: string, amountText: string): Promise<Localized | undefined> {
    const reading = await this.salaries.ownMeasure(dateText, amountText);
    if (!reading.ok) return reading.message;
    this.keepOwnMeasures([...this.plaatsing.ownMeasures, reading.measure]);
    return undefined;
  }

  removeOwnMeasure(index: number): void {
    this.keepOwnMeasures(this.plaatsing.ownMeasures.filter((_, i) => i !== index));
  }

  private keepOwnMeasures(measures: SalaryMeasure[]): void {
    const sorted = ownMeasuresOf(kept(measures));
    this.host.dispatch({ type: "plaatsing-settings", ownMeasures: sorted });
    void this.host.save((s) => ({ ...s, settings: { ...s.settings, ownMeasures: kept(sorted) } }));
  }

  /** The salary table in use: loads the bundled one on first need. */
  loadSalaryTable(): Promise<void> {
    return this.host.run(
      "salary",
      async () => {
        await this.tableInUse();
      },
      { quiet: true },
    );
  }

  importSalaryTable(fileName: string, text: string): Promise<void> {
    return this.host.run("salary", async () => {
      const result = await this.salaries.parse(text);
      if (!result.ok) {
        this.host.dispatch({ type: "salary-problems", report: { intro: message("salaryTableProblems", { file: fileName }), problems: result.problems } });
        return;
      }
      this.host.dispatch({ type: "salary-problems" });
      this.host.dispatch({ type: "salary-table", table: result.table, maxStep: result.maxStep, source: "file" });
      this.host.dispatch({ type: "notice", notice: message("salaryTableImported", { name: result.table.name }) });
    });
  }

  /** The table loaded so far (undefined before the first load): the treden of a check are held against it. */
  current(): SalaryTable | undefined {
    return this.plaatsing.salaryTable;
  }

  /**
   * The table for the budget: an imported file wins; else the workbook's sheet "Salaristabel"
   * (read afresh: the user may have changed it); else the bundled table. A sheet that cannot be
   * read shows its problems and leaves the table in use.
   */
  async tableFor(port: WorkbookPort): Promise<SalaryTable> {
    if (this.plaatsing.salarySource === "file" && this.plaatsing.salaryTable) return this.plaatsing.salaryTable;
    // Where the sheet gives no name or source, they name this workbook (as the CLI names the file).
    const sheet = await this.salaries.fromSheet(port, translate(this.host.state().language, "salarySheetWorkbook"));
    if (sheet === undefined) {
      if (this.plaatsing.salarySource === "sheet") {
        const bundled = await this.salaries.bundled();
        this.host.dispatch({ type: "salary-table", table: bundled.table, maxStep: bundled.maxStep, source: "bundled" });
      }
      return this.tableInUse();
    }
    if (!sheet.ok) {
      this.host.dispatch({ type: "salary-problems", report: { intro: message("salarySheetProblems"), problems: sheet.problems } });
      return this.tableInUse();
    }
    this.host.dispatch({ type: "salary-problems" });
    this.host.dispatch({ type: "salary-table", table: sheet.table, maxStep: sheet.maxStep, source: "sheet" });
    return sheet.table;
  }

  /** What the budget is made with, and the Mutaties' costs priced with. */
  budgetInputs(salaryTable: SalaryTable, date: string, language: Language): BudgetInputs {
    const p = this.plaatsing;
    return {
      salaryTable,
      budget: {
        employerChargesPercent: p.werkgeverslasten,
        employerChargesBase: p.chargesBase,
        basis: p.salaryStep === "max" ? { kind: "maximum" } : { kind: "step", step: p.salaryStep },
      },
      year: p.begrotingsjaar ?? p.currentYear,
      ownMeasures: p.ownMeasures,
      date,
      language,
    };
  }

  private async tableInUse(): Promise<SalaryTable> {
    const current = this.plaatsing.salaryTable;
    if (current) return current;
    const { table, maxStep } = await this.salaries.bundled();
    this.host.dispatch({ type: "salary-table", table, maxStep, source: "bundled" });
    return table;
  }
}
