/** Fixture workbooks next to their expected findings (tests/fixtures/NAME.xlsx + NAME.expected.json). */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { validateGrid } from "../../src/core/rules/engine";
import { FileWorkbook } from "../../src/xlsx/file-workbook";

interface Expected {
  positions: number;
  fteTotal: number;
  errors: { code: string; cell?: string; suggestion?: string }[];
  warnings: { code: string; cell?: string }[];
}

const DIR = path.join(__dirname, "../fixtures");
const names = readdirSync(DIR).filter((f) => f.endsWith(".expected.json")).map((f) => f.replace(/\.expected\.json$/, ""));

describe.each(names)("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as Expected;

  it("gives exactly the expected errors and warnings", async () => {
    const workbook = await FileWorkbook.fromBytes(readFileSync(path.join(DIR, `${name}.xlsx`)));
    const choice = await workbook.chooseSheet();
    if (!choice.ok) throw new Error(choice.message.en);
    const result = validateGrid(await workbook.readSheet(choice.sheet), bundledFunctieboek());
    expect(result.summary.positions).toBe(expected.positions);
    expect(result.summary.fteTotal).toBeCloseTo(expected.fteTotal, 4);
    const shape = (severity: string, keys: { code: string; cell?: string; suggestion?: string }[]) =>
      result.findings
        .filter((f) => f.severity === severity)
        .map((f, i) => {
          const want = keys[i] ?? { code: "" };
          return { code: f.code, ...("cell" in want ? { cell: f.cell } : {}), ...("suggestion" in want ? { suggestion: f.suggestion } : {}) };
        });
    expect(shape("error", expected.errors)).toEqual(expected.errors);
    expect(shape("warning", expected.warnings)).toEqual(expected.warnings);
  });
});

test("there are fixtures", () => {
  expect(names.length).toBeGreaterThanOrEqual(5);
});
