/**
 * SheetJS is given a Buffer in Node (much faster on large .xls files: docs/PERFORMANCE.md) and the
 * plain array in the browser. Both must read the same, and a file the Buffer reading refuses gets
 * the array reading, as before.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { readWithSheetJs } from "../../../src/xlsx/read/legacy-formats";
import { ROOT } from "../../cli/run-cli";

const DIR = path.join(ROOT, "tests", "fixtures", "realworld");
/** The corpus's .xls, .xlsb and .ods files that reach SheetJS (damaged containers and encrypted files are refused before it). */
const expected = JSON.parse(readFileSync(path.join(DIR, "realworld.expected.json"), "utf8")) as Record<string, { format?: string }>;
const LEGACY = readdirSync(DIR)
  .filter((f) => /\.(xls|xlsb|ods)$/.test(f) && expected[f]?.format !== undefined)
  .sort();

/** What the file layer takes from SheetJS: sheets, their state, cell values and formats, merges, hidden rows. */
function essentials(workbook: XLSX.WorkBook): unknown {
  return {
    names: workbook.SheetNames,
    states: workbook.Workbook?.Sheets?.map((s) => s.Hidden ?? 0),
    date1904: workbook.Workbook?.WBProps?.date1904,
    sheets: workbook.SheetNames.map((name) => {
      const sheet = workbook.Sheets[name] as XLSX.WorkSheet & { "!data"?: (XLSX.CellObject | undefined)[][] };
      return {
        cells: (sheet["!data"] ?? []).map((row) => (row ?? []).map((cell) => (cell ? [cell.t, cell.v instanceof Date ? cell.v.toISOString() : cell.v, cell.z] : null))),
        merges: sheet["!merges"],
        hidden: (sheet["!rows"] ?? []).map((row, r) => (row?.hidden ? r : -1)).filter((r) => r >= 0),
      };
    }),
  };
}

/** SheetJS reports unknown records on the console; not the test's business. */
function quietly<T>(work: () => T): T {
  const spies = (["log", "warn", "error", "info"] as const).map((name) => jest.spyOn(console, name).mockImplementation(() => undefined));
  try {
    return work();
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
}

describe("readWithSheetJs", () => {
  it("has legacy files to compare", () => {
    expect(LEGACY.length).toBeGreaterThanOrEqual(5);
  });

  it.each(LEGACY)("%s reads the same as a Buffer and as an array", (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(DIR, file)));
    const read = (asBuffer: boolean) => {
      try {
        return essentials(quietly(() => readWithSheetJs(XLSX, bytes, asBuffer)));
      } catch (error) {
        return { refused: error instanceof Error ? error.constructor.name : "?" };
      }
    };
    expect(read(true)).toEqual(read(false));
  });

  it("reads a file the Buffer reading refuses again as an array", () => {
    const calls: string[] = [];
    const workbook = { SheetNames: ["Blad1"], Sheets: {} } as unknown as XLSX.WorkBook;
    const library = {
      read: (_data: unknown, options?: XLSX.ParsingOptions) => {
        calls.push(String(options?.type));
        if (options?.type === "buffer") throw new TypeError("The first argument must be of type string or an instance of Buffer");
        return workbook;
      },
    };
    expect(readWithSheetJs(library, new Uint8Array([1, 2, 3]), true)).toBe(workbook);
    expect(calls).toEqual(["buffer", "array"]);
  });

  it("gives the array reading's error when both refuse the file", () => {
    const library = {
      read: (_data: unknown, options?: XLSX.ParsingOptions) => {
        throw new Error(`unreadable as ${String(options?.type)}`);
      },
    };
    expect(() => readWithSheetJs(library, new Uint8Array([1, 2, 3]), true)).toThrow("unreadable as array");
  });
});
