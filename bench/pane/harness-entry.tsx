/**
 * The pane benchmark's page: the real pane (App) with the real check engine in a Web Worker, on
 * an in-memory sheet of `?rows=N` generated formation rows. bench/pane-bench.ts bundles it with
 * esbuild, opens it in headless Chromium, clicks "Controleer" and records long tasks.
 */
import { createRoot } from "react-dom/client";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { App } from "../../src/taskpane/app";
import { TransportCheckEngine, workerTransport, type CheckEngine, type WorkerLike } from "../../src/taskpane/services/check-engine";
import { formationGrid } from "../formation-generator";
import { memoryPort } from "./memory-port";

const bench = ((window as unknown as { __bench?: { findingsArrived?: number } }).__bench ??= {});
const params = new URLSearchParams(location.search);
const rows = Number(params.get("rows") ?? 1000);
const grid = formationGrid(bundledFunctieboek(), rows);

/** The engine in a Web Worker, as in Excel; with `?engine=inline` the pane's default, on its own thread. */
function workerEngine(): CheckEngine {
  const worker = new Worker("check-worker.js", { name: "formatiecheck-check" });
  // Registered before the transport's own listener: the moment the findings arrive, before the pane
  // renders them (so the benchmark can tell the engine's tasks from the rendering's).
  worker.addEventListener("message", (event: MessageEvent<{ body?: { type?: string } }>) => {
    if (event.data.body?.type === "validated") bench.findingsArrived = performance.now();
  });
  const { transport, dispose } = workerTransport(worker as unknown as WorkerLike);
  return new TransportCheckEngine(transport, { onDispose: dispose });
}

const engine = params.get("engine") === "inline" ? undefined : workerEngine();
const element = document.getElementById("root");
if (element) createRoot(element).render(<App port={memoryPort(grid)} language="nl" {...(engine ? { engine } : {})} />);
