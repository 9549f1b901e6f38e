/**
 * The worker's side of file mode (see file-protocol.ts): the opened files, and each request run on
 * its file. Calls on one file run one after another, in the order they came, as they would on
 * the pane's thread; a failure is sent back as a `RemoteError` and the next call runs as usual.
 * The worker entry (file-worker.ts) only forwards messages; tests call the handler directly.
 */
import type { Grid } from "../../core/formatie/grid";
import type { FileWorkbook, FileWorkbookOptions } from "../../xlsx/file-workbook";
import { unpackTables } from "../services/packed-tables";
import { wholeBuffer } from "../services/worker-channel";
import { errorToRemote, REMOTE_METHODS, type FileReply, type FileRequest, type FileSnapshot, type OpenedFile, type SheetHead } from "./file-protocol";

export type OpenBytes = (bytes: Uint8Array, options: FileWorkbookOptions) => Promise<FileWorkbook>;

/** A reply and the buffers to transfer with it (a copy's bytes). */
export interface HandledReply {
  reply: FileReply;
  transfer: ArrayBuffer[];
}

export type FileHandler = (request: FileRequest) => Promise<HandledReply>;

interface Held {
  file: FileWorkbook;
  /** The last sheet read, until its rows are fetched. */
  grid?: Grid;
  queue: Promise<unknown>;
}

const METHODS = new Set<string>(REMOTE_METHODS);

export function createFileHandler(open: OpenBytes): FileHandler {
  const files = new Map<number, Held>();
  let next = 1;

  const snapshot = (file: FileWorkbook): FileSnapshot => ({
    unsaved: file.hasUnsavedChanges(),
    notices: [...file.notices],
    ...(file.selection ? { selection: { ...file.selection } } : {}),
  });

  /** Runs `work` after the calls before it on the same file. */
  const queued = <T>(held: Held, work: () => Promise<T>): Promise<T> => {
    const result = held.queue.then(work);
    held.queue = result.catch(() => undefined);
    return result;
  };

  const handle = async (request: FileRequest): Promise<HandledReply> => {
    if (request.type === "open") {
      const file = await open(request.bytes, { fileName: request.fileName, language: request.language });
      const workbook = next++;
      files.set(workbook, { file, queue: Promise.resolve() });
      const opened: OpenedFile = {
        workbook,
        fileName: file.fileName,
        language: file.language,
        format: file.format,
        ...(file.stateProblem ? { stateProblem: file.stateProblem } : {}),
        checkedFileName: file.checkedFileName(),
        outputExtension: file.outputExtension(),
      };
      return { reply: { ok: true, value: opened, snapshot: snapshot(file) }, transfer: [] };
    }
    const held = files.get(request.workbook);
    if (!held) throw new Error(`No open file ${request.workbook}`);
    const { file } = held;
    switch (request.type) {
      case "close":
        files.delete(request.workbook);
        return { reply: { ok: true, value: undefined }, transfer: [] };
      case "saved":
        await queued(held, async () => file.markSaved());
        return { reply: { ok: true, value: undefined, snapshot: snapshot(file) }, transfer: [] };
      case "read-sheet": {
        const grid = await queued(held, () => file.readSheet(request.sheet));
        held.grid = grid;
        const { rows, ...head } = grid;
        const value: SheetHead = { ...head, rowCount: rows.length };
        return { reply: { ok: true, value, snapshot: snapshot(file) }, transfer: [] };
      }
      case "write-packed-tables": {
        const { packed, options } = request;
        const value = await queued(held, () => file.writeTables(unpackTables(packed), options));
        return { reply: { ok: true, value, snapshot: snapshot(file) }, transfer: [] };
      }
      case "sheet-rows": {
        const rows = held.grid?.rows ?? [];
        const value = rows.slice(request.offset, request.offset + request.count);
        if (request.offset + request.count >= rows.length) held.grid = undefined;
        return { reply: { ok: true, value }, transfer: [] };
      }
      case "call": {
        if (!METHODS.has(request.method)) throw new Error(`Unknown method ${request.method}`);
        const method = file[request.method] as (...args: unknown[]) => Promise<unknown>;
        const value = await queued(held, () => method.apply(file, request.args));
        // A copy's bytes go over without a copy of their own.
        const transfer = value instanceof Uint8Array ? [ownBuffer(value)] : [];
        const sent = value instanceof Uint8Array && value.buffer !== transfer[0] ? new Uint8Array(transfer[0] as ArrayBuffer) : value;
        return { reply: { ok: true, value: sent, snapshot: snapshot(file) }, transfer };
      }
    }
  };

  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      const held = request.type === "open" ? undefined : files.get(request.workbook);
      return { reply: { ok: false, error: errorToRemote(error), ...(held ? { snapshot: snapshot(held.file) } : {}) }, transfer: [] };
    }
  };
}

/** The bytes' buffer when they fill it alone, else a buffer of their own (a view is not transferable alone). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return wholeBuffer(bytes) ?? (bytes.slice().buffer as ArrayBuffer);
}
