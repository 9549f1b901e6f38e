/**
 * Entry of the task pane: waits for Office.js (never forever: outside Office, or when office.js
 * does not load, it goes on after a timeout), picks the language, starts the check engine in a
 * Web Worker and mounts the App with the Office.js workbook port when running in Excel — or, in a
 * plain browser, file mode ("Bestand openen": the same pane on a .xlsx file).
 */
import { createRoot } from "react-dom/client";
import { FileModeApp } from "./file-mode/file-mode-app";
import { languageOf, translate } from "./i18n";
import { loadPane } from "./load-pane";
import { loadOfficePort } from "./office-port";
import { lazyInlineTransport, TransportCheckEngine, workerTransport, type CheckEngine, type WorkerLike } from "./services/check-engine";
import { fallbackTransport } from "./services/fallback-transport";

/** How long to wait for Office.onReady before going on without Office. */
const OFFICE_READY_TIMEOUT_MS = 6000;

interface OfficeStart {
  inExcel: boolean;
  displayLanguage?: string;
}

async function waitForOffice(timeoutMs: number): Promise<OfficeStart> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { inExcel: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeStart>((resolve) => {
    timer = setTimeout(() => resolve({ inExcel: false }), timeoutMs);
  });
  const ready = Office.onReady().then(
    (info): OfficeStart => ({
      inExcel: info.host === Office.HostType.Excel,
      ...(Office.context?.displayLanguage ? { displayLanguage: Office.context.displayLanguage } : {}),
    }),
    (): OfficeStart => ({ inExcel: false }),
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

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

async function main(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const office = await waitForOffice(OFFICE_READY_TIMEOUT_MS);
  const language = languageOf(office.displayLanguage ?? navigator.language);
  const engine = createEngine();
  const root = createRoot(element);
  if (office.inExcel) {
    // Should the adapter's chunk not load, the pane still starts and says it has no workbook.
    const [pane, port] = await Promise.all([loadPane().catch(() => undefined), loadOfficePort(language).catch(() => undefined)]);
    if (pane) root.render(<pane.App port={port} language={language} engine={engine} />);
    else root.render(<p role="alert">{translate(language, "paneLoadFailed")}</p>);
  } else {
    root.render(<FileModeApp language={language} engine={engine} />);
  }
  // Closing the pane: remove the workbook listeners (live checking, selection) and stop the worker.
  window.addEventListener(
    "pagehide",
    () => {
      root.unmount();
      engine.dispose();
    },
    { once: true },
  );
}

void main();
