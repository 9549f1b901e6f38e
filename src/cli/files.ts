/**
 * Every file the CLI reads or writes goes through here. Inputs are read whole after a size check;
 * output is written next to its final name and renamed into place, and never onto a file this run
 * has read — whatever path spelling, symlink or hard link names it.
 */
import { closeSync, existsSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatNumber } from "../core/format";
import type { Language, Localized } from "../core/localized";
import { printableText } from "../core/text/printable-text";
import { MAX_FILE_BYTES } from "../xlsx/read/input-errors";
import { CliInputError } from "./cli-error";

/** Identities (device + inode, and the resolved path) of every file this run has read. */
const inputs: { file: string; real: string; dev: number; ino: number }[] = [];

/** Remembers a file as an input of this run, so no output can replace it. */
export function noteInput(file: string): void {
  try {
    const stat = statSync(file);
    inputs.push({ file, real: realpathSync(file), dev: stat.dev, ino: stat.ino });
  } catch {
    // A file that cannot be stat'ed cannot be read either; reading it reports the problem.
  }
}

/**
 * Reads an input file; a missing, unreadable or oversized file is a user error (exit 2). `what`
 * names it in the messages ("Salaristabel x.json is te groot"); without it, "Bestand niet gevonden: x".
 */
export function readInput(file: string, maxBytes = MAX_FILE_BYTES, what?: Localized): Uint8Array {
  const named = (language: Language) => (what ? `${what[language]} ${file}` : file);
  const notFound = what ?? { nl: "Bestand", en: "File" };
  if (!existsSync(file)) throw new CliInputError({ nl: `${notFound.nl} niet gevonden: ${file}`, en: `${notFound.en} not found: ${file}` });
  const stat = statSync(file);
  if (stat.isDirectory()) throw new CliInputError({ nl: `${named("nl")} is een map, geen bestand.`, en: `${named("en")} is a folder, not a file.` });
  if (stat.size > maxBytes) {
    throw new CliInputError({
      nl: `${named("nl")} is te groot (${fileSize(stat.size, "nl")}; de grens is ${fileSize(maxBytes, "nl")}).`,
      en: `${named("en")} is too large (${fileSize(stat.size, "en")}; the limit is ${fileSize(maxBytes, "en")}).`,
    });
  }
  noteInput(file);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliInputError({ nl: `${named("nl")} kan niet worden gelezen: ${reason(error)}`, en: `${named("en")} cannot be read: ${reason(error)}` });
  }
}

/** A small text file the user names (a JSON book, salary table or list of raises), read as UTF-8. */
export function readTextInput(file: string, maxBytes: number, what: Localized): string {
  return new TextDecoder().decode(readInput(file, maxBytes, what));
}

/** "1,5 MB" / "256 kB": a file size in the language's own numbers. */
function fileSize(bytes: number, language: Language): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${formatNumber(mb, language, 1)} MB` : `${formatNumber(Math.ceil(bytes / 1024), language, 0)} kB`;
}

/**
 * A file the user gave that cannot be used, with its problems on one line (the first five, then
 * how many more); problems quote the file's own text, so the line is made printable on a terminal.
 */
export function fileProblemsError(label: Localized, problems: readonly { message: Localized }[]): CliInputError {
  const shown = problems.slice(0, 5);
  const more = problems.length - shown.length;
  const tail = more > 0 ? { nl: ` (en nog ${more})`, en: ` (and ${more} more)` } : { nl: "", en: "" };
  return new CliInputError({
    nl: printableText(`${label.nl}: ${shown.map((p) => p.message.nl).join(" ")}${tail.nl}`),
    en: printableText(`${label.en}: ${shown.map((p) => p.message.en).join(" ")}${tail.en}`),
  });
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "EACCES" || code === "EPERM") return "geen toegang / permission denied";
  if (code === "ENOENT") return "map bestaat niet / folder does not exist";
  if (code === "EISDIR") return "is een map / is a folder";
  if (code === "ENOSPC") return "schijf vol / disk full";
  if (code === "EROFS") return "alleen-lezen / read-only";
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** True when `a` and `b` name the same file: the same path once resolved, or the same inode. */
export function sameFile(a: string, b: string): boolean {
  const resolve = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      // A file that does not exist yet: resolve its folder (which may be a symlink) and add the name.
      try {
        return path.join(realpathSync.native(path.dirname(path.resolve(p))), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

const SAME_FILE = (input: string): { nl: string; en: string } => ({
  nl: `--out is hetzelfde bestand als de invoer (${input}); de invoer wordt nooit overschreven. Kies een andere naam.`,
  en: `--out is the same file as the input (${input}); the input is never overwritten. Choose another name.`,
});

/** Refuses to write over the input: `--out` must name another file (checked before any work is done). */
export function checkOutput(input: string, out: string): void {
  if (sameFile(input, out)) throw new CliInputError(SAME_FILE(input));
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliInputError({ nl: `--out ${out} is een map; geef een bestandsnaam.`, en: `--out ${out} is a folder; give a file name.` });
}

/** Refuses an output that is any file read in this run (checked again just before writing). */
export function refuseInputs(file: string): void {
  for (const input of inputs) if (sameFile(input.file, file) || sameFile(input.real, file)) throw new CliInputError(SAME_FILE(input.file));
}

/**
 * A workbook written must be named for its kind: a copy of one with macros is only opened by Excel
 * as .xlsm, one without only as .xlsx; a checked copy of .xls, .xlsb or .ods and the functieboek
 * template are .xlsx.
 */
export function checkOutputExtension(out: string, wanted: ".xlsx" | ".xlsm"): void {
  if (path.extname(out).toLowerCase() === wanted) return;
  throw new CliInputError(
    wanted === ".xlsm"
      ? { nl: `--out moet op .xlsm eindigen: de werkmap bevat macro's, en Excel opent die alleen als .xlsm.`, en: `--out must end in .xlsm: the workbook holds macros, which Excel opens only as .xlsm.` }
      : { nl: `--out moet op .xlsx eindigen: Formatiecheck schrijft een Excel-werkmap (.xlsx).`, en: `--out must end in .xlsx: Formatiecheck writes an Excel workbook (.xlsx).` },
    "bad-output-name",
  );
}

/**
 * Writes via a temporary file and a rename, so a failed write never leaves half a file and a hard
 * link to the target is not written through. Refuses a target that is any file read in this run.
 */
export function writeOutput(file: string, data: Uint8Array): void {
  refuseInputs(file);
  const temporary = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, "wx");
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliInputError({ nl: `${file} kan niet worden geschreven: ${reason(error)}`, en: `${file} cannot be written: ${reason(error)}` });
  }
}
