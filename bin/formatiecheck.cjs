#!/usr/bin/env node
// The `formatiecheck` command. No build step: `npx formatiecheck` works right after `npm ci`.
//
// On its first run, and again after any change to the CLI's sources, it bundles src/cli/main.ts
// with esbuild (which comes with tsx) into node_modules/.cache/formatiecheck/; later runs load that
// one file. Compiling ~80 modules through tsx's hooks on every run cost about 0.3 s per command,
// a third of the whole run on a small workbook (docs/PERFORMANCE.md). The bundle is named after a
// fingerprint of the sources (path, size and time of every file under src/cli, src/core, src/xlsx
// and src/data, the lock file, tsconfig.json, this file and the Node version), so a changed source
// never runs stale. Where no bundle can be made (esbuild missing, node_modules read-only) the CLI
// runs through tsx as before.
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const SOURCE_DIRS = ["cli", "core", "xlsx", "data"].map((dir) => path.join(ROOT, "src", dir));
const SOURCE_FILES = [path.join(ROOT, "package-lock.json"), path.join(ROOT, "tsconfig.json"), __filename];
const CACHE = path.join(ROOT, "node_modules", ".cache", "formatiecheck");
/** Bundles of earlier sources are removed after a day (a running command may still be loading one). */
const KEEP_OLD_MS = 24 * 60 * 60 * 1000;

function fingerprint() {
  const hash = createHash("sha1").update(process.version);
  const add = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else add(file);
    }
  };
  SOURCE_DIRS.forEach(walk);
  SOURCE_FILES.forEach(add);
  return hash.digest("hex").slice(0, 20);
}

function bundledCli() {
  try {
    const file = path.join(CACHE, `cli-${fingerprint()}.cjs`);
    if (fs.existsSync(file)) return file;
    const esbuild = require(require.resolve("esbuild", { paths: [path.dirname(require.resolve("tsx/package.json")), ROOT] }));
    fs.mkdirSync(CACHE, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    esbuild.buildSync({
      entryPoints: [ENTRY],
      outfile: temporary,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: `node${process.versions.node.split(".")[0]}`,
      // SheetJS reads only .xls, .xlsb and .ods (src/xlsx/read/legacy-formats.ts): loaded by Node
      // itself when such a file is opened, not parsed on every run as part of the bundle.
      external: ["@e965/xlsx"],
      logLevel: "silent",
    });
    fs.renameSync(temporary, file);
    for (const name of fs.readdirSync(CACHE)) {
      const old = path.join(CACHE, name);
      if (old !== file && Date.now() - fs.statSync(old).mtimeMs > KEEP_OLD_MS) fs.rmSync(old, { force: true });
    }
    return file;
  } catch {
    return undefined;
  }
}

/**
 * True when this checkout's dependencies are installed. `npm link` and `npm install -g .` link the
 * command to the checkout, so without `npm ci` there Node would stop with a stack trace.
 */
function dependenciesInstalled() {
  try {
    require.resolve("tsx/cjs/api");
    require.resolve("zod");
    require.resolve("exceljs");
    return true;
  } catch {
    return false;
  }
}

const bundle = bundledCli();
if (bundle !== undefined) {
  require(bundle);
} else if (!dependenciesInstalled()) {
  process.stderr.write(`formatiecheck: de afhankelijkheden ontbreken, voer eerst npm ci uit in ${ROOT} / dependencies missing: run npm ci in ${ROOT} first\n`);
  process.exitCode = 2;
} else {
  // Through tsx, registered for the whole process (a namespaced tsx.require is new on every run
  // and defeats tsx's own compile cache). zod is loaded by Node first, outside tsx's hooks, which
  // would make its 95 files take twice as long; tsx's source maps are turned off again (the CLI
  // never shows a stack trace, and parsing them costs about 70 ms).
  require("zod");
  require("tsx/cjs/api").register();
  process.setSourceMapsEnabled(false);
  require(ENTRY);
}
