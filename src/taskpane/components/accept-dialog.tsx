/** Asks for the reason a finding is accepted; "Accepteren" only with a reason. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import { useText } from "../pane-context";

export interface AcceptDialogProps {
  finding: Finding;
  onAccept(finding: Finding, reason: string): void;
  onCancel(): void;
}

export function AcceptDialog({ finding, onAccept, onCancel }: AcceptDialogProps) {
  const { t, language } = useText();
  const [reason, setReason] = useState("");
  const ready = reason.trim() !== "";
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready) onAccept(finding, reason);
          }}
        >
          <DialogBody>
            <DialogTitle>{t("acceptTitle")}</DialogTitle>
            <DialogContent>
              <p>
                {finding.cell ?? ""} {finding.message[language]}
              </p>
              <p>{t("acceptBody")}</p>
              <Field label={t("acceptReason")} hint={t("acceptReasonHint")} required>
                <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={!ready}>
                {t("acceptConfirm")}
              </Button>
              <Button appearance="secondary" onClick={onCancel}>
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
