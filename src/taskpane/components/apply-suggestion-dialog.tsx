/** Asks before a suggestion changes the user's cell: the only way the add-in writes a user's cell. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Finding } from "../../core/findings";
import { formatCellValue } from "../../core/format";
import type { CellValue } from "../../core/formatie/grid";
import type { ColumnChoice } from "../services/check-protocol";
import { suggestionFix } from "../services/suggestion";
import { useText } from "../pane-context";

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
  // Focus starts on "Annuleren": a stray Enter must not write the user's cell (Fluent's own
  // first focus would be "Invullen"). Set after Fluent's focus trap has placed its own.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("applyTitle")}</DialogTitle>
          <DialogContent>
            {t("applyBody", {
              cell: finding.cell ?? "",
              sheet: finding.sheet,
              value,
              current: currentText === "" ? t("emptyValue") : currentText,
            })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onConfirm(finding)}>
              {t("applyConfirm")}
            </Button>
            <Button appearance="secondary" ref={cancel} onClick={onCancel}>
              {t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
