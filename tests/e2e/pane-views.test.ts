/**
 * The pane as a planner reads it, in Chromium (issue 14): the success state on a sheet without
 * errors, the row next to a clicked finding, search and the per-medewerker view, toasts instead
 * of bars above the tabs, no sideways overflow at 350 px on any tab, findings and details side by
 * side from 700 px, and axe-core's accessibility rules on every tab before and after a check.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { validateGrid } from "../../src/core/rules/engine";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { axeViolations } from "./support/axe";
import { startPaneSession, waitForFindings, type PaneSession } from "./support/pane-page";
import { EXAMPLE, EXAMPLE_SHEET, EXPECTED_ERRORS } from "./support/workbook-checks";

jest.setTimeout(180_000);

const TABS = ["Controle", "Plaatsing", "Functieboek", "Invoerlijsten", "Kolommen"];

let session: PaneSession;
let work: string;

beforeAll(async () => {
  session = await startPaneSession();
  work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-views-"));
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(page: Page, file: string): Promise<void> {
  await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
  await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles(file);
  await page.getByRole("tab", { name: "Controle" }).waitFor();
}

/** The example without the rows that have errors (found by the core, until none are left). */
async function exampleWithoutErrors(): Promise<string> {
  let bytes = new Uint8Array(readFileSync(EXAMPLE));
  for (let round = 0; round < 5; round++) {
    const file = await FileWorkbook.fromBytes(bytes);
    const result = validateGrid(await file.readSheet(EXAMPLE_SHEET), bundledFunctieboek());
    const rows = new Set(result.findings.filter((f) => f.severity === "error").flatMap((f) => f.rows ?? (f.row !== undefined ? [f.row] : [])));
    if (rows.size === 0) break;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
    for (const row of [...rows].sort((a, b) => b - a)) sheet.spliceRows(row, 1);
    bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const out = path.join(work, "formatie-zonder-fouten.xlsx");
  writeFileSync(out, bytes);
  return out;
}

/** Nothing sticks out sideways on any tab. */
async function expectNoOverflow(page: Page, width: number, when: string): Promise<void> {
  for (const tab of TABS) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForTimeout(100);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ when, tab, wide: wide <= width }).toEqual({ when, tab, wide: true });
  }
  await page.getByRole("tab", { name: "Controle" }).click();
}

async function expectAxeClean(page: Page, when: string): Promise<void> {
  for (const tab of TABS) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForTimeout(150);
    expect({ when, tab, violations: await axeViolations(page) }).toEqual({ when, tab, violations: [] });
  }
  await page.getByRole("tab", { name: "Controle" }).click();
}

describe("the pane as a planner reads it", () => {
  test("no errors: the success state, with focus on the summary after the check", async () => {
    const pane = await session.open();
    const { page } = pane;
    await open(page, await exampleWithoutErrors());
    // Focus starts on Controleer once the file is open.
    await page.waitForFunction(() => document.activeElement?.textContent === "Controleer");
    await page.keyboard.press("Enter");
    await page.getByText("Geen fouten gevonden").waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-labelledby") === "summary-heading");
    expect(pane.problems).toEqual([]);
  });

  test("a clicked finding shows its row; search and the view per medewerker", async () => {
    const pane = await session.open();
    const { page } = pane;
    await open(page, EXAMPLE);
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);

    const finding = page.getByRole("button", { name: /^D11 / }).first();
    await finding.click();
    const item = page.getByRole("listitem").filter({ has: finding });
    const row = item.getByLabel("Rij 11");
    await row.waitFor();
    const terms = await row.locator("dt").allTextContents();
    expect(terms).toEqual(expect.arrayContaining(["Functie", "Schaal"]));
    // Next to the finding: the row's box starts right under the finding's button.
    const [button, box] = await Promise.all([finding.boundingBox(), row.boundingBox()]);
    expect(Math.abs((box?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0)))).toBeLessThan(40);

    const allAbout = row.getByRole("button", { name: /^Alles over / });
    if ((await allAbout.count()) > 0) {
      const name = ((await allAbout.textContent()) ?? "").replace(/^Alles over /, "");
      await allAbout.click();
      expect(await page.getByRole("searchbox", { name: "Zoeken in bevindingen" }).inputValue()).toBe(name);
      await page.getByRole("heading", { name: new RegExp(name) }).first().waitFor();
    }

    const search = page.getByRole("searchbox", { name: "Zoeken in bevindingen" });
    await search.fill("D11");
    await page.getByRole("combobox", { name: "Ordenen" }).selectOption("row");
    await page.getByRole("heading", { name: /Alle bevindingen, op rij/ }).waitFor();
    const shown = await page.getByRole("button", { name: /^[A-Z]+\d+ / }).allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toMatch(/D11/);
    expect(pane.problems).toEqual([]);
  });

  test("a finding accepted with a reason survives a download and reopening, and is listed on the Controle sheet", async () => {
    const pane = await session.open();
    const { page } = pane;
    await open(page, EXAMPLE);
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);
    await page.getByRole("button", { name: /^D11 / }).first().click();
    await page.getByLabel("Rij 11").getByRole("button", { name: "Accepteren met reden" }).click();
    const dialog = page.getByRole("dialog", { name: "Bevinding accepteren" });
    await dialog.getByRole("textbox", { name: /Reden/ }).fill("Afgesproken met P&O tot 1-1-2027");
    await dialog.getByRole("button", { name: "Accepteren" }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length - 1);
    await page.getByRole("heading", { name: "Geaccepteerd (1)" }).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    const saved = path.join(work, "geaccepteerd.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const control: string[] = [];
    (workbook.getWorksheet("Controle") as ExcelJS.Worksheet).eachRow((row) => control.push(row.values.toString()));
    expect(control.some((line) => line.includes("D11") && line.includes("Afgesproken met P&O tot 1-1-2027"))).toBe(true);

    const again = await session.open();
    await open(again.page, saved);
    await again.page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(again.page, EXPECTED_ERRORS.length - 1);
    await again.page.getByText(/^D11: .* Reden: Afgesproken met P&O tot 1-1-2027$/).waitFor();
    expect(pane.problems).toEqual([]);
    expect(again.problems).toEqual([]);
  });

  test("toasts, no overflow at 350 px, axe without violations, side by side at 1000 px", async () => {
    const pane = await session.open();
    const { page } = pane;
    await open(page, EXAMPLE);
    await expectNoOverflow(page, 350, "before the check");
    await expectAxeClean(page, "before the check");

    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);
    await expectNoOverflow(page, 350, "after the check");
    await expectAxeClean(page, "after the check");

    // A notice is a toast: not above the tabs, and gone after a while.
    await page.getByRole("button", { name: "Markeer in de kopie" }).click();
    const toast = page.locator(".fui-Toast").filter({ hasText: /gemarkeerd in de kopie/ });
    await toast.waitFor();
    const [toastBox, tabsBox] = await Promise.all([toast.boundingBox(), page.getByRole("tablist").boundingBox()]);
    expect((toastBox?.y ?? 0) > (tabsBox?.y ?? 0)).toBe(true);
    await toast.waitFor({ state: "detached", timeout: 15_000 });

    // Functieboek: arrow keys move through the function list.
    await page.getByRole("tab", { name: "Functieboek" }).click();
    const items = page.getByRole("region", { name: /functies/i }).getByRole("listitem").getByRole("button");
    await items.first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await items.nth(1).evaluate((button) => button === document.activeElement)).toBe(true);
    await page.getByRole("tab", { name: "Controle" }).click();

    await page.setViewportSize({ width: 1000, height: 800 });
    const [list, summary] = await Promise.all([page.getByRole("region", { name: "Bevindingen" }).boundingBox(), page.getByRole("region", { name: "Samenvatting" }).boundingBox()]);
    expect((list?.x ?? 0) > (summary?.x ?? 0) + (summary?.width ?? 0) - 1).toBe(true);
    expect(pane.problems).toEqual([]);
  });
});
