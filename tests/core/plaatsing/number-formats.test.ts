/**
 * The Excel number format of each column type shows a number as the core's formatter writes it
 * (src/core/format through formatTableCell): 1.646,60 fte, € 3.762.249, 2.000 in Dutch; 1,646.60,
 * € 3,762,249, 2,000 in English. The formats are rendered by SheetJS's SSF, another program than
 * ours, which formats as an English Excel does; a Dutch Excel swaps the two separators.
 */
import * as XLSX from "@e965/xlsx";
import type { ColumnType } from "../../../src/core/plaatsing/data-table";
import { numberFormatOf } from "../../../src/core/plaatsing/table-output";
import { formatTableCell } from "../../../src/core/plaatsing/table-text";

/** "1,646.60" as a Dutch Excel shows it: "1.646,60". */
const dutch = (english: string) => english.replace(/[.,]/g, (c) => (c === "." ? "," : "."));

const cases: [ColumnType, boolean, number][] = [
  ["fte", false, 0.89],
  ["fte", false, 45],
  ["fte", false, 1646.6],
  ["fte", false, 16509.9],
  ["euro", false, 3762249.4],
  ["euro", false, 126431],
  ["euro", false, 0],
  ["euro", false, -93454],
  ["integer", false, 2000],
  ["integer", false, 49],
  ["integer", true, 100177],
];
// Percent columns ("17,05 %" in Dutch) are in no table yet, and SSF reads no format with a space
// before the "%": they are left out here.

describe("a column's Excel format shows what the core's formatter writes", () => {
  it.each(cases)("%s (plain: %s) %d", (type, plain, value) => {
    const column = { type, plain };
    const english = XLSX.SSF.format(numberFormatOf(column, "en") as string, value);
    const nl = dutch(XLSX.SSF.format(numberFormatOf(column, "nl") as string, value));
    expect({ en: english, nl }).toEqual({ en: formatTableCell(value, column, "en"), nl: formatTableCell(value, column, "nl") });
  });
});
