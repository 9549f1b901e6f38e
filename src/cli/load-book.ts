import { readFileSync, statSync } from "node:fs";
import { bundledFunctieboek } from "../core/functieboek/bundled";
import { MAX_FUNCTIEBOEK_BYTES, parseFunctieboekText } from "../core/functieboek/load-functieboek";
import type { Functieboek } from "../core/functieboek/schema";
import { printableText } from "../core/text/printable-text";
import { CliInputError } from "./cli-error";
import { noteInput } from "./files";

/** The book from `--functieboek FILE.json`, or the bundled Ommen book. */
export function loadBookOption(file: string | undefined): Functieboek {
  if (file === undefined) return bundledFunctieboek();
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliInputError({ nl: `Functieboek niet gevonden: ${file}`, en: `Function book not found: ${file}` });
  }
  if (size > MAX_FUNCTIEBOEK_BYTES) {
    throw new CliInputError({
      nl: `Functieboek ${file} is te groot (${Math.round(size / 1024 / 1024)} MB; de grens is ${MAX_FUNCTIEBOEK_BYTES / 1024 / 1024} MB).`,
      en: `Function book ${file} is too large (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_FUNCTIEBOEK_BYTES / 1024 / 1024} MB).`,
    });
  }
  if (statSync(file).isDirectory()) throw new CliInputError({ nl: `Functieboek ${file} is een map, geen bestand.`, en: `Function book ${file} is a folder, not a file.` });
  noteInput(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new CliInputError({ nl: `Functieboek ${file} kan niet worden gelezen: ${detail}`, en: `Function book ${file} cannot be read: ${detail}` });
  }
  const result = parseFunctieboekText(text);
  if (result.ok) return result.book;
  const shown = result.problems.slice(0, 5);
  const more = result.problems.length - shown.length;
  const tail = more > 0 ? { nl: ` (en nog ${more})`, en: ` (and ${more} more)` } : { nl: "", en: "" };
  // Problems quote the file's own text (a JSON parser's excerpt): printable on a terminal.
  throw new CliInputError({
    nl: printableText(`Functieboek ${file} is ongeldig: ${shown.map((p) => p.message.nl).join(" ")}${tail.nl}`),
    en: printableText(`Function book ${file} is invalid: ${shown.map((p) => p.message.en).join(" ")}${tail.en}`),
  });
}
