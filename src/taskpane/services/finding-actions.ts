/**
 * What the user does with one finding: write its suggestion into the cell (after confirming),
 * undo that exactly, or accept the finding with a reason (kept in the workbook's stored state,
 * core/acceptance.ts). Each change checks the row again. No React.
 */
import { acceptanceId, applyAcceptances, type AcceptedFinding } from "../../core/acceptance";
import { countBySeverity, type Finding } from "../../core/findings";
import { message } from "../i18n";
import type { CheckOutcome } from "./check-protocol";
import type { PaneHost } from "./pane-host";
import { suggestionFix } from "./suggestion";
import type { ValidationService } from "./validation-service";

export class FindingActions {
  private fixCount = 0;

  constructor(private readonly host: PaneHost) {}

  private get state() {
    return this.host.state();
  }

  /** Writes a finding's suggestion into its cell: only after the user confirmed it in the dialog. */
  applySuggestion(finding: Finding): Promise<void> {
    return this.host.run("apply", async (port, validation) => {
      const fix = suggestionFix(finding, this.state.outcome?.header);
      if (!fix || finding.row === undefined) return;
      const before = await port.setCellValue(fix.sheet, fix.cell, fix.value);
      const id = ++this.fixCount;
      const row = finding.row;
      this.host.dispatch({ type: "fix-applied", fix: { id, sheet: fix.sheet, cell: fix.cell, row, value: fix.value, before, undone: false } });
      this.host.dispatch({ type: "notice", notice: message("applied", { cell: fix.cell, value: fix.value }), fix: id });
      await this.recheckRow(validation, fix.sheet, row);
    });
  }

  /**
   * "Ongedaan maken": the cell of an applied suggestion gets back exactly what it held (its
   * formula too), unless it was changed since — then nothing is written and the pane says so.
   */
  undoFix(id: number): Promise<void> {
    return this.host.run("apply", async (port, validation) => {
      const fix = this.state.fixes.find((f) => f.id === id);
      if (!fix || fix.undone) return;
      const restored = await port.restoreCell(fix.before, fix.value);
      if (!restored) {
        this.host.dispatch({ type: "error", error: message("undoChanged", { cell: fix.cell, sheet: fix.sheet }) });
        return;
      }
      this.host.dispatch({ type: "fix-undone", id });
      this.host.dispatch({ type: "notice", notice: message("undone", { cell: fix.cell }) });
      await this.recheckRow(validation, fix.sheet, fix.row);
    });
  }

  /** Reads one changed row of the checked sheet again and checks the sheet. */
  private async recheckRow(validation: ValidationService, sheet: string, row: number): Promise<void> {
    if (sheet !== this.state.sheet) return;
    const progress = this.host.progress("apply");
    const how = await validation.refresh(sheet, { kind: "rows", spans: [{ first: row, last: row }] }, this.host.headerOf(sheet)?.headerRow, progress);
    if (how === "sheet" && validation.view) this.host.dispatch({ type: "view", view: validation.view });
    await this.host.check(validation, sheet, progress);
  }

  /**
   * "Accepteren met reden": the finding is kept as accepted in the workbook's stored state, tied
   * to its row as it is now; it is shown as geaccepteerd, not counted and not marked, and listed
   * with its reason on the Controle sheet. A change of the row brings it back.
   */
  acceptFinding(finding: Finding, reason: string): Promise<void> {
    const text = reason.trim();
    return this.host.run("accept", async (_port, validation) => {
      if (finding.row === undefined || text === "" || validation.view?.sheet !== finding.sheet) return;
      const key = validation.rowKeyOf(finding.row);
      if (key === undefined) return;
      const entry: AcceptedFinding = { sheet: finding.sheet, code: finding.code, ...(finding.cell !== undefined ? { cell: finding.cell } : {}), row: finding.row, rowKey: key, reason: text, date: this.host.deps.today() };
      const id = acceptanceId(finding);
      await this.host.save((s) => ({ ...s, accepted: [...(s.accepted ?? []).filter((a) => acceptanceId(a) !== id), entry] }));
      const outcome = this.state.outcome;
      if (outcome) this.host.dispatch({ type: "checked", outcome: this.withAcceptances(outcome, validation) });
      this.host.dispatch({ type: "notice", notice: message("acceptedNotice", { cell: finding.cell ?? String(finding.row) }) });
    });
  }

  /** Takes an acceptance back: the finding counts again. */
  withdrawAcceptance(finding: Finding): Promise<void> {
    return this.host.run("accept", async (_port, validation) => {
      const id = acceptanceId(finding);
      await this.host.save((s) => ({ ...s, accepted: (s.accepted ?? []).filter((a) => acceptanceId(a) !== id) }));
      const outcome = this.state.outcome;
      if (outcome) this.host.dispatch({ type: "checked", outcome: this.withAcceptances(outcome, validation) });
    });
  }

  /** The outcome with accepted findings marked as such and left out of the summary's counts. */
  withAcceptances(outcome: CheckOutcome, validation: ValidationService): CheckOutcome {
    const accepted = this.host.stored().accepted ?? [];
    if (accepted.length === 0 && !outcome.findings.some((f) => f.accepted)) return outcome;
    const findings = applyAcceptances(outcome.findings, accepted, (sheet, row) => (validation.view?.sheet === sheet ? validation.rowKeyOf(row) : undefined));
    const counts = countBySeverity(findings.filter((f) => !f.accepted));
    return { ...outcome, findings, summary: { ...outcome.summary, errors: counts.error, warnings: counts.warning, infos: counts.info } };
  }
}
