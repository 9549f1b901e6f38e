/**
 * Reading a zip archive (the container of .xlsx, .xlsm and .ods files) from its central directory,
 * without trusting it: every entry's local header is checked, names are normalised (backslashes, a
 * leading "/"), ZIP64 sizes are read from their extra field, and an entry is inflated only when
 * asked for, never to more bytes than the directory promised (a zip bomb that lies is caught).
 */
import type { Localized } from "../../core/localized";
import { inflateRaw } from "./deflate";

export interface ZipEntry {
  /** The name as stored, "/" separated, without a leading "/". */
  name: string;
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
}

/** Thrown for a container that cannot be read; the reader turns it into a user message. */
export class ZipError extends Error {
  constructor(readonly detail: Localized, readonly kind: "truncated" | "encrypted" | "damaged" | "bomb" = "damaged") {
    super(detail.en);
    this.name = "ZipError";
  }
}

export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  constructor(readonly bytes: Uint8Array) {
    this.entries = readCentralDirectory(bytes);
    for (const entry of this.entries) {
      if (!this.byName.has(entry.name)) this.byName.set(entry.name, entry);
      const lower = entry.name.toLowerCase();
      if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, entry);
    }
  }

  /** An entry by name: exact, else ignoring case (part names are case-insensitive, ECMA-376 Part 2, 9.1.1.1). */
  entry(name: string): ZipEntry | undefined {
    const normal = normalizeName(name);
    return this.byName.get(normal) ?? this.byLowerName.get(normal.toLowerCase());
  }

  /** The compressed bytes of an entry, as stored. */
  raw(entry: ZipEntry): Uint8Array {
    if (entry.dataOffset + entry.compressedSize > this.bytes.length) {
      throw new ZipError({ nl: `onderdeel ${entry.name} is afgebroken.`, en: `part ${entry.name} is cut off.` }, "truncated");
    }
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** The entry's content, inflated and checked against the directory's size. */
  async read(entry: ZipEntry): Promise<Uint8Array> {
    if ((entry.flags & 1) === 1) throw new ZipError({ nl: `onderdeel ${entry.name} is versleuteld.`, en: `part ${entry.name} is encrypted.` }, "encrypted");
    const raw = this.raw(entry);
    if (entry.method === 0) {
      if (raw.length !== entry.uncompressedSize) throw sizeMismatch(entry, raw.length);
      return raw;
    }
    if (entry.method !== 8) {
      throw new ZipError({ nl: `onderdeel ${entry.name} gebruikt een onbekende compressiemethode (${entry.method}).`, en: `part ${entry.name} uses an unknown compression method (${entry.method}).` });
    }
    const result = await inflateRaw(raw, entry.uncompressedSize);
    if (result === "invalid") throw new ZipError({ nl: `onderdeel ${entry.name} kan niet worden uitgepakt.`, en: `part ${entry.name} cannot be unpacked.` });
    if (result === "larger") throw sizeMismatch(entry, entry.uncompressedSize + 1);
    if (result.length !== entry.uncompressedSize) throw sizeMismatch(entry, result.length);
    return result;
  }

  /** The entry's content as text (UTF-8, or UTF-16 where it starts with a byte-order mark). */
  async text(entry: ZipEntry): Promise<string> {
    return decodeText(await this.read(entry));
  }
}

function sizeMismatch(entry: ZipEntry, actual: number): ZipError {
  const larger = actual > entry.uncompressedSize;
  return new ZipError(
    {
      nl: `onderdeel ${entry.name} is ${larger ? "groter" : "kleiner"} dan de inhoudsopgave van het zip-bestand zegt.`,
      en: `part ${entry.name} is ${larger ? "larger" : "smaller"} than the zip's directory says.`,
    },
    larger ? "bomb" : "damaged",
  );
}

const UTF8 = new TextDecoder("utf-8");

/** Bytes as text: UTF-8 (a BOM dropped), or UTF-16 where a byte-order mark says so. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8.decode(bytes.subarray(3));
  return UTF8.decode(bytes);
}

/** "\\xl\\Workbook.xml" → "xl/Workbook.xml". */
export function normalizeName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}

const TRUNCATED: Localized = { nl: "het zip-bestand is afgebroken (de inhoudsopgave ontbreekt).", en: "the zip file is cut off (its directory is missing)." };
const UNREADABLE: Localized = { nl: "de inhoudsopgave van het zip-bestand is onleesbaar.", en: "the zip's directory is unreadable." };

/** The zip's central directory, read from its end record (ZIP64 records and extra fields included). */
function readCentralDirectory(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError(TRUNCATED, "truncated");
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the locator sits just before the end record and points to the ZIP64 end record.
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw new ZipError(UNREADABLE);
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > data.length || view.getUint32(record, true) !== 0x06064b50) throw new ZipError(UNREADABLE);
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > data.length) throw new ZipError(TRUNCATED, "truncated");
  const decoder = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== 0x02014b50) throw new ZipError(UNREADABLE);
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameBytes = data.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: the name is UTF-8; else code page 437, which for the ASCII names of a workbook is the same.
    const rawName = (flags & 0x800) !== 0 ? decoder.decode(nameBytes) : latin1.decode(nameBytes);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const extra = zip64Extra(view, p + 46 + nameLength, extraLength);
      if (uncompressedSize === 0xffffffff) uncompressedSize = extra.shift() ?? uncompressedSize;
      if (compressedSize === 0xffffffff) compressedSize = extra.shift() ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = extra.shift() ?? localOffset;
    }
    const entry: ZipEntry = {
      name: normalizeName(rawName),
      flags,
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize,
      uncompressedSize,
      localOffset,
      dataOffset: -1,
    };
    if (localOffset + 30 > data.length || view.getUint32(localOffset, true) !== 0x04034b50) {
      throw new ZipError({ nl: `onderdeel ${entry.name} ontbreekt.`, en: `part ${entry.name} is missing.` }, "truncated");
    }
    entry.dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit values of a ZIP64 extended information extra field (id 0x0001), in their order. */
function zip64Extra(view: DataView, start: number, length: number): number[] {
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + size; q += 8) values.push(Number(view.getBigUint64(q, true)));
      return values;
    }
    p += 4 + size;
  }
  return [];
}
