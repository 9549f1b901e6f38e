/** @jest-environment jsdom */
/**
 * The Plaatsing tab's formation budget (issue 16): begrotingsjaar, werkgeverslasten over salary or
 * salary and IKB, own expected raises — kept in the workbook — and the totals per cluster with the
 * same warnings as the sheet and the CLI (raming, amounts out of date).
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, mixedRows } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

function workbook(settings = {}, extraSheets: Record<string, unknown[][]> = {}) {
  return new MemoryWorkbook({ Formatie: mixedRows(), ...(extraSheets as Record<string, never[][]>) }, { state: bookState(undefined, { settings }) });
}

function budgetTable(port: MemoryWorkbook): DataTable {
  const table = (port.written.at(-1) as DataTable[]).find((t) => t.name === "Formatiebudget");
  if (!table) throw new Error("no Formatiebudget written");
  return table;
}

function notes(port: MemoryWorkbook): string[] {
  return (budgetTable(port).notes ?? []).map((n) => n.nl);
}

/** An official table from 1 January 2027: no cao raise is known after it, so 2027 is official all year. */
const TABLE_2027 = {
  name: "Tabel 2027",
  validFrom: "2027-01-01",
  source: "Test",
  scales: [
    { scale: "6", steps: [2000, 2100, 2200] },
    { scale: "10", steps: [3000, 3200, 3400] },
  ],
};

async function generate(user: Awaited<ReturnType<typeof renderPane>>["user"]) {
  await user.click(screen.getByRole("button", { name: "Genereer tabellen" }));
  return screen.findByRole("region", { name: /^Formatiebudget \d{4}$/ });
}

describe("Plaatsing tab: the formation budget", () => {
  test("shows begroot, kosten bezetting and ruimte, overall and per cluster, computed by hand", async () => {
    const port = workbook({ begrotingsjaar: 2027 });
    const { user } = await renderPane(port, { tab: "plaatsing" });
    const file = new File([JSON.stringify(TABLE_2027)], "tabel-2027.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Salaristabel importeren (JSON)", { selector: "input" }), file);
    await screen.findByText("Salaristabel Tabel 2027 geladen.");
    const region = await generate(user);
    // Per FTE: 12 × maximum × 1,1705 (IKB) × 1,30 (werkgeverslasten over salaris en IKB).
    const scale10 = 12 * 3400 * 1.1705 * 1.3; // 62.083,32
    const scale6 = 12 * 2200 * 1.1705 * 1.3; // 40.171,56
    // Formation: Adviseur 2 fte (schaal 10), Ondersteuner 1 fte (schaal 6); placed: Jan and Piet as
    // Adviseur (Cluster Alles), Kees as Ondersteuner (Cluster Allez, not in the book).
    expect(Math.round(2 * scale10 + scale6)).toBe(164_338);
    // Amounts only: the fte behind them are the Overzicht's total row, just above.
    expect(within(region).getByText("Begroot", { selector: "dt" }).nextElementSibling?.textContent).toBe("€ 164.338");
    expect(within(region).getByText("Kosten bezetting", { selector: "dt" }).nextElementSibling?.textContent).toBe("€ 164.338");
    expect(within(region).getByText("Verschil (ruimte)", { selector: "dt" }).nextElementSibling?.textContent).toBe("€ 0");
    const table = within(region).getByRole("table", { name: "Per cluster" });
    // Each cluster is a row group: its name above its amounts.
    const groups = within(table).getAllByRole("rowgroup").slice(1).map((g) => [...g.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(within(table).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(["Begroot", "Kosten bezetting", "Verschil (ruimte)"]);
    expect(groups).toEqual([
      ["Cluster Alles", "€ 124.167", "€ 124.167", "€ 0"],
      ["Cluster Allez", "€ 40.172", "€ 40.172", "€ 0"],
      ["Totaal", "€ 164.338", "€ 164.338", "€ 0"],
    ]);
    // An official table for the whole year: no raming, no warning.
    expect(within(region).queryByText(/raming/)).toBeNull();
    expect(notes(port).some((n) => /raming/.test(n))).toBe(false);
    expect(budgetTable(port).title).toBe("Formatiebudget 2027");
  });

  test("warns that derived amounts are a raming, as the sheet does, and that later years miss raises", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    let region = await generate(user);
    const raming = "Let op: raming op basis van de cao-verhogingen sinds 01-07-2020; laad de officiële salaristabel voor exacte bedragen.";
    within(region).getByText(raming);
    expect(notes(port)[0]).toBe(raming);
    expect(within(region).getByRole("heading").textContent).toBe("Formatiebudget 2026");

    // 2029: the last known raise is of 1 January 2027, more than a year before the year ends.
    await user.selectOptions(screen.getByRole("combobox", { name: "Begrotingsjaar" }), "2029");
    await waitFor(() => expect(port.state?.settings).toEqual({ begrotingsjaar: 2029 }));
    region = await generate(user);
    await within(region).findByText("Formatiebudget 2029");
    within(region).getByText(/^Let op: na 01-01-2027 zijn geen salarisverhogingen bekend, dus voor 2029 zijn de kosten waarschijnlijk te laag\./);
    within(region).getByText(raming);
  });

  test("the pane speaks English when asked, with the same warning", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing", language: "en" });
    await user.click(screen.getByRole("button", { name: "Generate tables" }));
    const region = await screen.findByRole("region", { name: "Formation budget 2026" });
    within(region).getByText("Note: estimate based on the cao increases since 01-07-2020; load the official salary table for exact amounts.");
  });

  test("begrotingsjaar, werkgeverslasten over and own raises are kept in the workbook and used in the budget", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Begrotingsjaar" }), "2028");
    await user.selectOptions(screen.getByRole("combobox", { name: "Werkgeverslasten over" }), "Alleen het salaris");
    await user.type(screen.getByRole("textbox", { name: "Datum" }), "1-1-2028");
    await user.type(screen.getByRole("textbox", { name: "Verhoging (% of €)" }), "3 %");
    await user.click(screen.getByRole("button", { name: "Verhoging toevoegen" }));
    await user.type(screen.getByRole("textbox", { name: "Datum" }), "1-7-2028");
    await user.type(screen.getByRole("textbox", { name: "Verhoging (% of €)" }), "€ 50");
    await user.click(screen.getByRole("button", { name: "Verhoging toevoegen" }));
    const list = screen.getByRole("list", { name: "Eigen verwachte verhogingen" });
    expect(within(list).getAllByRole("listitem").map((li) => li.firstChild?.textContent)).toEqual(["01-01-2028: 3 %", "01-07-2028: € 50,00 per maand"]);
    await waitFor(() =>
      expect(port.state?.settings).toEqual({
        begrotingsjaar: 2028,
        werkgeverslastenOver: "salary",
        ownMeasures: [
          { date: "2028-01-01", type: "pct", value: 3 },
          { date: "2028-07-01", type: "fixed", value: 50 },
        ],
      }),
    );
    await generate(user);
    expect(notes(port)).toEqual(
      expect.arrayContaining([
        "Begrotingsjaar: 2028. Berekend op 15-01-2026.",
        "IKB 17,05 % van het salaris; werkgeverslasten 30 % over het salaris alleen (niet over de IKB).",
        expect.stringMatching(/01-01-2027 \+1,6 %; 01-01-2028 \+3 % \(eigen uitgangspunt\); 01-07-2028 \+ € 50 per maand \(eigen uitgangspunt\)\.$/),
      ]),
    );
    expect((budgetTable(port).footnotes ?? []).map((n) => n.nl)).toContain("01-01-2028 +3 % (eigen uitgangspunt): eigen uitgangspunt van de begroting.");

    // Removing one keeps the other.
    await user.click(within(list).getByRole("button", { name: "Verwijder 01-01-2028: 3 %" }));
    await waitFor(() => expect(port.state?.settings?.ownMeasures).toEqual([{ date: "2028-07-01", type: "fixed", value: 50 }]));
  });

  test("a raise that cannot be read stays in the fields with the reason, and nothing is kept", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await user.type(screen.getByRole("textbox", { name: "Datum" }), "31-2-2028");
    await user.type(screen.getByRole("textbox", { name: "Verhoging (% of €)" }), "3");
    await user.click(screen.getByRole("button", { name: "Verhoging toevoegen" }));
    expect((await screen.findByRole("alert")).textContent).toBe("'31-2-2028' is geen bestaande datum.");
    expect((screen.getByRole("textbox", { name: "Datum" }) as HTMLInputElement).value).toBe("31-2-2028");
    await user.clear(screen.getByRole("textbox", { name: "Datum" }));
    await user.type(screen.getByRole("textbox", { name: "Datum" }), "1-1-2028");
    await user.clear(screen.getByRole("textbox", { name: "Verhoging (% of €)" }));
    await user.type(screen.getByRole("textbox", { name: "Verhoging (% of €)" }), "drie");
    await user.click(screen.getByRole("button", { name: "Verhoging toevoegen" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/^'1-1-2028: drie' is geen verhoging/));
    expect(screen.queryByRole("list", { name: "Eigen verwachte verhogingen" })).toBeNull();
    expect(port.state?.settings?.ownMeasures).toBeUndefined();
  });

  test("settings kept in the workbook are shown", async () => {
    const port = workbook({ begrotingsjaar: 2027, werkgeverslastenOver: "salary", ownMeasures: [{ date: "2028-01-01", type: "pct", value: 2.5 }] });
    await renderPane(port, { tab: "plaatsing" });
    expect((screen.getByRole("combobox", { name: "Begrotingsjaar" }) as HTMLSelectElement).value).toBe("2027");
    expect((screen.getByRole("combobox", { name: "Werkgeverslasten over" }) as HTMLSelectElement).value).toBe("salary");
    within(screen.getByRole("list", { name: "Eigen verwachte verhogingen" })).getByText("01-01-2028: 2,5 %");
  });

  test("a sheet 'Salaristabel' in the workbook is used when no table is imported", async () => {
    const sheet = [["Naam", "Tabel 2027"], ["Geldig vanaf", "2027-01-01"], ["Bron", "HR"], [], ["Schaal", 0, 1, 2], ...TABLE_2027.scales.map((s) => [Number(s.scale), ...s.steps])];
    const port = workbook({ begrotingsjaar: 2027 }, { Salaristabel: sheet });
    const { user } = await renderPane(port, { tab: "plaatsing" });
    await generate(user);
    await screen.findByText(/\(werkblad Salaristabel\)/);
    const adviseur = budgetTable(port).rows.find((r) => r[0] === "Adviseur");
    expect(adviseur?.[3]).toBe(12 * 3400);
  });

  test.each([
    ["nl", "Genereer tabellen", /^Salaristabel \(deze werkmap\), geldig vanaf 01-01-2027/, "Salaristabel (deze werkmap)"],
    ["en", "Generate tables", /^Salaristabel \(this workbook\), in force from /, "Salaristabel (this workbook)"],
  ] as const)("a sheet 'Salaristabel' without a name is named after this workbook in the pane's language (%s)", async (language, generateLabel, shown, name) => {
    const sheet = [["Geldig vanaf", "2027-01-01"], [], ["Schaal", 0, 1, 2], ...TABLE_2027.scales.map((s) => [Number(s.scale), ...s.steps])];
    const port = workbook({ begrotingsjaar: 2027 }, { Salaristabel: sheet });
    const { user } = await renderPane(port, { tab: "plaatsing", language });
    await user.click(screen.getByRole("button", { name: generateLabel }));
    expect((await screen.findByText(shown)).textContent).toMatch(shown);
    // The Formatiebudget sheet names the table the same way.
    expect((budgetTable(port).notes ?? []).map((n) => n[language]).join(" ")).toContain(name);
  });
});
