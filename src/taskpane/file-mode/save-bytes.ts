/** Saving the checked workbook from the browser: a download of the bytes, nothing else is touched. */
import { saveBlob } from "../services/download";
import { XLSM_MIME, XLSX_MIME } from "../services/workbook-file-types";

// Shared with the pane's tabs, which do not import from file-mode/.
export { WORKBOOK_ACCEPT, XLSX_MIME } from "../services/workbook-file-types";

export type SaveBytes = (fileName: string, bytes: Uint8Array) => void;

export const browserSaveBytes: SaveBytes = (fileName, bytes) => {
  saveBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: /\.xlsm$/i.test(fileName) ? XLSM_MIME : XLSX_MIME }));
};
