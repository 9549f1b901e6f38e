/** @jest-environment jsdom */
/**
 * Numbers the pane shows follow its language, wherever they come from: the summary, a finding's
 * suggestion, the confirmation dialog, the notice after it, the counts of the severity filter.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../src/core/formatie/grid";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";
import { findFindings, renderPane } from "./support/render-pane";

/** E3 holds 80 where a fraction belongs: fte/out-of-range suggests 0,8 (and the row does not count until then). */
function percentRows(): CellValue[][] {
  const rows = formatieRows();
  (rows[2] as CellValue[])[3] = 10;
  (rows[2] as CellValue[])[4] = 80;
  return rows;
}

test("Dutch numbers in Dutch, English numbers in English", async () => {
  const port = new MemoryWorkbook({ Formatie: percentRows() }, { state: bookState() });
  const { user } = await renderPane(port, { language: "nl" });
  await user.click(screen.getByRole("button", { name: "Controleer" }));
  const findings = await findFindings();
  const summary = screen.getByRole("region", { name: "Samenvatting" });
  within(summary).getByText("FTE in werkblad: 2,00");
  within(summary).getByText("Verschil: 1,00 fte minder dan de formatie");
  within(findings).getByText(/FTE 80 is meer dan 1,0 voor één rij; bedoelt u 0,8 \(80 %\)\?/);
  within(findings).getByRole("checkbox", { name: "Fouten (1)" });

  await user.click(within(findings).getByRole("button", { name: "FTE 0,8 invullen" }));
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  within(dialog).getByText("Cel E3 op werkblad Formatie wordt 0,8 (nu: 80). Dit wijzigt uw werkblad.");
  await user.click(within(dialog).getByRole("button", { name: "Invullen", hidden: true }));
  await screen.findAllByText("Cel E3 is 0,8 geworden.");
  expect(port.callsOf("setCellValue")).toEqual([["Formatie", "E3", 0.8]]);

  await user.click(screen.getByRole("button", { name: "Switch to English" }));
  screen.getAllByText("Cell E3 is now 0.8.");
  await waitFor(() => screen.getByText("FTE in sheet: 2.80"));
  screen.getByText("Difference: 0.20 FTE less than the formation");
});

test("the English pane offers the suggestion the English way", async () => {
  const port = new MemoryWorkbook({ Formatie: percentRows() }, { state: bookState() });
  const { user } = await renderPane(port, { language: "en" });
  await user.click(screen.getByRole("button", { name: "Check" }));
  await screen.findByText(/FTE 80 is more than 1\.0 for one row; did you mean 0\.8 \(80%\)\?/);
  await user.click(screen.getByRole("button", { name: "Fill in FTE 0.8" }));
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  within(dialog).getByText("Cell E3 on sheet Formatie becomes 0.8 (now: 80). This changes your sheet.");
});
