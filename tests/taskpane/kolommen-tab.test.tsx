/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import type { CellValue } from "../../src/core/formatie/grid";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

/** The formation sheet with a column G "Correctie" holding the right scales (D3 has the wrong 11). */
function rowsWithCorrection(): CellValue[][] {
  const corrected = [10, 10, 6];
  return formatieRows().map((row, i) => [...row, i === 0 ? "Correctie" : (corrected[i - 1] ?? null)]);
}

const DETECTED = { cluster: 1, title: 2, normfunctie: 3, scale: 4, fte: 5, employee: 6 };

describe("Kolommen tab", () => {
  test("shows the detected header row and columns", async () => {
    const port = new MemoryWorkbook({ Formatie: rowsWithCorrection() }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "kolommen" });
    await user.click(screen.getByRole("button", { name: "Kolommen lezen" }));
    await screen.findByText("Automatisch herkend.");
    const selected = (name: string) => {
      const select = screen.getByRole("combobox", { name }) as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent;
    };
    expect(selected("Kopregel (rij)")).toBe("1: Cluster, Functie, HR21-normfunctie");
    expect(selected("Functie")).toBe("B: Functie");
    expect(selected("Schaal")).toBe("D: Schaal");
    expect(selected("Uren per week")).toBe("(geen)");
  });

  test("a corrected column is kept in the workbook and changes the validation", async () => {
    const port = new MemoryWorkbook({ Formatie: rowsWithCorrection() }, { state: bookState() });
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    await screen.findByText("Schaal past niet bij de functie (1)");

    await user.click(screen.getByRole("tab", { name: "Kolommen" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Schaal" }), "G: Correctie");
    await user.click(screen.getByRole("button", { name: "Toepassen en bewaren" }));
    await screen.findAllByText("Kolomindeling voor Formatie bewaard.");
    await waitFor(() => expect(port.state?.columns).toEqual({ Formatie: { headerRow: 1, columns: { ...DETECTED, scale: 7 } } }));
    screen.getByText("Door u ingesteld.");

    await user.click(screen.getByRole("tab", { name: "Controle" }));
    await screen.findByText("Geen bevindingen: het werkblad klopt met het functieboek.");
    // The next check of the sheet uses the mapping too.
    await user.click(screen.getByRole("button", { name: "Opnieuw controleren" }));
    await waitFor(() => expect(port.callsOf("readSheet")).toHaveLength(2));
    await screen.findByText("Geen bevindingen: het werkblad klopt met het functieboek.");
  });

  test("a mapping kept in the workbook is used when the pane opens, and can be reset", async () => {
    const port = new MemoryWorkbook(
      { Formatie: rowsWithCorrection() },
      { state: bookState(undefined, { columns: { Formatie: { headerRow: 1, columns: { ...DETECTED, scale: 7 } } } }) },
    );
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    await screen.findByText("Geen bevindingen: het werkblad klopt met het functieboek.");

    await user.click(screen.getByRole("tab", { name: "Kolommen" }));
    await user.click(screen.getByRole("button", { name: "Automatisch herkennen" }));
    await screen.findAllByText("Kolommen van Formatie worden weer automatisch herkend.");
    await waitFor(() => expect(port.state?.columns).toEqual({}));
    await user.click(screen.getByRole("tab", { name: "Controle" }));
    await screen.findByText("Schaal past niet bij de functie (1)");
  });

  test("a mapping without a function or size column cannot be applied", async () => {
    const port = new MemoryWorkbook({ Formatie: rowsWithCorrection() }, { state: bookState() });
    const { user } = await renderPane(port, { tab: "kolommen" });
    await user.click(screen.getByRole("button", { name: "Kolommen lezen" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "FTE" }), "(geen)");
    screen.getByText("Kies ten minste Functie of HR21-normfunctie, en FTE of Uren per week.");
    expect((screen.getByRole("button", { name: "Toepassen en bewaren" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
