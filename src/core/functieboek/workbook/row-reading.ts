/**
 * The cells of one row of a functieboek sheet, read by the kind of their column; a cell that cannot
 * be read adds its problem (with sheet and cell) and gives nothing, so reading goes on and every
 * problem of the book is found in one pass.
 */
import type { Localized } from "../../localized";
import type { Competency } from "../schema";
import type { ScaleSpan } from "../scale-span";
import type { ColumnSpec } from "./book-sheets";
import type { Place, ProblemList } from "./book-problems";
import { readAmount, readIntermediateScale, readLevel, readList, readScale, readScaleSpan, readScore, readText, readYesNo, type CellRead } from "./cell-reading";
import type { SheetTable, TableRow } from "./sheet-table";

const MESSAGES = {
  missing: { nl: "{what} ontbreekt.", en: "{whatEn} is missing." },
  levelWithoutName: { nl: "niveau {level} zonder competentie ervoor.", en: "level {level} without a competency before it." },
  nameWithoutLevel: { nl: "competentie '{name}' heeft geen niveau (A, B, C of D).", en: "competency '{name}' has no level (A, B, C or D)." },
} satisfies Record<string, Localized>;

export class Cells {
  /** The row's place: its sheet, row and first column. */
  readonly place: Place;
  private readonly specs: Map<string, ColumnSpec>;

  constructor(
    readonly sheet: string,
    private readonly table: SheetTable,
    private readonly row: TableRow,
    specs: readonly ColumnSpec[],
    private readonly problems: ProblemList,
  ) {
    this.specs = new Map(specs.map((s) => [s.key, s]));
    this.place = { sheet, row: row.row, col: Math.min(...table.columns.values()) };
  }

  /** The place of one of the row's cells (the row's first cell for a column the sheet lacks). */
  placeOf(key: string): Place {
    const col = this.table.columns.get(key);
    return col === undefined ? this.place : { sheet: this.sheet, row: this.row.row, col };
  }

  /** The cell's text without reporting anything. */
  peekText(key: string): string | undefined {
    const read = readText(this.row.value(key));
    return read.kind === "ok" ? read.value : undefined;
  }

  private take<T>(key: string, read: CellRead<T>): T | undefined {
    if (read.kind === "ok") return read.value;
    if (read.kind === "bad") this.problems.add(read.code, this.placeOf(key), read.message, read.data);
    return undefined;
  }

  private spec(key: string): ColumnSpec {
    const spec = this.specs.get(key);
    if (!spec) throw new Error(`No column '${key}'`);
    return spec;
  }

  text(key: string): string | undefined {
    const spec = this.spec(key);
    return this.take(key, spec.kind === "intermediateScale" ? readIntermediateScale(this.row.value(key)) : readText(this.row.value(key)));
  }

  /** Text every row must have: a missing one is a problem. */
  required(key: string): string | undefined {
    const value = this.text(key);
    const raw = this.row.value(key);
    if (value === undefined && (raw === null || readText(raw).kind === "empty")) {
      const spec = this.spec(key);
      this.problems.add("cell/missing", this.placeOf(key), MESSAGES.missing, { what: capital(spec.what.nl), whatEn: capital(spec.what.en) });
    }
    return value;
  }

  list(key: string): string[] {
    return this.take(key, readList(this.row.value(key))) ?? [];
  }

  amount(key: string): number | undefined {
    return this.take(key, readAmount(this.row.value(key), this.spec(key).what));
  }

  score(key: string): { min: number; max?: number } | undefined {
    const spec = this.spec(key);
    const value = this.take(key, readScore(this.row.value(key), spec.what));
    if (value === undefined && spec.filled && readText(this.row.value(key)).kind === "empty") this.required(key);
    return value;
  }

  number(key: string): number | undefined {
    const spec = this.spec(key);
    const value = this.take(key, readScale(this.row.value(key)));
    if (value === undefined && spec.filled && readText(this.row.value(key)).kind === "empty") this.required(key);
    return value;
  }

  /** A scale or range; `bad` when the cell holds something that is neither (already reported). */
  scaleSpan(key: string): { span?: ScaleSpan; bad: boolean } {
    const read = readScaleSpan(this.row.value(key));
    const span = this.take(key, read);
    return span !== undefined ? { span, bad: false } : { bad: read.kind === "bad" };
  }

  yesNo(key: string): boolean | undefined {
    return this.take(key, readYesNo(this.row.value(key)));
  }

  /** Competency n and its level, as a list of none or one. */
  competency(n: number): Competency[] {
    const name = this.text(`competency${n}`);
    const level = this.take(`level${n}`, readLevel(this.row.value(`level${n}`)));
    if (name !== undefined && level !== undefined) return [{ name, level, label: null }];
    if (name !== undefined && readText(this.row.value(`level${n}`)).kind === "empty") this.problems.add("cell/missing", this.placeOf(`level${n}`), MESSAGES.nameWithoutLevel, { name });
    if (name === undefined && level !== undefined) this.problems.add("cell/missing", this.placeOf(`competency${n}`), MESSAGES.levelWithoutName, { level });
    return [];
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function readCellOf(sheet: string, table: SheetTable, row: TableRow, specs: readonly ColumnSpec[], problems: ProblemList): Cells {
  return new Cells(sheet, table, row, specs, problems);
}
