#!/usr/bin/env node
// Runs a TypeScript entry point through tsx (no build step): `node bin/run-ts.cjs FILE.ts [args]`.
const path = require("node:path");
const tsx = require("tsx/cjs/api");
const [, , entry, ...rest] = process.argv;
if (!entry) {
  process.stderr.write("usage: node bin/run-ts.cjs FILE.ts [args]\n");
  process.exit(2);
}
process.argv = [process.argv[0], entry, ...rest];
tsx.require(path.resolve(entry), __filename);
