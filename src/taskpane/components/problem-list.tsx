/** Why a file did not load: each problem with its JSON path (where it has one) and message. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useText } from "../pane-context";
import type { ProblemReport } from "../state/pane-state";
import { usePaneStyles } from "./pane-styles";

/** More than this many problems: the rest are counted, not listed (a wrong file can give hundreds). */
const MAX_SHOWN = 50;

export function ProblemList({ report, onDismiss }: { report: ProblemReport; onDismiss?: () => void }) {
  const { t, text, language } = useText();
  const styles = usePaneStyles();
  const shown = report.problems.slice(0, MAX_SHOWN);
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <div>{text(report.intro)}</div>
          <ul className={`${styles.bulletList} ${styles.wrapText}`}>
            {shown.map((problem, i) => (
              <li key={i}>
                {problem.path !== "" && <code>{problem.path}</code>} {problem.message[language]}
              </li>
            ))}
            {report.problems.length > MAX_SHOWN && <li>…{report.problems.length - MAX_SHOWN}</li>}
          </ul>
        </MessageBarBody>
        {onDismiss && (
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={onDismiss}>{t("dismiss")}</Button>} />
        )}
      </MessageBar>
    </div>
  );
}
