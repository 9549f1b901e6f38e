/** Asks before a suggestion changes the user's cell: the only way the add-in writes a user's cell. */
import type { Finding } from "../../core/findings";
import { formatCellValue } from "../../core/format";
import type { CellValue } from "../../core/formatie/grid";
import type { ColumnChoice } from "../services/check-protocol";
import { suggestionFix } from "../services/suggestion";
import { useText } from "../pane-context";
import { ConfirmDialog } from "./confirm-dialog";

/** Mounted while a suggestion waits for the user's answer; unmounted when answered. */
export interface ApplySuggestionDialogProps {
  finding: Finding;
  current: CellValue | undefined;
  /** The sheet's columns, so the value is shown as it will be written (a number in FTE and Schaal). */
  header?: ColumnChoice;
  onConfirm(finding: Finding): void;
  onCancel(): void;
}

export function ApplySuggestionDialog({ finding, current, header, onConfirm, onCancel }: ApplySuggestionDialogProps) {
  const { t, language } = useText();
  const currentText = formatCellValue(current, language);
  const value = suggestionFix(finding, header)?.value ?? finding.suggestion ?? "";
  return (
    <ConfirmDialog title={t("applyTitle")} confirmLabel={t("applyConfirm")} onConfirm={() => onConfirm(finding)} onCancel={onCancel}>
      {t("applyBody", {
        cell: finding.cell ?? "",
        sheet: finding.sheet,
        value,
        current: currentText === "" ? t("emptyValue") : currentText,
      })}
    </ConfirmDialog>
  );
}
