/**
 * Sheets the user owns from the moment they are written — the functieboek template — in a file:
 * each laid out by the core for A4 (src/core/print/table-layout.ts), written as an Excel table
 * whose text is inline strings (never a formula), with list dropdowns (data validation) and its
 * print titles and area. Unlike the generated tables they are not recorded as the tool's own, so
 * the tool never replaces or removes them. A name already in the workbook stops the whole insert.
 */
import { columnLetter } from "../../core/formatie/grid";
import { dropdownValidations, templateConflict, type TemplateSheet } from "../../core/functieboek/workbook/book-template";
import { uniqueTableName } from "../../core/plaatsing/table-output";
import { layoutTable, type LayoutContext } from "../../core/print/table-layout";
import { quoteSheetName } from "../../core/range-addresses";
import { WorkbookInputError } from "../read/input-errors";
import { escapeXmlAttribute, escapeXmlText } from "../xml/xml-text";
import { CONTENT_TYPES, type EditableWorkbook } from "./editable-workbook";
import { insertSheetElement } from "./sheet-elements";
import { buildTableSheet } from "./table-sheet";

export async function addTemplateSheets(workbook: EditableWorkbook, sheets: readonly TemplateSheet[], context: LayoutContext): Promise<string[]> {
  const conflict = templateConflict(workbook.structure.sheets.map((s) => s.name), sheets);
  if (conflict) throw new WorkbookInputError(conflict, "sheet-exists");
  const added: string[] = [];
  for (const sheet of sheets) {
    const layout = layoutTable(sheet.table, context);
    const built = buildTableSheet(layout, await workbook.styles());
    const validations = dropdownValidations(sheet, layout.firstDataRow).map(
      (d) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="${d.strict ? "stop" : "warning"}" errorTitle="${escapeXmlAttribute(d.title)}" error="${escapeXmlAttribute(d.message)}" sqref="${d.range}"><formula1>${escapeXmlText(`"${d.list}"`)}</formula1></dataValidation>`,
    );
    const { index } = await workbook.addSheet(sheet.table.name, "visible", async (part) => {
      const { names, maxId } = await workbook.takenTableNames();
      const tableName = uniqueTableName(sheet.table.name, names);
      const tablePart = workbook.pkg.freeName((n) => `xl/tables/table${n}.xml`);
      const id = await workbook.addPart(part, tablePart, built.tablePart(maxId + 1, tableName), "table", CONTENT_TYPES.table);
      const xml = built.xml(id);
      return validations.length === 0 ? xml : insertSheetElement(xml, "dataValidations", `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
    });
    const quoted = quoteSheetName(sheet.table.name);
    await workbook.setDefinedName("_xlnm.Print_Titles", `${quoted}!$${layout.headerRow}:$${layout.headerRow}`, index);
    await workbook.setDefinedName("_xlnm.Print_Area", `${quoted}!$A$1:$${columnLetter(layout.lastCol)}$${layout.lastRow}`, index);
    added.push(sheet.table.name);
  }
  workbook.flush();
  return added;
}
