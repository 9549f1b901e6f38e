#!/usr/bin/env node
// `npm run demo`: the main job on the bundled example. Checks examples/formatie-ommen.xlsx against
// the bundled Ommen functieboek and writes an annotated copy to out/, then the placement tables,
// formation budget and overview as a print-ready copy (the example stays untouched).
// Exit 1 from `validate` and `tables` means "errors found", which is what the example is for; only exit 2+ fails.
const { spawnSync } = require("node:child_process");
const { mkdirSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "bin", "formatiecheck.cjs");
const input = path.join("examples", "formatie-ommen.xlsx");
mkdirSync(path.join(root, "out"), { recursive: true });

function step(title, args, okCodes) {
  process.stdout.write(`\n=== ${title}\n$ formatiecheck ${args.join(" ")}\n\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  if (!okCodes.includes(run.status)) {
    process.stderr.write(`demo: '${args[0]}' ended with exit code ${run.status}\n`);
    process.exit(run.status || 1);
  }
}

step("Controle / validation", ["validate", input, "--out", path.join("out", "formatie-ommen-gecontroleerd.xlsx")], [0, 1]);
step("Plaatsing / placement tables", ["tables", input, "--out", path.join("out", "formatie-ommen-tabellen.xlsx")], [0, 1]);
process.stdout.write("\nKlaar / done: open out/formatie-ommen-gecontroleerd.xlsx and out/formatie-ommen-tabellen.xlsx in Excel.\n");
