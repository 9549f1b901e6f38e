/**
 * XML text as workbook parts hold it: entities decoded and encoded, attributes read by their local
 * name (whatever namespace prefix the producer chose: "x:" from .NET's Open XML SDK, none from
 * Excel), and OOXML's own escape for characters XML cannot hold ("_x000D_", ECMA-376 Part 1, 22.9.2.19).
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** "&lt;a&gt; &#233;" → "<a> é". Unknown entities are kept as written. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.charCodeAt(0) === 35 /* # */) {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    }
    return NAMED[entity] ?? whole;
  });
}

/**
 * The text of element content as written in the part: entities decoded, CDATA sections taken
 * literally (their content is not decoded again).
 */
export function decodeXmlContent(raw: string): string {
  if (raw.indexOf("<![CDATA[") < 0) return decodeXml(raw);
  let out = "";
  let p = 0;
  for (;;) {
    const start = raw.indexOf("<![CDATA[", p);
    if (start < 0) return out + decodeXml(raw.slice(p));
    const end = raw.indexOf("]]>", start + 9);
    out += decodeXml(raw.slice(p, start)) + raw.slice(start + 9, end < 0 ? raw.length : end);
    if (end < 0) return out;
    p = end + 3;
  }
}

/** "_x000D_" → CR; "_x005F_x000D_" stays "_x000D_" (the underscore escaped). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters XML 1.0 cannot hold (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for element content: &, < and > escaped, characters XML cannot hold replaced by U+FFFD. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** Text for a double-quoted attribute value (line breaks kept as character references). */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"\n\r\t]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "\n":
        return "&#10;";
      case "\r":
        return "&#13;";
      default:
        return "&#9;";
    }
  });
}

/** One attribute of a start tag, by its local name (the part after any prefix); decoded. */
export function attribute(tag: string, localName: string): string | undefined {
  const raw = rawAttribute(tag, localName);
  return raw === undefined ? undefined : decodeXml(raw);
}

/**
 * The raw (still escaped) value of an attribute by local name. A prefixed attribute ("r:id") is
 * found by its local name ("id") only when asked with the prefix wildcard form `*:id`; a plain
 * name never matches a prefixed one, so `id` and `r:id` stay apart. The tag is read attribute by
 * attribute from its start, so text inside another attribute's value never matches.
 */
export function rawAttribute(tag: string, localName: string): string | undefined {
  const prefixed = localName.startsWith("*:");
  const wanted = prefixed ? localName.slice(2) : localName;
  let p = tag.charCodeAt(0) === 60 /* < */ ? 1 : 0;
  while (p < tag.length && isNameChar(tag.charCodeAt(p))) p++;
  if (tag.charCodeAt(p) === 58) for (p++; p < tag.length && isNameChar(tag.charCodeAt(p)); p++);
  for (;;) {
    while (isSpace(tag.charCodeAt(p))) p++;
    const nameStart = p;
    let colon = -1;
    for (;;) {
      const code = tag.charCodeAt(p);
      if (code === 58) colon = p;
      else if (!isNameChar(code)) break;
      p++;
    }
    if (p === nameStart) return undefined;
    const local = tag.slice(colon >= 0 ? colon + 1 : nameStart, p);
    while (isSpace(tag.charCodeAt(p))) p++;
    if (tag.charCodeAt(p) !== 61 /* = */) return undefined;
    p++;
    while (isSpace(tag.charCodeAt(p))) p++;
    const quote = tag.charCodeAt(p);
    if (quote !== 34 && quote !== 39) return undefined;
    const end = tag.indexOf(quote === 34 ? '"' : "'", p + 1);
    if (end < 0) return undefined;
    if (local === wanted && (colon >= 0) === prefixed) return tag.slice(p + 1, end);
    p = end + 1;
  }
}

/** Every attribute of a start tag as [qualified name, raw value], in order. */
export function rawAttributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  const pattern = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const open = /^<\/?[\w.:-]+/.exec(tag);
  pattern.lastIndex = open ? open[0].length : 0;
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) out.push([m[1] as string, m[3] ?? m[4] ?? ""]);
  return out;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46;
}

/** The local name of a start or end tag's element ("<x:row r='1'>" → "row"), from `<` on. */
export function localNameAt(xml: string, lt: number): string {
  let p = lt + 1;
  if (xml.charCodeAt(p) === 47 /* / */) p++;
  const start = p;
  let colon = -1;
  for (;;) {
    const code = xml.charCodeAt(p);
    if (code === 58) colon = p;
    else if (!isNameChar(code)) break;
    p++;
  }
  return xml.slice(colon >= 0 ? colon + 1 : start, p);
}
