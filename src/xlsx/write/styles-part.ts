/**
 * The styles part (`xl/styles.xml`) as the tool changes it: cell formats (`cellXfs`) are only ever
 * added, never changed or removed, so every cell keeps the format it has. A marked cell gets a copy
 * of its own format with the mark's fill; the tool's own sheets get formats of their own (bold,
 * number formats, wrapping, a top border). The rest of the part — the user's formats, named
 * styles, dxfs for conditional formats, table styles, colours, extensions — stays as it was.
 */
import { attribute, escapeXmlAttribute, rawAttribute } from "../xml/xml-text";
import { findElement, findElements, rootElement } from "../xml/xml-scan";

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** A format for the tool's own cells. */
export interface OwnStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  underline?: boolean;
  /** Solid fill, RRGGBB. */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  vertical?: "top" | "center" | "bottom";
  horizontal?: "left" | "right" | "center";
  indent?: number;
  topBorder?: boolean;
}

/** The sections of the part the tool appends to, in schema order. */
const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] as const;
type Section = (typeof SECTIONS)[number];
const ITEM: Record<Section, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" };

export class StylesPart {
  private readonly items = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  private readonly prefix: string;
  private readonly markedCache = new Map<string, number>();
  private readonly ownCache = new Map<string, number>();
  private readonly fillIndex = new Map<string, number>();
  private nextNumFmt = 164;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.prefix = root?.prefix ? `${root.prefix}:` : "";
    for (const section of SECTIONS) {
      const element = findElement(xml, section);
      const list = element && !element.selfClosing ? findElements(xml, ITEM[section], element.innerStart, element.innerEnd).map((e) => xml.slice(e.start, e.end)) : [];
      this.items.set(section, list);
      this.added.set(section, []);
    }
    for (const numFmt of this.items.get("numFmts") ?? []) {
      const id = Number(attribute(numFmt, "numFmtId"));
      if (Number.isInteger(id) && id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
    (this.items.get("fills") ?? []).forEach((fill, i) => {
      if (!this.fillIndex.has(normalizeFill(fill))) this.fillIndex.set(normalizeFill(fill), i);
    });
  }

  get changed(): boolean {
    return SECTIONS.some((s) => (this.added.get(s) ?? []).length > 0);
  }

  cellFormatCount(): number {
    return this.all("cellXfs").length;
  }

  /** The `xf` element of a cell format index (index 0 when out of range, as Excel reads it). */
  cellFormat(index: number): string | undefined {
    const list = this.all("cellXfs");
    return list[index] ?? list[0];
  }

  /** The fill element a cell format shows ("" when it has none or it is out of range). */
  fillOf(index: number): string {
    const xf = this.cellFormat(index);
    if (xf === undefined) return "";
    const fillId = Number(attribute(xf, "fillId") ?? "0");
    return this.all("fills")[fillId] ?? "";
  }

  /** The cell format of `index` with `fill` instead of its own; made once per pair. */
  withFill(index: number, fill: string): number {
    const key = `${index}\u0000${fill}`;
    const cached = this.markedCache.get(key);
    if (cached !== undefined) return cached;
    const xf = this.cellFormat(index) ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const fillId = this.fill(fill);
    const made = this.addCellFormat(setAttributes(xf, { fillId: String(fillId), applyFill: "1" }));
    this.markedCache.set(key, made);
    return made;
  }

  /** The cell format of `index` with no fill at all (fill 0, as Excel's own formats have it); made once per format. */
  withoutFill(index: number): number {
    const xf = this.cellFormat(index);
    if (xf === undefined) return 0;
    if ((attribute(xf, "fillId") ?? "0") === "0") return index;
    const key = `${index}\u0000none`;
    const cached = this.markedCache.get(key);
    if (cached !== undefined) return cached;
    const made = this.addCellFormat(setAttributes(xf, { fillId: "0" }).replace(/\sapplyFill\s*=\s*("[^"]*"|'[^']*')/, ""));
    this.markedCache.set(key, made);
    return made;
  }

  /** A solid fill element in this part's namespace prefix: `<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/>…`. */
  solidFill(argb: string): string {
    const p = this.prefix;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeXmlAttribute(argb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** A cell format for the tool's own cells. */
  own(style: OwnStyle): number {
    const key = JSON.stringify(style);
    const cached = this.ownCache.get(key);
    if (cached !== undefined) return cached;
    const p = this.prefix;
    const font =
      style.bold || style.italic || style.size !== undefined || style.color !== undefined || style.underline
        ? this.add(
            "fonts",
            `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.italic ? `<${p}i/>` : ""}${style.underline ? `<${p}u/>` : ""}<${p}sz val="${style.size ?? 11}"/>${style.color ? `<${p}color rgb="FF${style.color}"/>` : ""}<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
          )
        : 0;
    const fill = style.fill ? this.fill(this.solidFill(`FF${style.fill}`)) : 0;
    const border = style.topBorder ? this.add("borders", `<${p}border><${p}left/><${p}right/><${p}top style="thin"><${p}color auto="1"/></${p}top><${p}bottom/><${p}diagonal/></${p}border>`) : 0;
    const numFmt = style.numFmt !== undefined ? this.numFmt(style.numFmt) : 0;
    const alignment =
      style.wrap || style.vertical || style.horizontal || style.indent
        ? `<${p}alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}${style.vertical ? ` vertical="${style.vertical}"` : ""}${style.wrap ? ' wrapText="1"' : ""}${style.indent ? ` indent="${style.indent}"` : ""}/>`
        : "";
    const attributes = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
    const index = this.addCellFormat(alignment ? `<${p}xf ${attributes}>${alignment}</${p}xf>` : `<${p}xf ${attributes}/>`);
    this.ownCache.set(key, index);
    return index;
  }

  /** The part with what was added. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let out = this.xml;
    // From the last section to the first, so earlier offsets stay valid.
    for (const section of [...SECTIONS].reverse()) {
      const extra = this.added.get(section) ?? [];
      if (extra.length === 0) continue;
      const element = findElement(out, section);
      const count = this.all(section).length;
      if (element) {
        const openTag = setAttributes(element.tag.replace(/\s*\/>$/, ">"), { count: String(count) });
        const inner = element.selfClosing ? "" : out.slice(element.innerStart, element.innerEnd);
        const closeTag = `</${this.prefix}${section}>`;
        out = out.slice(0, element.start) + openTag + inner + extra.join("") + closeTag + out.slice(element.end);
      } else {
        out = insertSection(out, section, `<${this.prefix}${section} count="${count}">${extra.join("")}</${this.prefix}${section}>`, this.prefix);
      }
    }
    return out;
  }

  private all(section: Section): string[] {
    return [...(this.items.get(section) ?? []), ...(this.added.get(section) ?? [])];
  }

  private add(section: Section, item: string): number {
    const list = this.added.get(section) as string[];
    list.push(item);
    return (this.items.get(section) as string[]).length + list.length - 1;
  }

  private addCellFormat(xf: string): number {
    return this.add("cellXfs", xf);
  }

  private fill(fill: string): number {
    const key = normalizeFill(fill);
    const known = this.fillIndex.get(key);
    if (known !== undefined) return known;
    const index = this.add("fills", fill);
    this.fillIndex.set(key, index);
    return index;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    for (const numFmt of this.all("numFmts")) if (attribute(numFmt, "formatCode") === code) return Number(attribute(numFmt, "numFmtId"));
    const id = this.nextNumFmt++;
    this.add("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    return id;
  }
}

const BUILT_IN_FORMATS = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
]);

/** A fill compared without prefixes and white space. */
function normalizeFill(fill: string): string {
  return fill.replace(/<(\/?)[\w.-]+:/g, "<$1").replace(/\s+/g, " ").replace(/\s*(\/?>)/g, "$1");
}

/** A start tag with attributes set (replaced where present, else added before the end). */
export function setAttributes(tagOrElement: string, values: Record<string, string>): string {
  const gt = findTagEnd(tagOrElement);
  let tag = tagOrElement.slice(0, gt + 1);
  const rest = tagOrElement.slice(gt + 1);
  for (const [name, value] of Object.entries(values)) {
    const escaped = escapeXmlAttribute(value);
    if (rawAttribute(tag, name) !== undefined) {
      tag = tag.replace(new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`), `$1"${escaped}"`);
    } else {
      const selfClosing = tag.endsWith("/>");
      tag = `${tag.slice(0, selfClosing ? -2 : -1).replace(/\s+$/, "")} ${name}="${escaped}"${selfClosing ? "/>" : ">"}`;
    }
  }
  return tag + rest;
}

function findTagEnd(xml: string): number {
  let quote = 0;
  for (let p = 1; p < xml.length; p++) {
    const code = xml.charCodeAt(p);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return p;
  }
  return xml.length - 1;
}

/** Inserts a missing section where the schema wants it (before the first later section present). */
function insertSection(xml: string, section: Section, markup: string, prefix: string): string {
  const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
  for (const later of order.slice(order.indexOf(section) + 1)) {
    const element = findElement(xml, later);
    if (element) return xml.slice(0, element.start) + markup + xml.slice(element.start);
  }
  const close = xml.lastIndexOf(`</${prefix}styleSheet`);
  return close >= 0 ? xml.slice(0, close) + markup + xml.slice(close) : xml;
}
