/**
 * Variants of a workbook for the bounds benchmark, made by editing the first worksheet's XML with
 * JSZip (an independent zip library, not the file layer under test): a list dropdown over any range
 * (a whole column, A5:J1048576, …) and many merged ranges. ExcelJS is not used for these: with a
 * whole-column validation or 50,000 merges it is itself the slow part the issue is about.
 * Elements go where the schema (ECMA-376 CT_Worksheet) puts them, so Excel opens the result.
 */
import JSZip from "jszip";

/** CT_Worksheet's elements after mergeCells and after dataValidations, in order. */
const AFTER_MERGES = ["phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
const AFTER_VALIDATIONS = AFTER_MERGES.slice(AFTER_MERGES.indexOf("dataValidations") + 1);

/** The part name of the workbook's first sheet, through the workbook's relationships. */
async function firstSheetPart(zip: JSZip): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const id = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target = id ? new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*\\bTarget="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]+)"[^>]*\\bId="${id}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error("workbook-variants: the first sheet's part was not found");
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** `xml` with `element` inserted before the first of `later` present (else before </worksheet>). */
function insertBefore(xml: string, later: readonly string[], element: string): string {
  let at = xml.lastIndexOf("</worksheet>");
  for (const name of later) {
    const found = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (found && found.index < at) at = found.index;
  }
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

async function editFirstSheet(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await firstSheetPart(zip);
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`workbook-variants: ${part} is missing`);
  if (/<\w+:worksheet\b/.test(xml)) throw new Error("workbook-variants: prefixed worksheet XML is not supported here");
  zip.file(part, edit(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The workbook with a list dropdown (`values`, comma-separated) on `sqref` of its first sheet. */
export function withListDropdown(bytes: Uint8Array, sqref: string, values: readonly string[]): Promise<Uint8Array> {
  const validation = `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sqref}"><formula1>"${values.join(",")}"</formula1></dataValidation>`;
  return editFirstSheet(bytes, (xml) => {
    const existing = /<dataValidations\b[^>]*>/.exec(xml);
    if (!existing) return insertBefore(xml, AFTER_VALIDATIONS, `<dataValidations count="1">${validation}</dataValidations>`);
    const count = Number(/count="(\d+)"/.exec(existing[0])?.[1] ?? 0) + 1;
    const end = xml.indexOf("</dataValidations>");
    return `${xml.slice(0, existing.index)}<dataValidations count="${count}">${xml.slice(existing.index + existing[0].length, end)}${validation}${xml.slice(end)}`;
  });
}

/** The workbook with the ranges `refs` ("K4:L4", …) merged on its first sheet (it has no merges yet). */
export function withMerges(bytes: Uint8Array, refs: readonly string[]): Promise<Uint8Array> {
  return editFirstSheet(bytes, (xml) => {
    if (/<mergeCells\b/.test(xml)) throw new Error("workbook-variants: the sheet already has merged cells");
    return insertBefore(xml, AFTER_MERGES, `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`);
  });
}
