/**
 * Chromium for the end-to-end tests: the system's /usr/bin/chromium (Debian's package, which
 * `npm test` installs first where it can: scripts/ensure-chromium.cjs, whose search this uses),
 * driven by playwright-core. No browser is ever downloaded.
 * Every launch gets a fresh profile (Playwright makes a temporary user-data-dir and removes it) and
 * no network beyond 127.0.0.1: names other than the test server's do not resolve, as on a machine
 * without a connection, so Office's CDN script fails at once.
 */
import { chromium, type Browser } from "playwright-core";
import { findChromium } from "../../../scripts/ensure-chromium.cjs";

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    throw new Error("No Chromium found at /usr/bin/chromium (or FORMATIECHECK_CHROMIUM). Install Debian's package: apt-get install -y chromium (`npm test` does this as root or with passwordless sudo).");
  }
  return found;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-dev-shm-usage",
  // No network: every name but the local test server fails to resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}
