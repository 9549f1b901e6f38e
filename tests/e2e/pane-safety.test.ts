/**
 * Safety in Chromium (issue 14): a fix can be undone — in "Excel" (the recording fake) the cell's
 * formula comes back, in file mode its value — the confirmation dialog opens on "Annuleren" and
 * gives focus back, and file mode asks before leaving a copy whose changes were not downloaded.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { startPaneSession, waitForFindings, type PaneSession } from "./support/pane-page";
import { seedFromFile, standInScript } from "./support/stand-in-script";
import { EXAMPLE, EXAMPLE_SHEET, EXPECTED_ERRORS, readWorkbook } from "./support/workbook-checks";

jest.setTimeout(120_000);

let session: PaneSession;
let script: string;
let work: string;

beforeAll(async () => {
  [session, script] = await Promise.all([startPaneSession(), seedFromFile(EXAMPLE).then(standInScript)]);
  work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-safety-"));
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The accessible name (or text) of the focused element. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute("aria-label") ?? element?.textContent?.trim() ?? "";
  });
}

async function openFile(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
  const copy = path.join(work, "formatie-ommen.xlsx");
  copyFileSync(EXAMPLE, copy);
  await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles(copy);
  await page.getByRole("tab", { name: "Controle" }).waitFor();
}

describe("undo, the dialog's focus, leaving with changes", () => {
  test("add-in: the dialog opens on Annuleren and gives focus back; Ongedaan maken restores the formula", async () => {
    const pane = await session.open({ initScript: script });
    const { page } = pane;
    await page.getByRole("tab", { name: "Controle" }).waitFor();
    // D11 (schaal 10 where the book says 11) becomes a formula with the same result.
    await page.evaluate((sheet) => {
      const cell = window.formatiecheckFake?.workbook.sheet(sheet)?.ensure(11, 4) as { value?: unknown; formula?: string };
      delete cell.value;
      cell.formula = "=5+5";
    }, EXAMPLE_SHEET);
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);

    const apply = page.getByRole("button", { name: "Schaal 11 invullen" }).first();
    await apply.click();
    const dialog = page.getByRole("alertdialog", { name: "Waarde invullen?" });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Annuleren");
    // A stray Enter cancels: nothing is written.
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Schaal 11 invullen");
    expect(await page.evaluate((sheet) => window.formatiecheckFake?.workbook.sheet(sheet)?.cell(11, 4)?.formula, EXAMPLE_SHEET)).toBe("=5+5");

    await apply.click();
    await dialog.getByRole("button", { name: "Invullen" }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length - 1);
    expect(await page.evaluate((sheet) => window.formatiecheckFake?.workbook.sheet(sheet)?.valueAt(11, 4), EXAMPLE_SHEET)).toBe(11);
    // Focus went to the fix's own undo button (the finding and its button are gone).
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label")?.startsWith("Ongedaan maken: cel D11") === true);
    expect(await focused(page)).toBe("Ongedaan maken: cel D11 terug naar formule =5+5");

    await page.getByRole("region", { name: "Toegepaste correcties" }).getByRole("button", { name: /^Ongedaan maken/ }).click();
    await page.getByText("D11: teruggezet naar formule =5+5").waitFor();
    await waitForFindings(page, EXPECTED_ERRORS.length);
    const cell = await page.evaluate((sheet) => {
      const fake = window.formatiecheckFake?.workbook.sheet(sheet);
      return { formula: fake?.cell(11, 4)?.formula, value: fake?.valueAt(11, 4) };
    }, EXAMPLE_SHEET);
    expect(cell).toEqual({ formula: "=5+5", value: 10 });
    expect(pane.problems).toEqual([]);
  });

  test("file mode: undo from the toast, a leave-confirmation until the copy is downloaded", async () => {
    const pane = await session.open();
    const { page } = pane;
    await openFile(page);
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);

    // Nothing changed yet: "Ander bestand" and closing the tab do not ask.
    expect(await page.evaluate(() => window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(true);

    await page.getByRole("button", { name: "Schaal 11 invullen" }).first().click();
    await page.getByRole("alertdialog", { name: "Waarde invullen?" }).getByRole("button", { name: "Invullen" }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length - 1);
    // The toast says what happened and offers to undo it.
    // (Fluent also reads it out through a live region: the first is the toast.)
    const toast = page.getByText("Cel D11 is 11 geworden.").first();
    await toast.waitFor();
    expect(await page.getByText(/in het werkblad/).count()).toBe(0);

    // The copy has a change not downloaded: closing the tab asks, "Ander bestand" asks.
    expect(await page.evaluate(() => window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(false);
    const other = page.getByRole("button", { name: "Ander bestand" });
    await other.click();
    const leave = page.getByRole("alertdialog", { name: "Wijzigingen niet gedownload" });
    await leave.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Annuleren");
    await page.keyboard.press("Enter");
    await leave.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Ander bestand");
    expect(await page.getByRole("tab", { name: "Controle" }).count()).toBe(1);

    await page.getByRole("button", { name: "Ongedaan maken", exact: true }).first().click();
    await page.getByText("D11: teruggezet naar 10").waitFor();
    await waitForFindings(page, EXPECTED_ERRORS.length);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    const saved = path.join(work, "undone.xlsx");
    await download.saveAs(saved);
    const sheet = (await readWorkbook(saved)).getWorksheet(EXAMPLE_SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("D11").value).toBe(10);

    // Downloaded: nothing is lost by leaving.
    await page.getByText("formatie-ommen-gecontroleerd.xlsx is gedownload.").first().waitFor();
    expect(await page.evaluate(() => window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(true);
    await other.click();
    await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
    expect(pane.problems).toEqual([]);
  });
});
