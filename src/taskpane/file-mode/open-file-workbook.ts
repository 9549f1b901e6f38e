/**
 * Opening a workbook file the user picked or dropped. Its size is checked before a byte is read;
 * then the file goes to the file worker (file-worker.ts), which reads it and later writes its marks,
 * tables and copy — off the pane's thread, so a 20,000-row file never freezes the pane. Where no
 * worker can start (an old browser, tests in jsdom) or it stops, the file is opened on the pane's
 * thread as before: the file-workbook side (src/xlsx/file-workbook.ts) fetched as its own chunk,
 * only in file mode, so the add-in's first chunk never carries it.
 */
import type { Language } from "../../core/localized";
import type { WorkbookPort } from "../../core/workbook-port";
import type { FileWorkbook } from "../../xlsx/file-workbook";
import type { CompareWorkbook } from "../services/pane-host";
import { FileTooLargeError, MAX_WORKBOOK_FILE_BYTES } from "../services/read-file";
import { pairedChannel, type PairedWorker } from "../services/worker-channel";
import type { FileReply, FileRequest } from "./file-protocol";
import { RemoteFileWorkbook, type FileChannel } from "./remote-file-workbook";

/** The largest file opened: the file layer's own limit (`MAX_FILE_BYTES`). */
export { MAX_WORKBOOK_FILE_BYTES };

/** What the pane and its file bar use of an opened file: a `FileWorkbook`, here or in the worker. */
export type OpenedWorkbook = WorkbookPort &
  CompareWorkbook &
  Pick<FileWorkbook, "fileName" | "selection" | "onSelect" | "toBytes" | "markSaved" | "checkedFileName" | "notices" | "stateProblem" | "formationSheets"> & {
    hasUnsavedChanges(): boolean;
    /** Lets the file go (the worker's copy); absent where the file lives on the pane's thread. */
    dispose?(): void;
  };

type FileWorkbookModule = typeof import("../../xlsx/file-workbook");

let loading: Promise<FileWorkbookModule> | undefined;

/** The file-workbook chunk, for opening on the pane's thread. */
export function loadFileWorkbookModule(): Promise<FileWorkbookModule> {
  loading ??= import(/* webpackChunkName: "file-workbook" */ "../../xlsx/file-workbook").catch((error: unknown) => {
    // A failed fetch (offline) is tried again with the next file.
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The worker stopped or could not start: the pane opens files on its own thread from then on. */
class WorkerStopped extends Error {
  constructor(detail: string) {
    super(`File worker stopped: ${detail}`);
    this.name = "WorkerStopped";
  }
}

/** What the channel needs of a Worker (a fake in tests). */
export type FileWorkerLike = PairedWorker<FileRequest, FileReply>;

/** Sends each request to the worker and pairs replies by id; a worker error stops it for good. */
export function workerChannel(worker: FileWorkerLike, onStopped: () => void = () => undefined): FileChannel {
  return pairedChannel(worker, { stopped: (detail) => new WorkerStopped(detail), stopOnError: true, onStopped }).send;
}

let channel: Promise<FileChannel | undefined> | undefined;
let workerFailed = typeof Worker === "undefined";

/** The file worker's channel, started on first use; undefined where no worker runs. */
function fileChannel(): Promise<FileChannel | undefined> {
  if (workerFailed) return Promise.resolve(undefined);
  channel ??= import(/* webpackMode: "eager" */ "./start-file-worker").then(
    ({ startFileWorker }) =>
      workerChannel(startFileWorker() as unknown as FileWorkerLike, () => {
        workerFailed = true;
        channel = undefined;
      }),
    () => {
      workerFailed = true;
      channel = undefined;
      return undefined;
    },
  );
  return channel;
}

/** Started early by the start screen, so opening a file waits for neither the worker nor the chunk. */
export function prepareFileWorkbooks(): void {
  void fileChannel().then((started) => {
    if (started === undefined) loadFileWorkbookModule().catch(() => undefined);
  });
}

export type OpenFileWorkbook = (file: File, language: Language) => Promise<OpenedWorkbook>;

export const openFileWorkbook: OpenFileWorkbook = async (file, language) => {
  if (file.size > MAX_WORKBOOK_FILE_BYTES) throw new FileTooLargeError(file.name, file.size, MAX_WORKBOOK_FILE_BYTES);
  const remote = await fileChannel();
  if (remote) {
    try {
      return await RemoteFileWorkbook.open(remote, new Uint8Array(await file.arrayBuffer()), file.name, language);
    } catch (error) {
      if (!(error instanceof WorkerStopped)) throw error;
      // The worker is gone: open the file here (its bytes were handed over, so read them again).
    }
  }
  const [bytes, { FileWorkbook }] = await Promise.all([file.arrayBuffer(), loadFileWorkbookModule()]);
  return FileWorkbook.fromBytes(new Uint8Array(bytes), { fileName: file.name, language });
};
