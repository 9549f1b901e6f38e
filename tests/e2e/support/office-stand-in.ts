/**
 * Browser entry (bundled by esbuild, injected before the page's own scripts): installs the recording
 * Excel fake of the adapter tests (tests/support/excel-fake) as `window.Office` / `window.Excel`,
 * holding the workbook described by `window.formatiecheckSeed`, and leaves the fake on
 * `window.formatiecheckFake` for the test to look into.
 */
import { createExcelFake, FakeWorkbook, type ExcelFake, type FakeFill, type FakeValue } from "../../support/excel-fake";

export interface StandInSeed {
  sheets: { name: string; cells: { row: number; col: number; value?: FakeValue; fill?: FakeFill }[] }[];
  displayLanguage: string;
}

declare global {
  interface Window {
    formatiecheckSeed?: StandInSeed;
    formatiecheckFake?: ExcelFake;
  }
}

const seed = window.formatiecheckSeed;
if (seed) {
  const workbook = new FakeWorkbook();
  for (const sheet of seed.sheets) {
    const target = workbook.addSheet(sheet.name);
    for (const cell of sheet.cells) {
      const fake = target.ensure(cell.row, cell.col);
      if (cell.value !== undefined) fake.value = cell.value;
      if (cell.fill) fake.fill = { ...cell.fill };
    }
  }
  const fake = createExcelFake({ workbook, displayLanguage: seed.displayLanguage });
  fake.install(window as unknown as Record<string, unknown>);
  window.formatiecheckFake = fake;
}
