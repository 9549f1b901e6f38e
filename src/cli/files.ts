import { existsSync, readFileSync, realpathSync, statSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { CliInputError } from "./cli-error";

/** Reads an input file; a missing or unreadable file is a user error (exit 2). */
export function readInput(file: string): Uint8Array {
  if (!existsSync(file)) throw new CliInputError({ nl: `Bestand niet gevonden: ${file}`, en: `File not found: ${file}` });
  if (statSync(file).isDirectory()) throw new CliInputError({ nl: `${file} is een map, geen bestand.`, en: `${file} is a folder, not a file.` });
  return readFileSync(file);
}

/** Refuses to write over the input: `--out` must name another file. */
export function checkOutput(input: string, out: string): void {
  const resolve = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  if (resolve(input) === resolve(out)) {
    throw new CliInputError({
      nl: `--out is hetzelfde bestand als de invoer (${input}); de invoer wordt nooit overschreven. Kies een andere naam.`,
      en: `--out is the same file as the input (${input}); the input is never overwritten. Choose another name.`,
    });
  }
}

/** Writes via a temporary file and a rename, so a failed write never leaves half a file. */
export function writeOutput(file: string, data: Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
