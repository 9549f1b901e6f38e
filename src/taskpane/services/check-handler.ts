/**
 * The check engine's work: it keeps the grid (sent in blocks, patched row by row for live checks),
 * the book's index and the salary table the treden are checked against, and answers requests with
 * the core's validation and tables. The same
 * handler runs inside the Web Worker (check-worker.ts) and, where no worker is available, in the
 * pane's thread (inline transport). It never throws: a failure is a `failed` reply.
 */
import { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { SalaryTable } from "../../core/budget/salary-table-schema";
import type { Functieboek } from "../../core/functieboek/schema";
import type { CellValue, Grid, MergedRange } from "../../core/formatie/grid";
import { validateGrid, type ValidationResult } from "../../core/rules/engine";
import type { CheckOutcome, CheckReply, CheckRequest, ColumnChoice } from "./check-protocol";
import { OVERVIEW_TABLE } from "../../core/plaatsing/overview-table";
import { compareSheets } from "./mutatie-builder";
import { packTables } from "./packed-tables";
import { buildTables as defaultBuildTables, type BuildTables } from "./table-builder";

export type CheckHandler = (request: CheckRequest) => CheckReply;

interface HeldGrid {
  sheet: string;
  originRow: number;
  originCol: number;
  rows: CellValue[][];
  hidden: Set<number>;
  merges: MergedRange[];
}

export function createCheckHandler(buildTables: BuildTables = defaultBuildTables): CheckHandler {
  let book: Functieboek | undefined;
  let index: FunctieboekIndex | undefined;
  let grid: HeldGrid | undefined;
  /** The other formation of the Vergelijk tab. */
  let other: HeldGrid | undefined;
  /** The salary table the treden are checked against; undefined: the bundled one. */
  let salaryTable: SalaryTable | undefined;
  /** Counts every change of book, grid or salary table: with the columns, the key of a validation. */
  let version = 0;
  /** The last validation, reused (for tables, a comparison) while that key is unchanged. */
  let last: { version: number; columns: string; result: ValidationResult } | undefined;

  const validate = (columns: ColumnChoice | undefined): ValidationResult => {
    if (!book || !index) throw new Error("No functieboek set");
    if (!grid) throw new Error("No grid set");
    const columnsKey = JSON.stringify(columns ?? null);
    if (last?.version === version && last.columns === columnsKey) return last.result;
    const result = validateGrid(gridOf(grid), book, { index, ...(columns ? { columns: columns.columns, headerRow: columns.headerRow } : {}), ...(salaryTable ? { salaryTable } : {}) });
    last = { version, columns: columnsKey, result };
    return result;
  };

  const handle = (request: CheckRequest): CheckReply => {
    switch (request.type) {
      case "set-book":
        book = request.book;
        index = new FunctieboekIndex(book);
        version++;
        return { type: "done" };
      case "start-grid": {
        const held: HeldGrid = {
          sheet: request.sheet,
          originRow: request.originRow,
          originCol: request.originCol,
          rows: new Array<CellValue[]>(request.rowCount).fill([]),
          hidden: new Set(request.hiddenRows),
          merges: request.merges,
        };
        if (request.slot === "other") other = held;
        else {
          grid = held;
          version++;
        }
        return { type: "done" };
      }
      case "grid-rows": {
        const held = request.slot === "other" ? other : grid;
        if (!held) throw new Error("grid-rows before start-grid");
        request.rows.forEach((row, i) => {
          held.rows[request.offset + i] = row;
        });
        if (request.slot !== "other") version++;
        return { type: "done" };
      }
      case "patch-rows": {
        if (!grid) throw new Error("patch-rows before start-grid");
        const held = grid;
        request.rows.forEach((row, i) => {
          const sheetRow = request.firstRow + i;
          const at = sheetRow - held.originRow;
          if (at < 0) return;
          while (held.rows.length < at) held.rows.push([]);
          held.rows[at] = row;
          if (request.hidden[i]) held.hidden.add(sheetRow);
          else held.hidden.delete(sheetRow);
        });
        version++;
        return { type: "done" };
      }
      case "set-salary-table":
        salaryTable = request.salaryTable;
        version++;
        return { type: "done" };
      case "validate":
        return { type: "validated", outcome: outcomeOf(validate(request.columns)) };
      case "build-tables": {
        const result = validate(request.columns);
        const { tables, ...outcome } = buildTables(result, index as FunctieboekIndex, request.options);
        const overview = tables.find((t) => t.name === OVERVIEW_TABLE);
        return { type: "tables", outcome: { ...outcome, tables: packTables(tables), ...(overview ? { overview } : {}) } };
      }
      case "compare": {
        if (!other) throw new Error("No other grid set");
        const result = validate(request.columns);
        const { tables, ...outcome } = compareSheets(result, gridOf(other), index as FunctieboekIndex, request.otherColumns, request.options);
        return { type: "compared", outcome: { ...outcome, tables: packTables(tables) } };
      }
    }
  };

  return (request) => {
    try {
      return handle(request);
    } catch (error) {
      return { type: "failed", message: error instanceof Error ? error.message : String(error) };
    }
  };
}

function gridOf(held: HeldGrid): Grid {
  return {
    sheet: held.sheet,
    rows: held.rows,
    originRow: held.originRow,
    originCol: held.originCol,
    hiddenRows: held.hidden,
    ...(held.merges.length > 0 ? { merges: held.merges } : {}),
  };
}

function outcomeOf(result: ValidationResult): CheckOutcome {
  const header = result.formatie?.header;
  return {
    sheet: result.sheet,
    usable: result.usable,
    findings: result.findings,
    summary: result.summary,
    ...(header ? { header: { headerRow: header.headerRow, columns: { ...header.columns } } } : {}),
  };
}
