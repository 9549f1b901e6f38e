/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, mixedRows } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

function workbook(extraSheets: Record<string, unknown[][]> = {}, settings = {}) {
  return new MemoryWorkbook({ Formatie: mixedRows(), ...(extraSheets as Record<string, never[][]>) }, { state: bookState(undefined, { settings }) });
}

function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content)], name, { type: "application/json" });
}

const SALARY_TABLE = {
  name: "Testtabel 2026",
  validFrom: "2025-07-01",
  source: "Test",
  scales: [
    { scale: "6", steps: [2000, 2100, 2200] },
    { scale: "10", steps: [3000, 3200, 3400] },
  ],
};

function budgetNotes(port: MemoryWorkbook): string {
  const tables = port.written.at(-1) as DataTable[];
  return (tables.find((t) => t.name === "Formatiebudget")?.notes ?? []).map((n) => n.nl).join("\n");
}

describe("Plaatsing tab", () => {
  test("Genereer tabellen writes the placement and budget tables and lists the sheets written", async () => {
    const port = workbook({ Overzicht: [["Mijn eigen overzicht"]] });
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await user.click(screen.getByRole("button", { name: "Genereer tabellen" }));
    const written = await screen.findByRole("region", { name: "Geschreven werkbladen" });
    expect(port.written).toHaveLength(1);
    expect(port.written[0]?.map((t) => t.name)).toEqual(["Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget", "Formatiebudget per cluster"]);
    // The core's tables reach the workbook whole (both languages, footnotes, print hints), with the
    // pane's language and the sheet they are made from.
    const overview = port.written[0]?.[0];
    expect(overview).toMatchObject({ name: "Overzicht", titleEn: "Formation and placement overview", onePage: true });
    expect(port.writtenWith[0]).toEqual({ language: "nl", sourceSheet: "Formatie" });
    expect(within(written).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Overzicht (2) (de naam Overzicht is al van een eigen werkblad van u)",
      "Plaatsing per functie",
      "Plaatsing per cluster",
      "Plaatsingslijst",
      "Formatiebudget",
      "Formatiebudget per cluster",
    ]);
    // The sheet was read and checked afresh for the tables.
    expect(port.callsOf("readSheet")).toEqual([["Formatie"]]);
  });

  test("the chart shows formatie against bezet per cluster", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await user.click(screen.getByRole("button", { name: "Genereer tabellen" }));
    const chart = await screen.findByRole("figure", { name: "Formatie en bezetting per cluster" });
    expect(within(chart).getAllByRole("listitem").map((li) => li.getAttribute("aria-label"))).toEqual([
      "Cluster Alles: formatie 3,00 fte, bezet 2,00 fte",
      "Cluster Allez: formatie onbekend, bezet 1,00 fte",
    ]);
  });

  test("werkgeverslasten and salary step are kept in the workbook and used in the budget", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    const percent = screen.getByRole("textbox", { name: /Werkgeverslasten/ });
    await user.clear(percent);
    await user.type(percent, "40,5");
    await user.selectOptions(await screen.findByRole("combobox", { name: "Salarisbasis" }), "Trede 3");
    await waitFor(() => expect(port.state?.settings).toEqual({ werkgeverslasten: 40.5, salaryStep: 3 }));
    await user.click(screen.getByRole("button", { name: "Genereer tabellen" }));
    await screen.findByRole("region", { name: "Geschreven werkbladen" });
    expect(budgetNotes(port)).toContain("werkgeverslasten 40,5 %");
    expect(budgetNotes(port)).toContain("Salarisbasis (begroot en vacatures): trede 3 van de schaal.");
  });

  test("settings kept in the workbook are shown", async () => {
    const port = workbook({}, { werkgeverslasten: 25, salaryStep: "max" });
    await renderPane(port, { tab: "plaatsing" });
    expect((screen.getByRole("textbox", { name: /Werkgeverslasten/ }) as HTMLInputElement).value).toBe("25");
  });

  test("an imported salary table is used for the budget", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await user.upload(screen.getByLabelText("Salaristabel importeren (JSON)", { selector: "input" }), jsonFile("salaris.json", SALARY_TABLE));
    await screen.findAllByText("Salaristabel Testtabel 2026 geladen.");
    await user.click(screen.getByRole("button", { name: "Genereer tabellen" }));
    await screen.findByRole("region", { name: "Geschreven werkbladen" });
    // The table's own date and the cao raises after it (a raming), month by month.
    expect(budgetNotes(port)).toContain("Salaristabel 01-01-2026 tot en met 30-06-2026: raming — Testtabel 2026, geldig vanaf 01-07-2025, met 3 verhogingen tot en met 01-01-2026. Bron van de tabel: Test");
  });

  test("a bad salary table shows its problems and keeps the table in use", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await screen.findByText(/geldig vanaf 01-07-2020 \(meegeleverd\)/);
    await user.upload(screen.getByLabelText("Salaristabel importeren (JSON)", { selector: "input" }), jsonFile("fout.json", { ...SALARY_TABLE, validFrom: "1 juli" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("De salaristabel fout.json is niet geladen; de vorige blijft in gebruik.");
    within(alert).getByText("$.validFrom", { selector: "code" });
    screen.getByText(/geldig vanaf 01-07-2020 \(meegeleverd\)/);
  });

  test("a sheet that is no formation sheet gets no tables", async () => {
    const port = new MemoryWorkbook({ Begroting: [["Begroting"], [1, 2]] }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await user.click(screen.getByRole("button", { name: "Genereer tabellen" }));
    await screen.findByText(/Geen tabellen: het werkblad kon niet als formatie worden gelezen/);
    expect(port.callsOf("writeTables")).toEqual([]);
  });
});
