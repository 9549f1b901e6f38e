/**
 * The Vergelijk tab in file mode, in Chromium, on the built pane (dist/) (issue 17): open the
 * Ommen workbook with both years, compare the sheet in view with the year before it, write the
 * Mutaties sheets, download the copy and read it back with ExcelJS — exactly the changes of
 * examples/formatie-ommen-mutaties.expected.json, as native tables that print on A4. And the other
 * formation as a sheet of another file the user picks.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { MUTATIE_TABLE_NAMES } from "../../src/core/mutaties/mutatie-tables";
import type { TableCell } from "../../src/core/plaatsing/data-table";
import { expectedMutaties, expectTablesShowTheChanges, MUTATIES_BOTH, MUTATIES_NEW, MUTATIES_OLD } from "../helpers/ommen-mutaties";
import { startPaneSession, type PaneSession } from "./support/pane-page";
import { readWorkbook, sha256 } from "./support/workbook-checks";

jest.setTimeout(180_000);

let session: PaneSession;
let work: string;

beforeAll(async () => {
  session = await startPaneSession();
  work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-e2e-vergelijk-"));
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(page: Page, file: string): Promise<string> {
  await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
  const copy = path.join(work, path.basename(file));
  copyFileSync(file, copy);
  await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles(copy);
  await page.getByText(`Bestand: ${path.basename(file)}`).waitFor();
  await page.getByRole("tab", { name: "Vergelijk" }).click();
  return copy;
}

/** The counts the tab shows, by their label. */
async function counts(page: Page, heading: string): Promise<Record<string, string>> {
  const list = page.getByRole("region", { name: heading }).locator("dl");
  return list.evaluate((dl) => Object.fromEntries([...dl.querySelectorAll("div")].map((row) => [row.querySelector("dt")?.textContent ?? "", row.querySelector("dd")?.textContent ?? ""])));
}

const KEYS: Record<string, string[]> = {
  [MUTATIE_TABLE_NAMES.employees]: ["employee", "personnelNumber", "mutation", "oldFunction", "newFunction", "oldScale", "newScale", "placementType", "oldFte", "newFte", "fteDifference", "oldCluster", "newCluster", "costDifference", "remark"],
  [MUTATIE_TABLE_NAMES.functions]: ["function", "scale", "oldFormationFte", "newFormationFte", "formationDifference", "oldFilledFte", "newFilledFte", "filledDifference", "costDifference", "status"],
  [MUTATIE_TABLE_NAMES.clusters]: ["cluster", "oldFormationFte", "newFormationFte", "formationDifference", "oldFilledFte", "newFilledFte", "filledDifference", "costDifference", "status"],
};

/** The data rows of a written Mutaties table, read back with ExcelJS as another program would. */
function writtenRows(workbook: ExcelJS.Workbook, name: string): { rows: TableCell[][]; sheet: ExcelJS.Worksheet; ref: string } {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const [table] = (sheet.getTables() as unknown as { table: { tableRef: string } }[]).map((t) => t.table);
  const [, first, last] = /^A(\d+):[A-Z]+(\d+)$/.exec(table?.tableRef ?? "") ?? [];
  const rows: TableCell[][] = [];
  // Header, data rows, totals row: the data rows only.
  for (let r = Number(first) + 1; r < Number(last); r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push((KEYS[name] as string[]).map((_, i) => (values[i] === undefined || values[i] === null ? null : (values[i] as TableCell))));
  }
  return { rows, sheet, ref: table?.tableRef ?? "" };
}

describe("Vergelijk in file mode (Chromium)", () => {
  test("two sheets of one file: counts on screen, the Mutaties sheets in the downloaded copy, the original untouched", async () => {
    const pane = await session.open();
    const { page } = pane;
    const copy = await open(page, MUTATIES_BOTH);
    const originalHash = sha256(MUTATIES_BOTH);
    const other = page.getByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" });
    expect(await other.inputValue()).toBe("Formatie 2025");
    await page.getByRole("button", { name: "Vergelijk", exact: true }).click();
    const heading = "Mutaties van 'Formatie 2025' naar 'Formatie 2026'";
    await page.getByRole("region", { name: heading }).waitFor();
    const expected = expectedMutaties().totals.employees;
    expect(await counts(page, heading)).toEqual({
      "Nieuw (in)": String(expected.in),
      "Vertrokken (uit)": String(expected.out),
      Gewijzigd: String(expected.changed),
      Ongewijzigd: String(expected.unchanged),
      "Niet te koppelen": String(expected.unmatched),
      "Niet te lezen": String(expected.unread),
    });
    const text = (await page.getByRole("region", { name: heading }).textContent()) ?? "";
    expect(text).toMatch(/Kosten per jaar, begrotingsjaar \d{4} \(raming\): € [\d.]+ → € [\d.]+/);
    expect(text).toMatch(/Bezetting: \d+,\d{2} → \d+,\d{2} fte/);

    await page.getByRole("button", { name: "Werkbladen Mutaties maken" }).click();
    const written = page.getByRole("region", { name: "Geschreven werkbladen" }).getByRole("listitem");
    await written.first().waitFor();
    expect(await written.allTextContents()).toEqual(Object.values(MUTATIE_TABLE_NAMES));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    const saved = path.join(work, "mutaties-download.xlsx");
    await download.saveAs(saved);
    const workbook = await readWorkbook(saved);
    const tables = Object.values(MUTATIE_TABLE_NAMES).map((name) => ({ name, keys: KEYS[name] as string[], ...writtenRows(workbook, name) }));
    expectTablesShowTheChanges(tables);
    for (const { name, sheet, ref } of tables) {
      expect([name, ref]).toEqual([name, expect.stringMatching(/^A\d+:[A-Z]+\d+$/)]);
      expect([name, sheet.pageSetup]).toEqual([name, expect.objectContaining({ paperSize: 9, fitToPage: true, fitToWidth: 1 })]);
    }
    // Both years are still in the copy; the file the user opened is untouched.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Formatie 2025", "Formatie 2026"]));
    expect(sha256(copy)).toBe(originalHash);
    expect(pane.problems).toEqual([]);
  });

  test("a sheet of another file the user picks: the same counts, the other file named", async () => {
    const pane = await session.open();
    const { page } = pane;
    await open(page, MUTATIES_NEW);
    await page.getByRole("radio", { name: "Een werkblad van een ander bestand" }).check();
    const other = path.join(work, path.basename(MUTATIES_OLD));
    copyFileSync(MUTATIES_OLD, other);
    await page.getByLabel("Kies het andere bestand").setInputFiles(other);
    await page.getByText("Ander bestand: formatie-ommen-2025.xlsx").waitFor();
    expect(await page.getByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" }).inputValue()).toBe("Formatie 2025");
    await page.getByRole("button", { name: "Vergelijk", exact: true }).click();
    const heading = "Mutaties van 'Formatie 2025' naar 'Formatie 2026'";
    await page.getByRole("region", { name: heading }).waitFor();
    const expected = expectedMutaties().totals.employees;
    const shown = await counts(page, heading);
    expect([shown["Nieuw (in)"], shown["Vertrokken (uit)"], shown.Gewijzigd]).toEqual([String(expected.in), String(expected.out), String(expected.changed)]);
    expect(pane.problems).toEqual([]);
  });
});
