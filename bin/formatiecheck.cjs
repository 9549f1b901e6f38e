#!/usr/bin/env node
// The `formatiecheck` command. Runs the TypeScript CLI through tsx, so `npx formatiecheck` works
// right after `npm ci` with no build step.
const path = require("node:path");
require("tsx/cjs/api").require(path.join(__dirname, "..", "src", "cli", "main.ts"), __filename);
