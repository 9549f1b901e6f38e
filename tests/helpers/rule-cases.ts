/**
 * Table tests for rules: each case is a small formation sheet (one row or several) checked
 * against the bundled Ommen functieboek with only the rule under test.
 */
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import type { Functieboek } from "../../src/core/functieboek/schema";
import type { CellValue, Grid } from "../../src/core/formatie/grid";
import type { Finding } from "../../src/core/findings";
import { validateGrid } from "../../src/core/rules/engine";
import type { Rule } from "../../src/core/rules/rule";

export interface RowInput {
  cluster?: CellValue;
  functie?: CellValue;
  normfunctie?: CellValue;
  schaal?: CellValue;
  fte?: CellValue;
  uren?: CellValue;
  medewerker?: CellValue;
  nr?: CellValue;
  cm?: CellValue;
  toelichting?: CellValue;
  huidigeFunctie?: CellValue;
  huidigeSchaal?: CellValue;
  trede?: CellValue;
  salaris?: CellValue;
}

/** Sheet columns, always A–N in this order; header on row 1, data from row 2. */
const COLUMNS: [string, keyof RowInput][] = [
  ["Cluster", "cluster"],
  ["Functie", "functie"],
  ["HR21-normfunctie", "normfunctie"],
  ["Schaal", "schaal"],
  ["FTE", "fte"],
  ["Uren per week", "uren"],
  ["Medewerker", "medewerker"],
  ["Personeelsnummer", "nr"],
  ["Coördinatiemodule", "cm"],
  ["Toelichting", "toelichting"],
  ["Huidige functie", "huidigeFunctie"],
  ["Huidige schaal", "huidigeSchaal"],
  ["Trede", "trede"],
  ["Salaris", "salaris"],
];

/** A row with sensible defaults: a correctly placed Adviseur (schaal 10, 1 fte). */
export function row(input: RowInput = {}): RowInput {
  return { functie: "Adviseur", normfunctie: "Adviseur IV", schaal: 10, fte: 1, ...input };
}

export function sheet(rows: RowInput[], name = "Formatie"): Grid {
  return {
    sheet: name,
    rows: [COLUMNS.map(([label]) => label), ...rows.map((r) => COLUMNS.map(([, key]) => r[key] ?? null))],
  };
}

export interface Expectation {
  code: string;
  cell?: string;
  severity?: Finding["severity"];
  suggestion?: string;
  rows?: number[];
}

export interface RuleCases {
  valid: (RowInput | RowInput[])[];
  invalid: { rows: RowInput | RowInput[]; expect: Expectation[] }[];
  book?: Functieboek;
}

export function check(rule: Rule, rows: RowInput | RowInput[], book: Functieboek = bundledFunctieboek()): Finding[] {
  const grid = sheet(Array.isArray(rows) ? rows : [rows]);
  return validateGrid(grid, book, { rules: [rule] }).findings;
}

export function ruleCases(rule: Rule, cases: RuleCases): void {
  describe(rule.id, () => {
    it("has messages in Dutch and English for every message id", () => {
      for (const message of Object.values(rule.messages)) {
        expect(message.nl.length).toBeGreaterThan(0);
        expect(message.en.length).toBeGreaterThan(0);
        expect(message.nl).not.toBe(message.en);
      }
    });
    describe("valid", () => {
      cases.valid.forEach((rows, i) => {
        it(`case ${i + 1}: ${describeRows(rows)}`, () => {
          expect(check(rule, rows, cases.book)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(`case ${i + 1}: ${describeRows(c.rows)}`, () => {
          const findings = check(rule, c.rows, cases.book);
          const shaped = findings.map((f, j) => pick(f, c.expect[j] ?? { code: "" }));
          expect(shaped).toEqual(c.expect);
          for (const f of findings) {
            expect(f.code).toBe(rule.id);
            expect(f.message.nl).not.toMatch(/\{[^}]*\}/);
            expect(f.message.en).not.toMatch(/\{[^}]*\}/);
          }
        });
      });
    });
  });
}

function pick(finding: Finding, expectation: Expectation): Expectation {
  const shaped: Expectation = { code: finding.code };
  if ("cell" in expectation) shaped.cell = finding.cell;
  if ("severity" in expectation) shaped.severity = finding.severity;
  if ("suggestion" in expectation) shaped.suggestion = finding.suggestion;
  if ("rows" in expectation) shaped.rows = finding.rows;
  return shaped;
}

function describeRows(rows: RowInput | RowInput[]): string {
  const list = Array.isArray(rows) ? rows : [rows];
  const text = list.map((r) => Object.entries(r).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ")).join(" | ");
  return text.length > 110 ? `${text.slice(0, 107)}...` : text;
}
