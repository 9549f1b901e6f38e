/**
 * Every file the CLI reads or writes goes through here. Inputs are read whole after a size check;
 * output is written next to its final name and renamed into place, and never onto a file this run
 * has read — whatever path spelling, symlink or hard link names it.
 */
import { closeSync, existsSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
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

/** Reads an input file; a missing, unreadable or oversized file is a user error (exit 2). */
export function readInput(file: string, maxBytes = MAX_FILE_BYTES): Uint8Array {
  if (!existsSync(file)) throw new CliInputError({ nl: `Bestand niet gevonden: ${file}`, en: `File not found: ${file}` });
  const stat = statSync(file);
  if (stat.isDirectory()) throw new CliInputError({ nl: `${file} is een map, geen bestand.`, en: `${file} is a folder, not a file.` });
  if (stat.size > maxBytes) {
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    throw new CliInputError({
      nl: `${file} is te groot (${mb(stat.size)} MB; de grens is ${mb(maxBytes)} MB).`,
      en: `${file} is too large (${mb(stat.size)} MB; the limit is ${mb(maxBytes)} MB).`,
    });
  }
  noteInput(file);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliInputError({ nl: `${file} kan niet worden gelezen: ${reason(error)}`, en: `${file} cannot be read: ${reason(error)}` });
  }
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
 * A copy must keep its kind: a workbook with macros is only opened by Excel as .xlsm, one without
 * only as .xlsx; a checked copy of .xls, .xlsb or .ods is an .xlsx.
 */
export function checkOutputExtension(out: string, wanted: ".xlsx" | ".xlsm"): void {
  if (path.extname(out).toLowerCase() === wanted) return;
  throw new CliInputError(
    wanted === ".xlsm"
      ? { nl: `--out moet op .xlsm eindigen: de werkmap bevat macro's, en Excel opent die alleen als .xlsm.`, en: `--out must end in .xlsm: the workbook holds macros, which Excel opens only as .xlsm.` }
      : { nl: `--out moet op .xlsx eindigen: de kopie is een Excel-werkmap (.xlsx).`, en: `--out must end in .xlsx: the copy is an Excel workbook (.xlsx).` },
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
