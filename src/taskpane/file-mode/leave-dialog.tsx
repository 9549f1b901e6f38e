/**
 * Asks before the user leaves a copy with changes that were not downloaded ("Ander bestand"):
 * focus starts on "Annuleren", so Enter keeps the work.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useText } from "../pane-context";

export interface LeaveDialogProps {
  fileName: string;
  onLeave(): void;
  onCancel(): void;
}

export function LeaveDialog({ fileName, onLeave, onCancel }: LeaveDialogProps) {
  const { t } = useText();
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
          <DialogTitle>{t("leaveTitle")}</DialogTitle>
          <DialogContent>{t("leaveBody", { file: fileName })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onLeave}>
              {t("leaveConfirm")}
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
