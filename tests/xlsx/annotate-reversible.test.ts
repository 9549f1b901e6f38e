/**
 * Marking is reversible (issue 7): annotateWorkbook → clearMarks leaves every cell's fill and note
 * exactly as before, for random fills, notes and findings; a cell the user recoloured in between
 * keeps the user's colour, and a note the user added to keeps the user's words. Checked in memory
 * and through a saved file (as the CLI's --out copy is opened again later). fast-check, fixed seeds;
 * counterexamples found while writing this are pinned as examples.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Finding, Severity } from "../../src/core/findings";
import { cellAddress, columnLetter } from "../../src/core/formatie/grid";
import { annotateWorkbook, clearMarks, STATE_SHEET } from "../../src/xlsx/annotate";

const SHEETS = ["Formatie", "Blad 2"];
const ROWS = 6;
const COLS = 4;

/** User colours, including Excel's own "Bad" and "Neutral" fills, which equal the tool's error and warning marks. */
const PALETTE = ["FFFFC7CE", "FFFFEB9C", "FFDDEBF7", "FF00B050", "FFFFFF00", "FF4472C4"];

interface CellSetup {
  fill: string | null;
  note: string | null;
}

interface Scenario {
  cells: CellSetup[][][]; // [sheet][row][col]
  rounds: { sheet: number; row: number; col: number; severity: Severity; message: string }[][];
  recolour: { pick: number; colour: string }[];
  addToNote: { pick: number; text: string }[];
}

const cellSetup: fc.Arbitrary<CellSetup> = fc.record({
  fill: fc.option(fc.constantFrom(...PALETTE), { nil: null, freq: 2 }),
  note: fc.option(fc.constantFrom("Controleren!", "Formatiecheck: oude notitie van de gebruiker", "regel 1\nregel 2", "=SUM(A1)"), { nil: null, freq: 2 }),
});

const finding = fc.record({
  sheet: fc.integer({ min: 0, max: SHEETS.length - 1 }),
  row: fc.integer({ min: 1, max: ROWS }),
  col: fc.integer({ min: 1, max: COLS }),
  severity: fc.constantFrom<Severity>("error", "warning", "info"),
  message: fc.constantFrom("Schaal past niet.", "=HYPERLINK(\"http://x\")", "FTE is geen getal.", "Functie onbekend."),
});

const scenario: fc.Arbitrary<Scenario> = fc.record({
  cells: fc.array(fc.array(fc.array(cellSetup, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS }), { minLength: SHEETS.length, maxLength: SHEETS.length }),
  rounds: fc.array(fc.array(finding, { maxLength: 12 }), { minLength: 1, maxLength: 2 }),
  recolour: fc.array(fc.record({ pick: fc.nat(), colour: fc.constantFrom(...PALETTE, "FF7030A0") }), { maxLength: 3 }),
  addToNote: fc.array(fc.record({ pick: fc.nat(), text: fc.constantFrom("Opgelost, zie mail.", "Gebruiker: klopt") }), { maxLength: 2 }),
});

function build(s: Scenario): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  SHEETS.forEach((name, k) => {
    const sheet = workbook.addWorksheet(name);
    for (let r = 1; r <= ROWS; r++) {
      for (let c = 1; c <= COLS; c++) {
        const setup = s.cells[k]?.[r - 1]?.[c - 1];
        const cell = sheet.getCell(r, c);
        cell.value = r === 1 ? `Kop ${columnLetter(c)}` : r * 10 + c;
        cell.font = { bold: r === 1 };
        if (setup?.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: setup.fill } };
        if (setup?.note) cell.note = setup.note;
      }
    }
  });
  return workbook;
}

function findingsOf(round: Scenario["rounds"][number]): Finding[] {
  return round.map((f) => ({
    code: "test/mark",
    severity: f.severity,
    sheet: SHEETS[f.sheet] as string,
    row: f.row,
    column: columnLetter(f.col),
    cell: cellAddress(f.row, f.col),
    message: { nl: f.message, en: f.message },
  }));
}

type Snapshot = Record<string, { fill: unknown; note: unknown; value: unknown; font: unknown }>;

function snapshot(workbook: ExcelJS.Workbook): Snapshot {
  const out: Snapshot = {};
  for (const name of SHEETS) {
    const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    for (let r = 1; r <= ROWS; r++) {
      for (let c = 1; c <= COLS; c++) {
        const cell = sheet.getCell(r, c);
        out[`${name}!${cellAddress(r, c)}`] = { fill: cell.fill ?? null, note: noteText(cell.note), value: cell.value, font: cell.font ?? null };
      }
    }
  }
  return JSON.parse(JSON.stringify(out)) as Snapshot;
}

function noteText(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (note === undefined || note === null) return null;
  return typeof note === "string" ? note : (note.texts?.map((t) => t.text).join("") ?? "");
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/** The cells marked by the last round, in a stable order, for the user's edits to pick from. */
function markedCells(s: Scenario): string[] {
  const last = s.rounds[s.rounds.length - 1] ?? [];
  return [...new Set(last.map((f) => `${SHEETS[f.sheet]}!${cellAddress(f.row, f.col)}`))].sort();
}

/** The user's edits between marking and clearing; returns what each edited cell must look like after clearing. */
function userEdits(workbook: ExcelJS.Workbook, s: Scenario): Map<string, { fill?: unknown; noteSuffix?: string }> {
  const marked = markedCells(s);
  const edits = new Map<string, { fill?: unknown; noteSuffix?: string }>();
  if (marked.length === 0) return edits;
  const cellOf = (key: string) => {
    const [sheet, address] = key.split("!") as [string, string];
    return (workbook.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address);
  };
  const argbOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  const markColour = new Map(marked.map((key) => [key, argbOf(cellOf(key))]));
  for (const { pick, colour } of s.recolour) {
    const key = marked[pick % marked.length] as string;
    const cell = cellOf(key);
    // As in Excel, one cell is recoloured: a new style for this cell (ExcelJS shares style objects
    // between cells read from a file, so `cell.fill = …` would recolour its neighbours too).
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: colour } } };
    // Recoloured to exactly the tool's mark colour, a cell looks unedited: nothing can tell them apart.
    if (colour === markColour.get(key)) edits.set(key, { ...edits.get(key), fill: undefined });
    else edits.set(key, { ...edits.get(key), fill: JSON.parse(JSON.stringify(cell.fill)) as unknown });
  }
  for (const { pick, text } of s.addToNote) {
    const key = marked[pick % marked.length] as string;
    const cell = cellOf(key);
    const current = noteText(cell.note);
    if (current === null || edits.get(key)?.noteSuffix !== undefined) continue;
    // The user types into the note in Excel; the tool's own block stays as it was.
    cell.note = `${current}\n${text}`;
    edits.set(key, { ...edits.get(key), noteSuffix: text });
  }
  return edits;
}

function expectRestored(before: Snapshot, after: Snapshot, edits: Map<string, { fill?: unknown; noteSuffix?: string }>): void {
  for (const [key, original] of Object.entries(before)) {
    const edit = edits.get(key);
    const want = { ...original };
    if (edit?.fill !== undefined) want.fill = edit.fill;
    if (edit?.noteSuffix !== undefined) want.note = original.note === null ? edit.noteSuffix : `${original.note as string}\n${edit.noteSuffix}`;
    expect({ key, ...after[key] }).toEqual({ key, ...want });
  }
}

/** A scenario with plain cells except the ones given (sheet index, 1-based row and column). */
function scenarioWith(special: { sheet: number; row: number; col: number; setup: CellSetup }[], rest: Omit<Scenario, "cells">): Scenario {
  const cells = SHEETS.map((_, k) =>
    Array.from({ length: ROWS }, (_r, r) => Array.from({ length: COLS }, (_c, c) => special.find((x) => x.sheet === k && x.row === r + 1 && x.col === c + 1)?.setup ?? { fill: null, note: null })),
  );
  return { cells, ...rest };
}

const schaal = (row: number, col: number, severity: Severity = "error") => ({ sheet: 0, row, col, severity, message: "Schaal past niet." });

/** Counterexamples found while writing this test, and the cases that motivated it. */
const PINNED: Scenario[] = [
  // Excel's own "Bad" fill (the tool's error colour) marked as a warning; the user's note mentions the tool.
  scenarioWith([{ sheet: 0, row: 2, col: 1, setup: { fill: "FFFFC7CE", note: "Formatiecheck: oude notitie van de gebruiker" } }], { rounds: [[schaal(2, 1, "warning")]], recolour: [], addToNote: [] }),
  // Recoloured to the tool's error colour while marked as a warning; a line added to the note.
  scenarioWith([{ sheet: 0, row: 2, col: 1, setup: { fill: "FFFFC7CE", note: "Controleren!" } }], {
    rounds: [[schaal(2, 1, "warning")]],
    recolour: [{ pick: 0, colour: "FFFFC7CE" }],
    addToNote: [{ pick: 0, text: "Gebruiker: klopt" }],
  }),
  // Found: a line added to a note that was only the tool's kept a leading blank line.
  scenarioWith([], { rounds: [[schaal(1, 1)]], recolour: [], addToNote: [{ pick: 0, text: "Opgelost, zie mail." }] }),
  // Found: a note removed from a cell read from a file came back when the file was saved (ExcelJS
  // keeps a copy of the note in the cell's value model).
  scenarioWith([], { rounds: [[schaal(1, 1)]], recolour: [], addToNote: [] }),
  // Two neighbours with the same mark share one style once read from a file; recolouring one must not recolour both.
  scenarioWith([{ sheet: 1, row: 6, col: 2, setup: { fill: "FFDDEBF7", note: null } }], {
    rounds: [[schaal(2, 1, "warning"), schaal(2, 2, "warning")]],
    recolour: [{ pick: 0, colour: "FFFFC7CE" }],
    addToNote: [],
  }),
];

describe("annotateWorkbook → clearMarks (fast-check, fixed seeds)", () => {
  it("restores every fill and note in memory; the user's later colour and words win", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const workbook = build(s);
        const before = snapshot(workbook);
        for (const round of s.rounds) annotateWorkbook(workbook, findingsOf(round));
        const edits = userEdits(workbook, s);
        clearMarks(workbook);
        expectRestored(before, snapshot(workbook), edits);
        expect(workbook.getWorksheet(STATE_SHEET)?.state).toBe("veryHidden");
      }),
      { seed: 20250107, numRuns: 150, examples: PINNED.map((p) => [p] as [Scenario]) },
    );
  });

  it("restores them through saved files, as when a checked copy is opened and checked again", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const original = await roundTrip(build(s));
        const before = snapshot(original);
        let workbook = original;
        for (const round of s.rounds) {
          annotateWorkbook(workbook, findingsOf(round));
          workbook = await roundTrip(workbook);
        }
        const edits = userEdits(workbook, s);
        clearMarks(workbook);
        expectRestored(before, snapshot(await roundTrip(workbook)), edits);
      }),
      { seed: 7, numRuns: 25, examples: PINNED.map((p) => [p] as [Scenario]) },
    );
  }, 120_000);

  it("really marks: between annotate and clear the marked cells have the tool's colour and note", () => {
    const first = PINNED[0] as Scenario;
    const workbook = build(first);
    annotateWorkbook(workbook, findingsOf(first.rounds[0] ?? []));
    const cell = (workbook.getWorksheet("Formatie") as ExcelJS.Worksheet).getCell("A2");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(noteText(cell.note)).toBe("Formatiecheck: oude notitie van de gebruiker\n\nFormatiecheck:\nOverige bevinding: Schaal past niet.");
  });
});
