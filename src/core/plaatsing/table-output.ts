/**
 * How a generated table sits in a workbook, the same for every adapter: Excel number formats per
 * column type, the table style, when a sheet prints landscape, and the names of the sheets and
 * tables the tool creates (a user's own sheet of the same name is never replaced).
 */
import type { ColumnType } from "./data-table";

/** Excel number formats per column type (shown the Dutch way in a Dutch Excel: 0,00 and € 1.234). */
export const NUMBER_FORMATS: Record<Exclude<ColumnType, "text">, string> = {
  fte: "0.00",
  euro: '"€ "#,##0;"€ "-#,##0',
  integer: "0",
  percent: "0%",
};

export const TABLE_STYLE = "TableStyleMedium2";

/** Above this total column width (in characters) a sheet prints landscape. */
export const LANDSCAPE_FROM = 100;

const MAX_SHEET_NAME = 31;

/** A valid sheet name: no []:*?/\ and at most 31 characters, the suffix kept whole. */
export function validSheetName(base: string, suffix = ""): string {
  const cleaned = base.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim() || "Tabel";
  return cleaned.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

export interface SheetClaim {
  /** The sheet to write. */
  name: string;
  /** A sheet the tool made earlier with this name: deleted and written again. */
  replaces?: string;
  /** A user's own sheet that had the table's name (left untouched). */
  userSheet?: string;
}

/**
 * The sheet a table goes to: its own name, or "Name (2)", "Name (3)", … where a user's sheet has
 * the name. A sheet the tool made itself is replaced. Excel compares sheet names without case.
 */
export function claimSheetName(base: string, existing: readonly string[], own: ReadonlySet<string>, taken: ReadonlySet<string> = new Set()): SheetClaim {
  const ownLower = new Set([...own].map((n) => n.toLowerCase()));
  let userSheet: string | undefined;
  for (let n = 1; ; n++) {
    const candidate = validSheetName(base, n === 1 ? "" : ` (${n})`);
    const lower = candidate.toLowerCase();
    if (taken.has(lower)) continue;
    const found = existing.find((name) => name.toLowerCase() === lower);
    if (found === undefined) return { name: candidate, ...(userSheet !== undefined ? { userSheet } : {}) };
    if (ownLower.has(lower)) return { name: candidate, replaces: found, ...(userSheet !== undefined ? { userSheet } : {}) };
    userSheet ??= found;
  }
}

/** An Excel table name unique in the workbook: letters and digits only ("TabelPlaatsingslijst", "…2"). */
export function uniqueTableName(base: string, taken: ReadonlySet<string>): string {
  const words = base.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  const stem = `Tabel${words.map((w) => (w[0] as string).toUpperCase() + w.slice(1)).join("")}`.slice(0, 200);
  let name = stem;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}${n}`;
  return name;
}
