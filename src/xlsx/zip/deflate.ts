/**
 * Raw deflate in and out. In Node (the CLI) this is Node's own zlib; in a browser it is fflate, a
 * small, widely used pure-JavaScript implementation (no DecompressionStream: it is async-only and
 * missing from older Safari, which Excel on the Mac uses). Inflating never produces more than the
 * expected size plus one byte, whatever the data claims.
 */
import { Deflate, Inflate } from "fflate";

type Zlib = typeof import("node:zlib");

let zlib: Zlib | null | undefined;

async function nodeZlib(): Promise<Zlib | null> {
  if (zlib !== undefined) return zlib;
  if (typeof process === "undefined" || typeof process.versions?.node !== "string") return (zlib = null);
  try {
    zlib = (await import(/* webpackIgnore: true */ "node:zlib")) as Zlib;
  } catch {
    zlib = null;
  }
  return zlib;
}

/** The inflated bytes; "larger" when they would pass `expected`; "invalid" for data that is not deflate. */
export async function inflateRaw(compressed: Uint8Array, expected: number): Promise<Uint8Array | "invalid" | "larger"> {
  const node = await nodeZlib();
  if (node) {
    try {
      // maxOutputLength stops the inflater as soon as the output passes the promised size.
      const out = node.inflateRawSync(compressed, { maxOutputLength: Math.max(1, expected + 1) });
      if (out.length > expected) return "larger";
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    } catch (error) {
      return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "larger" : "invalid";
    }
  }
  return inflateWithFflate(compressed, expected);
}

/** The browser's path (exported so Node tests cover it too). */
export function inflateWithFflate(compressed: Uint8Array, expected: number): Uint8Array | "invalid" | "larger" {
  const out = new Uint8Array(expected);
  let at = 0;
  let larger = false;
  const inflater = new Inflate((chunk) => {
    if (larger) return;
    if (at + chunk.length > expected) {
      larger = true;
      return;
    }
    out.set(chunk, at);
    at += chunk.length;
  });
  try {
    // Fed in slices, so one slice's output stays bounded (deflate expands at most ~1,000 times).
    const slice = 16 * 1024;
    for (let p = 0; p < compressed.length && !larger; p += slice) inflater.push(compressed.subarray(p, p + slice), p + slice >= compressed.length);
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch {
    return "invalid";
  }
  if (larger) return "larger";
  return at === expected ? out : out.subarray(0, at);
}

/** Raw deflate at a moderate level. */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const node = await nodeZlib();
  if (node) {
    const out = node.deflateRawSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
  return deflateWithFflate(data);
}

/** The browser's path (exported so Node tests cover it too). */
export function deflateWithFflate(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
  deflater.push(data, true);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
