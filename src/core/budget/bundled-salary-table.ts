/**
 * The salary table shipped with the tool and used when the user supplies no other: the table in
 * force on 1 July 2020 (CAR-UWO bijlage IIa). It is old on purpose (the last one published as a
 * complete table with its source); every budget states its date and warns that it is old.
 */
import table2020 from "../../data/cao-gemeenten-salaristabel-2020-07-01.json";
import { loadSalaryTable } from "./load-salary-table";
import type { SalaryTable } from "./salary-table-schema";

let cached: SalaryTable | undefined;

export function bundledSalaryTable(): SalaryTable {
  if (!cached) {
    const result = loadSalaryTable(table2020);
    if (!result.ok) throw new Error(`The bundled salary table does not load: ${result.problems.map((p) => p.message.en).join("; ")}`);
    cached = result.table;
  }
  return cached;
}
