/**
 * Add-in mode in Chromium: before the built pane loads, the recording Excel fake of the adapter
 * tests is installed as `Office`/`Excel` (support/office-stand-in.ts), holding the example's
 * formation sheet; the pane then runs on it through the real Office.js adapter. Check, select,
 * mark, clear (the user's own fill comes back), generate tables, apply a suggestion.
 */
import type { FakeFill } from "../support/excel-fake";
import { startPaneSession, waitForFindings, type PanePage, type PaneSession } from "./support/pane-page";
import { seedFromFile, standInScript } from "./support/stand-in-script";
import { EXAMPLE, EXAMPLE_SHEET, EXPECTED_ERRORS, TABLE_SHEETS } from "./support/workbook-checks";
import { SEVERITY_FILL } from "../../src/core/marking";

jest.setTimeout(120_000);

/** The user's own colour on the cell with the scale mistake: it must come back after clearing. */
const USER_FILL: FakeFill = { color: "#E2EFDA", pattern: "Solid" };
const ERROR_FILL = `#${SEVERITY_FILL.error}`;

let session: PaneSession;
let script: string;

beforeAll(async () => {
  [session, script] = await Promise.all([startPaneSession(), seedFromFile(EXAMPLE, { [EXAMPLE_SHEET]: { D11: USER_FILL.color } }).then(standInScript)]);
});

afterAll(async () => {
  await session?.close();
});

/** The fill of a cell in the fake workbook, as Office.js would report it. */
function fillOf(pane: PanePage, cell: string): Promise<FakeFill | undefined> {
  return pane.page.evaluate(
    ([sheet, address]) => {
      const match = /^([A-Z]+)(\d+)$/.exec(address as string) as RegExpExecArray;
      const col = (match[1] as string).split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return window.formatiecheckFake?.workbook.sheet(sheet as string)?.fillAt(Number(match[2]), col);
    },
    [EXAMPLE_SHEET, cell],
  );
}

describe("add-in mode: the pane on a stand-in Excel", () => {
  test("check, select, mark, clear, generate tables, apply a suggestion", async () => {
    const pane = await session.open({ initScript: script });
    const { page } = pane;
    await page.getByRole("tab", { name: "Controle" }).waitFor();
    // Add-in mode, not file mode: the pane works on the workbook in "Excel".
    expect(await page.getByRole("heading", { name: "Bestand openen" }).count()).toBe(0);
    expect(await page.getByRole("combobox", { name: "Werkblad" }).inputValue()).toBe(EXAMPLE_SHEET);

    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await waitForFindings(page, EXPECTED_ERRORS.length);

    await page.getByRole("button", { name: /^E23 / }).first().click();
    await page.waitForFunction(() => window.formatiecheckFake?.workbook.selection?.address === "E23");

    await page.getByRole("button", { name: "Markeer in werkblad" }).click();
    await page.getByText(/bevindingen gemarkeerd in het werkblad\.$/).first().waitFor();
    for (const { cell } of EXPECTED_ERRORS) expect({ cell, fill: (await fillOf(pane, cell))?.color }).toEqual({ cell, fill: ERROR_FILL });
    const note = await page.evaluate((sheet) => window.formatiecheckFake?.workbook.sheet(sheet)?.notes.get("D11"), EXAMPLE_SHEET);
    expect(note).toContain("Formatiecheck");

    await page.getByRole("button", { name: "Markeringen wissen" }).click();
    await page.getByText(/^Markeringen gewist: \d+ cellen hersteld\.$/).first().waitFor();
    expect(await fillOf(pane, "D11")).toEqual(USER_FILL);
    expect(await fillOf(pane, "E23")).toBeUndefined();
    expect(await page.evaluate((sheet) => window.formatiecheckFake?.workbook.sheet(sheet)?.notes.get("D11"), EXAMPLE_SHEET)).toBeUndefined();

    await page.getByRole("tab", { name: "Plaatsing" }).click();
    await page.getByRole("button", { name: "Genereer tabellen" }).click();
    await page.getByRole("heading", { name: "Geschreven werkbladen" }).waitFor();
    const tables = await page.evaluate(() => window.formatiecheckFake?.workbook.allTables().map(({ sheet }) => sheet.name) ?? []);
    expect(tables.sort()).toEqual([...TABLE_SHEETS].sort());

    await page.getByRole("tab", { name: "Controle" }).click();
    await page.getByRole("button", { name: "Schaal 11 invullen" }).first().click();
    const dialog = page.getByRole("alertdialog", { name: "Waarde invullen?" });
    await dialog.getByText(`Cel D11 op werkblad ${EXAMPLE_SHEET} wordt 11 (nu: 10).`, { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Invullen" }).click();
    await page.getByText("Cel D11 is 11 geworden.").first().waitFor();
    expect(await page.evaluate((sheet) => window.formatiecheckFake?.workbook.sheet(sheet)?.valueAt(11, 4), EXAMPLE_SHEET)).toBe(11);
    await waitForFindings(page, EXPECTED_ERRORS.length - 1);
    expect(await page.getByRole("button", { name: /^D11 / }).count()).toBe(0);
    expect(pane.problems).toEqual([]);
  });
});
