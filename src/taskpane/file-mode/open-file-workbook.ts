/**
 * Opening a .xlsx file the user picked or dropped: its size is checked before a byte is read, then
 * the ExcelJS side (src/xlsx/file-workbook.ts, with ExcelJS itself) is fetched as its own chunk —
 * only in file mode, so the add-in's first chunk never carries ExcelJS — and the file is opened on it.
 */
import type { Language } from "../../core/localized";
import type { FileWorkbook } from "../../xlsx/file-workbook";
import { FileTooLargeError } from "../services/read-file";

/** The largest file opened; the same limit as `MAX_FILE_BYTES` in src/xlsx/read-workbook.ts (a test keeps them equal). */
export const MAX_WORKBOOK_FILE_BYTES = 50 * 1024 * 1024;

type FileWorkbookModule = typeof import("../../xlsx/file-workbook");

let loading: Promise<FileWorkbookModule> | undefined;

/** The file-workbook chunk; started early by the start screen, so opening a file does not wait for it. */
export function loadFileWorkbookModule(): Promise<FileWorkbookModule> {
  loading ??= import(/* webpackChunkName: "file-workbook" */ "../../xlsx/file-workbook").catch((error: unknown) => {
    // A failed fetch (offline) is tried again with the next file.
    loading = undefined;
    throw error;
  });
  return loading;
}

export type OpenFileWorkbook = (file: File, language: Language) => Promise<FileWorkbook>;

export const openFileWorkbook: OpenFileWorkbook = async (file, language) => {
  if (file.size > MAX_WORKBOOK_FILE_BYTES) throw new FileTooLargeError(file.name, file.size, MAX_WORKBOOK_FILE_BYTES);
  const [bytes, { FileWorkbook }] = await Promise.all([file.arrayBuffer(), loadFileWorkbookModule()]);
  return FileWorkbook.fromBytes(new Uint8Array(bytes), { fileName: file.name, language });
};
