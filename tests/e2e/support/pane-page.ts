/**
 * One browser and the built pane for a test file: Chromium (support/chromium.ts), dist/ on a
 * local static server, and pages at the task pane's size (350 × 700) in Dutch, each collecting
 * what went wrong in it (page errors, console errors other than Office's unreachable CDN).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { DIST } from "./built-pane";
import { startStaticServer, type StaticServer } from "./static-server";

export const PANE_SIZE = { width: 350, height: 700 };

export interface PanePage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors, except the expected failure to fetch office.js without a network. */
  problems: string[];
}

export interface PaneSession {
  browser: Browser;
  server: StaticServer;
  open(options?: { initScript?: string; path?: string }): Promise<PanePage>;
  close(): Promise<void>;
}

const OFFLINE_NOISE = /appsforoffice\.microsoft\.com|ERR_NAME_NOT_RESOLVED|net::ERR_/;

export async function startPaneSession(): Promise<PaneSession> {
  const [browser, server] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    async open({ initScript, path = "taskpane.html" } = {}) {
      const context = await browser.newContext({ viewport: PANE_SIZE, locale: "nl-NL", acceptDownloads: true });
      contexts.push(context);
      if (initScript !== undefined) await context.addInitScript({ content: initScript });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        const where = message.location().url;
        if (message.type() !== "error" || OFFLINE_NOISE.test(`${message.text()} ${where}`) || where.endsWith("/favicon.ico")) return;
        problems.push(`console: ${message.text()}${where ? ` (${where})` : ""}`);
      });
      await page.goto(new URL(path, server.url).href);
      return { page, context, problems };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/**
 * Waits until the check's findings are shown with `errors` errors and the list is complete (a
 * long list appears in steps and is aria-busy meanwhile).
 */
export async function waitForFindings(page: Page, errors: number): Promise<void> {
  await page.getByRole("checkbox", { name: `Fouten (${errors})` }).waitFor();
  await page.locator('[aria-busy="false"]').waitFor({ state: "attached" });
}
