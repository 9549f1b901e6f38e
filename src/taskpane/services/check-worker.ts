/**
 * The Web Worker that runs the check engine off the pane's thread (started in index.tsx).
 * It only forwards envelopes to the handler; all the work is in check-handler.ts.
 */
import { createCheckHandler } from "./check-handler";
import type { CheckRequest, Envelope } from "./check-protocol";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<Envelope<CheckRequest>>) => void): void;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const handle = createCheckHandler();
scope.addEventListener("message", (event) => {
  scope.postMessage({ id: event.data.id, body: handle(event.data.body) });
});
