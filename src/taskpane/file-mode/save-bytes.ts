/** Saving the checked workbook from the browser: a download of the bytes, nothing else is touched. */
import { saveBlob } from "../services/download";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type SaveBytes = (fileName: string, bytes: Uint8Array) => void;

export const browserSaveBytes: SaveBytes = (fileName, bytes) => {
  saveBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
};
