/**
 * The Office.js adapter on the recording Excel fake: installs the fake as the `Excel` and `Office`
 * globals for one test and gives an `OfficeWorkbook` that talks to it.
 */
import { OfficeWorkbook, type OfficeWorkbookOptions } from "../../src/excel/office-workbook";
import { createExcelFake, type ExcelFake, type ExcelFakeOptions } from "./excel-fake";

export interface OfficeFixture {
  fake: ExcelFake;
  workbook: OfficeWorkbook;
  /** Opens the same workbook again, as after saving it: a new fake, a new adapter. */
  reopen(options?: OfficeWorkbookOptions): OfficeFixture;
  uninstall(): void;
}

export function officeFixture(options: ExcelFakeOptions = {}, adapter: OfficeWorkbookOptions = { language: "nl" }): OfficeFixture {
  return fixtureOf(createExcelFake(options), adapter);
}

function fixtureOf(fake: ExcelFake, adapter: OfficeWorkbookOptions): OfficeFixture {
  const uninstall = fake.install();
  const fixture: OfficeFixture = {
    fake,
    workbook: new OfficeWorkbook(adapter),
    reopen(more = adapter) {
      uninstall();
      return fixtureOf(fake.reopen(), more);
    },
    uninstall,
  };
  return fixture;
}
