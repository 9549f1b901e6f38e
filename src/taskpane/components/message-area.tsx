/** The pane's error and notice, above the tabs: errors stay until dismissed or the next action. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { usePane, usePaneState, useText } from "../pane-context";

export function MessageArea() {
  const pane = usePane();
  const { error, notice } = usePaneState();
  const { t, text } = useText();
  return (
    <>
      {error && (
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{text(error)}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={() => pane.dismissError()}>{t("dismiss")}</Button>} />
          </MessageBar>
        </div>
      )}
      {notice && (
        <div role="status">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{text(notice)}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={() => pane.dismissNotice()}>{t("dismiss")}</Button>} />
          </MessageBar>
        </div>
      )}
    </>
  );
}
