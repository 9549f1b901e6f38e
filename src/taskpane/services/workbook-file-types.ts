/**
 * The workbook files the pane takes and gives: what a file picker offers (every format the file
 * layer reads), and the types a saved copy is labelled with. One list for the start screen, the
 * Functieboek tab and the Vergelijk tab, in Excel and in file mode alike.
 */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** What the file picker offers: every workbook format the file layer reads. */
export const WORKBOOK_ACCEPT = [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", XLSX_MIME, XLSM_MIME, "application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet"].join(",");
