/**
 * The shared string table (`sst`): one string per `si`, its text the `t` elements directly in it or
 * in its rich-text runs (`r`), never the phonetic hints (`rPh`) of East Asian text. Entities and
 * OOXML's `_xHHHH_` escapes are decoded.
 */
import { decodeOoxmlEscapes, decodeXmlContent } from "../xml/xml-text";
import { END, START, scanTags } from "../xml/xml-scan";

export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let textStart = -1;
  let parts: string[] = [];
  scanTags(xml, 0, xml.length, (name, kind, lt, gt) => {
    if (name === "t") {
      if (kind === START) textStart = gt + 1;
      else if (kind === END && textStart >= 0) {
        if (inItem && phonetic === 0) parts.push(xml.slice(textStart, lt));
        textStart = -1;
      }
    } else if (name === "si") {
      if (kind === START) {
        inItem = true;
        parts = [];
      } else {
        // An empty <si/> is an empty string; an end tag closes the item.
        strings.push(kind === END ? decodeOoxmlEscapes(decodeXmlContent(parts.length === 1 ? (parts[0] as string) : parts.join(""))) : "");
        inItem = false;
      }
    } else if (name === "rPh") {
      if (kind === START) phonetic++;
      else if (kind === END) phonetic = Math.max(0, phonetic - 1);
    }
  });
  return strings;
}
