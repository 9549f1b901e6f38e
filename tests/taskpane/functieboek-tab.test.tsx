/** @jest-environment jsdom */
import "./support/text-codec";
import { screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { WORKBOOK_ACCEPT } from "../../src/taskpane/services/workbook-file-types";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows, testBook } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

function workbook(book = testBook()) {
  return new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState(book) });
}

/** The text of what follows a heading in a details section. */
function sectionText(details: HTMLElement, heading: string): string | null | undefined {
  return within(details).getByRole("heading", { name: heading }).nextElementSibling?.textContent;
}

function jsonFile(name: string, content: unknown): File {
  return new File([typeof content === "string" ? content : JSON.stringify(content)], name, { type: "application/json" });
}

const importInput = () => screen.getByLabelText("Functieboek importeren (JSON)", { selector: "input" });
const workbookInput = (label = "Uit een .xlsx-bestand") => screen.getByLabelText(label, { selector: "input" });

const MB = 1024 * 1024;

/** The Heerdenveld book workbook of examples/, as picked; `size` stands in for a larger file (the picker is refused by size alone). */
function heerdenveldFile(size?: number): File {
  const file = new File([readFileSync(path.join(__dirname, "../../examples/functieboek-heerdenveld.xlsx"))], "functieboek-heerdenveld.xlsx");
  if (size !== undefined) Object.defineProperty(file, "size", { value: size });
  return file;
}

describe("Functieboek tab", () => {
  test("lists the functions with normfunctie, scale and formation, and shows a function's details", async () => {
    const { user } = await renderPane(workbook(), { tab: "functieboek" });
    screen.getByRole("heading", { name: "Functieboek Gemeente Voorbeeld (uit deze werkmap)" });
    const list = screen.getByRole("region", { name: "Functies (2)" });
    const adviseur = within(list).getByRole("button", { name: /Adviseur.*Adviseur IV · schaal 10 · 2,00 fte/ });
    within(list).getByRole("button", { name: /Ondersteuner.*schaal 6 · 1,00 fte/ });

    await user.click(adviseur);
    expect(adviseur.getAttribute("aria-pressed")).toBe("true");
    const details = screen.getByRole("region", { name: "Adviseur" });
    within(details).getByText("Beleid / Advies");
    expect(sectionText(details, "Kenmerken")).toBe("adviseert");
    expect(sectionText(details, "Competenties")).toBe("Samenwerken, niveau C (samenwerken)Werkt samen.");
    expect(sectionText(details, "Resultaatgebieden")).toBe("Adviesadviseert");
    expect(sectionText(details, "Minimum opleiding")).toBe("HBO");
  });

  test("the pickers offer JSON for a book file and every workbook format the file layer reads for a book workbook", async () => {
    await renderPane(workbook(), { tab: "functieboek" });
    expect(importInput().getAttribute("accept")).toBe(".json,application/json");
    expect(screen.getByLabelText("Uit een .xlsx-bestand", { selector: "input" }).getAttribute("accept")).toBe(WORKBOOK_ACCEPT);
    expect(WORKBOOK_ACCEPT.split(",")).toEqual(expect.arrayContaining([".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]));
  });

  test("the search narrows the list of functions", async () => {
    const { user } = await renderPane(workbook(), { tab: "functieboek" });
    await user.type(screen.getByRole("searchbox", { name: "Zoek functie" }), "ondersteun");
    const list = screen.getByRole("region", { name: "Functies (2)" });
    expect(within(list).getAllByRole("button").map((b) => b.textContent?.split("Medewerker")[0])).toEqual(["Ondersteuner"]);
  });

  test.each([
    ["a book with a wrong value", { ...testBook(), functions: [{ title: "Jurist", normfunctie: "Adviseur IV", scale: "tien", formationFte: 1, characteristics: [] }] }, "$.functions[0].scale", "$.functions[0].scale moet een getal zijn, maar is tekst."],
    ["a file that is no JSON", "{ functieboek: ", "$", "Het functieboek is geen geldige JSON"],
  ])("importing %s shows its problems and keeps the book in use", async (_name, content, path, text) => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.upload(importInput(), jsonFile("nieuw.json", content));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("nieuw.json is niet geladen; het huidige functieboek blijft in gebruik.");
    within(alert).getByText(path, { selector: "code" });
    expect(alert.textContent).toContain(text);
    screen.getByRole("heading", { name: "Functieboek Gemeente Voorbeeld (uit deze werkmap)" });
    expect(port.callsOf("saveState")).toEqual([]);
  });

  test("importing a good book replaces the old one and keeps it in the workbook", async () => {
    const port = workbook();
    const other = { ...testBook(), name: "Functieboek Gemeente Anders", functions: [...testBook().functions, { title: "Jurist", normfunctie: "Adviseur IV", scale: 11, formationFte: null, characteristics: [] }] };
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.upload(importInput(), jsonFile("anders.json", other));
    await screen.findAllByText("Functieboek Functieboek Gemeente Anders geladen en in de werkmap bewaard.");
    screen.getByRole("heading", { name: "Functieboek Gemeente Anders (geïmporteerd)" });
    screen.getByRole("region", { name: "Functies (3)" });
    expect(port.state?.functieboekJson).toBe(JSON.stringify(other));
  });

  test("a failed import followed by a good one clears the problems", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.upload(importInput(), jsonFile("kapot.json", "[]"));
    await screen.findByRole("alert");
    await user.upload(importInput(), jsonFile("goed.json", { ...testBook(), name: "Goed boek" }));
    await screen.findByRole("heading", { name: "Goed boek (geïmporteerd)" });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("export downloads the current book as JSON", async () => {
    const { user, download } = await renderPane(workbook(), { tab: "functieboek" });
    await user.click(screen.getByRole("button", { name: "Functieboek exporteren" }));
    expect(download).toHaveBeenCalledTimes(1);
    const [file, text] = download.mock.calls[0] as [string, string];
    expect(file).toBe("functieboek-gemeente-voorbeeld.json");
    expect(JSON.parse(text).name).toBe("Functieboek Gemeente Voorbeeld");
    // A toast, in the next task (Fluent reads it out through a live region too).
    expect((await screen.findAllByText("Functieboek opgeslagen als functieboek-gemeente-voorbeeld.json.")).length).toBeGreaterThan(0);
  });

  test("the bundled book is used again on request and the workbook forgets its own", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.click(screen.getByRole("button", { name: "Meegeleverd functieboek gebruiken" }));
    await screen.findByRole("heading", { name: /\(meegeleverd\)$/ });
    expect(port.state?.functieboekJson).toBeUndefined();
  });

  test("shows the book's self-check findings", async () => {
    const { user } = await renderPane(workbook({ ...testBook(), formationTotalFte: 5 }), { tab: "functieboek" });
    const summary = screen.getByText(/^Zelfcontrole van het functieboek \(\d+\)$/);
    await user.click(summary);
    const details = summary.closest("details") as HTMLElement;
    within(details).getByText("$.formationTotalFte");
    within(details).getByText(/De formatie van de functies telt op tot 3,00 fte, maar het functieboek noemt als totaal 5,00 fte\./);
  });

  test("selecting a row in the sheet shows that row's function", async () => {
    const port = workbook();
    await renderPane(port, { tab: "functieboek" });
    await waitFor(() => expect(port.selectionListeners()).toBe(1));
    port.userSelects("Formatie", 4);
    await screen.findByText("Rij 4 van Formatie: Ondersteuner");
    screen.getByRole("region", { name: "Ondersteuner" });
    expect(port.callsOf("readRange")).toContainEqual(["Formatie", "B4:C4"]);

    port.userEdits("Formatie", "B2", "Astronaut");
    port.userEdits("Formatie", "C2", "Ruimtevaarder I");
    port.userSelects("Formatie", 2);
    await screen.findByText("Rij 2 van Formatie: Astronaut staat niet in het functieboek.");
  });

  test("leaving the tab stops following the selection", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek" });
    await waitFor(() => expect(port.selectionListeners()).toBe(1));
    await user.click(screen.getByRole("tab", { name: "Controle" }));
    await waitFor(() => expect(port.selectionListeners()).toBe(0));
  });
});

describe("Functieboek tab: a functieboek kept in Excel (issue 15)", () => {
  test.each([
    ["its real size", undefined],
    ["20 MB: a workbook's limit is file mode's 50 MB, not the JSON files' 10 MB", 20 * MB],
  ])("Uit een .xlsx-bestand reads the book of another workbook file (%s)", async (_name, size) => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.upload(workbookInput(), heerdenveldFile(size));
    await screen.findByRole("heading", { name: "Functieboek Gemeente Heerdenveld (geïmporteerd)" });
    expect(JSON.parse(port.state?.functieboekJson ?? "{}").name).toBe("Functieboek Gemeente Heerdenveld");
  });

  test.each([
    ["nl", "Uit een .xlsx-bestand", "functieboek-heerdenveld.xlsx is te groot (60 MB; de grens is 50 MB). Er is niets veranderd."],
    ["en", "From an .xlsx file", "functieboek-heerdenveld.xlsx is too large (60 MB; the limit is 50 MB). Nothing was changed."],
  ] as const)("a workbook file above 50 MB is refused unread, saying so in the pane's language (%s)", async (language, label, shown) => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek", language });
    await user.upload(workbookInput(label), heerdenveldFile(60 * MB));
    expect((await screen.findByRole("alert")).textContent).toContain(shown);
    screen.getByRole("heading", { name: /^Functieboek Gemeente Voorbeeld/ });
    expect(port.callsOf("saveState")).toEqual([]);
  });

  test("Sjabloon invoegen adds the template sheets; Uit werkblad reads the book from them and keeps it", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.click(screen.getByRole("button", { name: "Sjabloon invoegen" }));
    await screen.findByText(/^Sjabloon ingevoegd: werkbladen Uitleg, Functies, Normfuncties, Conversietabel, Clusters, Beleid\./);
    expect([...port.sheets.keys()]).toEqual(["Formatie", "Uitleg", "Functies", "Normfuncties", "Conversietabel", "Clusters", "Beleid"]);
    await user.click(screen.getByRole("button", { name: "Uit werkblad" }));
    await screen.findByText(/^Functieboek Gemeente Voorbeeld gelezen uit de werkbladen en in de werkmap bewaard; zelfcontrole:/);
    screen.getByRole("heading", { name: "Functieboek Gemeente Voorbeeld (geïmporteerd)" });
    expect(JSON.parse(port.state?.functieboekJson ?? "{}")).toMatchObject({ name: "Functieboek Gemeente Voorbeeld", functions: [{ title: "Adviseur", scale: 10 }, { title: "Ondersteuner", scale: 6 }] });
  });

  test("Uit werkblad on a bad book lists every problem with its sheet and cell, and keeps the book in use", async () => {
    const port = new MemoryWorkbook(
      {
        Formatie: formatieRows(),
        Functies: [["Functie", "Normfunctie", "Schaal"], ["Adviseur", "Adviseur IV", "elf"], ["Jurist", "Adviseur IV", "12-11"]],
        Normfuncties: [["Naam", "Functiereeks", "Functiegroep"], ["Adviseur IV", "Beleid", "Advies"]],
      },
      { state: bookState() },
    );
    const { user } = await renderPane(port, { tab: "functieboek" });
    await user.click(screen.getByRole("button", { name: "Uit werkblad" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Het functieboek op de werkbladen van deze werkmap is niet geladen");
    expect(within(alert).getAllByRole("listitem").map((li) => li.textContent?.trim())).toEqual([
      "Werkblad 'Beleid' ontbreekt; een functieboek in Excel heeft de werkbladen Functies, Normfuncties en Beleid.",
      "Functies!C2: schaal 'elf' is geen getal en geen bereik zoals 9-10.",
      "Functies!C3: schaal '12-11' loopt van hoog naar laag; schrijf '11-12'.",
    ]);
    screen.getByRole("heading", { name: "Functieboek Gemeente Voorbeeld (uit deze werkmap)" });
    expect(port.callsOf("saveState")).toEqual([]);
  });
});
