/**
 * Ribbon commands (ExecuteFunction), registered with Office.actions.associate. "Controleer
 * formatie" checks and marks the active sheet without opening the pane: the marks and notes are
 * the result. The command always completes its event, also when something fails.
 */
import { checkActiveSheet } from "./check-active-sheet";

/** The ribbon button "Controleer formatie". */
export async function controleerFormatie(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await checkActiveSheet();
  } catch (error) {
    // Nothing to show a message in without the pane; the pane shows the same failure when opened.
    console.error("Formatiecheck:", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  if (Office.actions?.associate) Office.actions.associate("controleerFormatie", controleerFormatie);
  else (globalThis as unknown as Record<string, unknown>).controleerFormatie = controleerFormatie;
});
