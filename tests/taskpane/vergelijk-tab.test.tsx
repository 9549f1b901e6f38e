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
import type { StoredState } from "../../src/core/workbook-port";
import { defaultSalaryLoaders } from "../../src/taskpane/services/salary-service";
import { WORKBOOK_ACCEPT } from "../../src/taskpane/services/workbook-file-types";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { EXAMPLES } from "../helpers/ommen-example";
import { expectedMutaties, expectTablesShowTheChanges, MUTATIES_BOTH, MUTATIES_NEW, tableShape } from "../helpers/ommen-mutaties";
import { MemoryWorkbook } from "./support/memory-workbook";
import { renderPane } from "./support/render-pane";

/** Both years as sheets of a workbook in Excel, the 2026 sheet in view (and the Plaatsing tab's settings kept in it, and other sheets, if any). */
async function bothYears(settings?: StoredState["settings"], others: Record<string, CellValue[][]> = {}): Promise<MemoryWorkbook> {
  const file = await FileWorkbook.fromBytes(readFileSync(MUTATIES_BOTH));
  const sheets: Record<string, CellValue[][]> = { ...others };
  for (const name of ["Formatie 2025", "Formatie 2026"]) sheets[name] = (await file.readSheet(name)).rows as CellValue[][];
  return new MemoryWorkbook(sheets, { active: "Formatie 2026", ...(settings ? { state: { schemaVersion: 1, settings } } : {}) });
}

/** A written table's cells by column key, for the row whose `key` is `value`. */
function rowOf(table: DataTable | undefined, key: string, value: string): Record<string, unknown> {
  const at = (k: string) => table?.columns.findIndex((c) => c.key === k) ?? -1;
  const row = table?.rows.find((r) => r[at(key)] === value);
  if (!table || !row) throw new Error(`no row ${value} in ${table?.name}`);
  return Object.fromEntries(table.columns.map((c, i) => [c.key, row[i]]));
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
    expect(result.textContent).toMatch(/Kosten per jaar, begrotingsjaar 2026 \(raming\): € [\d.]+ → € [\d.]+ \(verschil € [\d.]+\)/);
    // The Formatiebudget's own warning: the amounts of 2026 are derived from the table of 2020.
    expect(within(result).getByText(/^Let op: raming op basis van de cao-verhogingen sinds 01-07-2020/)).toBeTruthy();
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

  test("prices as the Formatiebudget of the Plaatsing tab: its begrotingsjaar, own raises and werkgeverslasten", async () => {
    const port = await bothYears({ begrotingsjaar: 2027, werkgeverslasten: 28, werkgeverslastenOver: "salary", salaryStep: 9, ownMeasures: [{ date: "2027-07-01", type: "pct", value: 2 }] });
    const { user } = await renderPane(port, { tab: "vergelijk" });
    await user.click(screen.getByRole("button", { name: "Werkbladen Mutaties maken" }));
    const result = await screen.findByRole("region", { name: "Mutaties van 'Formatie 2025' naar 'Formatie 2026'" });
    expect(result.textContent).toMatch(/Kosten per jaar, begrotingsjaar 2027 \(raming\)/);
    const mutaties = (port.written[0] as DataTable[]).find((t) => t.name === "Mutaties medewerkers");
    expect((mutaties?.notes ?? []).map((n) => n.nl)).toContain("Toegepaste verhogingen: 01-10-2020 +1 %; 01-12-2021 +1,5 %; 01-01-2022 minimum € 2.184 per maand; 01-04-2022 +2,4 %; 02-01-2023 + € 240, daarna +2 %; 01-01-2024 +4,75 %; 01-10-2024 +1,25 %; 01-04-2025 +2 %; 01-10-2025 +1,85 % (datum onzeker); 01-01-2026 + € 35 per maand; 01-01-2026 minimum € 2.496 per maand; 01-07-2026 +1,25 %; 01-01-2027 +1,6 %; 01-07-2027 +2 % (eigen uitgangspunt).");
    // The Formatiebudget of the same sheet with the same settings: a new person of 1 FTE costs its cost per FTE.
    await user.click(screen.getByRole("tab", { name: "Plaatsing" }));
    await user.click(await screen.findByRole("button", { name: "Genereer tabellen" }));
    await screen.findByRole("region", { name: "Geschreven werkbladen" });
    const budget = (port.written[1] as DataTable[]).find((t) => t.name === "Formatiebudget");
    expect(budget?.title).toBe("Formatiebudget 2027");
    for (const [name, title] of [["Sophie Brinkman", "Beleidsadviseur"], ["Ahmet Yilmaz", "Beheerder accommodaties"]]) {
      expect([name, rowOf(mutaties, "employee", name as string).costDifference]).toEqual([name, rowOf(budget, "function", title as string).costPerFte]);
    }
  });

  test("a salary table that cannot be had stops the comparison before anything is read or checked", async () => {
    const port = await bothYears();
    const salaries = { ...defaultSalaryLoaders, fromSheet: () => Promise.reject(new Error("Salaristabel onleesbaar")) };
    const { user } = await renderPane(port, { tab: "vergelijk", dependencies: { salaries } });
    await user.click(screen.getByRole("button", { name: "Vergelijk" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Er ging iets mis: Salaristabel onleesbaar");
    // Neither sheet read, the sheet not checked, no totals: nothing half done.
    expect(port.callsOf("readSheet")).toEqual([]);
    expect(screen.queryByRole("region", { name: /^Mutaties van/ })).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Controle" }));
    expect(screen.getByText("Kies Controleer om het werkblad met het functieboek te vergelijken.")).toBeTruthy();
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

  test("a sheet that is no formation is named with the check's reason, in the pane's language", async () => {
    const port = await bothYears(undefined, { Notities: [["Alleen een notitie"]] });
    const { user } = await renderPane(port, { tab: "vergelijk" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Vergelijk 'Formatie 2026' met" }), "Notities");
    await user.click(screen.getByRole("button", { name: "Vergelijk" }));
    await screen.findByText("Werkblad 'Notities' is niet als formatie te lezen: Geen kopregel gevonden: de eerste 30 rijen noemen geen kolom Functie of Normfunctie naast een kolom FTE of Uren.");
    expect(screen.queryByRole("region", { name: /^Mutaties van/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    await screen.findByText("Sheet 'Notities' cannot be read as a formation: No header row found: the first 30 rows name no Function or Normfunctie column next to an FTE or Hours column.");
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
    // As file mode's FilePane hands them to the pane: how to open another file, and this file's name.
    const { user } = await renderPane(file, { tab: "vergelijk", dependencies: { openOtherFile, fileName: file.fileName } });
    await user.click(screen.getByRole("radio", { name: "Een werkblad van een ander bestand" }));
    expect(screen.getByText("Kies eerst het andere bestand.")).toBeTruthy();
    expect(screen.getByLabelText("Kies het andere bestand").getAttribute("accept")).toBe(WORKBOOK_ACCEPT);
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
