import { loadFunctieboek, parseFunctieboekText, MAX_FUNCTIEBOEK_BYTES } from "../../../src/core/functieboek/load-functieboek";
import ommen from "../../../src/data/functieboek-ommen.json";
import { minimalBook } from "./minimal-book";

describe("loadFunctieboek", () => {
  it("loads the bundled Ommen book", () => {
    const result = loadFunctieboek(ommen);
    expect(result.ok).toBe(true);
  });

  it("loads a minimal book of another municipality and fills defaults", () => {
    const result = loadFunctieboek(minimalBook());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.book.policies.scaleRange).toEqual({ min: 1, max: 18 });
      expect(result.book.functions[0]?.aliases).toEqual([]);
    }
  });

  it.each([
    [{ functions: 5 }, "$.functions", "must be a list"],
    [{ ...minimalBook(), functions: 5 }, "$.functions", "must be a list"],
    [{ ...minimalBook(), name: "" }, "$.name", "must not be empty"],
    [{ ...minimalBook(), schemaVersion: 2 }, "$.schemaVersion", "must be 1."],
    [{ ...minimalBook(), policies: { ...minimalBook().policies, fullTimeHours: "36" } }, "$.policies.fullTimeHours", "must be a number"],
  ])("refuses %j, naming %s", (json, path, text) => {
    const result = loadFunctieboek(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.path === path);
      expect(problem).toBeDefined();
      expect(problem?.message.en).toContain(text);
      expect(problem?.message.nl).toContain(path);
    }
  });

  it("reports a missing field with its path", () => {
    const { functions: _functions, ...rest } = minimalBook();
    const result = loadFunctieboek(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: "$.functions", message: { nl: "$.functions ontbreekt: verwacht een lijst.", en: "$.functions is missing: expected a list." } });
  });

  it("names the exact element of a list", () => {
    const book = minimalBook();
    const result = loadFunctieboek({ ...book, functions: [book.functions[0], { ...book.functions[0], scale: "elf" }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(["$.functions[1].scale"]);
  });

  it("never throws, whatever the input", () => {
    for (const input of [null, undefined, 42, "text", [], [1, 2], { schemaVersion: 1 }, Object.create(null)]) {
      expect(() => loadFunctieboek(input)).not.toThrow();
      expect(loadFunctieboek(input).ok).toBe(false);
    }
  });
});

describe("parseFunctieboekText", () => {
  it("refuses text that is not JSON, in both languages", () => {
    const result = parseFunctieboekText("{ functions: [");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.path).toBe("$");
      expect(result.problems[0]?.message.nl).toMatch(/^Het functieboek is geen geldige JSON/);
      expect(result.problems[0]?.message.en).toMatch(/^The function book is not valid JSON/);
    }
  });

  it("refuses an enormous book before parsing it", () => {
    const result = parseFunctieboekText(" ".repeat(MAX_FUNCTIEBOEK_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.en).toContain("too large");
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseFunctieboekText(`\uFEFF${JSON.stringify(minimalBook())}`).ok).toBe(true);
  });
});
