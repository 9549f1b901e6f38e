/**
 * Starts the file worker (file-worker.ts). Its own module because `import.meta.url`, which webpack
 * needs to find the worker's script, is not valid where tests load the pane's modules (CommonJS).
 */
export function startFileWorker(): Worker {
  return new Worker(new URL("./file-worker.ts", import.meta.url), { name: "formatiecheck-file" });
}
