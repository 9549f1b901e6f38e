/**
 * Inserting and deleting rows, columns and cells: everything after the change moves, as in Excel
 * (values, formats, notes, threaded comments, merged areas, hidden rows). Used by the simulated
 * user (`fake.user.insertRows` …, which then fires a change event with the matching `changeType`)
 * and by `Range.delete` / `Range.insert`.
 */
import { colLetters, colNumber, key, MAX_COLS, type FakeCell, type FakeRect, type FakeSheet } from "./model";

/** Where a cell goes: its new row and column, or null when it is deleted. */
type Move = (row: number, col: number) => [number, number] | null;

export type Shift = "Up" | "Down" | "Left" | "Right";

function addressKey(address: string): [number, number] | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  return m ? [Number(m[2]), colNumber(m[1] as string)] : undefined;
}

function moveAll(sheet: FakeSheet, move: Move): void {
  const cells = [...sheet.cells.entries()];
  sheet.cells.clear();
  for (const [k, cell] of cells) {
    const to = move(Math.floor(k / (MAX_COLS + 1)), k % (MAX_COLS + 1));
    if (to) sheet.cells.set(key(to[0], to[1]), cell as FakeCell);
  }
  for (const map of [sheet.notes, sheet.comments] as Map<string, unknown>[]) {
    const entries = [...map.entries()];
    map.clear();
    for (const [address, value] of entries) {
      const at = addressKey(address);
      const to = at ? move(at[0], at[1]) : null;
      if (to) map.set(`${colLetters(to[1])}${to[0]}`, value);
    }
  }
  const merges = sheet.merges.splice(0).flatMap((m): FakeRect[] => {
    const a = move(m.top, m.left);
    const b = move(m.bottom, m.right);
    return a && b ? [{ top: a[0], left: a[1], bottom: b[0], right: b[1] }] : [];
  });
  sheet.merges.push(...merges);
  const hidden = [...sheet.hiddenRows];
  sheet.hiddenRows.clear();
  for (const row of hidden) {
    const to = move(row, 1);
    if (to) sheet.hiddenRows.add(to[0]);
  }
}

export function insertRows(sheet: FakeSheet, at: number, count: number): void {
  moveAll(sheet, (row, col) => [row >= at ? row + count : row, col]);
}

export function deleteRows(sheet: FakeSheet, at: number, count: number): void {
  moveAll(sheet, (row, col) => (row >= at && row < at + count ? null : [row >= at + count ? row - count : row, col]));
}

export function insertColumns(sheet: FakeSheet, at: number, count: number): void {
  moveAll(sheet, (row, col) => [row, col >= at ? col + count : col]);
}

export function deleteColumns(sheet: FakeSheet, at: number, count: number): void {
  moveAll(sheet, (row, col) => (col >= at && col < at + count ? null : [row, col >= at + count ? col - count : col]));
}

/** Inserts blank cells at `rect`, moving the cells there down or right. */
export function insertCells(sheet: FakeSheet, rect: FakeRect, shift: "Down" | "Right"): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  moveAll(sheet, (row, col) => {
    if (shift === "Down" && col >= rect.left && col <= rect.right && row >= rect.top) return [row + rows, col];
    if (shift === "Right" && row >= rect.top && row <= rect.bottom && col >= rect.left) return [row, col + cols];
    return [row, col];
  });
}

/** Deletes the cells of `rect`, moving the cells after them up or left. */
export function deleteCells(sheet: FakeSheet, rect: FakeRect, shift: "Up" | "Left"): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  moveAll(sheet, (row, col) => {
    const inside = row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
    if (inside) return null;
    if (shift === "Up" && col >= rect.left && col <= rect.right && row > rect.bottom) return [row - rows, col];
    if (shift === "Left" && row >= rect.top && row <= rect.bottom && col > rect.right) return [row, col - cols];
    return [row, col];
  });
}
