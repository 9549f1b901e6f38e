/**
 * Adding and removing whole elements of a worksheet part (a legacy drawing for notes, data
 * validations for entry lists) at the place the schema gives them (ECMA-376 Part 1, 18.3.1.99
 * CT_Worksheet), so Excel accepts the part; the rest of the part is left as it was.
 */
import { findElement, rootElement } from "../xml/xml-scan";
import { REL_NS } from "../read/workbook-structure";

const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios",
  "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
];

/** The sheet part's namespace prefix with its colon ("" or "x:"). */
export function sheetPrefix(xml: string): string {
  const root = rootElement(xml);
  return root?.prefix ? `${root.prefix}:` : "";
}

/** An `r:id` attribute for the sheet: the root's own prefix for the relationships namespace, else one declared on the element. */
export function relationshipAttribute(xml: string, id: string, namespace = REL_NS): string {
  const root = rootElement(xml);
  for (const match of (root?.tag ?? "").matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) if (match[2] === namespace) return `${match[1]}:id="${id}"`;
  return `fcr:id="${id}" xmlns:fcr="${namespace}"`;
}

/** Inserts `markup` (an element named `name`) where the schema wants it. */
export function insertSheetElement(xml: string, name: string, markup: string): string {
  const position = WORKSHEET_ORDER.indexOf(name);
  for (const later of WORKSHEET_ORDER.slice(position + 1)) {
    const element = findElement(xml, later);
    if (element) return xml.slice(0, element.start) + markup + xml.slice(element.start);
  }
  const root = rootElement(xml);
  const close = root ? xml.lastIndexOf(`</${sheetPrefix(xml)}${root.name}`) : -1;
  return close >= 0 ? xml.slice(0, close) + markup + xml.slice(close) : xml;
}

/** Removes the first element named `name`; the XML is returned unchanged when there is none. */
export function removeSheetElement(xml: string, name: string): string {
  const element = findElement(xml, name);
  return element ? xml.slice(0, element.start) + xml.slice(element.end) : xml;
}
