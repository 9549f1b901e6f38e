/**
 * Issue 15 in Chromium, file mode on the built pane: Functieboek → Sjabloon invoegen puts the
 * template sheets into the open file, Uit werkblad reads the book back from them, Uit ander
 * bestand reads the Heerdenveld book from its own workbook, and the download carries the sheets.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPaneSession, type PaneSession } from "./support/pane-page";
import { ROOT } from "./support/built-pane";
import { EXAMPLE, readWorkbook } from "./support/workbook-checks";

jest.setTimeout(120_000);

let session: PaneSession;
let work: string;

beforeAll(async () => {
  session = await startPaneSession();
  work = mkdtempSync(path.join(os.tmpdir(), "formatiecheck-e2e-boek-"));
});

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("file mode: a functieboek kept in Excel", () => {
  test("Sjabloon invoegen, then Uit werkblad, then Uit een .xlsx-bestand; the download has the template sheets", async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.getByRole("heading", { name: "Bestand openen" }).waitFor();
    const copy = path.join(work, "formatie-ommen.xlsx");
    copyFileSync(EXAMPLE, copy);
    await page.getByLabel("Bestand openen (.xlsx, .xls, .ods)").setInputFiles(copy);
    await page.getByRole("tab", { name: "Functieboek" }).click();
    await page.getByRole("heading", { name: /^Functieboek Gemeente Ommen \(meegeleverd\)$/ }).waitFor();

    await page.getByRole("button", { name: "Sjabloon invoegen" }).click();
    await page.getByText(/^Sjabloon ingevoegd: werkbladen Uitleg, Functies, Normfuncties, Conversietabel, Clusters, Beleid\./).first().waitFor(); // a toast: its title and the live region both say it

    await page.getByRole("button", { name: "Uit werkblad" }).click();
    await page.getByText(/^Functieboek Gemeente Ommen gelezen uit de werkbladen/).first().waitFor();
    await page.getByRole("heading", { name: /^Functieboek Gemeente Ommen \(geïmporteerd\)$/ }).waitFor();

    // Inserting again would replace the user's sheets: refused, nothing changed.
    await page.getByRole("button", { name: "Sjabloon invoegen" }).click();
    await page.getByText(/De werkmap heeft al werkbladen 'Uitleg', 'Functies'/).first().waitFor();

    await page.getByLabel("Uit een .xlsx-bestand").setInputFiles(path.join(ROOT, "examples", "functieboek-heerdenveld.xlsx"));
    await page.getByRole("heading", { name: /^Functieboek Gemeente Heerdenveld \(geïmporteerd\)$/ }).waitFor();
    await page.getByRole("region", { name: "Functies (40)" }).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download gecontroleerd bestand" }).click()]);
    const saved = path.join(work, "met-sjabloon.xlsx");
    await download.saveAs(saved);
    const names = (await readWorkbook(saved)).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Formatie 2025", "Uitleg", "Functies", "Normfuncties", "Conversietabel", "Clusters", "Beleid"]));
    expect(pane.problems).toEqual([]);
  });
});
