/**
 * `formatiecheck functieboek template --out FUNCTIEBOEK.xlsx`: a new workbook with the documented
 * functieboek layout filled with a book (the bundled Ommen book, or --functieboek), dropdowns and
 * a Dutch explanation sheet, ready for a municipality to replace the example with its own.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Functieboek } from "../core/functieboek/schema";
import { buildBookTemplate } from "../core/functieboek/workbook/book-template";
import type { Language } from "../core/localized";
import { FileWorkbook } from "../xlsx/file-workbook";
import { CliInputError } from "./cli-error";
import { checkOutputExtension, refuseInputs, writeOutput } from "./files";
import { localToday } from "./open-workbook";

export async function functieboekTemplate(book: Functieboek, out: string, language: Language): Promise<string> {
  checkOutputExtension(out, ".xlsx");
  // A template is where a municipality keeps its own book: an existing file is never replaced.
  if (existsSync(out)) throw new CliInputError({ nl: `${out} bestaat al; het sjabloon overschrijft geen bestand. Kies een andere naam.`, en: `${out} already exists; the template never overwrites a file. Choose another name.` }, "output-exists");
  refuseInputs(out);
  const today = localToday();
  const workbook = await FileWorkbook.blank({ fileName: path.basename(out), language, today: () => today });
  const sheets = await workbook.insertSheets(buildBookTemplate(book, language), { functieboekName: book.name, language });
  writeOutput(out, await workbook.toBytes());
  return language === "nl"
    ? `Sjabloon met ${book.name} als voorbeeld geschreven: ${out} (werkbladen ${sheets.join(", ")})`
    : `Template with ${book.name} as its example written: ${out} (sheets ${sheets.join(", ")})`;
}
