/** Opening a workbook file for the CLI: read with the size check, opened as the file-layer port. */
import { localIsoDate } from "../core/format";
import { bundledFunctieboek } from "../core/functieboek/bundled";
import type { Language } from "../core/localized";
import { FileWorkbook } from "../xlsx/file-workbook";
import { readInput } from "./files";

export async function openWorkbookFile(file: string, language: Language, today: string): Promise<FileWorkbook> {
  const bytes = readInput(file);
  return FileWorkbook.fromBytes(bytes, {
    fileName: file.split(/[\\/]/).pop() ?? file,
    language,
    today: () => today,
    bundledBookName: async () => bundledFunctieboek().name,
  });
}

/** Today as an ISO date on the user's own calendar. */
export function localToday(): string {
  return localIsoDate(new Date());
}
