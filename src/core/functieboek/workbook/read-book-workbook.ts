/**
 * A functieboek kept in Excel, read from its sheets' grids (Functies, Normfuncties, Beleid, and
 * optionally Conversietabel and Clusters; layout in book-sheets.ts) into the same book a JSON file
 * gives. Pure: the adapters read the grids, this decides what they mean.
 *
 * Nothing is half-read: every problem of every sheet is collected, each with its sheet and cell,
 * and a book with any problem — or whose self-check finds an error — is refused as a whole.
 */
import type { Grid } from "../../formatie/grid";
import type { Localized } from "../../localized";
import { describeSchemaIssues } from "../../schema-problems";
import { FunctieboekIndex } from "../functieboek-index";
import { FunctieboekSchema, type Functieboek } from "../schema";
import { checkFunctieboek, type BookFinding } from "../self-check";
import { BOOK_COLUMNS, BOOK_SHEETS, findBookSheets, type BookSheetKey, type ColumnSpec } from "./book-sheets";
import { BookLocations } from "./book-locations";
import { placedMessage, ProblemList, type BookSheetProblem } from "./book-problems";
import { readCellOf, type Cells } from "./row-reading";
import { readPolicies } from "./read-policies";
import { readSheetTable, type SheetTable } from "./sheet-table";
import { resolveScales } from "./scale-resolution";

export type { BookSheetProblem };

/** A self-check finding of a book read from a workbook, with the cell it is about. */
export interface PlacedBookFinding extends BookFinding {
  sheet?: string;
  cell?: string;
}

export type BookWorkbookResult =
  | { ok: true; book: Functieboek; findings: PlacedBookFinding[] }
  | { ok: false; problems: BookSheetProblem[] };

const MESSAGES = {
  missingSheet: {
    nl: "Werkblad '{sheet}' ontbreekt; een functieboek in Excel heeft de werkbladen Functies, Normfuncties en Beleid.",
    en: "Sheet '{sheet}' is missing; a function book in Excel has the sheets Functies, Normfuncties and Beleid.",
  },
  noHeader: {
    nl: "geen kopregel gevonden in de eerste 30 rijen; verwacht de kolommen {columns}.",
    en: "no header row found in the first 30 rows; expected the columns {columns}.",
  },
  missingColumn: { nl: "kolom '{column}' ontbreekt in de kopregel.", en: "column '{column}' is missing from the header row." },
  noRows: { nl: "er staat geen enkele {item} op dit werkblad.", en: "this sheet holds no {itemEn}." },
  selfCheck: { nl: "{message}", en: "{message}" },
  schema: { nl: "{message}", en: "{message}" },
} satisfies Record<string, Localized>;

export interface ReadBookOptions {
  /** What the book came from, when the Beleid sheet names no source ("Werkmap functieboek.xlsx"). */
  sourceTitle?: string;
}

/**
 * Reads a functieboek from a workbook's grids (any sheets may be passed; the book's are found by
 * name). The result is the book and its self-check's warnings, or every problem found.
 */
export function readFunctieboekWorkbook(grids: readonly Grid[], options: ReadBookOptions = {}): BookWorkbookResult {
  const problems = new ProblemList();
  const locations = new BookLocations();
  const names = findBookSheets(grids.map((g) => g.sheet));
  const gridOf = (key: BookSheetKey) => grids.find((g) => g.sheet === names[key]);
  for (const spec of BOOK_SHEETS) {
    if (spec.required && !gridOf(spec.key)) problems.add("sheet/missing", {}, MESSAGES.missingSheet, { sheet: spec.names[0] as string });
  }

  const tables: Partial<Record<Exclude<BookSheetKey, "policies">, SheetTable>> = {};
  for (const key of ["functions", "normfuncties", "conversion", "clusters"] as const) {
    const grid = gridOf(key);
    if (!grid) continue;
    const table = readTable(grid, BOOK_COLUMNS[key], problems);
    if (!table) continue;
    tables[key] = table;
    const spec = BOOK_SHEETS.find((s) => s.key === key);
    if (table.rows.length === 0 && spec?.required) problems.add("sheet/empty", { sheet: grid.sheet }, MESSAGES.noRows, { item: `${spec.item.nl}`, itemEn: `${spec.item.en}` });
  }

  const cellsOf = (key: Exclude<BookSheetKey, "policies">): Cells[] => {
    const table = tables[key];
    const grid = gridOf(key);
    if (!table || !grid) return [];
    return table.rows.map((row) => readCellOf(grid.sheet, table, row, BOOK_COLUMNS[key], problems));
  };
  const functionRows = cellsOf("functions").filter((cells) => !isTotalRow(cells));
  const normfunctieRows = cellsOf("normfuncties");
  const conversionRows = cellsOf("conversion");
  const clusterRows = cellsOf("clusters");

  const conversionTable = conversionRows.flatMap((cells, i) => {
    locations.setRow(`conversionTable[${i}]`, cells);
    const from = cells.score("scoreFrom");
    const to = cells.score("scoreTo");
    const scale = cells.number("scale");
    if (from === undefined || to === undefined || scale === undefined) return [];
    const intermediate = cells.text("intermediateScale");
    return [{ scoreFrom: from.min, scoreTo: to.max ?? to.min, scale, ...(intermediate !== undefined ? { intermediateScale: intermediate } : {}), cells }];
  });

  const normfuncties = normfunctieRows.map((cells, i) => {
    locations.setRow(`normfuncties[${i}]`, cells);
    const score = cells.score("score");
    const competencies = [1, 2, 3, 4, 5].flatMap((n) => cells.competency(n));
    const code = cells.text("code");
    const minimumEducation = cells.text("minimumEducation");
    return {
      name: cells.required("name") ?? "",
      aliases: cells.list("aliases"),
      code: code ?? null,
      functiereeks: cells.required("functiereeks") ?? "",
      functiegroep: cells.required("functiegroep") ?? "",
      characteristics: [],
      competencies,
      resultAreas: [],
      profile: null,
      ...(score !== undefined ? { score: score.min, ...(score.max !== undefined ? { scoreMax: score.max } : {}) } : {}),
      ...(minimumEducation !== undefined ? { minimumEducation } : {}),
    };
  });

  const functions = functionRows.map((cells, i) => {
    locations.setRow(`functions[${i}]`, cells);
    const cluster = cells.text("cluster");
    const note = cells.text("note");
    const fte = cells.amount("formationFte");
    return {
      title: cells.required("title") ?? "",
      aliases: cells.list("aliases"),
      normfunctie: cells.required("normfunctie") ?? "",
      span: cells.scaleSpan("scale"),
      formationFte: fte ?? null,
      characteristics: cells.list("characteristics"),
      ...(cluster !== undefined ? { cluster } : {}),
      ...(note !== undefined ? { note } : {}),
      cells,
    };
  });

  const clusters = clusterRows.map((cells, i) => {
    locations.setRow(`clusters[${i}]`, cells);
    const allowed = cells.yesNo("coordinationAllowed");
    return {
      name: cells.required("name") ?? "",
      indicativeFte: cells.amount("indicativeFte") ?? null,
      description: cells.text("description") ?? "",
      aliases: cells.list("aliases"),
      ...(allowed !== undefined ? { coordinationAllowed: allowed } : {}),
    };
  });
  if (tables.clusters === undefined && gridOf("clusters") === undefined) {
    // No Clusters sheet: the clusters or teams the functions name, in their order.
    for (const fn of functions) {
      if (fn.cluster !== undefined && !clusters.some((c) => c.name.toLowerCase() === fn.cluster?.toLowerCase())) clusters.push({ name: fn.cluster, indicativeFte: null, description: "", aliases: [] });
    }
  }
  for (const [part, key] of [["clusters", "clusters"], ["functions", "functions"], ["normfuncties", "normfuncties"], ["conversionTable", "conversion"], ["policies", "policies"]] as const) {
    const sheet = names[key];
    if (sheet !== undefined) locations.setSheet(part, sheet);
  }

  // Without a Normfuncties sheet no scale can be derived: its absence is the one problem to tell.
  const scaled = resolveScales(functions, normfuncties, conversionTable, problems, tables.normfuncties !== undefined);
  const policyGrid = gridOf("policies");
  const policies = policyGrid ? readPolicies(policyGrid, problems, locations) : undefined;
  if (problems.length > 0 || !policies) return { ok: false, problems: problems.items };

  const input = {
    schemaVersion: 1,
    ...policies.top,
    source: { title: options.sourceTitle ?? "Functieboek in Excel", ...policies.source },
    policies: policies.policies,
    clusters,
    functions: scaled,
    normfuncties,
    modules: [],
    ...(conversionTable.length > 0 ? { conversionTable: conversionTable.map(({ cells: _cells, ...row }) => row) } : {}),
  };
  const parsed = FunctieboekSchema.safeParse(input);
  if (!parsed.success) {
    // The reader checks every cell first; this only guards against a gap in those checks.
    for (const problem of describeSchemaIssues(parsed.error.issues, input)) {
      const place = locations.locate(problem.path);
      problems.add("book/schema", place, MESSAGES.schema, { message: problem.message.nl });
    }
    return { ok: false, problems: problems.items };
  }
  const book = parsed.data;
  const findings = checkFunctieboek(book, new FunctieboekIndex(book)).map((finding): PlacedBookFinding => {
    const place = locations.locate(finding.path);
    const message = placedMessage(place, finding.message);
    const cell = place.row !== undefined && place.col !== undefined ? locations.cellOf(place) : undefined;
    return { ...finding, message, ...(place.sheet !== undefined ? { sheet: place.sheet } : {}), ...(cell !== undefined ? { cell } : {}) };
  });
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((f) => ({ code: f.code, ...(f.sheet !== undefined ? { sheet: f.sheet } : {}), ...(f.cell !== undefined ? { cell: f.cell } : {}), message: f.message })),
    };
  }
  return { ok: true, book, findings };
}

function readTable(grid: Grid, specs: readonly ColumnSpec[], problems: ProblemList): SheetTable | undefined {
  const table = readSheetTable(grid, specs);
  if (!table) {
    const required = specs.filter((s) => s.required).map((s) => s.labels[0]);
    problems.add("sheet/no-header", { sheet: grid.sheet }, MESSAGES.noHeader, { columns: required.join(", ") });
    return undefined;
  }
  for (const spec of table.missing) problems.add("sheet/missing-column", { sheet: grid.sheet, row: table.headerRow }, MESSAGES.missingColumn, { column: spec.labels[0] as string });
  return table.missing.length > 0 ? undefined : table;
}

/** A "Totaal" row under the functions (a sum, not a function). */
function isTotalRow(cells: Cells): boolean {
  const title = cells.peekText("title");
  return title !== undefined && /^(totaal|total|som)\b/i.test(title) && cells.peekText("normfunctie") === undefined;
}
