/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/core/findings";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows, mixedRows } from "./support/fixtures";
import { findFindings, renderPane } from "./support/render-pane";

function workbook(rows = formatieRows()) {
  return new MemoryWorkbook({ Formatie: rows }, { state: bookState() });
}

/**
 * The confirmation dialog. `hidden: true` because under jsdom Fluent's focus manager (Tabster)
 * marks an open modal aria-hidden after a moment (it cannot measure layout there); in a browser
 * it does not (microsoft/fluentui#27322). Once hidden, Testing Library no longer computes its
 * name, so on a busy machine a query by name can miss it: the title is checked by its label.
 */
async function findDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(document.getElementById(dialog.getAttribute("aria-labelledby") ?? "")?.textContent).toBe("Waarde invullen?");
  return dialog;
}

async function check(user: Awaited<ReturnType<typeof renderPane>>["user"]) {
  await user.click(screen.getByRole("button", { name: "Controleer" }));
  return findFindings();
}

describe("Controle tab", () => {
  test("Controleer shows the summary and the findings grouped by kind, headed by their titles with counts", async () => {
    const port = workbook(mixedRows());
    const { user } = await renderPane(port);
    const findings = await check(user);
    const summary = screen.getByRole("region", { name: "Samenvatting" });
    expect(within(summary).getByText("Fouten:").nextSibling?.textContent).toBe("1");
    expect(within(summary).getByText("Waarschuwingen:").nextSibling?.textContent).toBe("1");
    expect(within(summary).getByText("Info:").nextSibling?.textContent).toBe("1");
    within(summary).getByText("3 formatieplaatsen in 3 rijen");
    within(summary).getByText("FTE in werkblad: 3,00");
    within(summary).getByText("Formatie volgens functieboek: 3,00");
    // Groups in order of severity, each headed by its title and count (the badge reads first).
    const groups = within(findings)
      .getAllByRole("button", { expanded: true })
      .map((b) => b.textContent);
    expect(groups).toEqual(["foutSchaal past niet bij de functie (1)", "waarschuwingCluster staat niet in het functieboek (1)", "infoFunctie anders gespeld dan in het functieboek (1)"]);
    expect(port.callsOf("readSheet")).toEqual([["Formatie"]]);
  });

  test.each([
    [1.004, "Verschil: geen, gelijk aan de formatie", false],
    [0.99, "Verschil: 0,01 fte minder dan de formatie", true],
  ])("the summary's FTE difference agrees with the rule fte/total (Kees %s fte of a formation of 3)", async (fte, shown, reported) => {
    const rows = formatieRows();
    (rows[3] as unknown[])[4] = fte;
    const { user } = await renderPane(workbook(rows));
    const findings = await check(user);
    within(screen.getByRole("region", { name: "Samenvatting" })).getByText(shown);
    const titles = within(findings).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles.some((title) => title?.includes("Totaal wijkt af van de formatie"))).toBe(reported);
  });

  test("clicking a finding selects its cell in the sheet", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    const findings = await check(user);
    await user.click(within(findings).getByRole("button", { name: /^D3 Schaal 11 past niet bij Adviseur/ }));
    await waitFor(() => expect(port.callsOf("selectCell")).toEqual([["Formatie", "D3"]]));
  });

  test("a suggestion is only written after the user confirms it", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    const findings = await check(user);

    await user.click(within(findings).getByRole("button", { name: "Schaal 10 invullen" }));
    const dialog = await findDialog();
    within(dialog).getByText("Cel D3 op werkblad Formatie wordt 10 (nu: 11). Dit wijzigt uw werkblad.");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(port.callsOf("setCellValue")).toEqual([]);

    await user.click(within(findings).getByRole("button", { name: "Schaal 10 invullen" }));
    await user.click(within(await findDialog()).getByRole("button", { name: "Invullen", hidden: true }));
    await screen.findAllByText("Cel D3 is 10 geworden.");
    expect(port.callsOf("setCellValue")).toEqual([["Formatie", "D3", 10]]);
    expect(port.cell("Formatie", "D3")).toBe(10);
    // Only the changed row is read again, and the finding is gone.
    expect(port.callsOf("readRange")).toEqual([["Formatie", "A3:F3"]]);
    await screen.findByText("Geen bevindingen: het werkblad klopt met het functieboek.");
  });

  test("the severity filter hides findings, and Markeer marks the findings shown", async () => {
    const port = workbook(mixedRows());
    const { user } = await renderPane(port);
    const findings = await check(user);
    await user.click(within(findings).getByRole("checkbox", { name: "Info (1)" }));
    expect(within(findings).queryByText(/function\/spelling/)).toBeNull();
    within(findings).getByText(/scale\/mismatch/);

    await user.click(screen.getByRole("button", { name: "Markeer in werkblad" }));
    await screen.findAllByText("2 bevindingen gemarkeerd in het werkblad.");
    const marked = port.callsOf("markFindings")[0]?.[0] as Finding[];
    expect(marked.map((f) => [f.code, f.cell])).toEqual([
      ["scale/mismatch", "D3"],
      ["cluster/unknown", "A4"],
    ]);
  });

  test("an accepted finding is counted neither in the summary nor in the filter", async () => {
    const port = workbook(mixedRows());
    const { user } = await renderPane(port);
    const findings = await check(user);
    within(findings).getByRole("checkbox", { name: "Fouten (1)" });
    await user.click(within(findings).getByRole("button", { name: /^D3 Schaal 11 past niet bij Adviseur/ }));
    await user.click(within(screen.getByLabelText("Rij 3")).getByRole("button", { name: "Accepteren met reden" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    await user.type(within(dialog).getByRole("textbox", { hidden: true }), "Afgesproken met P&O");
    await user.click(within(dialog).getByRole("button", { name: "Accepteren", hidden: true }));
    await screen.findAllByText("Bevinding bij D3 geaccepteerd.");
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Samenvatting" })).getByText("Fouten:").nextSibling?.textContent).toBe("0"));
    expect(within(await findFindings()).getAllByRole("checkbox").map((c) => c.parentElement?.textContent)).toEqual(["Fouten (0)", "Waarschuwingen (1)", "Info (1)"]);
  });

  test("Markeringen wissen clears the marks through the port and says how many cells", async () => {
    const port = workbook(mixedRows());
    const { user } = await renderPane(port);
    await check(user);
    await user.click(screen.getByRole("button", { name: "Markeer in werkblad" }));
    await screen.findAllByText("3 bevindingen gemarkeerd in het werkblad.");
    await user.click(screen.getByRole("button", { name: "Markeringen wissen" }));
    await screen.findAllByText("Markeringen gewist: 3 cellen hersteld.");
    expect(port.callsOf("clearMarks")).toHaveLength(1);
    expect(port.marked).toEqual([]);
  });

  test.each([
    ["an Office error code", { code: "RequestPayloadSizeLimitExceeded", message: "payload" }, "Het werkblad is te groot om in één keer te verwerken."],
    ["the adapter's own message", { userMessage: { nl: "Werkblad is beveiligd.", en: "Sheet is protected." } }, "Werkblad is beveiligd."],
    ["any other error", new Error("kapot"), "Er ging iets mis: kapot"],
  ])("a failing workbook shows a clear message: %s", async (_name, error, shown) => {
    const port = workbook();
    port.failNext("readSheet", error);
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(shown);
    // The pane stays usable: the next check works.
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    await findFindings();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a long check shows its progress", async () => {
    const port = workbook();
    const release = port.hold("readSheet");
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const bar = await screen.findByRole("progressbar", { name: "Werkblad Formatie lezen…" });
    expect(bar).toBeTruthy();
    release();
    await findFindings();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("a sheet that is no formation sheet says so", async () => {
    const port = workbook([["Begroting 2026"], [1, 2, 3]]);
    const { user } = await renderPane(port);
    await check(user);
    screen.getByText(/Dit werkblad kon niet als formatie worden gelezen/);
    expect(within(await findFindings()).getByRole("heading", { level: 3 }).textContent).toBe("foutGeen kopregel gevonden (1)");
    screen.getByText("sheet/no-header");
  });
});

describe("Controle tab: a group of findings", () => {
  test("is headed by the rule's title, never by its id; the id stays, small, outside the heading", async () => {
    const port = workbook(mixedRows());
    const { user } = await renderPane(port);
    const findings = await check(user);
    const headings = within(findings).getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(["foutSchaal past niet bij de functie (1)", "waarschuwingCluster staat niet in het functieboek (1)", "infoFunctie anders gespeld dan in het functieboek (1)"]);
    for (const heading of headings) expect(heading.textContent).not.toMatch(/[a-z]+\/[a-z-]+/);
    // The id is still there for those who look it up, as a separate small line.
    const code = within(findings).getByText("scale/mismatch");
    expect(headings[0]?.contains(code)).toBe(false);
    expect(code.closest("section")).toBe(headings[0]?.closest("section"));
  });

  test("is headed in English when the pane is English", async () => {
    const port = workbook(mixedRows());
    const { user } = await renderPane(port);
    const findings = await check(user);
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    await waitFor(() => expect(within(findings).getAllByRole("heading", { level: 3 })[0]?.textContent).toBe("errorScale does not fit the function (1)"));
    within(findings).getByText("scale/mismatch");
  });
});

describe("Controle tab with many findings", () => {
  /** `count` Adviseurs with scale 11 (the book: 10): one scale/mismatch finding per row. */
  function manyWrongScales(count: number) {
    const rows = formatieRows().slice(0, 1);
    for (let i = 0; i < count; i++) rows.push(["Cluster Alles", "Adviseur", "Adviseur IV", 11, 0.1, `Medewerker ${i + 1}`]);
    return rows;
  }

  test("a group shows its first 25 findings, then more on request; the list is complete once not busy", async () => {
    const port = workbook(manyWrongScales(30));
    const { user } = await renderPane(port);
    const findings = await check(user);
    expect(findings.querySelector('[aria-busy="false"]')).not.toBeNull();
    const list = findings.querySelector<HTMLElement>("#findings-scale-mismatch");
    if (!list) throw new Error("no scale/mismatch group");
    expect(within(list).getAllByRole("button", { name: /^D\d+ / })).toHaveLength(25);
    await user.click(within(list).getByRole("button", { name: "Toon er nog 5" }));
    expect(within(list).getAllByRole("button", { name: /^D\d+ / })).toHaveLength(30);
    expect(within(list).queryByRole("button", { name: /^Toon er nog/ })).toBeNull();
  });
});
