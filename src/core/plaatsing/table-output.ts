/**
 * How a generated table sits in a workbook, the same for every adapter: Excel number formats per
 * column type, the table style, and the names of the sheets and tables the tool creates (a user's
 * own sheet of the same name is never replaced). How it prints is src/core/print/.
 */
import type { Language } from "../localized";
import type { ColumnType, TableColumn } from "./data-table";

/**
 * Excel number formats per column type, with fixed decimals (shown the reader's way by Excel:
 * 1.646,60, € 1.234 and 20.000 in a Dutch Excel, as src/core/format writes them): FTE with two
 * decimals, whole euros, whole counts, all with thousands separators; percentages with two decimals.
 */
export const NUMBER_FORMATS: Record<Exclude<ColumnType, "text">, string> = {
  fte: "#,##0.00",
  euro: '"€ "#,##0;"€ "-#,##0',
  integer: "#,##0",
  percent: "0.00%",
};

/** Numbers that name rather than count (row numbers, scales): their digits only, no separators. */
export const PLAIN_NUMBER_FORMAT = "0";

/**
 * Euros as an English reader writes them (src/core/format: "€3,762,249", "-€120"): the sign
 * against the number, the minus in front. NUMBER_FORMATS.euro is the Dutch way ("€ 3.762.249").
 */
const ENGLISH_EURO_FORMAT = '"€"#,##0;-"€"#,##0';

/** The number format of a column's cells in a sheet of `language`; undefined for text. */
export function numberFormatOf(column: Pick<TableColumn, "type" | "plain">, language: Language = "nl"): string | undefined {
  if (column.type === "text") return undefined;
  if (column.plain && column.type === "integer") return PLAIN_NUMBER_FORMAT;
  return column.type === "euro" && language === "en" ? ENGLISH_EURO_FORMAT : NUMBER_FORMATS[column.type];
}

export const TABLE_STYLE = "TableStyleMedium2";

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
