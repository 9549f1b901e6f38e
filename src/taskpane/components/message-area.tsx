/**
 * The pane's messages. Errors stay above the tabs until dismissed or the next action. Notices
 * ("… gemarkeerd", "… is gedownload") are of the moment: Fluent toasts at the bottom of the pane,
 * at most three at a time, that go away by themselves (they wait while the pointer is on them). A
 * notice about an applied fix carries "Ongedaan maken"; the fix also stays undoable in the
 * Controle tab's list, so nothing depends on catching the toast in time.
 */
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Toast,
  ToastTitle,
  Toaster,
  useId,
  useToastController,
} from "@fluentui/react-components";
import { useEffect } from "react";
import type { UiText } from "../i18n";
import { usePane, usePaneState, useText } from "../pane-context";

/** How long a toast stays (ms); one with an action longer. */
const TOAST_MS = 5000;
const TOAST_WITH_ACTION_MS = 10_000;

export function MessageArea() {
  const pane = usePane();
  const { error, notice, noticeFix } = usePaneState();
  const { t, text } = useText();
  const toasterId = useId("pane-toaster");
  const { dispatchToast } = useToastController(toasterId);

  useEffect(() => {
    if (!notice) return;
    const undo = noticeFix;
    // After the next frame, in a task of its own: a toast measures itself for its motion (a forced
    // layout), which on top of the render that brought the notice — and before the browser had laid
    // that out — made one task of over 50 ms (npm run bench, part 9).
    const show = () => dispatchToast(<NoticeToast notice={notice} fix={undo} />, { intent: "success", timeout: undo !== undefined ? TOAST_WITH_ACTION_MS : TOAST_MS, pauseOnHover: true });
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(show, 0));
    else setTimeout(show, 0);
    // A new notice object is a new message; the same one shown again after a language switch is not.
  }, [notice]);

  return (
    <>
      <Toaster toasterId={toasterId} position="bottom" limit={3} />
      {error && (
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{text(error)}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={() => pane.dismissError()}>{t("dismiss")}</Button>} />
          </MessageBar>
        </div>
      )}
    </>
  );
}

/** One notice as a toast; it follows the pane's language while it is shown. */
function NoticeToast({ notice, fix }: { notice: UiText; fix: number | undefined }) {
  const pane = usePane();
  const { t, text } = useText();
  return (
    <Toast>
      <ToastTitle
        action={
          fix !== undefined ? (
            <Link as="button" onClick={() => void pane.findings.undoFix(fix)}>
              {t("undo")}
            </Link>
          ) : undefined
        }
      >
        {text(notice)}
      </ToastTitle>
    </Toast>
  );
}
