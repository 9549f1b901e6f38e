/** Saving the checked workbook from the browser: a download of the bytes, nothing else is touched. */
import { saveBlob } from "../services/download";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** What the file picker offers: every workbook format the file layer reads. */
export const WORKBOOK_ACCEPT = [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", XLSX_MIME, XLSM_MIME, "application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet"].join(",");

export type SaveBytes = (fileName: string, bytes: Uint8Array) => void;

export const browserSaveBytes: SaveBytes = (fileName, bytes) => {
  saveBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: /\.xlsm$/i.test(fileName) ? XLSM_MIME : XLSX_MIME }));
};
