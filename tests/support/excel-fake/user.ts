/**
 * The simulated user of the fake: edits, fills, selections, inserted and deleted rows, columns and
 * cells, typing in a cell (cell-edit mode), notes and threaded comments, protection. Each fires the
 * events Excel fires for it; none goes through a request (the user is not an add-in).
 */
import type { ChangeType, FakeHost } from "./host";
import { parseRect, type FakeFill, type FakeRect, type FakeSheet, type FakeValue } from "./model";
import { deleteCells, deleteColumns, deleteRows, insertCells, insertColumns, insertRows } from "./structure";

export interface FakeUser {
  setValue(sheet: string, address: string, value: FakeValue): void;
  /** A formula typed into a cell ("=C2/36"): calculated at once (automatic calculation). */
  setFormula(sheet: string, address: string, formula: string): void;
  setFill(sheet: string, address: string, fill: FakeFill | undefined): void;
  select(sheet: string, address: string): void;
  /** Rows inserted before `row` (fires RowInserted with the new rows' address, "5:6"). */
  insertRows(sheet: string, row: number, count?: number): void;
  deleteRows(sheet: string, row: number, count?: number): void;
  insertColumns(sheet: string, column: number, count?: number): void;
  deleteColumns(sheet: string, column: number, count?: number): void;
  insertCells(sheet: string, address: string, shift: "Down" | "Right"): void;
  deleteCells(sheet: string, address: string, shift: "Up" | "Left"): void;
  /** Starts typing in a cell: requests without `delayForCellEdit` fail until `stopEditing`. */
  startEditing(sheet: string, address: string): void;
  stopEditing(): void;
  addComment(sheet: string, address: string, content: string): void;
  protectSheet(sheet: string, locked?: boolean): void;
  protectStructure(on?: boolean): void;
}

export function fakeUser(host: FakeHost): FakeUser {
  const sheetOf = (name: string): FakeSheet => {
    const sheet = host.model.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  const rectOf = (address: string): FakeRect => {
    const rect = parseRect(address);
    if (!rect) throw new Error(address);
    return rect;
  };
  const structural = (sheet: FakeSheet, address: string, type: ChangeType) => {
    host.model.recalculate();
    host.fireChanged(sheet, address, false, type);
  };
  return {
    setValue(sheet, address, value) {
      const s = sheetOf(sheet);
      const rect = rectOf(address);
      const cell = s.ensure(rect.top, rect.left);
      delete cell.formula;
      delete cell.result;
      cell.value = value;
      host.model.recalculate();
      host.fireChanged(s, address, false);
    },
    setFormula(sheet, address, formula) {
      const s = sheetOf(sheet);
      const rect = rectOf(address);
      const cell = s.ensure(rect.top, rect.left);
      delete cell.value;
      cell.formula = formula;
      host.model.recalculate();
      host.fireChanged(s, address, false);
    },
    setFill(sheet, address, fill) {
      const s = sheetOf(sheet);
      const rect = rectOf(address);
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = s.ensure(r, c);
          if (fill) cell.fill = { ...fill };
          else delete cell.fill;
        }
      }
    },
    select(sheet, address) {
      const s = sheetOf(sheet);
      host.model.activeSheetId = s.id;
      host.model.selection = { sheetId: s.id, address };
      host.fireSelection(s, address);
    },
    insertRows(sheet, row, count = 1) {
      const s = sheetOf(sheet);
      insertRows(s, row, count);
      structural(s, `${row}:${row + count - 1}`, "RowInserted");
    },
    deleteRows(sheet, row, count = 1) {
      const s = sheetOf(sheet);
      deleteRows(s, row, count);
      structural(s, `${row}:${row + count - 1}`, "RowDeleted");
    },
    insertColumns(sheet, column, count = 1) {
      const s = sheetOf(sheet);
      insertColumns(s, column, count);
      structural(s, columnsAddress(column, count), "ColumnInserted");
    },
    deleteColumns(sheet, column, count = 1) {
      const s = sheetOf(sheet);
      deleteColumns(s, column, count);
      structural(s, columnsAddress(column, count), "ColumnDeleted");
    },
    insertCells(sheet, address, shift) {
      const s = sheetOf(sheet);
      insertCells(s, rectOf(address), shift);
      structural(s, address, "CellInserted");
    },
    deleteCells(sheet, address, shift) {
      const s = sheetOf(sheet);
      deleteCells(s, rectOf(address), shift);
      structural(s, address, "CellDeleted");
    },
    startEditing(sheet, address) {
      host.startEditing(sheet, address);
    },
    stopEditing() {
      host.stopEditing();
    },
    addComment(sheet, address, content) {
      const s = sheetOf(sheet);
      s.comments.set(address, { id: host.model.newId("comment"), content });
    },
    protectSheet(sheet, locked = true) {
      sheetOf(sheet).isProtected = locked;
    },
    protectStructure(on = true) {
      host.model.structureProtected = on;
    },
  };
}

function columnsAddress(column: number, count: number): string {
  const letters = (n: number) => {
    let s = "";
    for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  return `${letters(column)}:${letters(column + count - 1)}`;
}
