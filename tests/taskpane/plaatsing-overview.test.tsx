/** @jest-environment jsdom */
/**
 * The Plaatsing tab after "Genereer tabellen" (issue 14): the Overzicht sheet shown in the pane —
 * title, what it is made from, its note, formatie / bezet / vacant per cluster and the total row —
 * on the example of examples/, its numbers worked out here from the sheet's rows and the book; the
 * budget's warnings in the CLI's words; the bar of rows without a cluster named in words; and in
 * file mode no text that says "in het werkblad".
 */
import "./support/text-codec";
import { screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { tablesCommand } from "../../src/cli/tables-command";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import type { Localized } from "../../src/core/localized";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { EXAMPLES } from "../helpers/ommen-example";
import { bookState, mixedRows } from "./support/fixtures";
import { MemoryWorkbook } from "./support/memory-workbook";
import { renderPane } from "./support/render-pane";

const EXAMPLE = path.join(EXAMPLES, "formatie-ommen.xlsx");
const SHEET = "Formatie 2025";
/** The date the pane's tests make tables on (support/render-pane.tsx). */
const TODAY = "2026-01-15";

/** Two decimals with a decimal comma, as a Dutch reader writes an fte (none here reaches 1.000). */
const fte = (n: number) => n.toFixed(2).replace(".", ",");

async function openExample() {
  return FileWorkbook.fromBytes(readFileSync(EXAMPLE), { fileName: "formatie-ommen.xlsx" });
}

/**
 * What the Overzicht should say of the example, from its rows and the book, not from the core's
 * tables: a row with a person counts its FTE when that is a number of at most 1 (the example's
 * deliberate "1.000" and 80 are unreadable sizes, which count for nothing).
 */
async function expectedFromTheSheet() {
  const grid = await (await openExample()).readSheet(SHEET);
  const header = grid.rows.findIndex((row) => row.includes("Functie") && row.includes("FTE"));
  const labels = grid.rows[header] as unknown[];
  const at = (label: string) => labels.indexOf(label);
  const filled = new Map<string, number>();
  let sheetTotal: number | undefined;
  for (const row of grid.rows.slice(header + 1)) {
    if (row[at("Functie")] === "Totaal") sheetTotal = row[at("FTE")] as number;
    const size = row[at("FTE")];
    if (typeof row[at("Medewerker")] !== "string" || typeof size !== "number" || size <= 0 || size > 1) continue;
    const cluster = typeof row[at("Cluster")] === "string" ? (row[at("Cluster")] as string) : "";
    filled.set(cluster, (filled.get(cluster) ?? 0) + size);
  }
  const book = bundledFunctieboek();
  return { book, filled, sheetTotal, formation: book.functions.reduce((sum, f) => sum + (f.formationFte ?? 0), 0) };
}

/** The Overzicht's table as the reader sees it at 350 px: per row group its name, then its numbers by column. */
function overviewRows(region: HTMLElement) {
  const table = within(region).getByRole("table", { name: "Fte per cluster" });
  const columns = within(table)
    .getAllByRole("columnheader")
    .map((c) => c.textContent ?? "");
  const groups = within(table).getAllByRole("rowgroup").slice(1);
  const rows = groups.map((group) => {
    const name = within(group).getByRole("rowheader").textContent ?? "";
    const cells = within(group)
      .getAllByRole("cell")
      .map((c) => c.textContent ?? "");
    return { name, ...Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ""])) } as Record<string, string> & { name: string };
  });
  return { columns, rows };
}

async function generate(user: Awaited<ReturnType<typeof renderPane>>["user"], language: "nl" | "en" = "nl") {
  await user.click(screen.getByRole("button", { name: language === "nl" ? "Genereer tabellen" : "Generate tables" }));
  return screen.findByRole("region", { name: language === "nl" ? "Overzicht formatie en plaatsing" : "Formation and placement overview" });
}

describe("Plaatsing tab: the Overzicht after Genereer tabellen", () => {
  test("shows the example's Overzicht: its title block and note, formatie, bezet and vacant per cluster, the total", async () => {
    const { book, filled, sheetTotal, formation } = await expectedFromTheSheet();
    const { user } = await renderPane(await openExample(), { tab: "plaatsing", dependencies: { fileMode: true } });
    const region = await generate(user);

    // What it is made from, and the sheet's note, as the sheet has them.
    const lines = [...region.querySelectorAll("p")].map((p) => p.textContent);
    expect(lines.slice(0, 3)).toEqual([`Functieboek: ${book.name}`, `Werkblad: ${SHEET}`, "Datum: 15 januari 2026"]);
    expect(lines[3]).toMatch(/^Formatie per cluster: het deel van de formatie dat het werkblad in het cluster plaatst/);

    const { columns, rows } = overviewRows(region);
    expect(columns).toEqual(["Indicatief (fte)", "Formatie (fte)", "Bezet (fte)", "Vacant (fte)", "Boven formatie (fte)"]);
    const clusters = book.clusters.filter((c) => filled.has(c.name));
    expect(rows.map((r) => r.name)).toEqual([...clusters.map((c) => c.name), "(geen cluster)", `Vacant, zonder rij in '${SHEET}'`, "Totaal"]);

    // Per cluster: the book's indicative size and the FTE of its rows.
    for (const cluster of clusters) {
      const row = rows.find((r) => r.name === cluster.name);
      expect({ cluster: cluster.name, indicatief: row?.["Indicatief (fte)"], bezet: row?.["Bezet (fte)"] }).toEqual({
        cluster: cluster.name,
        indicatief: fte(cluster.indicativeFte as number),
        bezet: fte(filled.get(cluster.name) as number),
      });
    }
    const noCluster = rows.find((r) => r.name === "(geen cluster)");
    expect(noCluster).toMatchObject({ "Indicatief (fte)": "", "Bezet (fte)": fte(filled.get("") as number) });

    // The total: the book's formation, the sheet's own total of the FTE column as bezet.
    const bezet = [...filled.values()].reduce((a, b) => a + b, 0);
    expect(fte(bezet)).toBe(fte(sheetTotal as number));
    const total = rows.at(-1) as Record<string, string>;
    expect(total).toMatchObject({
      "Indicatief (fte)": fte(clusters.reduce((sum, c) => sum + (c.indicativeFte ?? 0), 0)),
      "Formatie (fte)": fte(formation),
      "Bezet (fte)": fte(bezet),
    });
    // Every row adds up: vacant = formatie − (bezet − boven formatie); the vacancies no row stands
    // for are the formation the clusters' rows leave.
    const n = (text: string | undefined) => Number((text ?? "").replace(",", "."));
    for (const row of rows) expect({ row: row.name, vacant: n(row["Vacant (fte)"]) }).toEqual({ row: row.name, vacant: n(row["Formatie (fte)"]) - n(row["Bezet (fte)"]) + n(row["Boven formatie (fte)"]) });
    const placedFormation = rows.slice(0, -2).reduce((sum, r) => sum + n(r["Formatie (fte)"]), 0);
    expect(n(rows.at(-2)?.["Formatie (fte)"])).toBeCloseTo(formation - placedFormation, 2);
    expect(n(rows.at(-2)?.["Vacant (fte)"])).toBeCloseTo(formation - placedFormation, 2);

    // Headings in words: no rule id anywhere (the sheet's footnotes with them stay on the sheet).
    expect(region.textContent).not.toMatch(/[a-z]+\/[a-z-]+/);
  });

  test("the budget keeps to amounts (the fte are the Overzicht's), names the sheet, and nothing says 'in het werkblad' in file mode", async () => {
    const { user } = await renderPane(await openExample(), { tab: "plaatsing", dependencies: { fileMode: true } });
    const overview = await generate(user);
    const budget = screen.getByRole("region", { name: /^Formatiebudget \d{4}$/ });
    const perCluster = within(budget).getByRole("table", { name: "Per cluster" });
    within(perCluster).getByRole("rowheader", { name: `(formatie zonder rij in '${SHEET}')` });
    for (const amount of within(budget).getAllByRole("definition")) expect(amount.textContent).toMatch(/^€ -?\d{1,3}(\.\d{3})*$/);
    // The Overzicht comes first, then the chart, then the budget.
    const chart = screen.getByRole("figure", { name: "Formatie en bezetting per cluster" });
    expect(overview.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(chart.compareDocumentPosition(budget) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const tab = screen.getByRole("tabpanel");
    expect(tab.textContent).not.toMatch(/in het werkblad/);
  });

  test("the bar of rows without a cluster is named in words", async () => {
    const { filled } = await expectedFromTheSheet();
    const { user } = await renderPane(await openExample(), { tab: "plaatsing", dependencies: { fileMode: true } });
    await generate(user);
    const chart = screen.getByRole("figure", { name: "Formatie en bezetting per cluster" });
    const bar = within(chart).getByRole("listitem", { name: `(geen cluster): formatie onbekend, bezet ${fte(filled.get("") as number)} fte` });
    expect(bar.textContent).toMatch(/^\(geen cluster\)/);
  });

  test("the budget's warnings are the CLI's, word for word: a raming, and amounts out of date for a later year", async () => {
    const year = new Date().getFullYear() + 3;
    const { user } = await renderPane(await openExample(), { tab: "plaatsing", dependencies: { fileMode: true } });
    await user.selectOptions(screen.getByRole("combobox", { name: "Begrotingsjaar" }), String(year));
    await generate(user);
    const budget = await screen.findByRole("region", { name: `Formatiebudget ${year}` });
    const shown = [...budget.querySelectorAll(".fui-MessageBarBody")].map((bar) => bar.textContent);

    const cli = await tablesCommand({ file: EXAMPLE, format: "json", language: "nl", peildatum: TODAY, begrotingsjaar: String(year) });
    const warnings = (JSON.parse(cli.stdout) as { budget: { warnings: Localized[] } }).budget.warnings.map((w) => w.nl);
    expect(warnings.some((w) => w.startsWith("Let op: na ") && w.includes(`dus voor ${year} zijn de kosten waarschijnlijk te laag`))).toBe(true);
    expect(shown).toEqual(warnings);
  });

  test("from 700 px each row of the Overzicht is one line, its name in the first column", async () => {
    const matchMedia = jest.fn((query: string) => ({ matches: query === "(min-width: 700px)", media: query, addEventListener: jest.fn(), removeEventListener: jest.fn() }));
    Object.defineProperty(window, "matchMedia", { configurable: true, value: matchMedia });
    try {
      const port = new MemoryWorkbook({ Formatie: mixedRows() }, { state: bookState() });
      const { user } = await renderPane(port, { tab: "plaatsing" });
      const region = await generate(user);
      const table = within(region).getByRole("table", { name: "Fte per cluster" });
      expect(within(table).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(["Onderdeel", "Indicatief (fte)", "Formatie (fte)", "Bezet (fte)", "Vacant (fte)", "Boven formatie (fte)"]);
      const lines = within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
      // The fixture: Jan and Piet as Adviseur (2 fte) in Cluster Alles, Kees as Ondersteuner (1 fte)
      // in Cluster Allez; the book's formation is those 3 fte.
      expect(lines.map((cells) => cells[0])).toEqual(["Cluster Alles", "Cluster Allez", "Totaal"]);
      expect(lines.every((cells) => cells.length === 6)).toBe(true);
      expect(lines.at(-1)?.slice(2, 4)).toEqual(["3,00", "3,00"]);
    } finally {
      Reflect.deleteProperty(window, "matchMedia");
    }
  });

  test("in English: the sheet's English headings and numbers the English way", async () => {
    const port = new MemoryWorkbook({ Formatie: mixedRows() }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "plaatsing", language: "en" });
    const region = await generate(user, "en");
    const table = within(region).getByRole("table", { name: "FTE per cluster" });
    expect(within(table).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(["Indicative (FTE)", "Formation (FTE)", "Filled (FTE)", "Vacant (FTE)", "Above formation (FTE)"]);
    const total = within(table).getAllByRole("rowgroup").at(-1) as HTMLElement;
    expect(within(total).getByRole("rowheader").textContent).toBe("Total");
    expect(within(total).getAllByRole("cell")[1]?.textContent).toBe("3.00");
  });

  test("the Overzicht belongs to the sheet it was made of: another sheet chosen, it goes", async () => {
    const port = new MemoryWorkbook({ Formatie: mixedRows(), Notities: [["Notities"]] }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await generate(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Werkblad" }), "Notities");
    await waitFor(() => expect(screen.queryByRole("region", { name: "Overzicht formatie en plaatsing" })).toBeNull());
  });
});
