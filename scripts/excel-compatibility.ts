/**
 * Writes docs/EXCEL-COMPATIBILITY.md: which Excel versions and platforms get which features. The
 * requirement set of every feature comes from the API members the code uses under its guard, read
 * from the typings' `[Api set: …]` annotations (scripts/excel-api-sets.ts) — not kept by hand; the
 * platforms per requirement set are Microsoft's table (below, with its source).
 *
 *   npm run docs:excel-compatibility          writes the file
 *   npm run docs:excel-compatibility -- --check   fails when the file is not what it would write
 *
 * tests/excel/api-sets.test.ts runs the check in every `npm test`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST_EXCEL_API, OPTIONAL_FEATURES, type OptionalFeature } from "../src/excel/api-support";
import { compareSets, manifestRequirement, memberUses, ROOT, type MemberUse } from "./excel-api-sets";

export const DOC = path.join(ROOT, "docs", "EXCEL-COMPATIBILITY.md");

/**
 * Where each requirement set first runs: Office on the web; Windows with Microsoft 365 (and
 * retail perpetual); Windows volume-licensed perpetual (LTSC); Mac; iPad. Source: "Excel
 * JavaScript API requirement sets", learn.microsoft.com/javascript/api/requirement-sets/excel/
 * excel-api-requirement-sets (the table as of 2025; Office 2016 and 2019 have reached end of support).
 */
const PLATFORMS: Record<string, [web: string, windows: string, volume: string, mac: string, ipad: string]> = {
  "1.1": ["yes", "Version 1509", "Office 2016", "15.20", "15.0"],
  "1.7": ["yes", "Version 1801", "Office 2019", "16.9", "16.0"],
  "1.8": ["yes", "Version 1808", "Office 2021", "16.17", "16.0"],
  "1.9": ["yes", "Version 1903 (Build 11425.20204)", "Office 2021", "16.24", "16.0"],
  "1.10": ["yes", "Version 1907 (Build 11929.20306)", "Office 2021", "16.30", "16.0"],
  "1.13": ["yes", "Version 2102 (Build 13801.20738)", "Office 2021", "16.50", "16.50"],
  "1.14": ["yes", "Version 2108 (Build 14326.20508)", "Office 2021", "16.52", "16.53"],
  "1.17": ["yes", "Version 2302 (Build 16130.20332)", "Office 2024", "16.70", "16.70"],
  "1.18": ["yes", "Version 2501 (Build 18429.20040)", "no (not in Office 2021 or 2024)", "16.93", "16.93"],
};

export interface FeatureNeed {
  feature: OptionalFeature;
  /** The highest set among the members used under the feature's guard (from the typings). */
  needs: string | undefined;
  uses: MemberUse[];
}

/** Per feature: what its guarded code needs, by the typings. */
export function featureNeeds(uses: readonly MemberUse[]): FeatureNeed[] {
  return (Object.keys(OPTIONAL_FEATURES) as OptionalFeature[]).map((feature) => {
    const guarded = uses.filter((use) => use.guard === feature);
    const needs = guarded.reduce<string | undefined>((max, use) => (max === undefined || compareSets(use.set, max) > 0 ? use.set : max), undefined);
    return { feature, needs, uses: guarded };
  });
}

function platformRow(set: string): readonly string[] {
  const row = PLATFORMS[set];
  if (!row) throw new Error(`No platform row for ExcelApi ${set}: add it to PLATFORMS (from Microsoft's table).`);
  return row;
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** The volume-licensed versions whose highest set is below the manifest's: they never see the add-in. */
function excluded(manifest: string): string {
  const highest = new Map<string, string>();
  for (const [set, row] of Object.entries(PLATFORMS)) {
    const version = row[2];
    if (version.startsWith("no")) continue;
    if (!highest.has(version) || compareSets(set, highest.get(version) as string) > 0) highest.set(version, set);
  }
  const out = [...highest].filter(([, set]) => compareSets(set, manifest) < 0).map(([version, set]) => `volume-licensed ${version} (up to ExcelApi ${set})`);
  return out.length === 0 ? "Every volume-licensed Office in the table below offers it." : `Not offered: ${out.join(" and ")}.`;
}

export function compatibilityMarkdown(uses: readonly MemberUse[] = memberUses()): string {
  const manifest = manifestRequirement() ?? "?";
  const typings = (JSON.parse(readFileSync(path.join(ROOT, "node_modules/@types/office-js/package.json"), "utf8")) as { version: string }).version;
  const needs = featureNeeds(uses).filter((n) => n.needs !== undefined);
  const above = needs.filter((n) => compareSets(n.needs as string, manifest) > 0).sort((a, b) => compareSets(a.needs as string, b.needs as string));
  // Unguarded uses that count: members of classes that exist at the manifest's set (members of a
  // later class are reached only through a guarded member).
  const baseline = uses
    .filter((u) => u.guard === undefined && (u.entry || compareSets(u.set, manifest) <= 0))
    .reduce((max, u) => (compareSets(u.set, max) > 0 ? u.set : max), "1.1");
  const members = (list: readonly MemberUse[]) => {
    const byMember = new Map<string, { set: string; files: Set<string> }>();
    for (const use of list) {
      if (compareSets(use.set, manifest) <= 0) continue;
      const entry = byMember.get(use.member) ?? { set: use.set, files: new Set<string>() };
      entry.files.add(use.file);
      byMember.set(use.member, entry);
    }
    return [...byMember]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([member, { set, files }]) => `\`${member}\` (ExcelApi ${set}; ${[...files].sort().join(", ")})`)
      .join(", ");
  };
  const header = ["Requirement set", "Excel on the web", "Windows (Microsoft 365, retail perpetual)", "Windows (volume-licensed perpetual)", "Mac", "iPad"];
  return `# Excel compatibility

<!-- Generated by \`npm run docs:excel-compatibility\` (scripts/excel-compatibility.ts) from the
[Api set: …] annotations of @types/office-js ${typings} and manifest.xml. Do not edit by hand:
tests/excel/api-sets.test.ts fails when this file is not what the script writes. -->

Formatiecheck asks for **ExcelApi ${manifest}** in its manifest (\`<Set Name="ExcelApi" MinVersion="${manifest}"/>\`):
an Excel without it does not offer the add-in. Everything the add-in does without a guard needs at
most ExcelApi ${baseline}. Features that need a later set run only where
\`Office.context.requirements.isSetSupported\` says the set is there (\`src/excel/api-support.ts\`);
elsewhere the add-in does without them, as the last column of the feature table says.

## Who gets the add-in

${table(header, [[`ExcelApi ${manifest}`, ...platformRow(manifest)]])}

${excluded(manifest)}

## Features above ExcelApi ${manifest}

${table(
  ["Feature", "Needs", "Excel on the web", "Windows (Microsoft 365, retail perpetual)", "Windows (volume-licensed perpetual)", "Mac", "iPad", "Without it"],
  above.map((n) => {
    const info = OPTIONAL_FEATURES[n.feature];
    return [info.en, `ExcelApi ${n.needs}`, ...platformRow(n.needs as string), info.without.en];
  }),
)}

In short, for perpetual (volume-licensed) Office:

${above
  .map((n) => {
    const volume = platformRow(n.needs as string)[2] ?? "";
    const info = OPTIONAL_FEATURES[n.feature];
    return volume.startsWith("no") ? `- ${info.en}: ${volume} — ${info.without.en}.` : `- ${info.en}: from ${volume}.`;
  })
  .join("\n")}

## The members behind each feature

${above.map((n) => `- **${OPTIONAL_FEATURES[n.feature].en}** (\`supports("${n.feature}")\`, ExcelApi ${n.needs}): ${members(n.uses)}.`).join("\n")}

## Features at or below ExcelApi ${manifest}

${needs
  .filter((n) => compareSets(n.needs as string, manifest) <= 0)
  .map((n) => `- ${OPTIONAL_FEATURES[n.feature].en} (\`supports("${n.feature}")\`): ExcelApi ${n.needs}, so every Excel that offers the add-in has it.`)
  .join("\n")}
`;
}

function main(): void {
  const text = compatibilityMarkdown();
  if (process.argv.includes("--check")) {
    const current = readFileSync(DOC, "utf8");
    if (current !== text) {
      process.stderr.write("docs/EXCEL-COMPATIBILITY.md is out of date: run npm run docs:excel-compatibility\n");
      process.exit(1);
    }
    return;
  }
  writeFileSync(DOC, text);
  process.stdout.write(`Wrote ${path.relative(ROOT, DOC)} (manifest ExcelApi ${MANIFEST_EXCEL_API}).\n`);
}

// Run as a script (node bin/run-ts.cjs scripts/excel-compatibility.ts), not when imported by a test.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) main();
