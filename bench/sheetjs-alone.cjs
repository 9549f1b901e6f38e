#!/usr/bin/env node
// SheetJS on its own, for the corpus benchmark's slowest .xls/.xlsb/.ods files: does their time
// come from SheetJS itself? `node bench/sheetjs-alone.cjs FILE [ours|plain]` parses the file with
// `@e965/xlsx` — as src/xlsx/read/legacy-formats.ts reads it ("ours", the default: a Buffer, values
// and number formats only), or with SheetJS's defaults on a plain array ("plain") — and prints one
// JSON line with the time taken. Keep "ours" in step with READ_OPTIONS there.
const { readFileSync } = require("node:fs");
const XLSX = require("@e965/xlsx");

const [file, mode = "ours"] = process.argv.slice(2);
const options =
  mode === "plain"
    ? { type: "array" }
    : { type: "buffer", dense: true, cellNF: true, cellText: false, cellStyles: false, cellDates: false, cellFormula: false, cellHTML: false, WTF: false };
const buffer = readFileSync(file);
const bytes = mode === "plain" ? new Uint8Array(buffer) : buffer;
for (const name of ["log", "warn", "error", "info"]) console[name] = () => undefined;
const start = performance.now();
let outcome = "read";
try {
  XLSX.read(bytes, options);
} catch (error) {
  outcome = `error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
}
process.stdout.write(`${JSON.stringify({ mode, outcome, parseMs: Math.round(performance.now() - start) })}\n`);
