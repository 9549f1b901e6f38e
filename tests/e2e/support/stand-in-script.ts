/**
 * The Office/Excel stand-in for add-in mode, as one script for `page.addInitScript`: the seed (a
 * workbook read from a .xlsx with ExcelJS, values as Excel reports them, fills as Office.js
 * gives them) followed by the esbuild bundle of support/office-stand-in.ts.
 */
import { build } from "esbuild";
import ExcelJS from "exceljs";
import path from "node:path";
import type { FakeFill, FakeValue } from "../../support/excel-fake";
import type { StandInSeed } from "./office-stand-in";

/** Excel's day number of a date (the value Office.js reports for a date cell). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function fakeValue(value: ExcelJS.CellValue): FakeValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  // A formula: Excel reports its result (the fake does not calculate).
  if ("formula" in value || "sharedFormula" in value) return fakeValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return String(value);
}

function fakeFill(fill: ExcelJS.Fill | undefined): FakeFill | undefined {
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? { color: `#${argb.slice(2).toUpperCase()}`, pattern: "Solid" } : undefined;
}

/** A workbook file as the stand-in's seed; `extraFills` adds the user's own colours ("D11" → "#E2EFDA"). */
export async function seedFromFile(file: string, extraFills: Record<string, Record<string, string>> = {}): Promise<StandInSeed> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return {
    displayLanguage: "nl-NL",
    sheets: workbook.worksheets.map((ws) => {
      const cells: StandInSeed["sheets"][number]["cells"] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const extra = extraFills[ws.name]?.[cell.address];
          const value = fakeValue(cell.value);
          const fill = extra ? { color: extra, pattern: "Solid" } : fakeFill(cell.fill);
          if (value !== undefined || fill) cells.push({ row: r, col: c, ...(value !== undefined ? { value } : {}), ...(fill ? { fill } : {}) });
        }),
      );
      return { name: ws.name, cells };
    }),
  };
}

let bundle: Promise<string> | undefined;

function standInBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(__dirname, "office-stand-in.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome110",
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]?.text ?? "");
  return bundle;
}

/** The init script: the seed, then the stand-in. */
export async function standInScript(seed: StandInSeed): Promise<string> {
  return `window.formatiecheckSeed = ${JSON.stringify(seed)};\n${await standInBundle()}`;
}
