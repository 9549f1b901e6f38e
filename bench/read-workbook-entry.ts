/**
 * What the corpus benchmark runs on each file (bundled by bench/corpus-bench.ts with esbuild, as the
 * CLI's launcher bundles the CLI): the workbook opened as the CLI opens it (`FileWorkbook`), the
 * sheet chosen as `validate` chooses it (the header rows of every worksheet), every worksheet read
 * in full, and the chosen sheet checked against the bundled functieboek. A file the tool refuses
 * (damaged, encrypted, …) counts as handled when it is refused with a reason.
 *
 *   node read-workbook.cjs FILE    one file; prints one JSON line (a fresh process per file)
 *   node read-workbook.cjs --serve reads the files its parent sends over IPC, one at a time,
 *                                  answering each with the same figures plus its memory after
 */
import { readFileSync } from "node:fs";
import { bundledFunctieboek } from "../src/core/functieboek/bundled";
import { validateGrid } from "../src/core/rules/engine";
import { FileWorkbook } from "../src/xlsx/file-workbook";
import { WorkbookInputError } from "../src/xlsx/read/input-errors";

export interface FileReading {
  file: string;
  /** "read", "refused:CODE" (a reason for the user), or "internal: …" (a bug). */
  outcome: string;
  format?: string;
  sheets: number;
  cells: number;
  /** Opening: the zip's checks and the workbook's structure, or all of SheetJS's parsing. */
  openMs: number;
  /** Everything: opening, choosing, reading every worksheet, checking the chosen one. */
  readMs: number;
  cpuMs: number;
  /** After the file (in --serve: the process's high-water mark so far). */
  rssMb: number;
  maxRssMb: number;
}

const MB = 1024 * 1024;

async function readEverySheet(file: string): Promise<FileReading> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let openMs = 0;
  let outcome = "read";
  let format: string | undefined;
  let sheets = 0;
  let cells = 0;
  try {
    const workbook = await FileWorkbook.fromBytes(new Uint8Array(readFileSync(file)), { fileName: file.split(/[\\/]/).pop() ?? file, today: () => "2026-03-01" });
    openMs = performance.now() - start;
    format = workbook.format;
    const choice = await workbook.chooseSheet();
    for (const sheet of await workbook.listSheets()) {
      const grid = await workbook.readSheet(sheet.name);
      sheets++;
      for (const row of grid.rows) for (const value of row) if (value !== null) cells++;
    }
    if (choice.ok) validateGrid(await workbook.readSheet(choice.sheet), bundledFunctieboek());
  } catch (error) {
    if (openMs === 0) openMs = performance.now() - start;
    outcome = error instanceof WorkbookInputError ? `refused:${error.code}` : `internal: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
  const readMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    file,
    outcome,
    ...(format !== undefined ? { format } : {}),
    sheets,
    cells,
    openMs: Math.round(openMs),
    readMs: Math.round(readMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    rssMb: Math.round(process.memoryUsage().rss / MB),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

if (process.argv[2] === "--serve") {
  process.on("message", (file: string) => {
    // Each file starts from a collected heap, so what one file leaves behind is not charged to the next.
    gc?.();
    void readEverySheet(file).then((reading) => process.send?.(reading));
  });
} else {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node read-workbook.cjs FILE | --serve\n");
    process.exit(2);
  }
  void readEverySheet(file).then((reading) => process.stdout.write(`${JSON.stringify(reading)}\n`));
}
