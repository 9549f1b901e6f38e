/** A finding's severity as a coloured badge with its word (colour is never the only cue). */
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";
import { useText } from "../pane-context";
import type { MessageKey } from "../messages";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
export const SEVERITY_WORD: Record<Severity, MessageKey> = { error: "severityError", warning: "severityWarning", info: "severityInfo" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useText();
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {t(SEVERITY_WORD[severity])}
    </Badge>
  );
}
