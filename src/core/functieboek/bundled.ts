/**
 * The functieboek shipped with the add-in and used when the user loads no other: Gemeente Ommen,
 * transcribed from its Functie(plaatsings)boek.
 */
import ommen from "../../data/functieboek-ommen.json";
import { loadFunctieboek } from "./load-functieboek";
import type { Functieboek } from "./schema";

let cached: Functieboek | undefined;

export function bundledFunctieboek(): Functieboek {
  if (!cached) {
    const result = loadFunctieboek(ommen);
    if (!result.ok) throw new Error(`The bundled functieboek does not load: ${result.problems.map((p) => p.message.en).join("; ")}`);
    cached = result.book;
  }
  return cached;
}
