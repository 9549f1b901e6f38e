/**
 * What people read from the core is written their language's way: no "0.89" or "16509,90" in
 * Dutch text, no "0,89" in English text, no ISO dates (2026-11-30) in titles and notes, no
 * "fout(en)". Scanned: every rule's findings on the example formation and on a sheet made to trip
 * every other rule, every template as written, the functieboek self-check, and every table's
 * titles, labels, notes, footnotes and text cells built from the example.
 */
import { buildBudgetTables } from "../../src/core/budget/budget-table";
import { bundledSalaryTable } from "../../src/core/budget/bundled-salary-table";
import type { Finding } from "../../src/core/findings";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../src/core/functieboek/functieboek-index";
import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import { BOOK_CHECKS, checkFunctieboek } from "../../src/core/functieboek/self-check";
import type { Language, Localized } from "../../src/core/localized";
import type { DataTable } from "../../src/core/plaatsing/data-table";
import { buildPlaatsingTables } from "../../src/core/plaatsing/plaatsing-tables";
import { RULES } from "../../src/core/rules";
import { validateGrid } from "../../src/core/rules/engine";
import { exampleGrid } from "../helpers/ommen-example";
import { row, sheet } from "../helpers/rule-cases";
import { problemsIn } from "../helpers/dutch-text-scan";
import { minimalBook } from "./functieboek/minimal-book";

function expectReadable(texts: readonly Localized[], where: string, template = false): void {
  const bad = texts.flatMap((t) => (["nl", "en"] as const).flatMap((l) => problemsIn(t[l], l, template).map((p) => `${where} (${l}): ${p} in "${t[l]}"`)));
  expect(bad).toEqual([]);
}

describe("the scanner itself", () => {
  it.each([
    ["0.89 fte", "nl", ["number 0.89"]],
    ["16509,90", "en", ["number 16509,90"]],
    ["0,89 fte; 20.000 rijen; € 16.509,90; § 1.4", "nl", []],
    ["0.891", "nl", ["number 0.891"]],
    ["'1.000' getypt", "nl", []],
    ["Datum: 2026-11-30", "nl", ["ISO date"]],
    ["2 fout(en)", "nl", ["(en)/(s) plural"]],
    ["Bron: https://example.nl/2023-11-15-akkoord-1.5", "nl", []],
    ["Bron 2023-11-15: https://example.nl/a", "nl", ["ISO date"]],
    ["20,000 rows, 0.89 FTE", "en", []],
  ] as const)("%s (%s) → %p", (text, language, problems) => {
    expect(problemsIn(text, language)).toEqual(problems);
  });
});

/** Rows that trip the rules the example does not (every rule should be rendered at least once). */
const EXTRA_ROWS = [
  row({ cluster: "Onbekend cluster" }),
  row({ cluster: "Regie en Coordinatie" }),
  row({ cm: "misschien" }),
  row({ functie: "Gemeentesecretaris", normfunctie: null, schaal: 14, cm: "ja", medewerker: "Gerrit", nr: "1" }),
  row({ medewerker: "Ans de Vries", nr: "77" }),
  row({ medewerker: "Anna de Vries", nr: "77", fte: 0.25 }),
  row({ functie: "Zweminstructeur", normfunctie: null, schaal: 6, fte: 0.5 }),
  row({ fte: 0 }),
  row({ fte: "150%" }),
  row({ fte: 1, uren: 0 }),
  row({ fte: 1, uren: 40 }),
  row({ fte: "abc" }),
  row({ fte: new Date(Date.UTC(2026, 10, 30)) }),
  row({ fte: true }),
  row({ schaal: { error: "#UNCALCULATED" } }),
  row({ functie: "Gemeentesecretaris", normfunctie: null, schaal: 14, fte: 1, medewerker: "Hanna" }),
  row({ functie: "adviseur" }),
  row({ functie: "Onbestaande functie xyz" }),
  row({ functie: null, normfunctie: "Adviseur 4" }),
  row({ functie: null, normfunctie: "Adviseur XI" }),
  row({ schaal: 8, huidigeSchaal: 12 }),
  row({ schaal: "10U" }),
  row({ schaal: "abc" }),
  row({ schaal: 25 }),
  row({ schaal: 0.5 }),
  row({ fte: 0.891234, uren: 20 }),
  row({ trede: "abc" }),
  row({ trede: 12 }),
  row({ salaris: "ongeveer vierduizend" }),
];

async function allFindings(): Promise<Finding[]> {
  const book = bundledFunctieboek();
  return [...validateGrid(await exampleGrid(), book).findings, ...validateGrid(sheet(EXTRA_ROWS), book).findings];
}

describe("rule messages", () => {
  it("are rendered for every rule, and read the Dutch way in Dutch and the English way in English", async () => {
    const findings = await allFindings();
    const missing = RULES.map((r) => r.id).filter((id) => !findings.some((f) => f.code === id));
    expect(missing).toEqual([]);
    expectReadable(findings.map((f) => f.message), "finding");
  });

  it("as written: no English decimals in Dutch templates and no Dutch decimals in English ones", () => {
    const templates = RULES.flatMap((r) => [r.title, r.description, ...Object.values(r.messages)]);
    expectReadable([...templates, ...BOOK_CHECKS.flatMap((c) => [c.title, c.messages])], "template", true);
  });

  it("put numbers the rules computed into English text the English way (not pre-formatted in Dutch)", async () => {
    const findings = await allFindings();
    const over = findings.find((f) => f.code === "employee/over-allocated");
    expect(over?.message.nl).toContain("samen 1,40 fte");
    expect(over?.message.en).toContain("1.40 FTE in total");
    const hours = findings.find((f) => f.code === "fte/hours-mismatch");
    expect(hours?.message.en).toContain("is 0.89 FTE");
    expect(hours?.suggestion).toBe("0,89");
  });
});

describe("the functieboek self-check", () => {
  it("writes numbers and words per language", () => {
    const input = minimalBook();
    input.clusters![0]!.indicativeFte = 2.5;
    input.formationTotalFte = 4;
    input.functions[1]!.title = " adviseur";
    const loaded = loadFunctieboek(input);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const findings = [...checkFunctieboek(loaded.book), ...checkFunctieboek(bundledFunctieboek())];
    expect(findings.length).toBeGreaterThan(2);
    expectReadable(findings.map((f) => f.message), "self-check");
    const clusters = findings.find((f) => f.code === "book/cluster-total");
    expect(clusters?.message.nl).toMatch(/ 2,5\b/);
    expect(clusters?.message.en).toMatch(/ 2\.5\b/);
    const duplicate = findings.find((f) => f.code === "book/duplicate-title");
    expect(duplicate?.message.en).toContain("(functions)");
  });
});

describe("tables built from the example", () => {
  async function tables(language: Language): Promise<DataTable[]> {
    const book = bundledFunctieboek();
    const index = new FunctieboekIndex(book);
    const result = validateGrid(await exampleGrid(), book, { index });
    const built = buildPlaatsingTables(result, index, { date: "2026-11-30", language });
    if (!built) throw new Error("the example is not usable");
    const budget = buildBudgetTables(built.plaatsing, { salaryTable: bundledSalaryTable(), today: "2026-11-30", year: 2028, language, ownMeasures: [{ date: "2028-07-01", type: "fixed", value: 40.5, sources: [], own: true }] });
    return [built.overview, built.perFunction, built.perCluster, built.list, budget.perFunction, budget.perCluster];
  }

  it.each(["nl", "en"] as const)("have readable titles, labels, notes, footnotes and text cells (%s)", async (language) => {
    const bad: string[] = [];
    for (const table of await tables(language)) {
      const texts: [string, string, Language][] = [
        ["title", table.title, "nl"],
        ["titleEn", table.titleEn, "en"],
        ...table.columns.flatMap((c): [string, string, Language][] => [["label", c.label, "nl"], ["labelEn", c.labelEn, "en"]]),
        ...[...(table.about ?? []), ...(table.notes ?? []), ...(table.footnotes ?? [])].flatMap((n): [string, string, Language][] => [["note", n.nl, "nl"], ["note", n.en, "en"]]),
        ...table.rows.flatMap((r) => r.filter((c): c is string => typeof c === "string").map((c): [string, string, Language] => ["cell", c, language])),
      ];
      for (const [what, text, l] of texts) for (const problem of problemsIn(text, l)) bad.push(`${table.name} ${what}: ${problem} in "${text}"`);
    }
    expect(bad).toEqual([]);
  });

  it("name findings in the Overzicht by title, with the code only in brackets", async () => {
    const [overview] = await tables("nl");
    const kinds = (overview?.footnotes ?? []).slice(1).map((n) => n.nl);
    expect(kinds.length).toBeGreaterThan(5);
    for (const line of kinds) expect(line).toMatch(/^[A-Z][^/]*: .+ \([a-z]+\/[a-z-]+\)$/);
    expect(kinds).toContain("Schaal past niet bij de functie: 1 fout (scale/mismatch)");
  });

  it("date the Overzicht in words and the budget's salary table as 01-07-2020", async () => {
    const [overview, , , , budget] = await tables("nl");
    expect(overview?.about?.map((n) => n.nl)).toContain("Datum: 30 november 2026");
    expect(budget?.notes?.some((n) => n.nl.includes("geldig vanaf 01-07-2020"))).toBe(true);
  });
});
