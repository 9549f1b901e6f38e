/**
 * The Mutaties example of examples/ (2025 and 2026 of the Ommen formation) and the changes it
 * holds (examples/formatie-ommen-mutaties.expected.json, written by the script that made the
 * files), and two checks that a result shows exactly those changes: on the data (the core, the
 * CLI's JSON) and on the Mutaties tables (what the pane and the CLI write into a workbook).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DataTable, TableCell } from "../../src/core/plaatsing/data-table";
import { EXAMPLES } from "./ommen-example";

export interface ExpectedEmployee {
  name: string;
  personnelNumber: string | null;
  status: string;
  changes: string[];
  scaleDirection?: "higher" | "lower";
  placementType?: string;
  matchedOn?: string;
  fteDifference: number | null;
  costDifference: number | null;
  why: string;
}

export interface ExpectedMutaties {
  old: { file: string; sheet: string };
  new: { file: string; sheet: string };
  employees: ExpectedEmployee[];
  vacancies: { function: string; status: string; oldFte: number | null; newFte: number | null; costDifference: number; why: string }[];
  functions: { function: string; status: "in" | "out" }[];
  clusters: { cluster: string; status: "in" | "out" }[];
  totals: { employees: Record<string, number>; vacancies: Record<string, number> };
}

export const MUTATIES_OLD = path.join(EXAMPLES, "formatie-ommen-2025.xlsx");
export const MUTATIES_NEW = path.join(EXAMPLES, "formatie-ommen-2026.xlsx");
export const MUTATIES_BOTH = path.join(EXAMPLES, "formatie-ommen-2025-2026.xlsx");

export function expectedMutaties(): ExpectedMutaties {
  return JSON.parse(readFileSync(path.join(EXAMPLES, "formatie-ommen-mutaties.expected.json"), "utf8")) as ExpectedMutaties;
}

/** What the core and the CLI's JSON give per line (a subset of EmployeeChange). */
interface Line {
  kind: string;
  status: string;
  changes: readonly string[];
  name: string | null;
  matchedOn: string | null;
  scaleDirection: string | null;
  placementType: string | null;
  fteDifference: number | null;
  costDifference: number | null;
  old: { functions: readonly string[]; fte: number | null } | null;
  new: { functions: readonly string[]; fte: number | null } | null;
}

interface Group {
  name: string;
  status: string;
}

/** The result holds exactly the expected changes: every listed line as listed, every other person unchanged. */
export function expectExactlyTheChanges(result: { employees: Line[]; functions: Group[]; clusters: Group[]; totals: { employees: Record<string, number>; vacancies: Record<string, number> } }): void {
  const expected = expectedMutaties();
  const people = result.employees.filter((l) => l.kind === "employee");
  for (const e of expected.employees) {
    const found = people.filter((l) => l.name === e.name);
    expect([e.name, found.length]).toEqual([e.name, 1]);
    const line = found[0] as Line;
    expect({ name: e.name, status: line.status, changes: line.changes, scaleDirection: line.scaleDirection, placementType: line.placementType, fteDifference: line.fteDifference }).toEqual({
      name: e.name,
      status: e.status,
      changes: e.changes,
      scaleDirection: e.scaleDirection ?? null,
      placementType: e.placementType ?? null,
      fteDifference: e.fteDifference,
    });
    if (e.matchedOn !== undefined) expect([e.name, line.matchedOn]).toEqual([e.name, e.matchedOn]);
    if (e.costDifference === null) expect([e.name, line.costDifference]).toEqual([e.name, null]);
    else expect(line.costDifference).toBeCloseTo(e.costDifference, 2);
  }
  const listed = new Set(expected.employees.map((e) => e.name));
  const others = people.filter((l) => !listed.has(l.name ?? ""));
  expect(others.filter((l) => l.status !== "unchanged" || l.matchedOn !== "personnelNumber").map((l) => l.name)).toEqual([]);
  const vacancies = result.employees.filter((l) => l.kind === "vacancy");
  expect(vacancies).toHaveLength(expected.vacancies.length);
  for (const v of expected.vacancies) {
    const line = vacancies.find((l) => (l.new ?? l.old)?.functions[0] === v.function) as Line;
    expect({ function: v.function, status: line.status, oldFte: line.old?.fte ?? null, newFte: line.new?.fte ?? null }).toEqual({ function: v.function, status: v.status, oldFte: v.oldFte, newFte: v.newFte });
    expect(line.costDifference).toBeCloseTo(v.costDifference, 2);
  }
  const appearing = (groups: Group[]) => groups.filter((g) => g.status === "in" || g.status === "out").map((g) => ({ name: g.name, status: g.status }));
  expect(appearing(result.functions)).toEqual(expect.arrayContaining(expected.functions.map((f) => ({ name: f.function, status: f.status }))));
  expect(appearing(result.functions)).toHaveLength(expected.functions.length);
  expect(appearing(result.clusters)).toEqual(expect.arrayContaining(expected.clusters.map((c) => ({ name: c.cluster, status: c.status }))));
  expect(appearing(result.clusters)).toHaveLength(expected.clusters.length);
  expect(result.totals.employees).toEqual(expected.totals.employees);
  expect(result.totals.vacancies).toEqual(expected.totals.vacancies);
}

/** How the Dutch tables say each change. */
const STATUS_NL: Record<string, string> = { in: "nieuw", out: "vertrokken", unchanged: "ongewijzigd", unmatched: "niet te koppelen", unread: "niet te lezen" };
const CHANGE_NL: Record<string, string> = { function: "andere functie", scale: "andere schaal", fte: "andere fte", cluster: "ander cluster" };
const DIRECTION_NL = { higher: "hoger", lower: "lager" };
const PLACEMENT_NL: Record<string, string> = { functievolger: "functievolger", passend: "passend", "niet-passend": "niet passend", hoger: "hoger" };
const VACANCY_NL: Record<string, string> = { in: "nieuwe vacature", out: "vacature vervallen", changed: "andere fte", unchanged: "ongewijzigd" };
const GROUP_NL: Record<string, string> = { in: "nieuw", out: "vervallen" };

export function expectedMutationText(e: ExpectedEmployee): string {
  if (e.status !== "changed") return STATUS_NL[e.status] as string;
  return e.changes.map((c) => (c === "scale" && e.scaleDirection ? `${CHANGE_NL[c]} (${DIRECTION_NL[e.scaleDirection]})` : CHANGE_NL[c])).join(", ");
}

/** A table's rows as records by column key (`rows` may come from the core or be read back from a sheet). */
export function keyedRows(keys: readonly string[], rows: readonly (readonly TableCell[])[]): Record<string, TableCell>[] {
  return rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i] ?? null])));
}

/** The three Dutch Mutaties tables show exactly the expected changes. */
export function expectTablesShowTheChanges(tables: { name: string; keys: readonly string[]; rows: readonly (readonly TableCell[])[] }[]): void {
  const expected = expectedMutaties();
  const table = (name: string) => {
    const found = tables.find((t) => t.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return keyedRows(found.keys, found.rows);
  };
  const employees = table("Mutaties medewerkers");
  for (const e of expected.employees) {
    const rows = employees.filter((r) => r.employee === e.name);
    expect([e.name, rows.length]).toEqual([e.name, 1]);
    const row = rows[0] as Record<string, TableCell>;
    expect({ name: e.name, mutation: row.mutation, placementType: row.placementType, fteDifference: row.fteDifference }).toEqual({
      name: e.name,
      mutation: expectedMutationText(e),
      placementType: e.placementType ? PLACEMENT_NL[e.placementType] : null,
      fteDifference: e.fteDifference,
    });
    if (e.costDifference === null) expect(row.costDifference).toBeNull();
    else expect(row.costDifference as number).toBeCloseTo(e.costDifference, 2);
    if (e.matchedOn === "name") expect(String(row.remark)).toContain("gekoppeld op naam");
  }
  const listed = new Set([...expected.employees.map((e) => e.name), "Vacature"]);
  const unchanged = employees.filter((r) => !listed.has(String(r.employee)));
  expect(unchanged.filter((r) => r.mutation !== "ongewijzigd").map((r) => r.employee)).toEqual([]);
  expect(unchanged.length + expected.employees.filter((e) => e.status === "unchanged").length).toBe(expected.totals.employees.unchanged);
  const vacancies = employees.filter((r) => r.employee === "Vacature");
  expect(vacancies.map((r) => [r.newFunction ?? r.oldFunction, r.mutation]).sort()).toEqual(expected.vacancies.map((v) => [v.function, VACANCY_NL[v.status]]).sort());
  const appearing = (rows: Record<string, TableCell>[], key: string) => rows.filter((r) => r.status === "nieuw" || r.status === "vervallen").map((r) => [r[key], r.status]).sort();
  expect(appearing(table("Mutaties functies"), "function")).toEqual(expected.functions.map((f) => [f.function, GROUP_NL[f.status]]).sort());
  expect(appearing(table("Mutaties clusters"), "cluster")).toEqual(expected.clusters.map((c) => [c.cluster, GROUP_NL[c.status]]).sort());
}

/** A core DataTable in the shape `expectTablesShowTheChanges` reads. */
export function tableShape(table: DataTable): { name: string; keys: string[]; rows: TableCell[][] } {
  return { name: table.name, keys: table.columns.map((c) => c.key), rows: table.rows };
}
