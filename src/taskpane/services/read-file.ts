/**
 * A file the user picked, as text (UTF-8) for the JSON imports or as bytes for a workbook. Its size
 * is checked before a single byte is read, so an enormous file cannot exhaust the pane's memory.
 */
import { localize, type Localized } from "../../core/localized";
import { MAX_FILE_BYTES } from "../../xlsx/read/input-errors";

const TOO_LARGE: Localized = {
  nl: "{name} is te groot ({size} MB; de grens is {max} MB). Er is niets veranderd.",
  en: "{name} is too large ({size} MB; the limit is {max} MB). Nothing was changed.",
};

export class FileTooLargeError extends Error {
  readonly userMessage: Localized;
  constructor(name: string, size: number, maxBytes: number) {
    // Megabytes with one decimal at most (formatted per language by the message: 12,5 / 12.5).
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
    super(`${name} is too large`);
    this.name = "FileTooLargeError";
    this.userMessage = localize(TOO_LARGE, { name, size: mb(size), max: mb(maxBytes) });
  }
}

/** Files larger than this are refused unread (the loaders' own limits are lower still). */
export const MAX_PICKED_FILE_BYTES = 10 * 1024 * 1024;

/** Workbook files larger than this are refused unread: the file layer's own limit, which file mode's opener keeps too. */
export const MAX_WORKBOOK_FILE_BYTES = MAX_FILE_BYTES;

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

/** A picked file's bytes (a workbook: pass MAX_WORKBOOK_FILE_BYTES), refused unread above the limit. */
export function readFileBytes(file: Blob & { name?: string }, maxBytes = MAX_PICKED_FILE_BYTES): Promise<Uint8Array> {
  if (file.size > maxBytes) return Promise.reject(new FileTooLargeError(file.name ?? "Het bestand", file.size, maxBytes));
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
