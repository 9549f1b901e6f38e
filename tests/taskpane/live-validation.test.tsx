/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { findFindings, renderPane } from "./support/render-pane";

function workbook(options: { events?: boolean } = {}) {
  return new MemoryWorkbook({ Formatie: formatieRows(), Notities: [["vrij"]] }, { state: bookState(), ...options });
}

describe("live checking", () => {
  test("re-checks after a change, re-reading only the changed rows", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }));
    const findings = await findFindings();
    within(findings).getByText("Schaal past niet bij de functie (1)");
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));

    port.userEdits("Formatie", "D3", 10);
    await screen.findByText("Geen bevindingen: het werkblad klopt met het functieboek.");
    expect(port.callsOf("readSheet")).toHaveLength(1);
    expect(port.callsOf("readRange")).toEqual([["Formatie", "A3:F3"]]);

    port.userEdits("Formatie", "E4", 1.5);
    await screen.findByText("FTE of uren buiten de grenzen (1)");
    expect(port.callsOf("readSheet")).toHaveLength(1);
    expect(port.callsOf("readRange")).toEqual([
      ["Formatie", "A3:F3"],
      ["Formatie", "A4:F4"],
    ]);
  });

  test("changes in quick succession are read together once", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { dependencies: { liveDebounceMs: 80 } });
    await user.click(screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }));
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    port.userEdits("Formatie", "D3", 10);
    port.userEdits("Formatie", "E3", 0.8);
    port.userEdits("Formatie", "E4", 0.5);
    await waitFor(() => expect(port.callsOf("readRange")).toEqual([["Formatie", "A3:F4"]]));
  });

  test("a re-read Excel refuses while the user types in a cell is tried again quietly: no error bar", async () => {
    const port = workbook();
    const { user } = await renderPane(port, { dependencies: { backgroundRetryMs: 20 } });
    await user.click(screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }));
    await findFindings();
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    port.failNext("readRange", { code: "InvalidOperationInCellEditMode", message: "The operation is not available while Excel is in cell-edit mode." });
    port.userEdits("Formatie", "D3", 10);
    await screen.findByText("Geen bevindingen: het werkblad klopt met het functieboek.");
    expect(port.callsOf("readRange")).toEqual([
      ["Formatie", "A3:F3"],
      ["Formatie", "A3:F3"],
    ]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a change in the header row reads the whole sheet again", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }));
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    port.userEdits("Formatie", "D1", "Salarisschaal");
    await waitFor(() => expect(port.callsOf("readSheet")).toHaveLength(2));
    expect(port.callsOf("readRange")).toEqual([]);
  });

  test("turning live off removes the listener and later changes are ignored", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    const toggle = screen.getByRole("switch", { name: "Live controleren bij wijzigingen" });
    await user.click(toggle);
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    await user.click(toggle);
    await waitFor(() => expect(port.listeners("Formatie")).toBe(0));
    expect(port.callsOf("unsubscribeSheetChanged")).toEqual([["Formatie"]]);
    await waitFor(() => expect(port.state?.settings?.liveValidation).toBe(false));
    port.userEdits("Formatie", "D3", 10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(port.callsOf("readRange")).toEqual([]);
    screen.getByText("Schaal past niet bij de functie (1)");
  });

  test("closing the pane (unmount) removes the listeners", async () => {
    const port = workbook();
    const { user, unmount } = await renderPane(port);
    await user.click(screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }));
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    unmount();
    await waitFor(() => expect(port.listeners("Formatie")).toBe(0));
  });

  test("closing the pane during a check leaves no listener behind", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState(undefined, { settings: { liveValidation: true } }) });
    const release = port.hold("readSheet");
    const { unmount } = await renderPane(port);
    await waitFor(() => expect(port.callsOf("readSheet")).toHaveLength(1));
    unmount();
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(port.callsOf("onSheetChanged")).toEqual([]);
    expect(port.listeners("Formatie")).toBe(0);
  });

  test("choosing another sheet moves the listener to that sheet", async () => {
    const port = workbook();
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }));
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    await user.selectOptions(screen.getByRole("combobox", { name: "Werkblad" }), "Notities");
    await waitFor(() => expect(port.listeners("Notities")).toBe(1));
    expect(port.listeners("Formatie")).toBe(0);
  });

  test("the setting is remembered in the workbook and live starts on opening", async () => {
    const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState(undefined, { settings: { liveValidation: true } }) });
    await renderPane(port);
    await findFindings();
    await waitFor(() => expect(port.listeners("Formatie")).toBe(1));
    expect((screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }) as HTMLInputElement).checked).toBe(true);
  });

  test("without change events (a file) live checking is unavailable", async () => {
    const port = workbook({ events: false });
    await renderPane(port);
    expect((screen.getByRole("switch", { name: "Live controleren bij wijzigingen" }) as HTMLInputElement).disabled).toBe(true);
    screen.getByText("Live controleren kan alleen in een werkmap die in Excel openstaat.");
  });
});
