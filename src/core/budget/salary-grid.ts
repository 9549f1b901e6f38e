/**
 * A salary table typed into a sheet ("Salaristabel") → the same data the JSON file gives. Pure,
 * on the core's grid, so a workbook file and live Excel are read alike. Layout:
 *
 *   Naam          | Salaristabel Cao Gemeenten 2025
 *   Geldig vanaf  | 1-1-2025                (a date cell, 2025-01-01 or 1 januari 2025)
 *   Bron          | Cao Gemeenten, bijlage …
 *
 *   Schaal | 0    | 1    | … | 11          (step numbers; "trede 0" or "periodiek 0" also do)
 *   1      | 2100 | 2150 | … | 2600
 *   10A    | …
 *
 * Amounts may be numbers or text such as "€ 2.943" or "2943,50". Problems name the cell.
 */
import { cellAddress, cellText, isEmptyCell, type CellValue, type Grid } from "../formatie/grid";
import { parseDutchDate } from "../format";
import { amountValue } from "../formatie/value-parsing";
import { localize, type Localized } from "../localized";
import { compactKey } from "../text/normalize";
import { loadSalaryTable, type SalaryTableLoadResult, type SalaryTableProblem } from "./load-salary-table";

const MESSAGES = {
  noHeader: {
    nl: "Werkblad '{sheet}': geen kopregel gevonden. Zet boven de bedragen een rij met 'Schaal' en de treden 0, 1, 2, …",
    en: "Sheet '{sheet}': no header row found. Put a row with 'Schaal' and the steps 0, 1, 2, … above the amounts.",
  },
  stepGap: {
    nl: "Werkblad '{sheet}': de kopregel noemt de treden {steps}; ze moeten doorlopen vanaf 0.",
    en: "Sheet '{sheet}': the header names steps {steps}; they must run on from 0.",
  },
  amount: { nl: "Cel {cell}: '{found}' is geen bedrag.", en: "Cell {cell}: '{found}' is not an amount." },
  missingAmount: { nl: "Cel {cell}: het bedrag van schaal {scale}, trede {step} ontbreekt.", en: "Cell {cell}: the amount of scale {scale}, step {step} is missing." },
  noScales: { nl: "Werkblad '{sheet}': geen schalen onder de kopregel.", en: "Sheet '{sheet}': no scales below the header row." },
  noDate: {
    nl: "Werkblad '{sheet}': de datum ontbreekt. Zet boven de tabel een rij 'Geldig vanaf' met de datum waarop de tabel ingaat.",
    en: "Sheet '{sheet}': the date is missing. Put a row 'Geldig vanaf' with the date the table takes effect above the table.",
  },
  badDate: { nl: "Cel {cell}: '{found}' is geen datum.", en: "Cell {cell}: '{found}' is not a date." },
} satisfies Record<string, Localized>;

const META_LABELS: Record<string, "name" | "validFrom" | "source"> = {
  naam: "name",
  naamtabel: "name",
  titel: "name",
  salaristabel: "name",
  name: "name",
  geldigvanaf: "validFrom",
  ingangsdatum: "validFrom",
  datum: "validFrom",
  peildatum: "validFrom",
  per: "validFrom",
  validfrom: "validFrom",
  bron: "source",
  source: "source",
};
const SCALE_LABELS = new Set(["schaal", "salarisschaal", "scale"]);


export interface SalaryGridOptions {
  /** Name when the sheet names none. */
  defaultName: string;
  /** Source when the sheet names none (e.g. "werkblad Salaristabel in formatie.xlsx"). */
  defaultSource: string;
}

export function salaryTableFromGrid(grid: Grid, options: SalaryGridOptions): SalaryTableLoadResult {
  const originRow = grid.originRow ?? 1;
  const originCol = grid.originCol ?? 1;
  const at = (i: number, j: number) => cellAddress(originRow + i, originCol + j);
  const sheetProblem = (templates: Localized, data: Record<string, string> = {}): SalaryTableProblem => ({ path: grid.sheet, message: localize(templates, { sheet: grid.sheet, ...data }) });
  const problems: SalaryTableProblem[] = [];
  const meta: { name?: string; validFrom?: string; source?: string } = {};
  let dateUnreadable = false;

  let header: { index: number; steps: Map<number, number>; scaleCol: number } | undefined;
  for (let i = 0; i < grid.rows.length && !header; i++) {
    const row = grid.rows[i] ?? [];
    const filled = row.map((value, j) => ({ value, j })).filter((c) => !isEmptyCell(c.value));
    const first = filled[0];
    if (!first) continue;
    const label = compactKey(cellText(first.value));
    if (SCALE_LABELS.has(label)) {
      const steps = new Map<number, number>();
      for (const cell of filled.slice(1)) {
        const step = stepOf(cell.value);
        if (step !== undefined) steps.set(cell.j, step);
      }
      if (steps.size > 0) header = { index: i, steps, scaleCol: first.j };
      continue;
    }
    const field = META_LABELS[label];
    const value = filled[1];
    if (!field || !value || meta[field] !== undefined) continue;
    if (field === "validFrom") {
      const date = isoDate(value.value);
      dateUnreadable = date === undefined;
      if (date === undefined) problems.push({ path: at(i, value.j), message: localize(MESSAGES.badDate, { cell: at(i, value.j), found: cellText(value.value) }) });
      else meta.validFrom = date;
    } else {
      meta[field] = cellText(value.value).trim();
    }
  }
  if (!header) return { ok: false, problems: [...problems, sheetProblem(MESSAGES.noHeader)] };

  const stepColumns = [...header.steps].sort((a, b) => a[1] - b[1]);
  const stepNumbers = stepColumns.map(([, step]) => step);
  if (stepNumbers.some((step, k) => step !== k)) problems.push(sheetProblem(MESSAGES.stepGap, { steps: stepNumbers.join(", ") }));

  const scales: { scale: string; steps: number[] }[] = [];
  for (let i = header.index + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i] ?? [];
    const scale = scaleOf(row[header.scaleCol] ?? null);
    if (scale === undefined) continue; // blank rows and notes under the table
    const steps: number[] = [];
    for (const [j, step] of stepColumns) {
      const value = row[j] ?? null;
      if (isEmptyCell(value)) {
        problems.push({ path: at(i, j), message: localize(MESSAGES.missingAmount, { cell: at(i, j), scale, step }) });
        continue;
      }
      const amount = amountOf(value);
      if (amount === undefined) problems.push({ path: at(i, j), message: localize(MESSAGES.amount, { cell: at(i, j), found: cellText(value) }) });
      else steps.push(amount);
    }
    scales.push({ scale, steps });
  }
  if (scales.length === 0) problems.push(sheetProblem(MESSAGES.noScales));
  if (meta.validFrom === undefined && !dateUnreadable) problems.push(sheetProblem(MESSAGES.noDate));
  if (problems.length > 0) return { ok: false, problems };
  return loadSalaryTable({ name: meta.name || options.defaultName, validFrom: meta.validFrom, source: meta.source || options.defaultSource, scales });
}

/** A header cell naming a step: 0, "0", "trede 0", "periodiek 0". */
function stepOf(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= 60 ? value : undefined;
  const match = /^(?:trede|periodiek|step|tr\.?|p\.?)?\s*(\d{1,2})$/i.exec(cellText(value).trim());
  return match ? Number(match[1]) : undefined;
}

/** A scale in the first column: 1, "10A", "schaal 10". */
function scaleOf(value: CellValue): string | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
  const match = /^(?:salaris)?(?:schaal\s*)?(\d{1,2}\s*[a-z]?)$/i.exec(cellText(value).trim());
  return match ? (match[1] ?? "").replace(/\s+/g, "").toUpperCase() : undefined;
}

/** An amount: a number, or text such as "€ 2.943", "2.943,50", "2943,50", "2943.50" (the formation sheet reads salaries the same way). */
export const amountOf: (value: CellValue) => number | undefined = amountValue;

/** A date cell or text → "YYYY-MM-DD": a Date, an Excel serial number, or a date as typed (format's `parseDutchDate`). */
function isoDate(value: CellValue): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 1 || value > 100000) return undefined;
    return new Date(Date.UTC(1899, 11, 30) + value * 86400000).toISOString().slice(0, 10);
  }
  return parseDutchDate(cellText(value));
}

