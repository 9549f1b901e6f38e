/**
 * The Web Worker that holds file mode's opened workbooks (started by open-file-workbook.ts). It
 * only forwards envelopes to the handler; the work is in file-handler.ts and src/xlsx/.
 */
import { FileWorkbook } from "../../xlsx/file-workbook";
import { createFileHandler } from "./file-handler";
import type { FileEnvelope, FileRequest } from "./file-protocol";

interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<FileEnvelope<FileRequest>>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createFileHandler((bytes, options) => FileWorkbook.fromBytes(bytes, options));
scope.addEventListener("message", (event) => {
  const { id, body } = event.data;
  void handle(body).then(({ reply, transfer }) => scope.postMessage({ id, body: reply }, transfer));
});
