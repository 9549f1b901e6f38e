/** @jest-environment jsdom */
/**
 * The Controle tab as a planner works through it (issue 14): undo of a fix, the success state,
 * the row next to a clicked finding, search, order and the per-medewerker view.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../src/core/formatie/grid";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { findFindings, renderPane } from "./support/render-pane";

function workbook(rows = formatieRows()) {
  return new MemoryWorkbook({ Formatie: rows }, { state: bookState() });
}

/** Two wrong scales (Piet at D3, Erik at D5) and one unknown cluster (Erik, A5). */
function twoPeopleRows(): CellValue[][] {
  const rows = formatieRows();
  rows.push(["Cluster Onbekend", "Adviseur", "Adviseur IV", 12, 0.5, "Erik Lammers"]);
  return rows;
}

describe("Controle tab: undo, success, context, search", () => {
  test("an applied fix is listed and undone: the cell gets its old value back and the finding returns", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const findings = await findFindings();
    await user.click(within(findings).getByRole("button", { name: "Schaal 10 invullen" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    await user.click(within(dialog).getByRole("button", { name: "Invullen", hidden: true }));
    const fixes = await screen.findByRole("region", { name: "Toegepaste correcties" });
    within(fixes).getByText("D3: 10 (was 11)");
    await screen.findByText("Geen fouten gevonden");

    await user.click(within(fixes).getByRole("button", { name: "Ongedaan maken: cel D3 terug naar 11" }));
    await within(fixes).findByText("D3: teruggezet naar 11");
    expect(port.cell("Formatie", "D3")).toBe(11);
    expect(port.callsOf("restoreCell")).toEqual([["Formatie", "D3"]]);
    await within(await findFindings()).findByRole("button", { name: /^D3 Schaal 11 past niet bij Adviseur/ });
    expect(within(fixes).queryByRole("button", { name: /^Ongedaan maken/ })).toBeNull();
    // The fix and its undoing each read the fixed row again, and only that row.
    expect(port.callsOf("readRange")).toEqual([
      ["Formatie", "A3:F3"],
      ["Formatie", "A3:F3"],
    ]);
  });

  test("an undo is refused, with the reason, when the cell changed since", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    await user.click(within(await findFindings()).getByRole("button", { name: "Schaal 10 invullen" }));
    await user.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "Invullen", hidden: true }));
    const fixes = await screen.findByRole("region", { name: "Toegepaste correcties" });
    await waitFor(() => expect(within(fixes).getByRole("button", { name: /^Ongedaan maken/ }).hasAttribute("disabled")).toBe(false));
    port.userEdits("Formatie", "D3", 9);
    await user.click(within(fixes).getByRole("button", { name: /^Ongedaan maken/ }));
    await screen.findByText(/Cel D3 op Formatie is veranderd sinds de correctie; er is niets teruggezet/);
    expect(port.cell("Formatie", "D3")).toBe(9);
  });

  test("the summary says what the difference means", async () => {
    const { user } = await renderPane(workbook());
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    await findFindings();
    const summary = screen.getByRole("region", { name: "Samenvatting" });
    expect(within(summary).queryByText("Geen fouten gevonden")).toBeNull();
    within(summary).getByText(/^Verschil: (geen, gelijk aan de formatie|[\d,]+ fte (minder|meer) dan de formatie)$/);
  });

  test("a clicked finding shows its row under it, and leads to everything about that medewerker", async () => {
    const port = workbook(twoPeopleRows());
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const findings = await findFindings();
    const erik = within(findings).getByRole("button", { name: /^D5 / });
    await user.click(erik);
    const row = erik.closest("li") as HTMLElement;
    const facts = await within(row).findByLabelText("Rij 5");
    expect([...facts.querySelectorAll("dt")].map((dt) => dt.textContent)).toEqual(["Medewerker", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Cluster"]);
    expect([...facts.querySelectorAll("dd")].map((dd) => dd.textContent)).toEqual(["Erik Lammers", "Adviseur", "Adviseur IV", "12", "0,5", "Cluster Onbekend"]);
    expect(erik.getAttribute("aria-expanded")).toBe("true");

    await user.click(within(facts).getByRole("button", { name: "Alles over Erik Lammers" }));
    expect((screen.getByRole("searchbox", { name: "Zoeken in bevindingen" }) as HTMLInputElement).value).toBe("Erik Lammers");
    expect((screen.getByRole("combobox", { name: "Ordenen" }) as HTMLSelectElement).value).toBe("employee");
    await waitFor(() => expect(within(findings).queryByRole("button", { name: /^D3 / })).toBeNull());
    await within(findings).findByRole("heading", { name: /Erik Lammers/ });
    within(findings).getByRole("button", { name: /^D5 / });
    within(findings).getByRole("button", { name: /^A5 / });
  });

  test("search finds by text, cell or name; order by row puts every finding in one list", async () => {
    const { user } = await renderPane(workbook(twoPeopleRows()));
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const findings = await findFindings();
    const search = screen.getByRole("searchbox", { name: "Zoeken in bevindingen" });
    await user.type(search, "piet");
    await waitFor(() => expect(within(findings).queryByRole("button", { name: /^D5 / })).toBeNull());
    within(findings).getByRole("button", { name: /^D3 / });
    await user.clear(search);
    await user.type(search, "niets zoals dit");
    await within(findings).findByText("Geen bevindingen met “niets zoals dit”.");
    await user.clear(search);

    await user.selectOptions(screen.getByRole("combobox", { name: "Ordenen" }), "row");
    await within(findings).findByRole("heading", { name: /Alle bevindingen, op rij/ });
    const cells = within(findings)
      .getAllByRole("button", { name: /^[A-Z]+\d+ / })
      .map((b) => /^([A-Z]+\d+)/.exec(b.textContent ?? "")?.[1]);
    const rows = cells.map((cell) => Number(/\d+$/.exec(cell ?? "")?.[0]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(cells).toEqual(expect.arrayContaining(["D3", "A5", "D5"]));
    expect(rows[0]).toBe(3);
  });
});
