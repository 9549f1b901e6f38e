/**
 * Every Excel API member the adapter and the ribbon commands use above the manifest's requirement
 * set (ExcelApi 1.9) runs only under a `supports(feature)` guard of a high enough set — read from
 * the `[Api set: …]` annotations of @types/office-js (scripts/excel-api-sets.ts) — and
 * docs/EXCEL-COMPATIBILITY.md is what scripts/excel-compatibility.ts writes from that.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { compatibilityMarkdown, DOC, featureNeeds } from "../../scripts/excel-compatibility";
import { manifestRequirement, memberUses, ROOT, unguarded, type MemberUse } from "../../scripts/excel-api-sets";
import { MANIFEST_EXCEL_API, OPTIONAL_FEATURES } from "../../src/excel/api-support";

jest.setTimeout(120_000);

let uses: MemberUse[];
beforeAll(() => {
  uses = memberUses();
});

test("the adapter's idea of the manifest's requirement is the manifest's", () => {
  expect(manifestRequirement()).toBe(MANIFEST_EXCEL_API);
});

test("no member above the manifest's requirement is used without a guard of its set", () => {
  expect(uses.length).toBeGreaterThan(100);
  expect(unguarded(uses).map((u) => `${u.file}:${u.line} ${u.member} (ExcelApi ${u.set})`)).toEqual([]);
});

test("each feature asks Excel for exactly the set its guarded members need", () => {
  for (const { feature, needs } of featureNeeds(uses)) {
    expect({ feature, set: OPTIONAL_FEATURES[feature].set }).toEqual({ feature, set: needs });
  }
});

test("docs/EXCEL-COMPATIBILITY.md is generated (npm run docs:excel-compatibility)", () => {
  expect(readFileSync(DOC, "utf8")).toBe(compatibilityMarkdown(uses));
});

describe("the analysis", () => {
  const found: [string, string][] = [
    ["used plainly", "return worksheet.notes.getItem('A1');"],
    ["behind a guard of a lower set", "if (supports('threadedComments')) return worksheet.notes;"],
    ["behind an unrelated condition", "if (flag) return range.getMergedAreasOrNullObject();"],
    ["in the branch where the feature is missing", "if (!supports('notes')) return worksheet.notes;"],
  ];
  const accepted: [string, string][] = [
    ["inside if (supports(…))", "if (supports('notes')) return worksheet.notes.getItem('A1');"],
    ["after an early exit", "if (!flag || !supports('mergedAreas')) return undefined;\nreturn range.getMergedAreasOrNullObject();"],
    ["right of &&", "return supports('notes') && worksheet.notes;"],
    ["through a const", "const notes = flag && supports('notes');\nif (notes) return worksheet.notes;\nreturn undefined;"],
    ["behind a guard of a higher set", "if (supports('notes')) return range.getMergedAreasOrNullObject();"],
    ["a member at or below the manifest", "return range.getSpecialCellsOrNullObject('Visible');"],
  ];
  /** Each case as a file of its own, all analysed in one program. */
  const fileOf = (i: number) => path.join(ROOT, `src/excel/__api-set-probe-${i}.ts`);
  let probes: MemberUse[];
  beforeAll(() => {
    const sources = Object.fromEntries(
      [...found, ...accepted].map(([, body], i) => [
        fileOf(i),
        `import { supports } from "./api-support";\nexport async function probe(worksheet: Excel.Worksheet, range: Excel.Range, flag: boolean): Promise<unknown> {\n${body}\n}\n`,
      ]),
    );
    probes = memberUses([], sources);
  });
  const usesOf = (i: number) => probes.filter((u) => u.file === path.relative(ROOT, fileOf(i)));

  test.each(found.map(([name], i) => [name, i] as const))("finds a member above the manifest %s", (_, i) => {
    expect(unguarded(usesOf(i))).toHaveLength(1);
  });

  test.each(accepted.map(([name], i) => [name, found.length + i] as const))("accepts a use %s", (_, i) => {
    expect(usesOf(i).length).toBeGreaterThan(0);
    expect(unguarded(usesOf(i))).toEqual([]);
  });
});
