/**
 * A cell's own fill, as Office.js reads and sets it (`format.fill.color`, `.pattern`,
 * `.patternColor`, `.tintAndShade`, ExcelApi 1.9), and as the state sheet stores it: JSON in the
 * shape the ExcelJS adapter writes (`{"type":"pattern","pattern":"solid","fgColor":{"argb":"FFFFC7CE"}}`,
 * `null` for no fill), so marks made by the CLI can be cleared in Excel and the other way round.
 *
 * A theme colour lighter or darker than itself (Office.js: `color` plus `tintAndShade`) is stored
 * as ExcelJS stores a tinted colour, with a `tint` next to the colour: `fgColor: {argb, tint}` for
 * a solid fill, `bgColor: {argb, tint}` for a pattern's background — the ExcelJS `Color` shape
 * (`argb`, `theme`, `tint`), which the CLI writes back as OOXML `<fgColor rgb="…" tint="…"/>`.
 */
export type FillPattern = Excel.FillPattern | `${Excel.FillPattern}`;

export interface OfficeFill {
  /** "#RRGGBB": the cell colour (for a patterned fill, the background). */
  color: string;
  /** "None" is no fill at all (not the same as a white fill). */
  pattern: FillPattern;
  /** The colour of a hatch pattern, where there is one. */
  patternColor?: string;
  /** Lighter/darker than `color` (-1…1), for theme colours taken over from a file. */
  tintAndShade?: number;
}

/** The fill JSON the ExcelJS adapter stores (a subset of ExcelJS's `Fill`). */
interface StoredColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}
interface StoredFill {
  type?: string;
  pattern?: string;
  fgColor?: StoredColor;
  bgColor?: StoredColor;
}

/** OOXML pattern names (as ExcelJS uses them) ↔ Office.js `FillPattern`. */
const PATTERNS: readonly (readonly [string, FillPattern])[] = [
  ["solid", "Solid"],
  ["mediumGray", "Gray50"],
  ["darkGray", "Gray75"],
  ["lightGray", "Gray25"],
  ["darkHorizontal", "Horizontal"],
  ["darkVertical", "Vertical"],
  ["darkDown", "Down"],
  ["darkUp", "Up"],
  ["darkGrid", "Checker"],
  ["darkTrellis", "SemiGray75"],
  ["lightHorizontal", "LightHorizontal"],
  ["lightVertical", "LightVertical"],
  ["lightDown", "LightDown"],
  ["lightUp", "LightUp"],
  ["lightGrid", "Grid"],
  ["lightTrellis", "CrissCross"],
  ["gray125", "Gray16"],
  ["gray0625", "Gray8"],
];
const TO_OFFICE = new Map(PATTERNS.map(([ooxml, office]) => [ooxml, office]));
const TO_OOXML = new Map(PATTERNS.map(([ooxml, office]) => [office as string, ooxml]));

/** The default Office theme (2013 and later), for theme colours in fills written by other tools. */
const THEME = ["#FFFFFF", "#000000", "#E7E6E6", "#44546A", "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export function hasFill(fill: OfficeFill | null | undefined): fill is OfficeFill {
  return fill !== null && fill !== undefined && fill.pattern !== "None";
}

function hex(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(color.trim());
  return match ? (match[1] as string).toUpperCase() : undefined;
}

/**
 * A fill as read from Office.js, normalised (upper-case colours; no pattern colour where it means
 * nothing; a tint only where there is one). Undefined when the answer is not one fill: a range
 * whose cells differ answers null for what differs.
 */
export function normalizeFill(fill: { color?: string | null; pattern?: string | null; patternColor?: string | null; tintAndShade?: number | null }): OfficeFill | undefined {
  const pattern = (fill.pattern ?? undefined) as FillPattern | undefined;
  const color = hex(fill.color ?? undefined);
  if (pattern === undefined || color === undefined || fill.tintAndShade === null) return undefined;
  if (pattern === "None") return { color: "#FFFFFF", pattern: "None" };
  const normal: OfficeFill = { color: `#${color}`, pattern };
  const patternColor = hex(fill.patternColor ?? undefined);
  if (pattern !== "Solid" && patternColor !== undefined) normal.patternColor = `#${patternColor}`;
  if (typeof fill.tintAndShade === "number" && fill.tintAndShade !== 0) normal.tintAndShade = fill.tintAndShade;
  return normal;
}

/** The JSON text stored for a cell's own fill ("null": no fill). */
export function storedFillJson(fill: OfficeFill): string {
  if (!hasFill(fill)) return "null";
  const rgb = (color: string, tint?: number) => ({ argb: `FF${color.slice(1).toUpperCase()}`, ...(tint !== undefined && tint !== 0 ? { tint } : {}) });
  if (fill.pattern === "Solid") return JSON.stringify({ type: "pattern", pattern: "solid", fgColor: rgb(fill.color, fill.tintAndShade) });
  const ooxml = TO_OOXML.get(fill.pattern);
  if (ooxml === undefined) return JSON.stringify({ type: "gradient" });
  return JSON.stringify({ type: "pattern", pattern: ooxml, fgColor: rgb(fill.patternColor ?? "#000000"), bgColor: rgb(fill.color, fill.tintAndShade) });
}

function colorOf(stored: StoredColor | undefined): { color: string; tint?: number } | undefined {
  if (!stored) return undefined;
  const tint = typeof stored.tint === "number" && stored.tint !== 0 && stored.tint >= -1 && stored.tint <= 1 ? { tint: stored.tint } : {};
  if (typeof stored.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(stored.argb)) return { color: `#${stored.argb.slice(2).toUpperCase()}`, ...tint };
  if (typeof stored.theme === "number" && THEME[stored.theme] !== undefined) return { color: THEME[stored.theme] as string, ...tint };
  return undefined;
}

/**
 * The fill to restore from stored JSON: a fill, `null` for "no fill", or `undefined` when it
 * cannot be set through Office.js (a gradient, a legacy palette colour, damaged JSON).
 */
export function fillFromStoredJson(json: string): OfficeFill | null | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (parsed === null) return null;
  if (typeof parsed !== "object") return undefined;
  const fill = parsed as StoredFill;
  if (fill.type !== "pattern") return undefined;
  if (fill.pattern === undefined || fill.pattern === "none") return null;
  const pattern = TO_OFFICE.get(fill.pattern);
  if (pattern === undefined) return undefined;
  if (pattern === "Solid") {
    const color = colorOf(fill.fgColor);
    if (!color) return undefined;
    return { color: color.color, pattern, ...(color.tint !== undefined ? { tintAndShade: color.tint } : {}) };
  }
  const background = colorOf(fill.bgColor) ?? { color: "#FFFFFF" };
  const foreground = colorOf(fill.fgColor) ?? { color: "#000000" };
  return { color: background.color, pattern, patternColor: foreground.color, ...(background.tint !== undefined ? { tintAndShade: background.tint } : {}) };
}

/** A key that is equal for fills that look the same. */
export function fillKey(fill: OfficeFill | null): string {
  if (!hasFill(fill)) return "none";
  return `${fill.pattern}|${fill.color}|${fill.patternColor ?? ""}|${fill.tintAndShade ?? 0}`;
}

/** True when a cell's current fill is exactly the solid colour ("FFC7CE" or "FFFFC7CE"), untinted. */
export function isSolidColor(fill: OfficeFill | undefined, color: string): boolean {
  if (!fill || fill.pattern !== "Solid" || (fill.tintAndShade ?? 0) !== 0) return false;
  const rgb = color.length === 8 ? color.slice(2) : color;
  return fill.color.slice(1).toUpperCase() === rgb.toUpperCase();
}
