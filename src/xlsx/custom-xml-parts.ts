/**
 * Custom XML parts of a .xlsx file (`customXml/itemN.xml`, with their `itemPropsN.xml`), which
 * ExcelJS neither reads nor writes. The add-in keeps its state in one (urn:formatiecheck:state, the
 * same part the Office.js adapter uses); a workbook may carry others (document management,
 * SharePoint). They are read from the original bytes and put back into the bytes ExcelJS writes,
 * so a file saved by the pane keeps them all.
 */
import JSZip from "jszip";

/** One custom XML part as raw bytes (its encoding is its own: UTF-8 or UTF-16 with a BOM). */
export interface CustomXmlPart {
  item: Uint8Array;
  /** The part's properties (`ds:datastoreItem`: its id and schema references), if it has them. */
  props?: Uint8Array;
}

const ITEM = /^customXml\/item(\d+)\.xml$/;
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";

/** The custom XML parts of a workbook's bytes, in part-number order. */
export async function readCustomXmlParts(bytes: Uint8Array): Promise<CustomXmlPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const numbered: { n: number; part: CustomXmlPart }[] = [];
  for (const name of Object.keys(zip.files)) {
    const match = ITEM.exec(name);
    const file = zip.file(name);
    if (!match || !file) continue;
    const n = Number(match[1]);
    const item = await file.async("uint8array");
    const propsFile = zip.file(await propsPath(zip, n));
    const part: CustomXmlPart = { item };
    if (propsFile) part.props = await propsFile.async("uint8array");
    numbered.push({ n, part });
  }
  return numbered.sort((a, b) => a.n - b.n).map((x) => x.part);
}

/** Where part n's properties are: as its relationships say, else the usual name. */
async function propsPath(zip: JSZip, n: number): Promise<string> {
  const rels = await zip.file(`customXml/_rels/item${n}.xml.rels`)?.async("string");
  const target = rels && new RegExp(`<Relationship\\b[^>]*Type="${escapeRegExp(CUSTOM_XML_PROPS_REL)}"[^>]*>`).exec(rels)?.[0];
  const path = target ? /\bTarget="([^"]+)"/.exec(target)?.[1] : undefined;
  return path !== undefined && /^[\w.-]+$/.test(path) ? `customXml/${path}` : `customXml/itemProps${n}.xml`;
}

/**
 * The workbook bytes with the given custom XML parts added (numbered from 1), linked from the
 * workbook and declared in the content types. `bytes` is a file without custom XML parts (as
 * ExcelJS writes it); with no parts it is returned as it is.
 */
export async function withCustomXmlParts(bytes: Uint8Array, parts: readonly CustomXmlPart[]): Promise<Uint8Array> {
  if (parts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbookRelsPath = "xl/_rels/workbook.xml.rels";
  const contentTypesPath = "[Content_Types].xml";
  let workbookRels = (await zip.file(workbookRelsPath)?.async("string")) ?? "";
  let contentTypes = (await zip.file(contentTypesPath)?.async("string")) ?? "";
  if (!workbookRels.includes("</Relationships>") || !contentTypes.includes("</Types>")) throw new Error("workbook parts missing");
  if (!/<Default\b[^>]*Extension="xml"/.test(contentTypes)) {
    contentTypes = contentTypes.replace("</Types>", '<Default Extension="xml" ContentType="application/xml"/></Types>');
  }
  const relations: string[] = [];
  const overrides: string[] = [];
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, part.item);
    relations.push(`<Relationship Id="rIdFormatiecheckXml${n}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/>`);
    if (part.props) {
      zip.file(`customXml/itemProps${n}.xml`, part.props);
      zip.file(
        `customXml/_rels/item${n}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
      );
      overrides.push(`<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/>`);
    }
  });
  workbookRels = workbookRels.replace("</Relationships>", `${relations.join("")}</Relationships>`);
  contentTypes = contentTypes.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file(workbookRelsPath, workbookRels);
  zip.file(contentTypesPath, contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** A part's text: UTF-8, or UTF-16 where it starts with a byte-order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder().decode(bytes);
}

/** The properties of a new part: a fresh item id and the namespace it holds. */
export function newPartProps(namespace: string): Uint8Array {
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="{${randomGuid()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace.replace(/[&<>"]/g, "")}"/></ds:schemaRefs></ds:datastoreItem>`;
  return new TextEncoder().encode(xml);
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
