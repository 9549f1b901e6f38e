/**
 * The add-in manifest, checked offline: well-formed, elements in the order the schema requires,
 * every resource id defined and unique, all URLs on one origin, every asset present, the pages it
 * names built by webpack, the true minimum API set, Dutch by default with English overrides.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.join(__dirname, "..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true }).parse(xml) as Node[];
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => true }).parse(xml) as Node;

/** Every element with its attributes, depth first: [name, attributes]. */
function elements(nodes: Node[], out: [string, Record<string, string>][] = []): [string, Record<string, string>][] {
  for (const node of nodes) {
    for (const [name, value] of Object.entries(node)) {
      if (name === ":@" || name === "#text" || name === "?xml" || name === "#comment") continue;
      out.push([name, (node[":@"] ?? {}) as Record<string, string>]);
      if (Array.isArray(value)) elements(value as Node[], out);
    }
  }
  return out;
}

const all = elements(ordered);
const attributeValues = (attribute: string) => all.map(([, a]) => a[attribute]).filter((v): v is string => v !== undefined);

test("is well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("OfficeApp's elements come in the order the schema requires", () => {
  const root = ordered.find((n) => "OfficeApp" in n) as Node;
  const children = (root.OfficeApp as Node[]).flatMap((n) => Object.keys(n).filter((k) => k !== ":@" && k !== "#comment" && k !== "#text"));
  expect(children).toEqual([
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ]);
  expect((root[":@"] as Record<string, string>)["@xsi:type"]).toBe("TaskPaneApp");
});

test("every resid is defined, and ids are unique", () => {
  const defined = all.filter(([name, a]) => ["bt:Image", "bt:Url", "bt:String"].includes(name) && a["@id"] !== undefined).map(([, a]) => a["@id"] as string);
  const used = attributeValues("@resid");
  expect(used.length).toBeGreaterThan(0);
  for (const resid of used) expect({ resid, defined: defined.includes(resid) }).toEqual({ resid, defined: true });
  const ids = attributeValues("@id");
  expect(new Set(ids).size).toBe(ids.length);
  // Every defined resource is used (nothing stale).
  for (const id of defined) expect({ id, used: used.includes(id) }).toEqual({ id, used: true });
});

const urls = attributeValues("@DefaultValue").filter((v) => /^https?:/.test(v));
const appDomains = ((((tree.OfficeApp as Node[])[0] as Node).AppDomains as Node[])[0] as Node).AppDomain as string[];

test("all URLs are on one origin, the add-in's own, over HTTPS", () => {
  const origins = new Set(urls.map((u) => new URL(u).origin));
  expect([...origins]).toEqual(["https://localhost:3000"]);
  expect(appDomains).toEqual(["https://localhost:3000"]);
});

test("the production build's manifest names no development server: URLs and AppDomain on the host's origin", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" }) as { plugins: { patterns?: { to: string; transform?: (content: Buffer) => Buffer | string }[] }[] };
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml");
  const built = String(pattern?.transform?.(Buffer.from(xml)));
  const body = built.replace(/<!--[\s\S]*?-->/g, "");
  expect(body).not.toMatch(/localhost/);
  const builtTree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => true }).parse(built) as Node;
  const domains = ((((builtTree.OfficeApp as Node[])[0] as Node).AppDomains as Node[])[0] as Node).AppDomain as string[];
  const origins = new Set([...body.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => new URL(m[1] as string).origin));
  expect(origins.size).toBe(1);
  expect(domains).toEqual([...origins]);
});

test("a production URL that is not HTTPS is refused", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionManifest } = require(path.join(ROOT, "scripts/production-manifest.cjs")) as { productionManifest: (xml: string, url: string) => string };
  expect(() => productionManifest(xml, "http://formatiecheck.example.nl/")).toThrow(/HTTPS/);
  expect(productionManifest(xml, "https://intranet.example.nl/apps/formatiecheck")).toContain("<AppDomain>https://intranet.example.nl</AppDomain>");
});

test("every asset the manifest names exists, and the pages it names are built by webpack", () => {
  const paths = urls.map((u) => new URL(u).pathname.slice(1));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" }) as { plugins: { options?: { filename?: string; template?: string }; patterns?: { from: string; to: string }[] }[] };
  const pages = config.plugins.map((p) => p.options?.filename).filter((f): f is string => typeof f === "string");
  const copied = config.plugins.flatMap((p) => p.patterns ?? []);
  for (const file of paths) {
    if (file.startsWith("assets/")) {
      expect({ file, exists: existsSync(path.join(ROOT, file)) }).toEqual({ file, exists: true });
      expect(copied.some((p) => p.from === "assets/*.png")).toBe(true);
    } else if (file.endsWith(".html")) {
      const built = pages.includes(file) || copied.some((p) => p.to === file && existsSync(path.join(ROOT, p.from)));
      expect({ file, built }).toEqual({ file, built: true });
    } else throw new Error(`unexpected URL path ${file}`);
  }
  expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
});

test("icons have the sizes the manifest says", () => {
  const size = (file: string) => {
    const png = readFileSync(path.join(ROOT, file));
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };
  const images = all.filter(([name, a]) => name === "bt:Image" && a["@DefaultValue"] !== undefined);
  for (const [, a] of images) {
    const pixels = Number(/icon-(\d+)\.png$/.exec(a["@DefaultValue"] as string)?.[1]);
    expect(size(new URL(a["@DefaultValue"] as string).pathname.slice(1))).toEqual([pixels, pixels]);
  }
  expect(size("assets/icon-32.png")).toEqual([32, 32]);
  expect(size("assets/icon-64.png")).toEqual([64, 64]);
});

test("asks for the true minimum: ExcelApi 1.9, a workbook, ReadWriteDocument", () => {
  const sets = all.filter(([name]) => name === "Set").map(([, a]) => [a["@Name"], a["@MinVersion"]]);
  expect(sets).toEqual([["ExcelApi", "1.9"]]);
  expect(all.filter(([name, a]) => name === "Host" && a["@Name"] !== undefined).map(([, a]) => a["@Name"])).toEqual(["Workbook"]);
  expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
});

test("Dutch by default, with an English override for every text", () => {
  expect(xml).toMatch(/<DefaultLocale>nl-NL<\/DefaultLocale>/);
  const root = ordered.find((n) => "OfficeApp" in n) as Node;
  let checked = 0;
  const withOverride = (nodes: Node[], names: string[]): string[] => {
    const missing: string[] = [];
    const walk = (list: Node[]) => {
      for (const node of list) {
        for (const [name, value] of Object.entries(node)) {
          if (!Array.isArray(value)) continue;
          const attributes = (value as Node[]).length >= 0 ? ((node[":@"] ?? {}) as Record<string, string>) : {};
          if (names.includes(name) && attributes["@DefaultValue"] !== undefined) {
            const overrides = (value as Node[]).filter((child) => "Override" in child || "bt:Override" in child).map((child) => (child[":@"] as Record<string, string>)["@Locale"]);
            checked++;
            if (!overrides.includes("en-US")) missing.push(`${name} ${attributes["@id"] ?? ""}`);
          }
          walk(value as Node[]);
        }
      }
    };
    walk(nodes);
    return missing;
  };
  expect(withOverride(root.OfficeApp as Node[], ["DisplayName", "Description", "bt:String"])).toEqual([]);
  expect(checked).toBe(2 + all.filter(([name]) => name === "bt:String").length);
});

test("the ribbon's function is the one the commands page registers", () => {
  const name = /<FunctionName>([^<]+)<\/FunctionName>/.exec(xml)?.[1];
  expect(name).toBe("controleerFormatie");
  expect(readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8")).toContain(`associate("${name}"`);
});
