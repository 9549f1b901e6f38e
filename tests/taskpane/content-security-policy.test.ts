/**
 * The add-in's pages allow scripts only from themselves and Office's CDN, no plug-ins or foreign
 * frames, and the inline styles Excel on the web puts into them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

function policy(file: string): Map<string, string[]> {
  const html = readFileSync(path.join(__dirname, "../../src", file), "utf8");
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no Content-Security-Policy`);
  return new Map(match[1].split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));
}

describe.each(["taskpane/taskpane.html", "commands/commands.html", "commands/notice.html"])("%s", (file) => {
  const csp = policy(file);
  it("allows scripts only from itself and Office's CDN", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  });
  it("forbids plug-ins and a foreign base URL, and defaults to self", () => {
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });
  it("allows inline styles, which Excel on the web injects into the page (office-js issue #1687)", () => {
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
  it("never allows eval", () => {
    for (const values of csp.values()) expect(values).not.toContain("'unsafe-eval'");
  });
});
