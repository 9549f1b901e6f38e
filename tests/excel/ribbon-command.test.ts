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

test("completes its event also when the check fails", async () => {
  fixture = officeFixture();
  seed(fixture);
  fixture.fake.workbook.parts.push({ id: "x", xml: "<formatiecheck" });
  fixture.fake.Excel.run = () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" }));
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
