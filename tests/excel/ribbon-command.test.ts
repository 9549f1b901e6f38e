/** @jest-environment jsdom */
/**
 * The ribbon button "Controleer formatie": registered with Office.actions.associate, checks the
 * active sheet with the workbook's own functieboek (else the bundled one), marks the findings,
 * and always completes its event.
 */
import { bookOf } from "../../src/commands/check-active-sheet";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { SEVERITY_FILL } from "../../src/core/marking";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

async function runCommand(f: OfficeFixture): Promise<{ completed: number }> {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  const action = f.fake.actions.get("controleerFormatie");
  if (!action) throw new Error("controleerFormatie was not associated");
  const event = { completed: 0 };
  await action({ completed: () => void event.completed++ });
  return event;
}

function seed(f: OfficeFixture): void {
  f.fake.seed("Formatie", "A1", [
    ["Functie", "HR21-normfunctie", "Schaal", "FTE"],
    ["Functie die niet bestaat", "", 8, 1],
  ]);
  f.fake.workbook.activeSheetId = f.fake.workbook.sheet("Formatie")?.id ?? "";
}

test("checks and marks the active sheet, then completes", async () => {
  fixture = officeFixture();
  seed(fixture);
  const event = await runCommand(fixture);
  expect(event.completed).toBe(1);
  const fill = fixture.fake.workbook.sheet("Formatie")?.fillAt(2, 1);
  expect(Object.values(SEVERITY_FILL).map((c) => `#${c}`)).toContain(fill?.color);
});

test("when the check fails, a dialog says why in Dutch (and English), and the event completes once it is closed", async () => {
  fixture = officeFixture();
  seed(fixture);
  fixture.fake.user.protectSheet("Formatie");
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  const action = fixture.fake.actions.get("controleerFormatie");
  if (!action) throw new Error("controleerFormatie was not associated");
  const event = { completed: 0 };
  const running = Promise.resolve(action({ completed: () => void event.completed++ }));
  for (let i = 0; i < 200 && fixture.fake.dialogs.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  const [dialog] = fixture.fake.dialogs;
  if (!dialog) throw new Error("no dialog");
  const shown = new URL(dialog.url, "https://localhost:3000/");
  expect(shown.pathname).toBe("/notice.html");
  expect(shown.searchParams.get("nl")).toBe(
    "Controleer formatie is niet gelukt. Het werkblad 'Formatie' is beveiligd; hef de beveiliging op via Controleren → Beveiliging opheffen en probeer het opnieuw. Er is niets gewijzigd.",
  );
  expect(shown.searchParams.get("en")).toMatch(/^Check formation did not succeed\. The sheet 'Formatie' is protected/);
  expect(event.completed).toBe(0);
  dialog.message("close");
  await running;
  expect(dialog.closed).toBe(true);
  expect(event.completed).toBe(1);
  error.mockRestore();
});

test("completes its event also when no dialog can be shown", async () => {
  fixture = officeFixture();
  seed(fixture);
  fixture.fake.Excel.run = () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" }));
  (fixture.fake.Office.context as { ui: unknown }).ui = {
    displayDialogAsync: (_url: string, _options: unknown, callback: (result: unknown) => void) => callback({ status: "failed", error: { code: 12007 } }),
  };
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const event = await runCommand(fixture);
  expect(event.completed).toBe(1);
  expect(error).toHaveBeenCalled();
  error.mockRestore();
});

describe("bookOf", () => {
  test.each([
    ["no state", undefined, "bundled"],
    ["a book that does not load", { schemaVersion: 1 as const, functieboekJson: "{}" }, "bundled"],
    ["the workbook's own book", { schemaVersion: 1 as const, functieboekJson: JSON.stringify({ ...bundledFunctieboek(), name: "Eigen boek" }) }, "Eigen boek"],
  ])("%s", (_, state, expected) => {
    const book = bookOf(state);
    expect(expected === "bundled" ? book === bundledFunctieboek() : book.name === expected).toBe(true);
  });
});
