#!/usr/bin/env node
// `npm run screenshots`: runs the file-mode browser test with its screenshots going to
// docs/screenshots/ (the README shows them) instead of test-results/screenshots/.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const jest = require.resolve("jest/bin/jest");
const run = spawnSync(process.execPath, [jest, "--selectProjects", "e2e", "--", "tests/e2e/file-mode.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FORMATIECHECK_SCREENSHOTS: "docs/screenshots" },
});
process.exit(run.status ?? 1);
