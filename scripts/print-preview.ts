/**
 * `npm run print-preview`: the workbooks the CLI writes, printed, for people to look at. It runs
 * `formatiecheck validate --out` and `formatiecheck tables --out` on examples/formatie-ommen.xlsx
 * (and, with `--rows N`, on a generated formation of N rows), then prints each sheet the tool
 * generated on its own — as Excel prints the active sheet — to PDF with LibreOffice
 * (`soffice --headless --convert-to pdf`) and to PNG pages with pdftoppm (poppler-utils), into
 * out/print-preview/ (ignored by git). Where pdftoppm is missing it leaves the PDFs and says so:
 * Calc has no PNG export of its own, LibreOffice without its PDF import cannot open the PDFs, and
 * headless Chromium draws no PDF (its viewer is not there headless), so there is no fallback. `--screenshots` also copies the first printed page of each
 * generated sheet to docs/screenshots/afdruk-<sheet>.png.
 *
 * LibreOffice runs with a profile of its own in the output folder, set to Dutch (nl-NL), so numbers
 * print as a Dutch Excel shows them (0,80; € 1.234). Calibri is printed with Carlito (the same
 * widths, package fonts-crosextra-carlito) where it is installed; without it LibreOffice takes a
 * wider font and wrapped text can look cut off although Excel shows it whole, so the script says so.
 * Where soffice is missing the script stops with a message (exit 0): it is a tool for people, not a test.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { formationWorkbookBytes } from "../bench/formation-workbook";
import { formatCount } from "../src/core/format";
import { FileWorkbook } from "../src/xlsx/file-workbook";

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "out", "print-preview");
const EXAMPLE = path.join(ROOT, "examples", "formatie-ommen.xlsx");
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs the real CLI, as a user would; exit 1 (findings) is fine, 2 is not. */
function cli(args: string[]): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "formatiecheck.cjs"), ...args], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`formatiecheck ${args.join(" ")} failed (${run.status}): ${run.stderr}`);
}

/** The sheets the tool generated in a written workbook (its tables and Controle), in workbook order. */
async function generatedSheets(file: string): Promise<string[]> {
  const workbook = await FileWorkbook.fromBytes(new Uint8Array(readFileSync(file)), { fileName: path.basename(file) });
  const own = await workbook.ownSheets();
  return (await workbook.listSheets()).filter((s) => s.visibility === "visible" && own.has(s.name)).map((s) => s.name);
}

/**
 * A copy of the workbook with `sheet` as its only sheet (the others stay in the package, unlisted),
 * so LibreOffice prints that sheet alone — it prints hidden sheets too — and counts its pages.
 */
function onlySheet(bytes: Uint8Array, sheet: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["xl/workbook.xml"] as Uint8Array);
  let index = -1;
  let position = 0;
  const decode = (text: string) => text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const kept = xml.replace(/<sheet\b[^>]*\/>/g, (element) => {
    const mine = decode(/\bname="([^"]*)"/.exec(element)?.[1] ?? "") === sheet;
    if (mine) index = position;
    position++;
    return mine ? element.replace(/\sstate="[^"]*"/, "") : "";
  });
  if (index < 0) throw new Error(`No sheet '${sheet}' in the workbook.`);
  // Names of one sheet (print area, print titles) follow it to position 0; those of other sheets go.
  const names = kept.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g, (element, attributes: string) => {
    const local = /\blocalSheetId="(\d+)"/.exec(attributes)?.[1];
    if (local === undefined) return element;
    return Number(local) === index ? element.replace(/\blocalSheetId="\d+"/, 'localSheetId="0"') : "";
  });
  const view = names.replace(/<workbookView\b[^>]*?(\/?)>/, (tag, close: string) => `${tag.replace(/\s(activeTab|firstSheet)="\d+"/g, "").replace(/\/?>$/, "")}${close}>`);
  files["xl/workbook.xml"] = strToU8(view);
  const part = sheetPart(files, kept, sheet);
  if (part) files[part] = strToU8(excelWidths(strFromU8(files[part] as Uint8Array)));
  return zipSync(files);
}

/** The part of the sheet named `sheet` ("xl/worksheets/sheet3.xml"), through the workbook's relationships. */
function sheetPart(files: Record<string, Uint8Array>, workbookXml: string, sheet: string): string | undefined {
  const element = [...workbookXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]).find((e) => e.includes(`name="${sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;")}"`) || e.includes(`name="${sheet}"`));
  const id = element && /\br:id="([^"]+)"/.exec(element)?.[1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"] as Uint8Array);
  const target = id && new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*>`).exec(rels)?.[0];
  const path = target && /\bTarget="([^"]+)"/.exec(target)?.[1];
  if (!path) return undefined;
  return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
}

/**
 * Column widths as Excel shows them. Excel counts a width in 7-pixel digits of Calibri 11
 * (ECMA-376 §18.3.1.13); LibreOffice counts the digit as the font draws it, 1038/2048 em =
 * 7,43 px, so its columns come out 6 % wider than Excel's next to the same text, text wraps
 * later and the sheet prints smaller. The preview narrows the widths by 7/7,43 to print as Excel.
 */
function excelWidths(xml: string): string {
  const factor = 7 / ((1038 / 2048) * ((11 * 96) / 72));
  return xml.replace(/(<col\b[^>]*\bwidth=")([\d.]+)"/g, (_, start: string, width: string) => `${start}${(Number(width) * factor).toFixed(4)}"`);
}

/** A LibreOffice profile that reads numbers and dates the Dutch way. */
function dutchProfile(dir: string): string {
  const user = path.join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>\n' +
      '<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>nl-NL</value></prop></item>\n' +
      "</oor:items>\n",
  );
  return `file://${dir}`;
}

function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const PAGES = { nl: ["pagina", "pagina's"], en: ["page", "pages"] } as const;

interface Printed {
  workbook: string;
  sheet: string;
  pdf: string;
  pngs: string[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const screenshots = args.includes("--screenshots");
  const rowsAt = args.indexOf("--rows");
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : undefined;
  if (rows !== undefined && !(Number.isInteger(rows) && rows > 0)) throw new Error("--rows wants a whole number of rows, e.g. --rows 2000");

  const soffice = ["soffice", "libreoffice"].find(onPath);
  if (!soffice) {
    say("print-preview overgeslagen: LibreOffice (soffice) is niet geïnstalleerd (Debian: apt-get install libreoffice-calc).");
    say("print-preview skipped: LibreOffice (soffice) is not installed (Debian: apt-get install libreoffice-calc).");
    return;
  }
  const pdftoppm = onPath("pdftoppm");
  if (!pdftoppm) say("Alleen PDF's: pdftoppm ontbreekt (apt-get install poppler-utils). / PDFs only: pdftoppm is missing (apt-get install poppler-utils).");
  if (spawnSync("sh", ["-c", "fc-list | grep -qi -e carlito -e calibri"]).status !== 0) {
    say("Let op: Carlito/Calibri ontbreekt (apt-get install fonts-crosextra-carlito); LibreOffice drukt dan breder af dan Excel. / Carlito/Calibri missing: LibreOffice prints wider than Excel.");
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const inputs: { name: string; file: string }[] = [{ name: "formatie-ommen", file: EXAMPLE }];
  if (rows !== undefined) {
    const file = path.join(OUT, `formatie-${rows}-rijen.xlsx`);
    writeFileSync(file, await formationWorkbookBytes(rows));
    inputs.push({ name: `formatie-${rows}-rijen`, file });
  }
  const written: string[] = [];
  for (const input of inputs) {
    const checked = path.join(OUT, `${input.name}-gecontroleerd.xlsx`);
    const tables = path.join(OUT, `${input.name}-tabellen.xlsx`);
    cli(["validate", input.file, "--out", checked]);
    cli(["tables", input.file, "--out", tables]);
    written.push(checked, tables);
  }

  // One workbook per generated sheet, so each prints on its own and counts its own pages.
  const sheetsDir = path.join(OUT, "per-blad");
  mkdirSync(sheetsDir, { recursive: true });
  const jobs: { workbook: string; sheet: string; base: string }[] = [];
  for (const file of written) {
    const bytes = new Uint8Array(readFileSync(file));
    for (const sheet of await generatedSheets(file)) {
      const base = `${path.basename(file, ".xlsx")}--${slug(sheet)}`;
      writeFileSync(path.join(sheetsDir, `${base}.xlsx`), onlySheet(bytes, sheet));
      jobs.push({ workbook: path.basename(file), sheet, base });
    }
  }
  if (jobs.length === 0) throw new Error("The written workbooks have no generated sheets to print.");
  const profile = dutchProfile(path.join(OUT, ".libreoffice-profiel"));
  const convert = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", sheetsDir, ...jobs.map((j) => path.join(sheetsDir, `${j.base}.xlsx`))], {
    encoding: "utf8",
    timeout: 300_000,
  });
  if (convert.status !== 0) throw new Error(`soffice failed (${convert.status}): ${convert.stderr}`);

  const printed: Printed[] = [];
  for (const job of jobs) {
    const pdf = path.join(sheetsDir, `${job.base}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
    let pngs: string[] = [];
    if (pdftoppm) {
      const prefix = path.join(sheetsDir, job.base);
      const run = spawnSync("pdftoppm", ["-r", "90", "-png", pdf, prefix], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
      pngs = readdirSync(sheetsDir)
        .filter((f) => f.startsWith(`${job.base}-`) && f.endsWith(".png"))
        .sort()
        .map((f) => path.join(sheetsDir, f));
    }
    printed.push({ workbook: job.workbook, sheet: job.sheet, pdf, pngs });
  }

  for (const p of printed) say(`${p.workbook} · ${p.sheet}: ${pdftoppm ? formatCount(p.pngs.length, PAGES, "nl") : "PDF"} → ${path.relative(ROOT, p.pngs[0] ?? p.pdf)}`);
  if (screenshots && pdftoppm) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const seen = new Set<string>();
    for (const p of printed) {
      if (!p.workbook.startsWith("formatie-ommen-") || seen.has(p.sheet) || !p.pngs[0]) continue;
      seen.add(p.sheet);
      const target = path.join(SCREENSHOTS, `afdruk-${slug(p.sheet)}.png`);
      copyFileSync(p.pngs[0], target);
      say(`→ ${path.relative(ROOT, target)}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
