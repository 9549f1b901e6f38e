/**
 * File mode in Chromium, on the built pane (dist/) from a local static server with no network:
 * open the example through the file input, check it, click a finding, generate the tables and see
 * the Overzicht in the pane (as the sheet in the copy has it, at 350 and at 1000 px, axe-core
 * clean), download the checked copy and read it with ExcelJS. Screenshots of the pane at 350 × 700.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { startPaneSession, waitForFindings, type PanePage, type PaneSession } from "./support/pane-page";
import { ROOT } from "./support/built-pane";
import { ERROR_ARGB, EXAMPLE, EXAMPLE_SHEET, EXPECTED_ERRORS, fillArgb, noteText, readWorkbook, sha256, TABLE_SHEETS } from "./support/workbook-checks";

jest.setTimeout(120_000);

/** `npm run screenshots` writes them to docs/screenshots; a plain test run keeps them out of the tree. */
const SCREENSHOTS = path.resolve(ROOT, process.env.FORMATIECHECK_SCREENSHOTS ?? "test-results/screenshots");

let session: PaneSession;
let work: string;

beforeAll(async () => {
  session = await startPaneSession();
  work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-e2e-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openExample(pane: PanePage, startScreenshot?: string): Promise<string> {
  const { page } = pane;
  await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
  if (startScreenshot !== undefined) await screenshot(page, startScreenshot);
  const copy = path.join(work, "formatie-ommen.xlsx");
  copyFileSync(EXAMPLE, copy);
  await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles(copy);
  await page.getByRole("tab", { name: "Controle" }).waitFor();
  await page.getByText("Bestand: formatie-ommen.xlsx").waitFor();
  return copy;
}

/** An fte as the pane writes it in Dutch: two decimals, a decimal comma (none here reaches 1.000). */
const fte = (n: number) => n.toFixed(2).replace(".", ",");

/** The Overzicht sheet's rows (name, then its numbers as the pane writes them), from its header row to its total. */
function overviewSheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  sheet.eachRow((row) => {
    const values = Array.from({ length: 6 }, (_, i) => (row.values as unknown[])[i + 1]);
    if (values[0] === "Onderdeel") {
      inTable = true;
      return;
    }
    if (!inTable || rows.at(-1)?.[0] === "Totaal") return;
    // The total is a SUBTOTAL formula: ExcelJS gives its cached result (and none for a cached 0,
    // which the file holds as <v>0</v>).
    const value = (v: unknown) => (v !== null && typeof v === "object" && "formula" in v ? ((v as { result?: unknown }).result ?? 0) : v);
    rows.push(values.map((v, i) => (i === 0 ? String(value(v)) : typeof value(v) === "number" ? fte(value(v) as number) : "")));
  });
  return rows;
}

/** The Overzicht's table in the pane: per row its name and numbers, in either layout. */
async function overviewPaneRows(page: Page): Promise<string[][]> {
  return page.getByRole("table", { name: "Fte per cluster" }).evaluate((table) => {
    const wide = table.querySelector("thead th")?.textContent === "Onderdeel";
    if (wide) return [...table.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
    return [...table.querySelectorAll("tbody")].map((group) => [...group.querySelectorAll("th, td")].map((c) => c.textContent ?? ""));
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  // The pane fits its 350-pixel width: nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

describe("file mode: the pane on a .xlsx file in the browser", () => {
  test("open the example, see its findings, click one, generate tables, download the checked copy", async () => {
    const pane = await session.open();
    const { page } = pane;
    const copy = await openExample(pane, "bestand-openen.png");
    const originalHash = sha256(EXAMPLE);
    // The file is held by the file worker, not on the pane's thread (file-mode/file-worker.ts).
    expect(page.workers().map((worker) => worker.url())).toEqual(expect.arrayContaining([expect.stringMatching(/formatiecheck-file\.[0-9a-f]+\.js$/)]));

    // Controle: the example's deliberate errors, each with its cell.
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);
    for (const { cell } of EXPECTED_ERRORS) expect(await page.getByRole("button", { name: new RegExp(`^${cell} `) }).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Markeer in de kopie" }).evaluate((button) => button.scrollIntoView({ block: "start" }));
    await screenshot(page, "controle.png");

    // A click on a finding shows its cell and value (a file has no sheet on screen to select it in).
    await page.getByRole("button", { name: /^D11 / }).first().click();
    await page.getByText(`Cel D11 op ${EXAMPLE_SHEET}: 10`).waitFor();

    // Plaatsing: the six sheets are written, and the Overzicht is shown in the pane.
    await page.getByRole("tab", { name: "Plaatsing" }).click();
    await page.getByRole("button", { name: "Genereer tabellen" }).click();
    await page.getByRole("heading", { name: "Geschreven werkbladen" }).waitFor();
    const written = page.getByRole("region", { name: "Geschreven werkbladen" }).getByRole("listitem");
    expect(await written.allTextContents()).toEqual(TABLE_SHEETS);
    await page.getByRole("figure", { name: "Formatie en bezetting per cluster" }).waitFor();
    const overview = page.getByRole("region", { name: "Overzicht formatie en plaatsing" });
    await overview.getByText(`Werkblad: ${EXAMPLE_SHEET}`).waitFor();
    // At 350 px each cluster is a row group, its name above its five numbers; the numbers fit
    // without the table's own region having to scroll, and the total row is bold.
    const narrow = await overviewPaneRows(page);
    expect(narrow.at(-1)?.[0]).toBe("Totaal");
    for (const row of narrow) expect(row).toHaveLength(6);
    const scroller = overview.getByRole("region", { name: "Fte per cluster" });
    expect(await scroller.getAttribute("tabindex")).toBe("0");
    expect(await scroller.evaluate((region) => region.scrollWidth <= region.clientWidth)).toBe(true);
    const totalWeight = await page.getByRole("table", { name: "Fte per cluster" }).locator("tbody").last().locator("td").first().evaluate((cell) => Number(getComputedStyle(cell).fontWeight));
    expect(totalWeight).toBeGreaterThanOrEqual(700);
    // A file has no sheet on screen: no text says "in het werkblad".
    expect(await page.getByText(/in het werkblad/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await overview.evaluate((region) => region.scrollIntoView({ block: "start" }));
    await screenshot(page, "plaatsing.png");

    // From 700 px the width is used: one line per row, the name in the first column.
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.getByRole("table", { name: "Fte per cluster" }).getByRole("columnheader", { name: "Onderdeel" }).waitFor();
    expect(await overviewPaneRows(page)).toEqual(narrow);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1000);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 350, height: 700 });

    // Download: findings marked with notes, the Controle sheet, the tables; the original untouched.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    expect(download.suggestedFilename()).toBe("formatie-ommen-gecontroleerd.xlsx");
    const saved = path.join(work, "download.xlsx");
    await download.saveAs(saved);
    // A toast (Fluent also reads it out through a live region: the first is the toast).
    await page.getByText("formatie-ommen-gecontroleerd.xlsx is gedownload.").first().waitFor();

    const result = await readWorkbook(saved);
    const sheet = result.getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
    for (const { cell, code } of EXPECTED_ERRORS) {
      expect({ cell, fill: fillArgb(sheet.getCell(cell)) }).toEqual({ cell, fill: ERROR_ARGB });
      expect(noteText(sheet.getCell(cell))).toContain(code === "cell/error-value" ? "Formatiecheck" : "Formatiecheck:");
    }
    // The pane showed the Overzicht as the sheet in the copy has it, row for row.
    expect(narrow).toEqual(overviewSheetRows(result.getWorksheet("Overzicht") as ExcelJS.Worksheet));
    const control = result.getWorksheet("Controle") as ExcelJS.Worksheet;
    // The rule id is the Controle table's last column ("Regel"), under its header row.
    const codes: string[] = [];
    control.eachRow((row) => codes.push(String(row.getCell(6).value)));
    for (const { code } of EXPECTED_ERRORS) expect(codes).toContain(code);
    for (const name of TABLE_SHEETS) {
      const tableSheet = result.getWorksheet(name);
      expect({ name, tables: tableSheet ? (tableSheet.getTables() as unknown[]).length : 0 }).toEqual({ name, tables: 1 });
    }
    expect(sha256(copy)).toBe(originalHash);
    expect(sha256(EXAMPLE)).toBe(originalHash);
    expect(pane.problems).toEqual([]);
  });

  test("the Plaatsing tab's formatiebudget: a begrotingsjaar and an own raise, totals per cluster with the raming, and the sheet on A4", async () => {
    const pane = await session.open();
    const { page } = pane;
    await openExample(pane);
    await page.getByRole("tab", { name: "Plaatsing" }).click();
    const thisYear = new Date().getFullYear();
    const year = thisYear + 1;
    await page.getByRole("combobox", { name: "Begrotingsjaar" }).selectOption(String(year));
    await page.getByRole("textbox", { name: "Datum" }).fill(`1-7-${year}`);
    await page.getByRole("textbox", { name: "Verhoging (% of €)" }).fill("2 %");
    await page.getByRole("button", { name: "Verhoging toevoegen" }).click();
    await page.getByRole("list", { name: "Eigen verwachte verhogingen" }).getByText(`01-07-${year}: 2 %`).waitFor();
    await page.getByRole("button", { name: "Genereer tabellen" }).click();

    const budget = page.getByRole("region", { name: `Formatiebudget ${year}` });
    await budget.waitFor();
    await budget.getByText("Let op: raming op basis van de cao-verhogingen sinds 01-07-2020; laad de officiële salaristabel voor exacte bedragen.").waitFor();
    // Amounts only: the fte behind them are the Overzicht's, shown above the budget.
    const totals = await budget.locator("dd").allTextContents();
    expect(totals).toHaveLength(3);
    for (const amount of totals) expect(amount).toMatch(/^€ -?\d{1,3}(\.\d{3})*$/);
    const clusters = budget.getByRole("table", { name: "Per cluster" }).locator("tbody");
    expect(await clusters.count()).toBeGreaterThan(2);
    expect(await clusters.last().locator("th").textContent()).toBe("Totaal");
    expect(await clusters.last().locator("td").first().textContent()).toBe(totals[0]);
    for (const text of await clusters.first().locator("td").allTextContents()) expect(text).toMatch(/^€ -?\d{1,3}(\.\d{3})*$/);
    await budget.evaluate((region) => region.scrollIntoView({ block: "start" }));
    await screenshot(page, "formatiebudget.png");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    const saved = path.join(work, "budget.xlsx");
    await download.saveAs(saved);
    const result = await readWorkbook(saved);
    const sheet = result.getWorksheet("Formatiebudget") as ExcelJS.Worksheet;
    const texts = (sheet.getColumn(1).values as unknown[]).filter((v): v is string => typeof v === "string");
    expect(texts[0]).toBe(`Formatiebudget ${year}`);
    expect(texts).toEqual(expect.arrayContaining(["Uitgangspunten", "Let op: raming op basis van de cao-verhogingen sinds 01-07-2020; laad de officiële salaristabel voor exacte bedragen."]));
    expect(texts.find((t) => t.startsWith("Toegepaste verhogingen:"))).toContain(`01-07-${year} +2 % (eigen uitgangspunt)`);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
    expect(sheet.getCell("A3").alignment?.wrapText).toBe(true);
    expect(sheet.getCell("A3").isMerged).toBe(true);
    expect(result.getWorksheet("Formatiebudget per cluster")?.getCell("A3").value).toBe("Let op: raming op basis van de cao-verhogingen sinds 01-07-2020; laad de officiële salaristabel voor exacte bedragen.");
    expect(pane.problems).toEqual([]);
  });

  test("the Functieboek tab shows the bundled book; another file can be opened", async () => {
    const pane = await session.open();
    const { page } = pane;
    await openExample(pane);
    await page.getByRole("tab", { name: "Functieboek" }).click();
    await page.getByRole("heading", { name: /^Functieboek Gemeente Ommen \(meegeleverd\)$/ }).waitFor();
    await screenshot(page, "functieboek.png");
    await page.getByRole("button", { name: "Ander bestand" }).click();
    await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
    expect(pane.problems).toEqual([]);
  });

  test("a download straight after opening checks the sheet and marks the findings first", async () => {
    const pane = await session.open();
    const { page } = pane;
    await openExample(pane);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    const saved = path.join(work, "direct.xlsx");
    await download.saveAs(saved);
    const sheet = (await readWorkbook(saved)).getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
    for (const { cell } of EXPECTED_ERRORS) expect({ cell, fill: fillArgb(sheet.getCell(cell)) }).toEqual({ cell, fill: ERROR_ARGB });
    await waitForFindings(page, EXPECTED_ERRORS.length);
    expect(pane.problems).toEqual([]);
  });

  test("a .xlsx file dropped on the start screen opens too", async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
    const base64 = readFileSync(EXAMPLE).toString("base64");
    await page.getByRole("region", { name: "Bestand openen" }).evaluate((zone, data) => {
      const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], "formatie-ommen.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      zone.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, base64);
    await page.getByText("Bestand: formatie-ommen.xlsx").waitFor();
    await page.getByRole("tab", { name: "Controle" }).waitFor();
    expect(pane.problems).toEqual([]);
  });

  test("where the file worker cannot start, the file is opened, checked and downloaded on the pane's own thread", async () => {
    const pane = await session.open();
    const { page, context } = pane;
    // The worker's script does not load (a proxy, a policy): its error stops the worker. The start
    // screen starts the worker at once, so the page is loaded again with the script blocked.
    await context.route(/formatiecheck-file\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.reload();
    await openExample(pane);
    expect(page.workers().map((worker) => worker.url()).filter((url) => /formatiecheck-file/.test(url))).toEqual([]);
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download gecontroleerd bestand" }).click();
    const saved = path.join(work, "fallback.xlsx");
    await (await download).saveAs(saved);
    const workbook = await readWorkbook(saved);
    expect(workbook.getWorksheet("Controle")).toBeDefined();
    expect(pane.problems.filter((p) => !/formatiecheck-file/.test(p))).toEqual([]);
  });

  test("a file that is not a workbook is refused with a clear message, and the start screen stays", async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
    await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles({ name: "formatie.xlsx", mimeType: "text/csv", buffer: Buffer.from("Functie;FTE\nAdviseur;1\n") });
    await page.getByRole("alert").getByText("Dit is geen rekenblad (.xlsx, .xls, .ods).", { exact: false }).waitFor();
    expect(await page.getByRole("tab", { name: "Controle" }).count()).toBe(0);
    expect(pane.problems).toEqual([]);
  });
});
