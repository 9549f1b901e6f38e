/**
 * The Web Worker that runs the check engine off the pane's thread (started in index.tsx).
 * It only forwards envelopes to the handler; all the work is in check-handler.ts.
 */
import { createCheckHandler } from "./check-handler";
import type { CheckReply, CheckRequest, Envelope } from "./check-protocol";
import { packedTransfer } from "./packed-tables";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<Envelope<CheckRequest>>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createCheckHandler();
scope.addEventListener("message", (event) => {
  const body: CheckReply = handle(event.data.body);
  // Generated tables are handed over, not copied (packed-tables.ts).
  const transfer = body.type === "tables" || body.type === "compared" ? packedTransfer(body.outcome.tables) : [];
  scope.postMessage({ id: event.data.id, body }, transfer);
});
