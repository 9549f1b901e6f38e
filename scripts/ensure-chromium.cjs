#!/usr/bin/env node
/**
 * Chromium for the browser tests, made sure of before `npm test` (and `npm run test:e2e`) runs
 * anything. The browser tests drive the system's Chromium with playwright-core, which never
 * downloads a browser (tests/e2e/support/chromium.ts).
 *
 * - Chromium there (FORMATIECHECK_CHROMIUM, /usr/bin/chromium or /usr/bin/chromium-browser): nothing
 *   else happens — one file check, no process started, nothing printed.
 * - Missing, on Debian or Ubuntu (apt-get), as root or with passwordless sudo: installs Debian's
 *   `chromium` package with apt-get.
 * - Otherwise: stops with one line (Dutch, then English) naming the command to run, exit 1.
 *
 * `decide` holds the choice and takes the machine's facts as arguments, so
 * tests/scripts/ensure-chromium.test.ts tries every situation without installing anything.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

/** Where Debian (chromium) and older Ubuntu (chromium-browser) put the program. */
const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

const APT_INSTALL = "apt-get install -y chromium";
const MISSING = "Chromium ontbreekt voor de browsertests / Chromium is missing for the browser tests";

/**
 * The Chromium to use: FORMATIECHECK_CHROMIUM when it is set (then only that path), else the first
 * of the system paths that exists; undefined when there is none.
 */
function findChromium(env = process.env, exists = fs.existsSync) {
  const chosen = env.FORMATIECHECK_CHROMIUM;
  if (chosen !== undefined && chosen !== "") return exists(chosen) ? chosen : undefined;
  return SYSTEM_PATHS.find((p) => exists(p));
}

/** True for /etc/os-release text of Debian or a system built on it (Ubuntu, Mint, Raspberry Pi OS…). */
function isDebianLike(osRelease) {
  const ids = [];
  for (const line of osRelease.split(/\r?\n/)) {
    const match = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
    if (match) ids.push(...match[2].replace(/["']/g, "").toLowerCase().split(/\s+/));
  }
  return ids.includes("debian") || ids.includes("ubuntu");
}

/**
 * What to do. `facts`: `chromium` (the path found, or undefined), `chosen` (FORMATIECHECK_CHROMIUM),
 * `debian` (Debian-like with apt-get), `root`, and `passwordlessSudo` — a function, asked only when
 * it matters (it starts `sudo -n true`).
 * Returns { action: "run" } | { action: "install", sudo } | { action: "stop", line }.
 */
function decide(facts) {
  if (facts.chromium !== undefined) return { action: "run" };
  if (facts.chosen !== undefined && facts.chosen !== "") {
    return {
      action: "stop",
      line: `FORMATIECHECK_CHROMIUM=${facts.chosen} bestaat niet / does not exist; wijs het Chromium-programma aan / point it at the Chromium program: FORMATIECHECK_CHROMIUM=/pad/naar/chromium npm test`,
    };
  }
  if (!facts.debian) {
    return { action: "stop", line: `${MISSING}; installeer Chromium en voer uit / install Chromium and run: FORMATIECHECK_CHROMIUM=/pad/naar/chromium npm test` };
  }
  if (facts.root) return { action: "install", sudo: false };
  if (facts.passwordlessSudo()) return { action: "install", sudo: true };
  return { action: "stop", line: `${MISSING}; voer uit / run: sudo apt-get update && sudo ${APT_INSTALL}` };
}

/** The commands that install Chromium, as [program, args] pairs; apt-get never asks (DEBIAN_FRONTEND, -y, sudo -n). */
function installCommands(sudo) {
  const apt = (...args) =>
    sudo ? ["sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args]] : ["apt-get", args];
  return [apt("update"), apt("install", "-y", "chromium")];
}

/**
 * Makes sure of Chromium on `machine` and returns the exit code (0: go on). `machine` gives the
 * facts and the effects: env, exists, osRelease(), hasAptGet(), isRoot(), passwordlessSudo(),
 * run(program, args) → exit status, say(line).
 */
function ensureChromium(machine) {
  const chromium = findChromium(machine.env, machine.exists);
  if (chromium !== undefined) return 0;
  const decision = decide({
    chromium,
    chosen: machine.env.FORMATIECHECK_CHROMIUM,
    debian: machine.hasAptGet() && isDebianLike(machine.osRelease()),
    root: machine.isRoot(),
    passwordlessSudo: machine.passwordlessSudo,
  });
  if (decision.action === "stop") {
    machine.say(decision.line);
    return 1;
  }
  const how = decision.sudo ? "sudo" : "root";
  machine.say(`${MISSING}; installeren met apt-get (${how}) / installing it with apt-get (${how})`);
  for (const [program, args] of installCommands(decision.sudo)) {
    const status = machine.run(program, args);
    if (status !== 0) {
      machine.say(`apt-get kon Chromium niet installeren / could not install Chromium (${program} ${args.join(" ")}: exit ${status}); voer uit / run: ${decision.sudo ? "sudo " : ""}${APT_INSTALL}`);
      return 1;
    }
  }
  const installed = findChromium(machine.env, machine.exists);
  if (installed === undefined) {
    machine.say(`Chromium is geïnstalleerd maar staat niet in / is installed but not in ${SYSTEM_PATHS.join(" or ")}; voer uit / run: FORMATIECHECK_CHROMIUM=$(command -v chromium) npm test`);
    return 1;
  }
  machine.say(`Chromium geïnstalleerd / installed: ${installed}`);
  return 0;
}

/** The real machine. Only consulted when Chromium is missing; nothing here runs on the fast path. */
function thisMachine() {
  const { spawnSync } = require("node:child_process");
  return {
    env: process.env,
    exists: fs.existsSync,
    osRelease: () => {
      try {
        return fs.readFileSync("/etc/os-release", "utf8");
      } catch {
        return "";
      }
    },
    hasAptGet: () => process.platform === "linux" && (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir !== "" && fs.existsSync(path.join(dir, "apt-get"))),
    isRoot: () => typeof process.getuid === "function" && process.getuid() === 0,
    passwordlessSudo: () => spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0,
    // apt-get's own output goes to stderr, so that stdout stays the tests' own.
    run: (program, args) => spawnSync(program, args, { stdio: ["ignore", 2, 2], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status ?? 1,
    say: (line) => process.stderr.write(`${line}\n`),
  };
}

module.exports = { SYSTEM_PATHS, findChromium, isDebianLike, decide, installCommands, ensureChromium };

if (require.main === module) {
  // The fast path first: with Chromium there, not even the machine's facts are gathered.
  if (findChromium() === undefined) process.exitCode = ensureChromium(thisMachine());
}
