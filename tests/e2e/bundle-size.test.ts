/**
 * The add-in's first download stays small: the JavaScript taskpane.html loads before anything
 * else (its own <script> tags, not Office's CDN) stays under 250 KB gzip, carries no ExcelJS
 * (file mode fetches it as its own chunk) and no polyfills for browsers Office no longer uses.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "./support/built-pane";

const LIMIT_BYTES = 250 * 1024;

function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1] as string).filter((src) => !/^https?:/.test(src));
}

const scripts = initialScripts();
const code = scripts.map((src) => readFileSync(path.join(DIST, src), "utf8")).join("\n");
const gzipBytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(DIST, src)), { level: 9 }).length, 0);
const figure = `${(gzipBytes / 1024).toFixed(1)} KB gzip`;

describe("the task pane's initial JavaScript", () => {
  test(`is under 250 KB gzip (now ${figure} in ${scripts.join(", ")})`, () => {
    process.stdout.write(`\nInitial JavaScript of taskpane.html: ${figure} (limit 250 KB)\n`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThan(LIMIT_BYTES);
  });

  test("does not carry ExcelJS or JSZip: file mode loads them as their own chunk", () => {
    for (const marker of ["sharedStrings.xml", "JSZip", "worksheets/sheet"]) expect({ marker, found: code.includes(marker) }).toEqual({ marker, found: false });
    const chunks = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(chunks).not.toMatch(/file-workbook/);
  });

  test("carries no polyfills for old browsers (core-js, regenerator)", () => {
    // core-js's shared store carries its author's name; regenerator defines regeneratorRuntime.
    for (const marker of ["Denis Pushkarev", "regeneratorRuntime"]) expect({ marker, found: code.includes(marker) }).toEqual({ marker, found: false });
  });
});
