/**
 * The dialog in which the ribbon command says what went wrong (a function command has no pane to
 * show a message in). The text comes in the address (?nl=…&en=…) and is shown as text, never as
 * HTML; "Sluiten" tells the command, which closes the dialog.
 */
function show(): void {
  const params = new URLSearchParams(window.location.search);
  for (const language of ["nl", "en"]) {
    const element = document.getElementById(language);
    if (element) element.textContent = params.get(language) ?? "";
  }
  document.getElementById("close")?.addEventListener("click", () => {
    try {
      Office.context.ui.messageParent("close");
    } catch {
      window.close();
    }
  });
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady(show);
else show();
