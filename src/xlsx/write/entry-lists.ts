/**
 * "Invoerlijsten" in a file: dropdowns (list data validation) on a formation sheet's columns, their
 * values on the very-hidden sheet "Formatiecheck_lijsten" in the layout the Office.js adapter uses —
 * one column per list: the formation sheet's name, the range the dropdown is on, then the values —
 * so lists made in a file can be removed in Excel and back. The tool's dropdowns are the ones whose
 * source is that sheet; the user's own validations elsewhere stay as they are.
 */
import type { CellValue } from "../../core/formatie/grid";
import type { Language } from "../../core/localized";
import { absoluteReference, parseAreas, parseRect, rectAddress, type Rect } from "../../core/range-addresses";
import type { EntryList } from "../../core/workbook-port";
import { attribute, escapeXmlAttribute, escapeXmlText } from "../xml/xml-text";
import { findElement, findElements, innerText } from "../xml/xml-scan";
import type { EditableWorkbook } from "./editable-workbook";
import { ownSheetXml } from "./own-sheet-xml";
import { readStatus, writeStatus } from "./own-sheets";
import { insertSheetElement, sheetPrefix } from "./sheet-elements";

export const LISTS_SHEET = "Formatiecheck_lijsten";

interface ListColumn {
  sheet: string;
  range: string;
  values: string[];
}

function text(value: CellValue | undefined): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

async function readListColumns(workbook: EditableWorkbook): Promise<ListColumn[]> {
  const grid = await workbook.grid(LISTS_SHEET);
  if (!grid) return [];
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const columns: ListColumn[] = [];
  for (let c = 0; c < width; c++) {
    const values = grid.rows.map((row) => text(row[c]));
    const [name, range, ...rest] = values;
    if (name && range) columns.push({ sheet: name, range, values: rest.filter((v) => v !== "") });
  }
  return columns;
}

/** Replaces the lists of `sheet` with `lists` (none: removes them); lists of other sheets stay. */
export async function setEntryLists(workbook: EditableWorkbook, sheet: string, lists: readonly EntryList[], language: Language): Promise<void> {
  const target = workbook.sheet(sheet);
  if (!target || target.part === undefined) return;
  const columns = await readListColumns(workbook);
  const kept = columns.filter((c) => c.sheet !== target.name);
  const added: ListColumn[] = lists
    .filter((list) => list.values.length > 0)
    .map((list) => ({ sheet: target.name, range: rectAddress({ top: list.firstRow, bottom: list.lastRow, left: list.column, right: list.column }), values: list.values }));
  const all = [...kept, ...added];

  // Every sheet that had or gets a list has its dropdowns pointed at the lists sheet again.
  const touched = new Set([...columns.map((c) => c.sheet), target.name]);
  for (const name of touched) {
    const entry = workbook.sheet(name);
    if (!entry || entry.part === undefined) continue;
    const xml = (await workbook.pkg.text(entry.part)) ?? "";
    const mine = all.map((c, i) => ({ column: c, index: i })).filter((x) => x.column.sheet === entry.name);
    const next = withValidations(xml, mine.map((x) => ({ range: x.column.range, source: absoluteReference(LISTS_SHEET, { top: 3, bottom: 2 + x.column.values.length, left: x.index + 1, right: x.index + 1 }) })), language);
    if (next !== xml) workbook.pkg.setPart(entry.part, next);
  }

  const status = await readStatus(workbook);
  const created = status.createdSheets.filter((n) => n !== LISTS_SHEET);
  if (all.length > 0) {
    const height = Math.max(...all.map((c) => c.values.length + 2));
    const rows = Array.from({ length: height }, (_, r) => ({
      index: r + 1,
      cells: all.map((c) => {
        const value = [c.sheet, c.range, ...c.values][r];
        return value === undefined ? undefined : { value };
      }),
    }));
    const build = async () => ownSheetXml({ plain: true, rows });
    if (workbook.sheet(LISTS_SHEET)) await workbook.rewriteSheet(LISTS_SHEET, build);
    else await workbook.addSheet(LISTS_SHEET, "veryHidden", build);
    created.push(LISTS_SHEET);
  } else if (workbook.sheet(LISTS_SHEET)) await workbook.removeSheet(LISTS_SHEET);
  await writeStatus(workbook, { cells: status.cells, createdSheets: created });
}

/**
 * The sheet with the tool's dropdowns replaced by `lists`: every validation whose source is the lists
 * sheet goes, and so does every other validation lying wholly inside a new list's range (it would
 * overlap, which Excel does not allow).
 */
function withValidations(xml: string, lists: readonly { range: string; source: string }[], language: Language): string {
  const p = sheetPrefix(xml);
  const rects = lists.map((l) => parseRect(l.range)).filter((r): r is Rect => r !== undefined);
  const container = findElement(xml, "dataValidations");
  const keep: string[] = [];
  if (container && !container.selfClosing) {
    for (const element of findElements(xml, "dataValidation", container.innerStart, container.innerEnd)) {
      const formula = findElement(xml, "formula1", element.innerStart, element.innerEnd);
      const source = formula ? innerText(xml, formula) : "";
      if (source.includes(LISTS_SHEET)) continue;
      const areas = parseAreas(attribute(element.tag, "sqref") ?? "");
      if (areas.length > 0 && areas.every((a) => rects.some((r) => a.top >= r.top && a.bottom <= r.bottom && a.left >= r.left && a.right <= r.right))) continue;
      keep.push(xml.slice(element.start, element.end));
    }
  }
  const error = language === "nl" ? "Kies een waarde uit de lijst van het functieboek." : "Choose a value from the function book's list.";
  const ours = lists.map(
    (l) =>
      `<${p}dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Formatiecheck" error="${escapeXmlAttribute(error)}" sqref="${l.range}"><${p}formula1>${escapeXmlText(l.source.replace(/^=/, ""))}</${p}formula1></${p}dataValidation>`,
  );
  const all = [...keep, ...ours];
  const before = container ? xml.slice(0, container.start) : xml;
  const after = container ? xml.slice(container.end) : "";
  if (!container) {
    if (all.length === 0) return xml;
    return insertSheetElement(xml, "dataValidations", `<${p}dataValidations count="${all.length}">${all.join("")}</${p}dataValidations>`);
  }
  if (all.length === 0) return before + after;
  if (ours.length === 0 && keep.length === findElements(xml, "dataValidation", container.innerStart, container.innerEnd).length) return xml;
  const open = container.tag.replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, "").replace(/\s*\/?>$/, "");
  return `${before}${open} count="${all.length}">${all.join("")}</${p}dataValidations>${after}`;
}
