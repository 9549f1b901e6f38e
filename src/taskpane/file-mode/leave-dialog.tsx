/** Asks before the user leaves a copy with changes that were not downloaded ("Ander bestand"). */
import { ConfirmDialog } from "../components/confirm-dialog";
import { useText } from "../pane-context";

export interface LeaveDialogProps {
  fileName: string;
  onLeave(): void;
  onCancel(): void;
}

export function LeaveDialog({ fileName, onLeave, onCancel }: LeaveDialogProps) {
  const { t } = useText();
  return (
    <ConfirmDialog title={t("leaveTitle")} confirmLabel={t("leaveConfirm")} onConfirm={onLeave} onCancel={onCancel}>
      {t("leaveBody", { file: fileName })}
    </ConfirmDialog>
  );
}
