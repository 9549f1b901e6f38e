import { readFileSync, statSync } from "node:fs";
import { bundledFunctieboek } from "../core/functieboek/bundled";
import { MAX_FUNCTIEBOEK_BYTES, parseFunctieboekText } from "../core/functieboek/load-functieboek";
import type { Functieboek } from "../core/functieboek/schema";
import { CliInputError } from "./cli-error";

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
  const result = parseFunctieboekText(readFileSync(file, "utf8"));
  if (result.ok) return result.book;
  const shown = result.problems.slice(0, 5);
  const more = result.problems.length - shown.length;
  const tail = more > 0 ? { nl: ` (en nog ${more})`, en: ` (and ${more} more)` } : { nl: "", en: "" };
  throw new CliInputError({
    nl: `Functieboek ${file} is ongeldig: ${shown.map((p) => p.message.nl).join(" ")}${tail.nl}`,
    en: `Function book ${file} is invalid: ${shown.map((p) => p.message.en).join(" ")}${tail.en}`,
  });
}
