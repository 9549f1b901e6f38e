/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { languageOf } from "../../src/taskpane/i18n";
import { MESSAGES } from "../../src/taskpane/messages";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

function workbook(settings = {}) {
  return new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState(undefined, { settings }) });
}

/** The tabs are these, in this order (by accessible name). */
function expectTabs(names: string[]): void {
  const tabs = screen.getAllByRole("tab");
  expect(tabs).toHaveLength(names.length);
  names.forEach((name, i) => expect(screen.getByRole("tab", { name })).toBe(tabs[i]));
}

describe("language", () => {
  test.each([
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["NL", "nl"],
    ["nl", "nl"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["fr-nl", "en"],
    ["", "en"],
    [undefined, "en"],
  ] as const)("Office display language %p gives %p", (display, expected) => {
    expect(languageOf(display)).toBe(expected);
  });

  test("every message has Dutch and English text with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, message] of Object.entries(MESSAGES)) {
      expect([key, message.nl.trim().length > 0, message.en.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(message.nl)]).toEqual([key, placeholders(message.en)]);
    }
  });

  test("the pane is Dutch for a Dutch Office and English otherwise", async () => {
    const first = await renderPane(workbook(), { language: "nl" });
    expectTabs(["Controle", "Plaatsing", "Vergelijk", "Functieboek", "Invoerlijsten", "Kolommen"]);
    first.unmount();
    await renderPane(workbook(), { language: "en" });
    expectTabs(["Check", "Placement", "Compare", "Function book", "Entry lists", "Columns"]);
    screen.getByRole("button", { name: "Check" });
  });

  test("the language switch changes every text, findings included, and is kept in the workbook", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { language: "nl" });
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    await screen.findByText("Schaal 11 past niet bij Adviseur: het functieboek geeft schaal 10.");

    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    screen.getByText("Scale 11 does not fit Adviseur: the function book says scale 10.");
    screen.getByRole("button", { name: "Fill in Scale 10" });
    screen.getByRole("tab", { name: "Check" });
    await waitFor(() => expect(port.state?.settings?.language).toBe("en"));

    await user.click(screen.getByRole("button", { name: "Schakel naar Nederlands" }));
    screen.getByRole("button", { name: "Schaal 10 invullen" });
    await waitFor(() => expect(port.state?.settings?.language).toBe("nl"));
  });

  test("a language chosen before and kept in the workbook wins over Office's", async () => {
    await renderPane(workbook({ language: "en" }), { language: "nl" });
    screen.getByRole("tab", { name: "Check" });
  });

  test.each([
    ["nl", "Open Formatiecheck in Excel: dit taakvenster werkt op de werkmap die in Excel openstaat."],
    ["en", "Open Formatiecheck in Excel: this task pane works on the workbook open in Excel."],
  ] as const)("outside Excel the pane says to open it in Excel (%s)", async (language, text) => {
    await renderPane(undefined, { language });
    await screen.findByText(text);
    expect(screen.queryByRole("tablist")).toBeNull();
  });
});
