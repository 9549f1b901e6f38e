/**
 * A file the user picked, as text (UTF-8), for the JSON imports. Its size is checked before a
 * single byte is read, so an enormous file cannot exhaust the pane's memory.
 */
export class FileTooLargeError extends Error {
  readonly userMessage: { nl: string; en: string };
  constructor(name: string, size: number, maxBytes: number) {
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
    super(`${name} is too large`);
    this.name = "FileTooLargeError";
    this.userMessage = {
      nl: `${name} is te groot (${mb(size).replace(".", ",")} MB; de grens is ${mb(maxBytes).replace(".", ",")} MB). Er is niets veranderd.`,
      en: `${name} is too large (${mb(size)} MB; the limit is ${mb(maxBytes)} MB). Nothing was changed.`,
    };
  }
}

/** Files larger than this are refused unread (the loaders' own limits are lower still). */
export const MAX_PICKED_FILE_BYTES = 10 * 1024 * 1024;

export function readFileText(file: Blob & { name?: string }, maxBytes = MAX_PICKED_FILE_BYTES): Promise<string> {
  if (file.size > maxBytes) return Promise.reject(new FileTooLargeError(file.name ?? "Het bestand", file.size, maxBytes));
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsText(file);
  });
}
