/** Progress of a long operation: a bar (with a fraction while rows are handed over) and what happens. */
import { Caption1, ProgressBar } from "@fluentui/react-components";
import { useText } from "../pane-context";
import type { Progress } from "../services/validation-service";

export function ProgressLine({ progress }: { progress: Progress }) {
  const { t } = useText();
  const label = (() => {
    switch (progress.phase) {
      case "reading":
        return t("progressReading", { sheet: progress.sheet });
      case "sending":
        return t("progressSending", { done: progress.done, total: progress.total });
      case "checking":
        return t("progressChecking");
      case "rows":
        return t("progressRows");
      case "tables":
        return t("progressTables");
      case "comparing":
        return t("progressComparing");
      case "writing":
        return t("progressWriting");
    }
  })();
  const value = progress.phase === "sending" && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div role="status" aria-live="polite">
      <ProgressBar aria-label={label} {...(value !== undefined ? { value } : {})} />
      <Caption1>{label}</Caption1>
    </div>
  );
}
