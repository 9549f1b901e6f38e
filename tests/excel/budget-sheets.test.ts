/**
 * The Formatiebudget sheets in Excel (issue 16), through the Office.js adapter on the Excel fake:
 * the raming and the Uitgangspunten at the top, each line merged across the table and as high as
 * its wrapped text, and the A4 print setup of the core's print layout — the same as the file
 * writer, so the add-in's budget prints like the CLI's. (A failure at any command of a write —
 * the merges and row heights among them — is tests/excel/fault-injection.test.ts's "write tables".)
 */
import { buildBudgetTables } from "../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import { layoutTable } from "../../src/core/print/table-layout";
import { MIN_PRINT_SCALE } from "../../src/core/print/print-page";
import { analyse, book, person } from "../core/plaatsing/placement-sheet";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

const options = { functieboekName: book.name, date: "2026-11-30", sourceSheet: "Formatie" };
const RAMING = "Let op: raming op basis van de cao-verhogingen sinds 01-07-2020; laad de officiële salaristabel voor exacte bedragen.";

function budgetTables() {
  const plaatsing = analyse([person("Adviseur", "Ans", 1, { trede: 3 }), person("Adviseur", "Bert", 0.8, { trede: "abc" }), person("Beheerder", "Cor", 1)], { step: true });
  return buildBudgetTables(plaatsing, { salaryTable: bundledSalaryTable(), today: "2026-11-30", year: 2027 });
}

/** Excel's default row height in points: rows the layout leaves at it are not set. */
const DEFAULT_ROW_HEIGHT = 15;

describe("the Formatiebudget sheets in Excel", () => {
  test("say raming first, then the Uitgangspunten, each line merged across the table and tall enough, on A4", async () => {
    fixture = officeFixture();
    const { perFunction, perCluster } = budgetTables();
    await fixture.workbook.writeTables([perFunction, perCluster], options);
    for (const table of [perFunction, perCluster]) {
      const sheet = fixture.fake.workbook.sheet(table.name);
      if (!sheet) throw new Error(`no sheet ${table.name}`);
      const layout = layoutTable(table, { ...options, language: "nl" });
      const last = table.columns.length;
      expect(sheet.valueAt(1, 1)).toBe(table.title);
      expect(sheet.valueAt(3, 1)).toBe(RAMING);
      for (const line of [...layout.lines, ...layout.footnotes]) {
        expect({ row: line.row, value: sheet.valueAt(line.row, 1) }).toEqual({ row: line.row, value: line.text });
        expect(sheet.merges).toContainEqual({ top: line.row, bottom: line.row, left: 1, right: last });
        expect({ row: line.row, height: sheet.rowHeights.get(line.row) ?? DEFAULT_ROW_HEIGHT }).toEqual({ row: line.row, height: line.height });
      }
      expect(sheet.cell(3, 1)?.wrapText).toBe(true);
      expect(layout.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      expect(sheet.pageLayout).toMatchObject({
        paperSize: "A4",
        orientation: layout.landscape ? "Landscape" : "Portrait",
        zoom: layout.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: layout.onePage ? 1 : 0 } : { scale: Math.round(layout.scale * 100) },
        printArea: `A1:${String.fromCharCode(64 + last)}${layout.lastRow}`,
        headersFooters: expect.objectContaining({ leftFooter: "30-11-2026" }),
      });
    }
    const budget = fixture.fake.workbook.sheet("Formatiebudget");
    const texts = [...(budget?.cells.values() ?? [])].map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["Uitgangspunten", "Begrotingsjaar: 2027. Berekend op 30-11-2026.", "1× eigen trede, 1× maximum"]));
  });
});
