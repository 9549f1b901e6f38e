/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

describe("Invoerlijsten tab", () => {
  test("installs dropdowns on the Functie, Normfunctie and Schaal columns with the book's values", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "invoerlijsten" });
    await user.click(screen.getByRole("button", { name: "Invoerlijsten installeren" }));
    await screen.findByText("Invoerlijsten geïnstalleerd op werkblad Formatie, rijen 2 tot en met 504:");
    expect(port.callsOf("installEntryLists")).toEqual([
      [
        "Formatie",
        [
          { column: 2, firstRow: 2, lastRow: 504, values: ["Adviseur", "Ondersteuner"] },
          { column: 3, firstRow: 2, lastRow: 504, values: ["Adviseur IV", "Medewerker administratief & secretarieel III"] },
          { column: 4, firstRow: 2, lastRow: 504, values: ["6", "10"] },
        ],
      ],
    ]);
    const lines = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(lines).toEqual(["Kolom B (Functie): 2 waarden", "Kolom C (HR21-normfunctie): 2 waarden", "Kolom D (Schaal): 2 waarden"]);
  });

  test("removes them again", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "invoerlijsten" });
    await user.click(screen.getByRole("button", { name: "Invoerlijsten installeren" }));
    await screen.findByText(/Invoerlijsten geïnstalleerd/);
    await user.click(screen.getByRole("button", { name: "Invoerlijsten verwijderen" }));
    await screen.findAllByText("Invoerlijsten verwijderd van werkblad Formatie.");
    expect(port.callsOf("removeEntryLists")).toEqual([["Formatie"]]);
    expect(port.entryLists.size).toBe(0);
    expect(screen.queryByText(/Invoerlijsten geïnstalleerd/)).toBeNull();
  });

  test("says which columns the sheet lacks", async () => {
    const rows = formatieRows().map((row) => [0, 1, 3, 4].map((i) => row[i] ?? null));
    const port = new MemoryWorkbook({ Formatie: rows }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "invoerlijsten" });
    await user.click(screen.getByRole("button", { name: "Invoerlijsten installeren" }));
    await screen.findByText("Geen kolom gevonden voor: HR21-normfunctie.");
    const lists = port.callsOf("installEntryLists")[0]?.[1] as { column: number }[];
    expect(lists.map((l) => l.column)).toEqual([2, 3]);
  });

  test("a sheet without any of the columns gets no dropdowns", async () => {
    const port = new MemoryWorkbook({ Notities: [["Notitie"], ["tekst"]] }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "invoerlijsten" });
    await user.click(screen.getByRole("button", { name: "Invoerlijsten installeren" }));
    const alert = await screen.findByRole("alert");
    within(alert).getByText(/Geen kolom Functie, Normfunctie of Schaal gevonden/);
    expect(port.callsOf("installEntryLists")).toEqual([]);
  });
});
