/**
 * Mutaties benchmark (issue 17): two formation sheets of ROWS rows each compared in the core —
 * both read as `validate` reads a sheet, compared per employee, function and cluster, priced, and
 * the three Mutaties tables built. The new sheet is the old one with about a tenth of its people
 * changed: some left, some came, others changed function, scale, FTE or cluster. Prints one JSON line.
 * Usage: node bin/run-ts.cjs bench/mutaties-bench.ts ROWS [RUNS]
 */
import { bundledSalaryTable } from "../src/core/budget/bundled-salary-table";
import { bundledFunctieboek } from "../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../src/core/functieboek/functieboek-index";
import type { CellValue, Grid } from "../src/core/formatie/grid";
import { compareFormaties } from "../src/core/mutaties/compare-formaties";
import { buildMutatieTables } from "../src/core/mutaties/mutatie-tables";
import { budgetPricing } from "../src/core/mutaties/mutation-cost";
import { validateGrid } from "../src/core/rules/engine";
import { formationRows, HEADER } from "./formation-generator";

const rows = Number(process.argv[2] ?? 50000);
const runs = Number(process.argv[3] ?? 7);
const book = bundledFunctieboek();
const index = new FunctieboekIndex(book);

const CLUSTERS = ["Cluster Beleid en Ontwikkeling", "Cluster Regie en Coördinatie", "Cluster Concern en Ondersteuning"];
const FTE = 4;
const SCALE = 3;
const TITLE = 1;
const NORMFUNCTIE = 2;
const CLUSTER = 0;
const NUMBER = 7;

/** The next year: every 40th person left, every 50th changed function, 60th scale, 30th FTE, 70th cluster, and newcomers. */
function nextYear(old: readonly CellValue[][]): CellValue[][] {
  const other = book.functions[1];
  const next: CellValue[][] = [];
  old.forEach((source, i) => {
    if (i % 40 === 0) return;
    const row = [...source];
    if (i % 50 === 1 && other) [row[TITLE], row[NORMFUNCTIE], row[SCALE]] = [other.title.trim(), other.normfunctie.trim(), other.scale];
    if (i % 60 === 2 && typeof row[SCALE] === "number") row[SCALE] = (row[SCALE] as number) + 1;
    if (i % 30 === 3) row[FTE] = row[FTE] === 1 ? 0.8 : 1;
    if (i % 70 === 4) row[CLUSTER] = CLUSTERS[(CLUSTERS.indexOf(String(row[CLUSTER])) + 1) % CLUSTERS.length] as string;
    next.push(row);
  });
  // As many newcomers as leavers, with numbers the old year does not have.
  const newcomers = formationRows(book, old.length - next.length, 7).map((row, i) => {
    row[NUMBER] = String(900000 + i);
    return row;
  });
  return [...next, ...newcomers];
}

const oldRows = formationRows(book, rows, 1);
const grid = (sheet: string, data: CellValue[][]): Grid => ({ sheet, rows: [[`Formatie ${sheet}`], [], HEADER, ...data] });
const oldGrid = grid("2025", oldRows);
const newGrid = grid("2026", nextYear(oldRows));
const pricing = budgetPricing({ salaryTable: bundledSalaryTable(), today: "2026-01-15" });

function compareOnce() {
  // Read as validate reads a sheet (header, columns, values); the rules are not needed to compare.
  const old = validateGrid(oldGrid, book, { index, rules: [] }).formatie;
  const next = validateGrid(newGrid, book, { index, rules: [] }).formatie;
  if (!old || !next) throw new Error("benchmark sheets are not usable");
  const mutaties = compareFormaties(old, next, index, { pricing });
  const tables = buildMutatieTables(mutaties, { old: { sheet: "2025" }, new: { sheet: "2026" } });
  return { mutaties, tables };
}

const times: number[] = [];
const cpuTimes: number[] = [];
let peakRssMb = 0;
let totals: unknown;
for (let i = 0; i < runs + 1; i++) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const { mutaties } = compareOnce();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  // The first run warms up the JIT; peak memory is that of one comparison. CPU time (the
  // collector's helper threads too) next to wall time shows whether a slow run waited or worked.
  if (i > 0) {
    times.push(ms);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  if (i === 0) peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  totals = mutaties.totals.employees;
}
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;
process.stdout.write(
  `${JSON.stringify({ rows, newRows: newGrid.rows.length - 3, runs, medianMs: round(medianOf(times)), fastestMs: round(Math.min(...times)), cpuMedianMs: round(medianOf(cpuTimes)), peakRssMb, employees: totals })}\n`,
);
