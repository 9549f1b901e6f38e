/**
 * Entry of the task pane: waits for Office.js (never forever: outside Office, or when office.js
 * does not load, it goes on after a time-out — and still switches to the add-in when Excel answers
 * later), picks the language, starts the check engine in a Web Worker and mounts the App with the
 * Office.js workbook port when running in Excel — or, in a plain browser, file mode ("Bestand
 * openen": the same pane on a .xlsx file).
 */
import { createRoot, type Root } from "react-dom/client";
import type { Language } from "../core/localized";
import { FileModeApp } from "./file-mode/file-mode-app";
import { languageOf, translate } from "./i18n";
import { loadPane } from "./load-pane";
import { loadOfficePort } from "./office-port";
import { waitForOffice, type OfficeReady, type OfficeStart } from "./office-start";
import { lazyInlineTransport, TransportCheckEngine, workerTransport, type CheckEngine, type WorkerLike } from "./services/check-engine";
import { fallbackTransport } from "./services/fallback-transport";

/** How long to wait for Office.onReady before going on without Office (a later answer still counts). */
const OFFICE_READY_TIMEOUT_MS = 6000;

/** The check engine in a Web Worker, falling back to the pane's own thread if the worker fails. */
function createEngine(): CheckEngine {
  // The rules load with the inline engine only when it is needed (they are in the worker's chunk).
  const inline = () =>
    lazyInlineTransport(async () => (await import(/* webpackChunkName: "check-engine" */ "./services/check-handler")).createCheckHandler());
  if (typeof Worker === "undefined") return new TransportCheckEngine(inline());
  try {
    const worker = new Worker(new URL("./services/check-worker.ts", import.meta.url), { name: "formatiecheck-check" });
    const { transport, dispose } = workerTransport(worker as unknown as WorkerLike);
    return new TransportCheckEngine(fallbackTransport(transport, inline), { onDispose: dispose });
  } catch {
    return new TransportCheckEngine(inline());
  }
}

/** The add-in in Excel: the pane with the Office.js workbook port. */
async function renderAddin(root: Root, language: Language, engine: CheckEngine): Promise<void> {
  // Should the adapter's chunk not load, the pane still starts and says it has no workbook.
  const [pane, port] = await Promise.all([loadPane().catch(() => undefined), loadOfficePort(language).catch(() => undefined)]);
  if (pane) root.render(<pane.App port={port} language={language} engine={engine} />);
  else root.render(<p role="alert">{translate(language, "paneLoadFailed")}</p>);
}

async function main(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  // The engine (a Web Worker) starts once Office has answered or the time-out passed, not before:
  // the start screen comes first.
  let engine: CheckEngine | undefined;
  const theEngine = () => (engine ??= createEngine());
  let fileOpened = false;
  // Excel answered after the time-out (a cold start of Excel on the web): switch to the add-in,
  // unless the user already works on a file in file mode.
  const late = (start: OfficeStart) => {
    if (!fileOpened) void renderAddin(root, languageOf(start.displayLanguage ?? navigator.language), theEngine());
  };
  const office = await waitForOffice(typeof Office === "undefined" ? undefined : (Office as unknown as OfficeReady), OFFICE_READY_TIMEOUT_MS, late);
  const language = languageOf(office.displayLanguage ?? navigator.language);
  const engineNow = theEngine();
  if (office.inExcel) await renderAddin(root, language, engineNow);
  else root.render(<FileModeApp language={language} engine={engineNow} onFileOpened={() => (fileOpened = true)} />);
  // Closing the pane: remove the workbook listeners (live checking, selection) and stop the worker.
  window.addEventListener(
    "pagehide",
    () => {
      root.unmount();
      engine?.dispose();
    },
    { once: true },
  );
}

void main();
