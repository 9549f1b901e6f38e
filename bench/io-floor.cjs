#!/usr/bin/env node
// The I/O floor of the CLI benchmark: the same workbook read and written again by ExcelJS, with no
// validation. `node bench/io-floor.cjs IN.xlsx OUT.xlsx`. No checker that uses ExcelJS can beat it.
const { readFileSync, writeFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

async function main() {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(input));
  writeFileSync(output, Buffer.from(await workbook.xlsx.writeBuffer()));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
