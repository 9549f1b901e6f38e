/**
 * A fill element of the styles part as the state sheet stores it: JSON in ExcelJS's shape, which
 * the Office.js adapter reads (`{"type":"pattern","pattern":"solid","fgColor":{"argb":"FFFFC7CE"}}`,
 * theme colours as `{"theme":4,"tint":0.4}`), plus the element itself under "xml", so a file is
 * restored to exactly its own fill (gradients included). "null" is no fill.
 */
import { attribute } from "../xml/xml-text";
import { findElement } from "../xml/xml-scan";

interface StoredColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

function colorOf(xml: string, name: string): StoredColor | undefined {
  const element = findElement(xml, name);
  if (!element) return undefined;
  const color: StoredColor = {};
  const rgb = attribute(element.tag, "rgb");
  const theme = attribute(element.tag, "theme");
  const tint = attribute(element.tag, "tint");
  const indexed = attribute(element.tag, "indexed");
  if (rgb !== undefined) color.argb = rgb.length === 6 ? `FF${rgb.toUpperCase()}` : rgb.toUpperCase();
  if (theme !== undefined) color.theme = Number(theme);
  if (tint !== undefined && Number(tint) !== 0) color.tint = Number(tint);
  if (indexed !== undefined) color.indexed = Number(indexed);
  return color;
}

export function fillJson(fillXml: string): string {
  if (fillXml === "") return "null";
  if (findElement(fillXml, "gradientFill")) return JSON.stringify({ type: "gradient", xml: fillXml });
  const pattern = findElement(fillXml, "patternFill");
  const type = pattern ? (attribute(pattern.tag, "patternType") ?? (findElement(fillXml, "fgColor") ? "solid" : "none")) : "none";
  if (type === "none") return "null";
  const fill: Record<string, unknown> = { type: "pattern", pattern: type };
  const fg = colorOf(fillXml, "fgColor");
  const bg = colorOf(fillXml, "bgColor");
  if (fg) fill.fgColor = fg;
  if (bg && type !== "solid") fill.bgColor = bg;
  fill.xml = fillXml;
  return JSON.stringify(fill);
}

/** The fill element to restore from stored JSON: its own "xml", or one built from the ExcelJS shape (Excel's rows); "" for none; undefined when unreadable. */
export function fillXmlFromJson(json: string, prefix: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const p = prefix;
  if (parsed === null) return `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
  if (typeof parsed !== "object") return undefined;
  const fill = parsed as { type?: string; pattern?: string; fgColor?: StoredColor; bgColor?: StoredColor; xml?: unknown };
  if (typeof fill.xml === "string" && /^<([\w.-]+:)?fill\b/.test(fill.xml)) return fill.xml;
  if (fill.type !== "pattern" || typeof fill.pattern !== "string") return undefined;
  const color = (name: string, c: StoredColor | undefined) => {
    if (!c) return "";
    const attributes = [
      c.argb !== undefined ? `rgb="${String(c.argb).replace(/[^0-9A-Fa-f]/g, "")}"` : "",
      c.theme !== undefined ? `theme="${Number(c.theme)}"` : "",
      c.tint !== undefined ? `tint="${Number(c.tint)}"` : "",
      c.indexed !== undefined ? `indexed="${Number(c.indexed)}"` : "",
    ].filter((a) => a !== "");
    return attributes.length > 0 ? `<${p}${name} ${attributes.join(" ")}/>` : "";
  };
  return `<${p}fill><${p}patternFill patternType="${fill.pattern.replace(/[^A-Za-z0-9]/g, "")}">${color("fgColor", fill.fgColor)}${color("bgColor", fill.bgColor)}</${p}patternFill></${p}fill>`;
}

/** True when a fill element is a solid fill of the given ARGB colour (the tool's mark). */
export function isSolidFill(fillXml: string, argb: string): boolean {
  const pattern = findElement(fillXml, "patternFill");
  if (!pattern || attribute(pattern.tag, "patternType") !== "solid") return false;
  const fg = colorOf(fillXml, "fgColor");
  return fg?.argb !== undefined && fg.argb.slice(-6).toUpperCase() === argb.slice(-6).toUpperCase();
}
