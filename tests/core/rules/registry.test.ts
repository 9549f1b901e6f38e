import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { RULES } from "../../../src/core/rules";

const RULES_DIR = path.join(__dirname, "../../../src/core/rules");
/** Files in src/core/rules that are machinery, not rules. */
const NOT_RULES = new Set(["engine.ts", "index.ts", "rule.ts", "resolution.ts", "employee-key.ts", "fte-suggestion.ts"]);

describe("the rule registry", () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && !NOT_RULES.has(f));

  it("lists every rule file", () => {
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(require(path.join(RULES_DIR, file)) as Record<string, unknown>);
      const rule = exported.find((v): v is { id: string } => typeof v === "object" && v !== null && "id" in v);
      expect({ file, registered: rule !== undefined && RULES.includes(rule as never) }).toEqual({ file, registered: true });
    }
    expect(RULES).toHaveLength(files.length);
  });

  it("is sorted by id, with unique namespaced ids", () => {
    const ids = RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  it("gives every rule a short title for people, in Dutch and English", () => {
    for (const rule of RULES) {
      const title = (rule as Partial<typeof rule>).title;
      expect({ id: rule.id, hasTitle: title !== undefined }).toEqual({ id: rule.id, hasTitle: true });
      if (!title) continue;
      for (const text of [title.nl, title.en]) {
        // A heading: a capital first, no full stop, no placeholders, short enough for one line of the pane.
        expect({ id: rule.id, text, ok: /^[A-ZÀ-Ý]/.test(text) && !/[.{}]$/.test(text) && !text.includes("{") && text.length <= 60 }).toEqual({ id: rule.id, text, ok: true });
        expect(text).not.toContain(rule.id);
      }
      expect(title.nl).not.toBe(title.en);
    }
    const titles = RULES.map((r) => r.title.nl);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("has a test file for every rule file", () => {
    for (const file of files) expect({ file, tested: existsSync(path.join(__dirname, file.replace(/\.ts$/, ".test.ts"))) }).toEqual({ file, tested: true });
  });
});
