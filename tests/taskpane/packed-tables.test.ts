/**
 * Generated tables packed for the way from the check engine to the workbook (packed-tables.ts):
 * the Ommen example's tables come back exactly as built, a port that takes packed tables gets them
 * packed, any other port gets them unpacked.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { validateGrid } from "../../src/core/rules/engine";
import type { WorkbookPort, WriteTablesOptions, WriteTablesResult } from "../../src/core/workbook-port";
import { packedTransfer, packTables, unpackTables, writePackedTables, type PackedTables } from "../../src/taskpane/services/packed-tables";
import { buildTables } from "../../src/taskpane/services/table-builder";
import { FileWorkbook } from "../../src/xlsx/file-workbook";

const EXAMPLE = path.join(__dirname, "../../examples/formatie-ommen.xlsx");

async function exampleTables(): Promise<DataTable[]> {
  const file = await FileWorkbook.fromBytes(new Uint8Array(readFileSync(EXAMPLE)), { fileName: "formatie-ommen.xlsx" });
  const book = bundledFunctieboek();
  const result = validateGrid(await file.readSheet("Formatie 2025"), book);
  const outcome = buildTables(result, new FunctieboekIndex(book), { salaryTable: bundledSalaryTable(), budget: {}, year: 2026, date: "2026-11-30", language: "nl" });
  expect(outcome.usable).toBe(true);
  return outcome.tables;
}

test("the example's tables come back from their packed form exactly as built (names kept alongside)", async () => {
  const tables = await exampleTables();
  expect(tables.length).toBeGreaterThanOrEqual(5);
  const packed = packTables(tables);
  expect(packed.utf8).toBeInstanceOf(Uint8Array);
  expect(packed.names).toEqual(tables.map((t) => t.name));
  expect(unpackTables(structuredClone(packed))).toEqual(tables);
});

test("where no TextEncoder exists (jsdom), the tables are packed as a JSON string and come back the same", async () => {
  const tables = await exampleTables();
  const encoder = globalThis.TextEncoder;
  try {
    // @ts-expect-error: as in jsdom, which has none
    delete globalThis.TextEncoder;
    const packed = packTables(tables);
    expect(packed.utf8).toBeUndefined();
    expect(typeof packed.json).toBe("string");
    expect(unpackTables(structuredClone(packed))).toEqual(tables);
  } finally {
    globalThis.TextEncoder = encoder;
  }
});

test("the bytes' own buffer is handed over; a string or a view into a larger buffer is not", () => {
  const packed = packTables([]);
  expect(packedTransfer(packed)).toEqual([packed.utf8?.buffer]);
  expect(packedTransfer({ json: "[]", names: [] })).toEqual([]);
  expect(packedTransfer({ utf8: new Uint8Array(new ArrayBuffer(8), 2, 2), names: [] })).toEqual([]);
});

test("a port that takes packed tables gets them packed; any other port gets the tables themselves", async () => {
  const tables = await exampleTables();
  const packed = packTables(tables);
  const result: WriteTablesResult = { sheets: [] } as unknown as WriteTablesResult;
  const plain: { got?: readonly DataTable[] } = {};
  const plainPort = { writeTables: async (t: readonly DataTable[]) => ((plain.got = t), result) } as unknown as WorkbookPort;
  expect(await writePackedTables(plainPort, packed, { language: "nl" })).toBe(result);
  expect(plain.got).toEqual(tables);

  const taken: { packed?: PackedTables; options?: WriteTablesOptions } = {};
  const packedPort = {
    writeTables: async () => {
      throw new Error("unpacked on the pane's thread");
    },
    writePackedTables: async (p: PackedTables, options?: WriteTablesOptions) => ((taken.packed = p), (taken.options = options), result),
  } as unknown as WorkbookPort;
  expect(await writePackedTables(packedPort, packed, { language: "en" })).toBe(result);
  expect(taken).toEqual({ packed, options: { language: "en" } });
});
