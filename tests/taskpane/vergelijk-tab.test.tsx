/** @jest-environment jsdom */
/**
 * The Vergelijk tab (issue 17): in Excel the other formation is another sheet of the workbook, in
 * file mode also a sheet of another file. On the Ommen pair of examples/ it shows the counts of
 * the expected changes and writes the Mutaties sheets with exactly those changes.
 */
import "./support/text-codec";
import { screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue } from "../../src/core/formatie/grid";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { EXAMPLES } from "../helpers/ommen-example";
import { expectedMutaties, expectTablesShowTheChanges, MUTATIES_BOTH, MUTATIES_NEW, tableShape } from "../helpers/ommen-mutaties";
import { MemoryWorkbook } from "./support/memory-workbook";
import { renderPane } from "./support/render-pane";

/** Both years as sheets of a workbook in Excel, the 2026 sheet in view. */
async function bothYears(): Promise<MemoryWorkbook> {
  const file = await FileWorkbook.fromBytes(readFileSync(MUTATIES_BOTH));
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of ["Formatie 2025", "Formatie 2026"]) sheets[name] = (await file.readSheet(name)).rows as CellValue[][];
  return new MemoryWorkbook(sheets, { active: "Formatie 2026" });
}

/** The counts the tab shows, by their label. */
function counts(result: HTMLElement): Record<string, string> {
  const list = result.querySelector("dl") as HTMLElement;
  return Object.fromEntries([...list.querySelectorAll("div")].map((row) => [row.querySelector("dt")?.textContent ?? "", row.querySelector("dd")?.textContent ?? ""]));
}

describe("Vergelijk tab", () => {
  test("compares the sheet in view with the year before it and shows the counts, FTE and cost", async () => {
    const port = await bothYears();
    const { user } = await renderPane(port, { tab: "vergelijk" });
    expect(screen.getByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" })).toHaveProperty("value", "Formatie 2025");
    expect(screen.getByRole("radio", { name: "'Formatie 2025' is de oude (eerder), 'Formatie 2026' de nieuwe" })).toHaveProperty("checked", true);
    await user.click(screen.getByRole("button", { name: "Vergelijk" }));
    const result = await screen.findByRole("region", { name: "Mutaties van 'Formatie 2025' naar 'Formatie 2026'" });
    const expected = expectedMutaties().totals.employees;
    expect(counts(result)).toEqual({
      "Nieuw (in)": String(expected.in),
      "Vertrokken (uit)": String(expected.out),
      Gewijzigd: String(expected.changed),
      Ongewijzigd: String(expected.unchanged),
      "Niet te koppelen": String(expected.unmatched),
      "Niet te lezen": String(expected.unread),
    });
    expect(result.textContent).toContain("Bezetting: 45,00 → 45,20 fte (verschil 0,20)");
    expect(result.textContent).toMatch(/Kosten per jaar \(raming\): € [\d.]+ → € [\d.]+ \(verschil € [\d.]+\)/);
    expect(result.textContent).toContain("Vacatures per functie: 1 nieuw, 1 vervallen, 1 gewijzigd");
    // Comparing writes nothing; both sheets were read afresh.
    expect(port.written).toEqual([]);
    expect(port.callsOf("readSheet")).toEqual([["Formatie 2026"], ["Formatie 2025"]]);
  });

  test("Werkbladen Mutaties maken writes the three sheets with exactly the expected changes", async () => {
    const port = await bothYears();
    const { user } = await renderPane(port, { tab: "vergelijk" });
    await user.click(screen.getByRole("button", { name: "Werkbladen Mutaties maken" }));
    const written = await screen.findByRole("region", { name: "Geschreven werkbladen" });
    expect(within(written).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Mutaties medewerkers", "Mutaties functies", "Mutaties clusters"]);
    const tables = port.written[0] as DataTable[];
    expectTablesShowTheChanges(tables.map(tableShape));
    expect(port.writtenWith[0]).toEqual({ language: "nl" });
  });

  test("the other sheet can be the new formation: every in becomes an out", async () => {
    const port = await bothYears();
    const { user } = await renderPane(port, { tab: "vergelijk" });
    await user.click(screen.getByRole("radio", { name: "'Formatie 2026' is de oude (eerder), 'Formatie 2025' de nieuwe" }));
    await user.click(screen.getByRole("button", { name: "Vergelijk" }));
    const result = await screen.findByRole("region", { name: "Mutaties van 'Formatie 2026' naar 'Formatie 2025'" });
    const expected = expectedMutaties().totals.employees;
    expect(counts(result)).toMatchObject({ "Nieuw (in)": String(expected.out), "Vertrokken (uit)": String(expected.in) });
  });

  test("says there is nothing to compare with in a workbook of one sheet", async () => {
    const port = new MemoryWorkbook({ Formatie: [["Functie", "FTE"], ["Adviseur", 1]] });
    await renderPane(port, { tab: "vergelijk" });
    expect(screen.getByText("Er is geen ander werkblad om mee te vergelijken.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Vergelijk" })).toHaveProperty("disabled", true);
  });

  test("in file mode compares with a sheet of another file the user picks, and writes into this file only", async () => {
    const file = await FileWorkbook.fromBytes(readFileSync(MUTATIES_NEW), { fileName: "formatie-ommen-2026.xlsx" });
    const picked: string[] = [];
    const openOtherFile = async (other: File) => {
      picked.push(other.name);
      return FileWorkbook.fromBytes(readFileSync(path.join(EXAMPLES, other.name)), { fileName: other.name });
    };
    const { user } = await renderPane(file, { tab: "vergelijk", dependencies: { openOtherFile } });
    await user.click(screen.getByRole("radio", { name: "Een werkblad van een ander bestand" }));
    expect(screen.getByText("Kies eerst het andere bestand.")).toBeTruthy();
    await user.upload(screen.getByLabelText("Kies het andere bestand"), new File(["x"], "formatie-ommen-2025.xlsx"));
    await screen.findByText("Ander bestand: formatie-ommen-2025.xlsx");
    expect(picked).toEqual(["formatie-ommen-2025.xlsx"]);
    expect(screen.getByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" })).toHaveProperty("value", "Formatie 2025");
    await user.click(screen.getByRole("button", { name: "Werkbladen Mutaties maken" }));
    await screen.findByRole("region", { name: "Geschreven werkbladen" });
    const result = screen.getByRole("region", { name: "Mutaties van 'Formatie 2025' naar 'Formatie 2026'" });
    expect(counts(result)["Nieuw (in)"]).toBe(String(expectedMutaties().totals.employees.in));
    // The sheets are in this file's copy, with the other file named above each table.
    const copy = await FileWorkbook.fromBytes(await file.toBytes());
    const names = (await copy.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Formatie 2026", "Mutaties medewerkers", "Mutaties functies", "Mutaties clusters"]));
    const top = (await copy.readSheet("Mutaties medewerkers")).rows.slice(0, 4).flat().join(" ");
    expect(top).toContain("werkblad 'Formatie 2025' in formatie-ommen-2025.xlsx (oud) met werkblad 'Formatie 2026' in formatie-ommen-2026.xlsx (nieuw)");
  });

  test("offers no other file where the pane works on a workbook in Excel", async () => {
    await renderPane(await bothYears(), { tab: "vergelijk" });
    await waitFor(() => expect(screen.queryByRole("radio", { name: "Een werkblad van een ander bestand" })).toBeNull());
  });
});
