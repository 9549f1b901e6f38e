/**
 * An Open Packaging Conventions package (ECMA-376 Part 2): the zip's parts, their content types and
 * their relationships, as Excel finds them — through `_rels`, whatever the parts are called or
 * where they sit, names compared without case, backslashes tolerated. Parts are read lazily and
 * only ever changed through `setPart`/`removePart`; everything else leaves the package exactly as it
 * came (the writer copies the stored bytes).
 */
import { attribute, escapeXmlAttribute } from "../xml/xml-text";
import { findElements } from "../xml/xml-scan";
import { decodeText, normalizeName, ZipArchive, type ZipEntry } from "../zip/zip-archive";
import { writeZip, type OutEntry } from "../zip/zip-writer";

export interface Relationship {
  id: string;
  /** The relationship type URI. */
  type: string;
  /** The target as written. */
  target: string;
  /** The part it points to (resolved, normalised), or undefined for an external target. */
  part: string | undefined;
  external: boolean;
}

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** The last segment of a relationship type ("…/relationships/worksheet" → "worksheet"), the same in transitional and strict OOXML. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part ("worksheets/sheet1.xml" from "xl/workbook.xml" → "xl/worksheets/sheet1.xml"). */
export function resolveTarget(source: string, target: string): string {
  let decoded = target.replace(/\\/g, "/");
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape: use the target as written.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return normalizeName(base.join("/"));
}

/** A target for a part as seen from a source part: "xl/worksheets/sheet2.xml" from "xl/workbook.xml" → "worksheets/sheet2.xml". */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common]?.toLowerCase() === to[common]?.toLowerCase()) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

type PartState = { kind: "stored"; entry: ZipEntry } | { kind: "new"; data: Uint8Array };

export class OpcPackage {
  /** Part names in the order they will be written (the original order, new parts at the end). */
  private readonly order: string[] = [];
  private readonly parts = new Map<string, PartState>();
  private readonly lower = new Map<string, string>();
  private readonly relationshipCache = new Map<string, Relationship[]>();
  private readonly textCache = new Map<string, string>();
  /** Parts read as text that began with a UTF-8 byte-order mark, or were UTF-16: written back alike (UTF-8). */
  private readonly encodings = new Map<string, "bom" | "utf16">();

  private constructor(private readonly archive: ZipArchive) {
    for (const entry of archive.entries) {
      if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue; // a folder entry
      const key = entry.name.toLowerCase();
      if (this.lower.has(key)) continue; // a duplicate name: the first one counts, as in Excel
      this.lower.set(key, entry.name);
      this.parts.set(entry.name, { kind: "stored", entry });
      this.order.push(entry.name);
    }
  }

  static fromArchive(archive: ZipArchive): OpcPackage {
    return new OpcPackage(archive);
  }

  /** The part's name as the package spells it, or undefined. */
  find(name: string): string | undefined {
    const normal = normalizeName(name);
    if (this.parts.has(normal)) return normal;
    return this.lower.get(normal.toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  partNames(): readonly string[] {
    return this.order;
  }

  /** The stored entry of a part the tool has not changed (for size checks). */
  storedEntry(name: string): ZipEntry | undefined {
    const found = this.find(name);
    const state = found ? this.parts.get(found) : undefined;
    return state?.kind === "stored" ? state.entry : undefined;
  }

  async bytes(name: string): Promise<Uint8Array | undefined> {
    const found = this.find(name);
    if (found === undefined) return undefined;
    const state = this.parts.get(found) as PartState;
    return state.kind === "new" ? state.data : this.archive.read(state.entry);
  }

  async text(name: string): Promise<string | undefined> {
    const found = this.find(name);
    if (found === undefined) return undefined;
    const cached = this.textCache.get(found);
    if (cached !== undefined) return cached;
    const bytes = await this.bytes(found);
    if (bytes === undefined) return undefined;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.encodings.set(found, "bom");
    else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) this.encodings.set(found, "utf16");
    const text = decodeText(bytes);
    // Small parts are kept as text (relationships, the workbook, content types); sheets are read once.
    if (text.length < 1_000_000) this.textCache.set(found, text);
    return text;
  }

  /** Replaces or adds a part. */
  setPart(name: string, data: string | Uint8Array): void {
    const existing = this.find(name);
    const key = existing ?? normalizeName(name);
    const bytes = typeof data === "string" ? this.encode(key, data) : data;
    this.parts.set(key, { kind: "new", data: bytes });
    this.textCache.delete(key);
    if (typeof data === "string" && data.length < 1_000_000) this.textCache.set(key, data);
    this.relationshipCache.delete(key);
    if (existing === undefined) {
      this.order.push(key);
      this.lower.set(key.toLowerCase(), key);
    }
    // A relationships part changed: forget what was read of it.
    const source = sourceOfRelationshipsPart(key);
    if (source !== undefined) this.relationshipCache.delete(source);
  }

  /**
   * Text as the part's bytes: UTF-8, with the byte-order mark the part had; a part that was UTF-16
   * becomes UTF-8 and its declaration says so.
   */
  private encode(part: string, text: string): Uint8Array {
    const encoding = this.encodings.get(part);
    if (encoding === "utf16") return new TextEncoder().encode(text.replace(/^(<\?xml[^>]*encoding=["'])utf-16(["'])/i, "$1UTF-8$2"));
    const bytes = new TextEncoder().encode(text);
    if (encoding !== "bom") return bytes;
    const out = new Uint8Array(bytes.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(bytes, 3);
    return out;
  }

  removePart(name: string): void {
    const found = this.find(name);
    if (found === undefined) return;
    this.parts.delete(found);
    this.lower.delete(found.toLowerCase());
    this.textCache.delete(found);
    this.order.splice(this.order.indexOf(found), 1);
    const source = sourceOfRelationshipsPart(found);
    if (source !== undefined) this.relationshipCache.delete(source);
  }

  /** True when the part is as it was read (not replaced, not new). */
  isOriginal(name: string): boolean {
    const found = this.find(name);
    return found !== undefined && this.parts.get(found)?.kind === "stored";
  }

  /** The relationships of a part ("" for the package's own). */
  async relationships(source: string): Promise<Relationship[]> {
    const cached = this.relationshipCache.get(source);
    if (cached) return cached;
    const xml = (await this.text(relationshipsPartOf(source))) ?? "";
    const list: Relationship[] = [];
    for (const element of findElements(xml, "Relationship")) {
      const id = attribute(element.tag, "Id") ?? "";
      const type = attribute(element.tag, "Type") ?? "";
      const target = attribute(element.tag, "Target") ?? "";
      const external = (attribute(element.tag, "TargetMode") ?? "").toLowerCase() === "external";
      const part = external || target === "" ? undefined : (this.find(resolveTarget(source, target)) ?? resolveTarget(source, target));
      list.push({ id, type, target, part, external });
    }
    this.relationshipCache.set(source, list);
    return list;
  }

  /** Adds a relationship to a part's relationships (creating the part when needed); returns its id. */
  async addRelationship(source: string, type: string, part: string): Promise<string> {
    const relsPart = relationshipsPartOf(source);
    const xml = (await this.text(relsPart)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const taken = new Set((await this.relationships(source)).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${escapeXmlAttribute(type)}" Target="${escapeXmlAttribute(relativeTarget(source, part))}"/>`;
    this.setPart(relsPart, insertBeforeClose(xml, "Relationships", element));
    return id;
  }

  /** Removes relationships by id from a part's relationships. */
  async removeRelationships(source: string, ids: ReadonlySet<string>): Promise<void> {
    const relsPart = relationshipsPartOf(source);
    const xml = await this.text(relsPart);
    if (xml === undefined || ids.size === 0) return;
    let out = xml;
    for (const element of findElements(xml, "Relationship").reverse()) {
      if (ids.has(attribute(element.tag, "Id") ?? "")) out = out.slice(0, element.start) + out.slice(element.end);
    }
    this.setPart(relsPart, out);
  }

  /** The content type of a part (its Override, else its extension's Default). */
  async contentType(name: string): Promise<string | undefined> {
    const xml = (await this.text(CONTENT_TYPES_PART)) ?? "";
    const wanted = `/${normalizeName(name)}`.toLowerCase();
    for (const element of findElements(xml, "Override")) {
      if ((attribute(element.tag, "PartName") ?? "").replace(/\\/g, "/").toLowerCase() === wanted) return attribute(element.tag, "ContentType");
    }
    const extension = wanted.slice(wanted.lastIndexOf(".") + 1);
    for (const element of findElements(xml, "Default")) {
      if ((attribute(element.tag, "Extension") ?? "").toLowerCase() === extension) return attribute(element.tag, "ContentType");
    }
    return undefined;
  }

  /** Parts declared with a content type (Overrides only), in their order. */
  async partsOfContentType(test: (contentType: string) => boolean): Promise<string[]> {
    const xml = (await this.text(CONTENT_TYPES_PART)) ?? "";
    const out: string[] = [];
    for (const element of findElements(xml, "Override")) {
      const type = attribute(element.tag, "ContentType") ?? "";
      const part = this.find(attribute(element.tag, "PartName") ?? "");
      if (part !== undefined && test(type)) out.push(part);
    }
    return out;
  }

  /** Declares a part's content type (an Override), replacing an earlier one. */
  async setContentType(name: string, contentType: string): Promise<void> {
    const xml = (await this.text(CONTENT_TYPES_PART)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
    const cleaned = withoutOverride(xml, name);
    this.setPart(CONTENT_TYPES_PART, insertBeforeClose(cleaned, "Types", `<Override PartName="/${escapeXmlAttribute(normalizeName(name))}" ContentType="${escapeXmlAttribute(contentType)}"/>`));
  }

  /** Makes sure an extension has a Default content type (for "vml" and the like). */
  async ensureDefault(extension: string, contentType: string): Promise<void> {
    const xml = (await this.text(CONTENT_TYPES_PART)) ?? "";
    if (findElements(xml, "Default").some((e) => (attribute(e.tag, "Extension") ?? "").toLowerCase() === extension.toLowerCase())) return;
    this.setPart(CONTENT_TYPES_PART, insertBeforeClose(xml, "Types", `<Default Extension="${escapeXmlAttribute(extension)}" ContentType="${escapeXmlAttribute(contentType)}"/>`));
  }

  async removeContentType(name: string): Promise<void> {
    const xml = await this.text(CONTENT_TYPES_PART);
    if (xml === undefined) return;
    const cleaned = withoutOverride(xml, name);
    if (cleaned !== xml) this.setPart(CONTENT_TYPES_PART, cleaned);
  }

  /** The package as zip bytes: unchanged parts copied as stored, changed and new parts deflated. */
  async toBytes(): Promise<Uint8Array> {
    const entries: OutEntry[] = [];
    for (const name of this.order) {
      const state = this.parts.get(name) as PartState;
      if (state.kind === "stored") entries.push({ name, stored: { entry: state.entry, raw: this.archive.raw(state.entry) } });
      else entries.push({ name, data: state.data });
    }
    return writeZip(entries);
  }

  /** A part name not yet taken: "xl/worksheets/sheet{n}.xml" with the lowest free n. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!this.has(name)) return name;
    }
  }
}

function sourceOfRelationshipsPart(name: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
  if (!match) return undefined;
  return `${match[1] ?? ""}${match[2] ?? ""}`;
}

function withoutOverride(xml: string, name: string): string {
  const wanted = `/${normalizeName(name)}`.toLowerCase();
  let out = xml;
  for (const element of findElements(xml, "Override").reverse()) {
    if ((attribute(element.tag, "PartName") ?? "").replace(/\\/g, "/").toLowerCase() === wanted) out = out.slice(0, element.start) + out.slice(element.end);
  }
  return out;
}

/**
 * Inserts markup just before the root's end tag ("</Relationships>", "</x:Relationships>"), or
 * makes a self-closing root an open one.
 */
export function insertBeforeClose(xml: string, rootLocalName: string, markup: string): string {
  let close: RegExpExecArray | undefined;
  for (const match of xml.matchAll(new RegExp(`</(?:[\\w.-]+:)?${rootLocalName}\\s*>`, "g"))) close = match;
  if (close) return xml.slice(0, close.index) + markup + xml.slice(close.index);
  const selfClosing = new RegExp(`<((?:[\\w.-]+:)?${rootLocalName})\\b([^>]*?)\\s*/>`).exec(xml);
  if (selfClosing) {
    const qname = selfClosing[1] as string;
    return `${xml.slice(0, selfClosing.index)}<${qname}${selfClosing[2] ?? ""}>${markup}</${qname}>${xml.slice(selfClosing.index + selfClosing[0].length)}`;
  }
  return xml + markup;
}
