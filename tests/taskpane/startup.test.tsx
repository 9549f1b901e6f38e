/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { defaultBookLoaders } from "../../src/taskpane/services/book-service";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { renderPane } from "./support/render-pane";

describe("starting the pane", () => {
  test("a damaged book in the workbook is reported and the bundled book is used", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: { schemaVersion: 1, functieboekJson: '{"schemaVersion": 1}' } });
    await renderPane(port, { tab: "functieboek" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Het functieboek in deze werkmap laadt niet; het meegeleverde functieboek wordt gebruikt.");
    expect(alert.textContent).toContain("$.name ontbreekt");
    screen.getByRole("heading", { name: /\(meegeleverd\)$/ });
  });

  test("a workbook whose state cannot be read still opens, with the bundled book", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState() });
    port.failNext("loadState", { code: "AccessDenied", message: "denied" });
    await renderPane(port);
    expect((await screen.findByRole("alert")).textContent).toContain("Excel staat de wijziging niet toe");
    screen.getByText("Functieboek: Functieboek Gemeente Ommen");
    screen.getByRole("button", { name: "Controleer" });
  });

  test("when no book can be loaded the pane says why instead of waiting forever", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() });
    const books = { ...defaultBookLoaders, bundled: () => Promise.reject(new Error("Loading chunk functieboek failed.")) };
    await renderPane(port, { waitForTabs: false, dependencies: { books } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Er ging iets mis: Loading chunk functieboek failed.");
    expect(screen.queryByText("Formatiecheck wordt gestart…")).toBeNull();
    expect(screen.queryByRole("tablist")).toBeNull();
  });
});
