/**
 * Ribbon commands (ExecuteFunction), registered with Office.actions.associate. "Controleer
 * formatie" checks and marks the active sheet without opening the pane: the marks and notes are
 * the result. When it fails, a small dialog says why, in Dutch and English (a function command has
 * no pane to show it in, and a message in the console reaches nobody). The command always
 * completes its event, also when something fails.
 */
import { localize, type Localized } from "../core/localized";
import { toWorkbookError } from "../excel/office-errors";
import { checkActiveSheet } from "./check-active-sheet";

const FAILED: Localized = {
  nl: "Controleer formatie is niet gelukt. {reason}",
  en: "Check formation did not succeed. {reason}",
};

/** The failure as the user reads it: the adapter's own explanation where there is one. */
export function failureText(error: unknown): Localized {
  const reason = toWorkbookError(error).userMessage;
  return { nl: localize(FAILED, { reason: reason.nl }).nl, en: localize(FAILED, { reason: reason.en }).en };
}

/**
 * Shows a message in a dialog (Dialog API 1.1) and resolves when the user closes it — or at once
 * where no dialog can be shown.
 */
export function showNotice(text: Localized): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
        resolve();
        return;
      }
      const url = new URL("notice.html", window.location.href);
      url.searchParams.set("nl", text.nl);
      url.searchParams.set("en", text.en);
      Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // Closed by the user (its X), or the page failed.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch {
      resolve();
    }
  });
}

/** The ribbon button "Controleer formatie". */
export async function controleerFormatie(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await checkActiveSheet();
  } catch (error) {
    console.error("Formatiecheck:", error);
    await showNotice(failureText(error));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  if (Office.actions?.associate) Office.actions.associate("controleerFormatie", controleerFormatie);
  else (globalThis as unknown as Record<string, unknown>).controleerFormatie = controleerFormatie;
});
