/**
 * Requests to a Web Worker and their replies, paired by id (a worker answers in any order). Used
 * by the check engine (check-engine.ts) and by file mode's file worker (file-mode/): each gives
 * its own words for a stopped worker. A worker error fails every request still waiting; with
 * `stopOnError`, the worker is also terminated and every later request refused at once (the caller
 * then goes on without it).
 */

/** A message to or from a worker, with the id that pairs a reply with its request. */
export interface Envelope<T> {
  id: number;
  body: T;
}

/** What the channel needs of a Worker (a fake in tests). */
export interface PairedWorker<Request, Reply> {
  postMessage(message: Envelope<Request>, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { data: Envelope<Reply> }) => void): void;
  addEventListener(type: "error", listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export interface ChannelOptions {
  /** The error for a worker that stopped, from the error event's message. */
  stopped(detail: string): Error;
  /** The error for requests still waiting when the channel is disposed. */
  disposed?: () => Error;
  /** Terminate the worker on its first error and refuse every later request. */
  stopOnError?: boolean;
  /** Called once when the worker stopped. */
  onStopped?: () => void;
}

export interface Channel<Request, Reply> {
  send(request: Request, transfer?: Transferable[]): Promise<Reply>;
  /** Terminates the worker; what still waits is refused. */
  dispose(): void;
}

export function pairedChannel<Request, Reply>(worker: PairedWorker<Request, Reply>, options: ChannelOptions): Channel<Request, Reply> {
  let next = 1;
  let stopped: Error | undefined;
  const open = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  const rejectAll = (error: Error) => {
    for (const waiting of open.values()) waiting.reject(error);
    open.clear();
  };
  worker.addEventListener("message", (event) => {
    const waiting = open.get(event.data.id);
    if (!waiting) return;
    open.delete(event.data.id);
    waiting.resolve(event.data.body);
  });
  worker.addEventListener("error", (event) => {
    const error = options.stopped(event.message ?? "worker error");
    rejectAll(error);
    if (!options.stopOnError || stopped) return;
    stopped = error;
    worker.terminate();
    options.onStopped?.();
  });
  return {
    send: (request, transfer = []) =>
      new Promise<Reply>((resolve, reject) => {
        if (stopped) return reject(stopped);
        const id = next++;
        open.set(id, { resolve, reject });
        worker.postMessage({ id, body: request }, transfer);
      }),
    dispose: () => {
      worker.terminate();
      rejectAll(options.disposed?.() ?? new Error("Worker disposed"));
    },
  };
}

/** The buffer behind `bytes` when they fill it alone (it can then be transferred); else undefined. */
export function wholeBuffer(bytes: Uint8Array): ArrayBuffer | undefined {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : undefined;
}
