/**
 * Generated tables on their way from the check engine to the workbook, packed as JSON in one
 * buffer. A 20,000-row Plaatsingslijst as objects takes the pane's thread some 50 ms to take
 * apart when it arrives from the engine's worker and as long again to send on to the file worker
 * (measured in Chromium, bench/file-mode-bench.ts); packed as UTF-8 bytes, it is transferred both
 * times without a copy and only the file worker parses it. Office.js on the pane's thread (Excel)
 * needs the tables themselves: they are unpacked there. A table's cells are strings, finite
 * numbers and null, which JSON keeps as they are. Where no `TextEncoder` exists (jsdom in tests)
 * the JSON stays a string, which crosses as a copy.
 */
import type { DataTable } from "../../core/plaatsing/data-table";
import type { WorkbookPort, WriteTablesOptions, WriteTablesResult } from "../../core/workbook-port";
import { wholeBuffer } from "./worker-channel";

export interface PackedTables {
  /** `DataTable[]` as UTF-8 JSON (transferable) … */
  utf8?: Uint8Array;
  /** … or as a JSON string. */
  json?: string;
  /** The tables' names, in order (to show or log without unpacking). */
  names: string[];
}

export function packTables(tables: readonly DataTable[]): PackedTables {
  const json = JSON.stringify(tables);
  const names = tables.map((t) => t.name);
  return typeof TextEncoder === "undefined" ? { json, names } : { utf8: new TextEncoder().encode(json), names };
}

export function unpackTables(packed: PackedTables): DataTable[] {
  const json = packed.utf8 ? new TextDecoder().decode(packed.utf8) : (packed.json ?? "[]");
  return JSON.parse(json) as DataTable[];
}

/** The buffer to hand over with packed tables (none when they are a string or share their buffer). */
export function packedTransfer(packed: PackedTables | undefined): ArrayBuffer[] {
  const buffer = packed?.utf8 && wholeBuffer(packed.utf8);
  return buffer ? [buffer] : [];
}

/** A port that takes packed tables as they are (the file worker's). */
export interface PackedTablesWriter {
  writePackedTables(packed: PackedTables, options?: WriteTablesOptions): Promise<WriteTablesResult>;
}

/** Writes packed tables: handed on packed where the port takes them so, else unpacked here. */
export function writePackedTables(port: WorkbookPort, packed: PackedTables, options?: WriteTablesOptions): Promise<WriteTablesResult> {
  const writer = port as WorkbookPort & Partial<PackedTablesWriter>;
  return writer.writePackedTables ? writer.writePackedTables(packed, options) : port.writeTables(unpackTables(packed), options);
}
