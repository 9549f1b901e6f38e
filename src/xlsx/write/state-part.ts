/**
 * The add-in's own state in a file: the custom XML part (urn:formatiecheck:state) the Office.js
 * adapter keeps too (src/core/stored-state.ts), so a file checked in the browser opens in Excel
 * with the same functieboek and settings, and the other way round. The part is found through the
 * workbook's relationships; it is replaced in place, or added with its properties part. The file's
 * other custom XML parts (document management, SharePoint) are never touched.
 */
import { STATE_NAMESPACE } from "../../core/stored-state";
import { decodeText } from "../zip/zip-archive";
import { CONTENT_TYPES, type EditableWorkbook } from "./editable-workbook";

export function isStateXml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(?:[\w.-]+:)?formatiecheck\b[^>]*xmlns(?::[\w.-]+)?=["']urn:formatiecheck:state["']/.test(head);
}

/** The part that holds the state, if the file has one. */
export async function findStatePart(workbook: EditableWorkbook): Promise<string | undefined> {
  for (const { part } of await workbook.customXmlParts()) {
    const bytes = await workbook.pkg.bytes(part);
    if (bytes && isStateXml(decodeText(bytes.subarray(0, 8192)))) return part;
  }
  return undefined;
}

export async function readStateXml(workbook: EditableWorkbook): Promise<string | undefined> {
  const part = await findStatePart(workbook);
  return part === undefined ? undefined : workbook.pkg.text(part);
}

/** Writes the state's XML: into its part where there is one, else into a new part with properties. */
export async function writeStateXml(workbook: EditableWorkbook, xml: string): Promise<void> {
  const existing = await findStatePart(workbook);
  if (existing !== undefined) {
    workbook.pkg.setPart(existing, xml);
    return;
  }
  const item = workbook.pkg.freeName((n) => `customXml/item${n}.xml`);
  const number = /item(\d+)\.xml$/.exec(item)?.[1] ?? "1";
  const props = workbook.pkg.freeName((n) => (n === 1 ? `customXml/itemProps${number}.xml` : `customXml/itemProps${number}_${n}.xml`));
  workbook.pkg.setPart(item, xml);
  await workbook.pkg.ensureDefault("xml", "application/xml");
  workbook.pkg.setPart(props, propsXml());
  await workbook.pkg.setContentType(props, CONTENT_TYPES.customXmlProps);
  await workbook.pkg.addRelationship(item, `${workbook.structure.relationshipNamespace}/customXmlProps`, props);
  await workbook.pkg.addRelationship(workbook.structure.workbookPart, `${workbook.structure.relationshipNamespace}/customXml`, item);
}

function propsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="{${randomGuid()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/** A random GUID; crypto.getRandomValues also works on plain HTTP, where randomUUID does not exist. */
function randomGuid(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
