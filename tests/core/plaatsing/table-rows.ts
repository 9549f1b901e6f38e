/** Reading the core's tables in tests by column key, so a test says `row.vacantFte`, not `row[5]`. */
import type { DataTable, TableCell } from "../../../src/core/plaatsing/data-table";

export type Keyed = Record<string, TableCell>;

export function keyed(table: DataTable, cells: readonly TableCell[]): Keyed {
  return Object.fromEntries(table.columns.map((c, i) => [c.key, cells[i] ?? null]));
}

export function rowsOf(table: DataTable): Keyed[] {
  return table.rows.map((cells) => keyed(table, cells));
}

/** The one row whose first column is `first`; fails the test when there is none or more than one. */
export function rowWhere(table: DataTable, key: string, value: TableCell): Keyed {
  const found = rowsOf(table).filter((r) => r[key] === value);
  if (found.length !== 1) throw new Error(`${found.length} rows with ${key} = ${String(value)} in '${table.name}'`);
  return found[0] as Keyed;
}

export function totalsOf(table: DataTable): Keyed {
  if (!table.totals) throw new Error(`'${table.name}' has no totals row`);
  return keyed(table, table.totals);
}
