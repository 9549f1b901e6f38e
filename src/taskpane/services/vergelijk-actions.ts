/**
 * The Vergelijk tab's actions: choose the other formation (a sheet of this workbook or, in file
 * mode, of another file), compare, and write the Mutaties sheets into this workbook. The
 * comparison itself runs in the check engine (core/mutaties). No React.
 */
import type { Language, Localized } from "../../core/localized";
import { defaultOtherSheet } from "../../core/mutaties/sheet-pair";
import type { WriteTablesResult } from "../../core/workbook-port";
import { message, translate } from "../i18n";
import type { UnusableSheet } from "./check-protocol";
import { writePackedTables } from "./packed-tables";
import type { CompareWorkbook, PaneHost } from "./pane-host";
import type { PlaatsingSettings } from "./plaatsing-settings";

export class VergelijkActions {
  /** The other file opened to compare with. */
  private otherFile: CompareWorkbook | undefined;

  constructor(
    private readonly host: PaneHost,
    private readonly plaatsing: PlaatsingSettings,
  ) {}

  private get state() {
    return this.host.state();
  }

  /** True where another file can be opened to compare with (file mode). */
  get canOpenOtherFile(): boolean {
    return this.host.deps.openOtherFile !== undefined;
  }

  /** The sheet the Vergelijk tab compares with: the one chosen, else its first suggestion. */
  compareSheet(): string | undefined {
    const vergelijk = this.state.vergelijk;
    if (vergelijk.source === "file") return vergelijk.otherSheet ?? vergelijk.otherFile?.sheets[0];
    const others = this.state.sheets.filter((s) => s !== this.state.sheet);
    if (vergelijk.otherSheet !== undefined && others.includes(vergelijk.otherSheet)) return vergelijk.otherSheet;
    return defaultOtherSheet(this.state.sheet, this.state.sheets);
  }

  setCompareSource(source: "workbook" | "file"): void {
    if (source === "file" && !this.canOpenOtherFile) return;
    this.host.dispatch({ type: "vergelijk-settings", source });
  }

  setCompareSheet(sheet: string): void {
    this.host.dispatch({ type: "vergelijk-settings", otherSheet: sheet });
  }

  setCompareDirection(otherIs: "old" | "new"): void {
    this.host.dispatch({ type: "vergelijk-settings", otherIs });
  }

  /** Opens another workbook file to compare with; its formation sheets become the choices. */
  openCompareFile(file: File): Promise<void> {
    return this.host.run("compare", async () => {
      const open = this.host.deps.openOtherFile;
      if (!open) return;
      const workbook = await open(file);
      const sheets = workbook.formationSheets ? await workbook.formationSheets() : [];
      const choices = sheets.length > 0 ? sheets : (await workbook.listSheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
      if (this.otherFile !== workbook) this.otherFile?.dispose?.();
      this.otherFile = workbook;
      const sheet = this.state.sheet;
      const suggested = defaultOtherSheet(sheet, [...(sheet !== undefined ? [sheet] : []), ...choices]);
      this.host.dispatch({ type: "vergelijk-file", file: { name: workbook.fileName, sheets: choices }, ...(suggested !== undefined ? { otherSheet: suggested } : {}) });
      this.host.dispatch({ type: "notice", notice: message("vergelijkFileOpened", { file: workbook.fileName }) });
    });
  }

  /**
   * Reads and checks the sheet and the other formation afresh, compares them and shows the
   * totals; with `write`, also writes the Mutaties sheets into this workbook (never the other file).
   */
  compare(write = false): Promise<void> {
    return this.host.run("compare", async (port, validation) => {
      const sheet = this.state.sheet;
      const other = this.compareSheet();
      const { source, otherIs } = this.state.vergelijk;
      const otherWorkbook = source === "file" ? this.otherFile : port;
      if (sheet === undefined) return;
      if (other === undefined || !otherWorkbook) {
        this.host.dispatch({ type: "error", error: message(source === "file" ? "vergelijkNoFile" : "vergelijkNoOtherSheet") });
        return;
      }
      // Priced as the Formatiebudget: the same table, begrotingsjaar, own raises and settings. The
      // table first: where it cannot be had, nothing is read or checked (no half-done comparison),
      // and the check below holds the treden against the table the costs are priced with.
      const salaryTable = await this.plaatsing.tableFor(port);
      const progress = this.host.progress("compare");
      await this.host.loadSheet(validation, sheet, progress);
      await this.host.check(validation, sheet, progress);
      progress({ phase: "reading", sheet: other });
      await validation.loadOther(await otherWorkbook.readSheet(other), progress);
      progress({ phase: "comparing" });
      const language = this.state.language;
      // Where the other formation is in another file, both sides are named by their file.
      const otherFile = source === "file" ? this.otherFile?.fileName : undefined;
      const fileName = this.host.deps.fileName;
      const outcome = await validation.compare(
        {
          ...this.plaatsing.budgetInputs(salaryTable, this.host.deps.today(), language),
          otherIs,
          sources: { sheet: { sheet, ...(otherFile !== undefined && fileName !== undefined ? { file: fileName } : {}) }, other: { sheet: other, ...(otherFile !== undefined ? { file: otherFile } : {}) } },
        },
        this.state.columns[sheet],
        source === "workbook" ? this.state.columns[other] : undefined,
      );
      if (!outcome.usable || !outcome.totals || outcome.year === undefined) {
        this.host.dispatch({ type: "vergelijk-result", ...(outcome.unusable ? { problem: unusableProblem(outcome.unusable) } : {}) });
        return;
      }
      let written: WriteTablesResult | undefined;
      if (write) {
        progress({ phase: "writing" });
        written = await writePackedTables(port, outcome.tables, { language });
      }
      const result = { oldSheet: outcome.oldSheet, newSheet: outcome.newSheet, ...(otherFile !== undefined ? { otherFile } : {}), otherIs, totals: outcome.totals, year: outcome.year, warnings: outcome.warnings, notes: outcome.notes };
      this.host.dispatch({ type: "vergelijk-result", result, ...(written ? { written } : {}) });
    });
  }
}

/** Why the comparison could not be made, in both languages (the pane keeps it while the language may switch). */
function unusableProblem({ sheet, reason }: UnusableSheet): Localized {
  const said = (language: Language) => translate(language, "vergelijkUnusable", { sheet, reason: reason?.[language] ?? translate(language, "vergelijkUnusableReason") });
  return { nl: said("nl"), en: said("en") };
}
