/**
 * How the built pane starts, in Chromium, from a local static server: with no network (office.js
 * cannot load) it shows the file-mode start screen without waiting for the time-out; where office.js loads but
 * finds no host, or never answers, it does not hang either; and where Excel answers only after the
 * time-out (a cold start of Excel on the web), the pane switches from file mode to the add-in.
 */
import { startPaneSession, type PaneSession } from "./support/pane-page";
import { seedFromFile, standInScript } from "./support/stand-in-script";
import { EXAMPLE, EXAMPLE_SHEET } from "./support/workbook-checks";

jest.setTimeout(120_000);

/** Records, in the page's own clock (ms since navigation), when the start screen first appears. */
const WATCH_START_SCREEN = `
  window.formatiecheckStartScreenAt = undefined;
  new MutationObserver((_, observer) => {
    if (document.getElementById("file-start-heading")) {
      window.formatiecheckStartScreenAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** An office.js that loaded in a plain browser: onReady answers, without a host. */
const OFFICE_WITHOUT_HOST = `window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: null, platform: null }) };`;
/** An office.js that never gets ready. */
const OFFICE_NEVER_READY = `window.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise(() => undefined) };`;

declare global {
  interface Window {
    formatiecheckStartScreenAt?: number;
  }
}

let session: PaneSession;

beforeAll(async () => {
  session = await startPaneSession();
});

afterAll(async () => {
  await session?.close();
});

async function startScreenAt(initScript: string, timeout: number): Promise<number> {
  const { page, problems } = await session.open({ initScript: WATCH_START_SCREEN + initScript });
  await page.waitForFunction(() => window.formatiecheckStartScreenAt !== undefined, undefined, { timeout });
  await page.getByRole("button", { name: "Kies een werkmap" }).waitFor();
  expect(problems).toEqual([]);
  return page.evaluate(() => window.formatiecheckStartScreenAt as number);
}

describe("starting outside Office", () => {
  test("with no network the start screen shows without waiting for the time-out, and only local files are fetched", async () => {
    // Best of three loads, each in a fresh context (no cache): a busy test machine should not decide.
    const times: number[] = [];
    for (let load = 0; load < 3; load++) {
      const fetched: string[] = [];
      const failed: string[] = [];
      const context = await session.browser.newContext({ viewport: { width: 350, height: 700 }, locale: "nl-NL" });
      await context.addInitScript({ content: WATCH_START_SCREEN });
      const page = await context.newPage();
      page.on("request", (request) => fetched.push(request.url()));
      page.on("requestfailed", (request) => failed.push(request.url()));
      await page.goto(new URL("taskpane.html", session.server.url).href);
      await page.waitForFunction(() => window.formatiecheckStartScreenAt !== undefined, undefined, { timeout: 10_000 });
      times.push(await page.evaluate(() => window.formatiecheckStartScreenAt as number));
      await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
      // Office's CDN was tried and failed; everything else came from the local server.
      expect(failed).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
      expect(fetched.filter((url) => !url.startsWith(session.server.url) && !url.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([]);
      await context.close();
    }
    const best = Math.min(...times);
    process.stdout.write(`\nNo network: the file-mode start screen showed ${times.map((t) => Math.round(t)).join(" / ")} ms after navigation\n`);
    // Behaviour, not speed: the start screen does not wait for Office's 5 s time-out. How fast it
    // shows is a benchmark target (npm run bench, part 4), not a timed test on a busy machine.
    expect(best).toBeLessThan(5000);
  });

  test("office.js without a host (a plain browser): file mode at once, without waiting for the time-out", async () => {
    expect(await startScreenAt(OFFICE_WITHOUT_HOST, 10_000)).toBeLessThan(3000);
  });

  test("office.js that never gets ready: file mode after the time-out, not a spinner forever", async () => {
    const at = await startScreenAt(OFFICE_NEVER_READY, 20_000);
    expect(at).toBeGreaterThan(5000);
    expect(at).toBeLessThan(10_000);
  });

  test("Excel that answers after the time-out: file mode first, then the add-in on the workbook", async () => {
    // The recording Excel fake as office.js, whose onReady answers only after 7 s.
    const lateExcel = `${await seedFromFile(EXAMPLE).then(standInScript)}
      const ready = window.Office.onReady;
      window.Office.onReady = () => new Promise((resolve) => setTimeout(() => resolve(ready()), 7000));`;
    const { page, problems } = await session.open({ initScript: WATCH_START_SCREEN + lateExcel });
    await page.waitForFunction(() => window.formatiecheckStartScreenAt !== undefined, undefined, { timeout: 20_000 });
    await page.getByRole("tab", { name: "Controle" }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole("heading", { name: "Bestand openen" }).count()).toBe(0);
    expect(await page.getByRole("combobox", { name: "Werkblad" }).inputValue()).toBe(EXAMPLE_SHEET);
    expect(problems).toEqual([]);
  });
});
