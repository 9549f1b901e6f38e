/**
 * Looking inside written workbooks with an independent zip reader (JSZip), as a test sees what a
 * user's Excel would get: every part's bytes, and a way to give a test file extra custom XML parts.
 */
import JSZip from "jszip";

export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file) parts.set(name, await file.async("uint8array"));
  }
  return parts;
}

export async function partText(bytes: Uint8Array, name: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(bytes)).file(name)?.async("string");
}

/** The workbook bytes with custom XML parts added (numbered from 1), as document systems add them. */
export async function withCustomXml(bytes: Uint8Array, parts: readonly { item: string; props?: string }[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  if (!/Extension="xml"/.test(types)) types = types.replace("</Types>", '<Default Extension="xml" ContentType="application/xml"/></Types>');
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, part.item);
    rels = rels.replace("</Relationships>", `<Relationship Id="rIdTestXml${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${n}.xml"/></Relationships>`);
    if (part.props) {
      zip.file(`customXml/itemProps${n}.xml`, part.props);
      zip.file(`customXml/_rels/item${n}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`);
      types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`);
    }
  });
  zip.file("xl/_rels/workbook.xml.rels", rels);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export function propsXml(namespace: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-4333-8444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`;
}
