/**
 * A small, tolerant XML scanner for workbook parts. It finds elements by local name whatever their
 * namespace prefix, skips comments, CDATA and processing instructions, and never builds a tree: a
 * part is read once, front to back, and only the elements asked for are looked at. Parts are
 * well-formed XML in practice; where one is not, the scanner stops at what it cannot read instead
 * of throwing.
 */
import { localNameAt } from "./xml-text";

export interface XmlElement {
  /** Local name ("row" for "<x:row …>"). */
  name: string;
  /** The start tag, from "<" to ">" inclusive. */
  tag: string;
  /** Index of the start tag's "<". */
  start: number;
  /** Index just after the start tag's ">". */
  innerStart: number;
  /** Index of the end tag's "<" (equal to innerStart when self-closing). */
  innerEnd: number;
  /** Index just after the element (after its end tag's ">"). */
  end: number;
  selfClosing: boolean;
}

/** The index of the ">" that ends the tag starting at `lt` (quoted ">" inside values skipped), or -1. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let p = lt + 1; p < xml.length; p++) {
    const code = xml.charCodeAt(p);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return p;
  }
  return -1;
}

/**
 * Skips a comment, CDATA section, processing instruction or declaration starting at `lt`;
 * returns the index after it, or `lt` when there is none at `lt`.
 */
export function skipSpecial(xml: string, lt: number): number {
  const next = xml.charCodeAt(lt + 1);
  if (next === 63 /* ? */) {
    const end = xml.indexOf("?>", lt + 2);
    return end < 0 ? xml.length : end + 2;
  }
  if (next === 33 /* ! */) {
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      return end < 0 ? xml.length : end + 3;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      return end < 0 ? xml.length : end + 3;
    }
    const end = tagEnd(xml, lt);
    return end < 0 ? xml.length : end + 1;
  }
  return lt;
}

/** The index just after the end tag that closes the element whose start tag ends at `innerStart`. */
function closeOf(xml: string, name: string, innerStart: number, limit: number): { innerEnd: number; end: number } | undefined {
  let depth = 1;
  let p = innerStart;
  while (p < limit) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= limit) return undefined;
    const skipped = skipSpecial(xml, lt);
    if (skipped !== lt) {
      p = skipped;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return undefined;
    const closing = xml.charCodeAt(lt + 1) === 47;
    if (localNameAt(xml, lt) === name) {
      if (closing) {
        depth--;
        if (depth === 0) return { innerEnd: lt, end: gt + 1 };
      } else if (xml.charCodeAt(gt - 1) !== 47) depth++;
    }
    p = gt + 1;
  }
  return undefined;
}

/**
 * Every element named `name` (local name) between `from` and `to`, outermost only: an element of
 * that name inside another is part of the outer one. `deep` false (default) still finds elements
 * at any depth; it only means nested matches are not reported separately.
 */
export function findElements(xml: string, name: string | ReadonlySet<string>, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const wanted = typeof name === "string" ? (n: string) => n === name : (n: string) => name.has(n);
  let p = from;
  while (p < to) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= to) break;
    const skipped = skipSpecial(xml, lt);
    if (skipped !== lt) {
      p = skipped;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) break;
    if (xml.charCodeAt(lt + 1) === 47) {
      p = gt + 1;
      continue;
    }
    const local = localNameAt(xml, lt);
    if (!wanted(local)) {
      p = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const tag = xml.slice(lt, gt + 1);
    if (selfClosing) {
      out.push({ name: local, tag, start: lt, innerStart: gt + 1, innerEnd: gt + 1, end: gt + 1, selfClosing });
      p = gt + 1;
      continue;
    }
    const close = closeOf(xml, local, gt + 1, to);
    if (!close) {
      // No end tag: take the rest as its content.
      out.push({ name: local, tag, start: lt, innerStart: gt + 1, innerEnd: to, end: to, selfClosing: false });
      break;
    }
    out.push({ name: local, tag, start: lt, innerStart: gt + 1, innerEnd: close.innerEnd, end: close.end, selfClosing: false });
    p = close.end;
  }
  return out;
}

/** The first element named `name`, or undefined. */
export function findElement(xml: string, name: string, from = 0, to = xml.length): XmlElement | undefined {
  const wanted = name;
  let p = from;
  while (p < to) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= to) return undefined;
    const skipped = skipSpecial(xml, lt);
    if (skipped !== lt) {
      p = skipped;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return undefined;
    if (xml.charCodeAt(lt + 1) !== 47 && localNameAt(xml, lt) === wanted) return findElements(xml, name, lt, to)[0];
    p = gt + 1;
  }
  return undefined;
}

/** Direct text of an element's content with child tags removed (for <t>, <v>, <f>). */
export function innerText(xml: string, element: XmlElement): string {
  const inner = xml.slice(element.innerStart, element.innerEnd);
  if (inner.indexOf("<") < 0) return inner;
  // CDATA kept as text, other markup dropped.
  return inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<[^>]*>/g, (_, cdata: string | undefined) => (cdata !== undefined ? cdata.replace(/&/g, "&amp;").replace(/</g, "&lt;") : ""));
}

/** The root element's start tag and its namespace prefix ("x" for "<x:worksheet …>", "" for none). */
export function rootElement(xml: string): { tag: string; prefix: string; name: string; start: number; innerStart: number } | undefined {
  let p = 0;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0) return undefined;
    const skipped = skipSpecial(xml, lt);
    if (skipped !== lt) {
      p = skipped;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return undefined;
    const tag = xml.slice(lt, gt + 1);
    const qname = /^<([\w.:-]+)/.exec(tag)?.[1] ?? "";
    const colon = qname.indexOf(":");
    return { tag, prefix: colon >= 0 ? qname.slice(0, colon) : "", name: colon >= 0 ? qname.slice(colon + 1) : qname, start: lt, innerStart: gt + 1 };
  }
}

export const START = 0;
export const END = 1;
export const EMPTY = 2;
export type TagKind = typeof START | typeof END | typeof EMPTY;

/**
 * Visits every tag between `from` and `to`, front to back: its local name, kind (start, end, empty)
 * and where it is (`lt` at "<", `gt` at ">"). Comments, CDATA and processing instructions are
 * skipped (text inside CDATA is not visited: workbook parts do not use it for values). Returning
 * `false` from the visitor stops the scan; the return value is where it stopped.
 */
export function scanTags(xml: string, from: number, to: number, visit: (name: string, kind: TagKind, lt: number, gt: number) => boolean | void): number {
  let p = from;
  while (p < to) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= to) return to;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      p = skipSpecial(xml, lt);
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) return to;
    const name = localNameAt(xml, lt);
    const kind: TagKind = next === 47 ? END : xml.charCodeAt(gt - 1) === 47 ? EMPTY : START;
    if (visit(name, kind, lt, gt) === false) return lt;
    p = gt + 1;
  }
  return to;
}
