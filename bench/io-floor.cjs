#!/usr/bin/env node
// The ExcelJS reference of the CLI benchmark: `node bench/io-floor.cjs IN.xlsx OUT.xlsx` loads the
// workbook with ExcelJS and writes it again, with no validation (the "I/O floor" the ExcelJS-based
// CLI was held to before the file layer was rewritten); `node bench/io-floor.cjs IN.xlsx` loads it
// only (what reading alone cost with ExcelJS).
const { readFileSync, writeFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

async function main() {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(input));
  if (output) writeFileSync(output, Buffer.from(await workbook.xlsx.writeBuffer()));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
