/**
 * Proof for issue 13 (print): every sheet the CLI writes — Controle (`validate --out`) and the
 * tables (`tables --out`), of the example and of a 2,000-row formation — prints readably on A4.
 * The effective scale is worked out from the written file alone (tests/support/printed-scale.ts:
 * column widths, orientation, fit settings and row heights, as Excel does it) and must be 70 % or
 * more; the rest of the page setup is read back with ExcelJS, another program than the writer.
 *
 * PRINT_SCALES=1 npx jest tests/xlsx/write/printed-sheets.test.ts prints the scales measured.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { formationWorkbookBytes } from "../../../bench/formation-workbook";
import { runCli, ROOT } from "../../cli/run-cli";
import { printedSheets, type PrintedSheet } from "../../support/printed-scale";

jest.setTimeout(180_000);

const TABLE_SHEETS = ["Overzicht", "Plaatsing per functie", "Plaatsing per cluster", "Plaatsingslijst", "Formatiebudget"];
const CONTROL_SHEET = "Controle";

interface Written {
  input: string;
  file: string;
  bytes: Uint8Array;
  sheets: string[];
  /** The formation sheet the tables are made from. */
  source: string;
}

const written: Written[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fc-print-"));
  const large = path.join(dir, "formatie-2000.xlsx");
  writeFileSync(large, await formationWorkbookBytes(2000));
  const inputs = [
    { name: "voorbeeld", file: path.join(ROOT, "examples", "formatie-ommen.xlsx"), source: "Formatie 2025" },
    { name: "2.000 rijen", file: large, source: "Formatie" },
  ];
  for (const input of inputs) {
    for (const [command, sheets] of [
      ["validate", [CONTROL_SHEET]],
      ["tables", TABLE_SHEETS],
    ] as const) {
      const out = path.join(dir, `${input.name}-${command}.xlsx`);
      const run = runCli([command, input.file, "--out", out]);
      expect({ command, status: run.status, stderr: run.stderr }).toEqual({ command, status: 1, stderr: "" });
      written.push({ input: input.name, file: out, bytes: new Uint8Array(readFileSync(out)), sheets: [...sheets], source: input.source });
    }
  }
});

let measured: (PrintedSheet & { input: string })[] | undefined;

/** How every generated sheet prints, measured once. */
async function printed(): Promise<(PrintedSheet & { input: string })[]> {
  if (measured) return measured;
  const out: (PrintedSheet & { input: string })[] = [];
  for (const w of written) {
    const all = await printedSheets(w.bytes);
    for (const sheet of w.sheets) {
      const found = all.find((s) => s.sheet === sheet);
      if (!found) throw new Error(`${w.input}: no sheet ${sheet}`);
      out.push({ ...found, input: w.input });
    }
  }
  measured = out;
  return out;
}

async function read(w: Written): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(w.bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function headerRowOf(sheet: ExcelJS.Worksheet): number {
  const [table] = (sheet.getTables() as unknown as { table: { tableRef: string } }[]).map((t) => t.table);
  return Number(/^A(\d+)/.exec(table?.tableRef ?? "")?.[1]);
}

describe("every written sheet prints at 70 % or more (computed from the file)", () => {
  it("of the example and of 2,000 rows: Controle and the five tables", async () => {
    const sheets = await printed();
    if (process.env.PRINT_SCALES) {
      for (const s of sheets) process.stdout.write(`${s.input.padEnd(12)} ${s.sheet.padEnd(24)} ${s.landscape ? "liggend" : "staand "} ${JSON.stringify(s.fit)} ${Math.round(s.scale * 100)} %\n`);
    }
    expect(sheets).toHaveLength(2 * (1 + TABLE_SHEETS.length));
    expect(sheets.filter((s) => s.scale < 0.7).map((s) => `${s.input}: ${s.sheet} at ${Math.round(s.scale * 100)} %`)).toEqual([]);
    // A4, fitted to the page width (never a fixed shrink), nothing wider than the page after fitting.
    for (const s of sheets) {
      expect({ sheet: s.sheet, paper: s.paper, wide: s.fit === "fixed" ? "fixed" : s.fit.wide }).toEqual({ sheet: s.sheet, paper: "A4", wide: 1 });
      expect(s.contentWidth * s.scale).toBeLessThanOrEqual(s.pageWidth + 0.01);
    }
  });

  it("the checker is no rubber stamp: a sheet 60 columns wide, fitted to one page, comes out under 70 %", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Breed", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.addRow(Array.from({ length: 60 }, (_, i) => `Kolom ${i}`));
    for (let c = 1; c <= 60; c++) sheet.getColumn(c).width = 12;
    const [measured] = await printedSheets(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(measured?.scale).toBeLessThan(0.7);
  });
});

describe("the page setup of every written sheet", () => {
  it("margins, header row repeated, print area, title block, page header and footer 'pagina x van y' per sheet, frozen header", async () => {
    for (const w of written) {
      const workbook = await read(w);
      for (const name of w.sheets) {
        const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
        const header = headerRowOf(sheet);
        const where = `${w.input}: ${name}`;
        expect({ where, ...sheet.pageSetup.margins }).toEqual({ where, left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 });
        expect({ where, titles: sheet.pageSetup.printTitlesRow, first: sheet.pageSetup.firstPageNumber }).toEqual({ where, titles: `${header}:${header}`, first: 1 });
        expect(["portrait", "landscape"]).toContain(sheet.pageSetup.orientation);
        // The print area starts at the title and takes in the whole table.
        const area = /^A1:([A-Z]+)(\d+)$/.exec(sheet.pageSetup.printArea ?? "");
        expect({ where, area: area !== null }).toEqual({ where, area: true });
        expect(Number(area?.[2])).toBeGreaterThan(header);
        expect(sheet.getRow(header).cellCount).toBe(sheet.getColumn(area?.[1] as string).number);
        // Title block: the sheet's title, then the functieboek, the source sheet and the date of the check.
        expect(typeof sheet.getCell("A1").value).toBe("string");
        expect(String(sheet.getCell("A2").value)).toMatch(new RegExp(`^Functieboek Gemeente Ommen · werkblad '${w.source}' · \\d{1,2} [a-z]+ \\d{4}$`));
        expect(sheet.headerFooter.oddHeader).toContain(String(sheet.getCell("A1").value));
        expect(sheet.headerFooter.oddFooter).toMatch(/^&L\d{2}-\d{2}-\d{4}&Rpagina &P van &N$/);
        expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header });
      }
    }
  });

  it("orientation by width: narrow sheets portrait, wide ones landscape", async () => {
    const sheets = await printed();
    for (const s of sheets) {
      const portraitWidth = 595.28 - 72;
      expect({ sheet: `${s.input}: ${s.sheet}`, landscape: s.landscape }).toEqual({ sheet: `${s.input}: ${s.sheet}`, landscape: s.contentWidth > portraitWidth });
    }
  });

  it("numbers right-aligned under right-aligned labels, with fixed decimals; totals bold with a line above; text after a number indented", async () => {
    const workbook = await read(written.find((w) => w.sheets.includes("Plaatsing per functie")) as Written);
    const sheet = workbook.getWorksheet("Plaatsing per functie") as ExcelJS.Worksheet;
    const header = headerRowOf(sheet);
    const labels = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
    const at = (label: string) => labels.indexOf(label) + 1;
    const fte = at("Formatie (fte)");
    expect(sheet.getCell(header, fte).alignment?.horizontal).toBe("right");
    expect(sheet.getCell(header + 1, fte).alignment?.horizontal).toBe("right");
    expect(sheet.getCell(header + 1, fte).numFmt).toBe("#,##0.00");
    expect(sheet.getCell(header + 1, at("Aantal medewerkers")).numFmt).toBe("#,##0");
    expect(sheet.getCell(header + 1, at("Schaal")).numFmt).toBe("0");
    const names = at("Medewerkers");
    expect(at("Aantal medewerkers")).toBe(names - 1);
    expect(sheet.getCell(header + 1, names).alignment).toMatchObject({ horizontal: "left", indent: 1, wrapText: true });
    const totals = header + 1 + (sheet.getColumn(1).values as unknown[]).slice(header + 1).findIndex((v) => v === "Totaal");
    expect(sheet.getCell(totals, fte).font?.bold).toBe(true);
    expect(sheet.getCell(totals, fte).border?.top?.style).toBe("thin");
  });

  it("Plaatsing per functie keeps its names column capped; a function with many people points to the Plaatsingslijst", async () => {
    const large = written.find((w) => w.input === "2.000 rijen" && w.sheets.includes("Plaatsingslijst")) as Written;
    const workbook = await read(large);
    const sheet = workbook.getWorksheet("Plaatsing per functie") as ExcelJS.Worksheet;
    const header = headerRowOf(sheet);
    const labels = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
    const names = labels.indexOf("Medewerkers") + 1;
    expect(sheet.getColumn(names).width).toBeLessThanOrEqual(50);
    const cells = (sheet.getColumn(names).values as unknown[]).slice(header + 1).filter((v): v is string => typeof v === "string");
    expect(cells).toContain("zie de Plaatsingslijst");
    for (let r = header + 1; r <= sheet.rowCount; r++) expect(sheet.getRow(r).height ?? 15).toBeLessThanOrEqual(409);
  });
});

describe("the Controle sheet", () => {
  it("a summary on top, then one row per finding sorted by row, a working link, Dutch only, a filter on the header", async () => {
    const w = written.find((x) => x.input === "voorbeeld" && x.sheets.includes(CONTROL_SHEET)) as Written;
    const workbook = await read(w);
    const sheet = workbook.getWorksheet(CONTROL_SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("A3").value).toBe("10 fouten, 2 waarschuwingen, 2 info; 43,00 fte geplaatst tegen een formatie van 45,00 fte.");
    const header = headerRowOf(sheet);
    expect((sheet.getRow(header).values as unknown[]).slice(1)).toEqual(["Cel", "Ernst", "Wat is er aan de hand", "Toelichting", "Voorstel", "Regel"]);
    const rows: unknown[][] = [];
    for (let r = header + 1; sheet.getCell(r, 2).value; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows).toHaveLength(14);
    const rowNumbers = rows.map((r) => Number(/\d+$/.exec(String(r[0] ?? ""))?.[0] ?? 0));
    expect(rowNumbers).toEqual([...rowNumbers].sort((a, b) => a - b));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["Fout", "Waarschuwing", "Info"]));
    const table = (sheet.getTables() as unknown as { table: { tableRef: string; autoFilterRef?: string } }[])[0]?.table;
    expect(table?.tableRef).toMatch(new RegExp(`^A${header}:F\\d+$`));
    const zip = await JSZip.loadAsync(w.bytes);
    const parts = Object.keys(zip.files).filter((f) => /^xl\/(tables\/table|worksheets\/sheet)\d+\.xml$/.test(f));
    const texts = await Promise.all(parts.map(async (p) => (await zip.file(p)?.async("string")) ?? ""));
    expect(texts.find((t) => t.includes('name="TabelControle"'))).toMatch(new RegExp(`<autoFilter ref="A${header}:F\\d+"/>`));
    // Every finding with a cell links to it.
    const sheetXml = texts.find((t) => t.includes("<hyperlinks>") && t.includes("Controle van de formatie")) ?? "";
    rows.forEach((row, i) => {
      if (!/^[A-Z]+\d+$/.test(String(row[0] ?? ""))) return;
      expect(sheetXml).toContain(`<hyperlink ref="A${header + 1 + i}" location="'${w.source}'!${String(row[0])}" display="${String(row[0])}"/>`);
    });
  });
});
