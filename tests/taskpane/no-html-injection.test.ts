/**
 * Cell text and file content reach the pane as data: it is never put into the page as HTML and
 * never run as code. This fails when a pane source uses a way to do either.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../../src/taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(entry.name) ? [path] : [];
  });
}

const FORBIDDEN = [/dangerouslySetInnerHTML/, /\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function\s*\(/];

test.each(sources(ROOT).map((path) => [path.slice(ROOT.length + 1), path]))("%s puts no text into the page as HTML and runs no code from text", (_name, path) => {
  const text = readFileSync(path, "utf8");
  expect(FORBIDDEN.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
});
