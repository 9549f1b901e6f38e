/**
 * Writes the bundled example workbooks (fictional employees):
 *   examples/formatie-ommen-schoon.xlsx  a clean Ommen formation of 45,00 FTE
 *   examples/formatie-ommen.xlsx         the same with a handful of deliberate mistakes
 *   examples/formatie-ommen.expected.json  every deliberate mistake: the error-level findings
 *                                          the checker must report (and nothing else at that level)
 * Run: node bin/run-ts.cjs scripts/make-examples.ts
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";

interface Row {
  cluster: string;
  title: string;
  normfunctie: string;
  scale: number | string | { error: string; formula: string };
  fte: number | string;
  hours?: number;
  employee: string;
  number: string;
  cm?: string;
  note?: string;
  /** Placement columns: the employee's current function and scale. */
  currentTitle?: string;
  currentScale?: number;
}

const BO = "Cluster Beleid en Ontwikkeling";
const RC = "Cluster Regie en Coördinatie";
const CO = "Cluster Concern en Ondersteuning";

let nr = 1000;
const n = () => String(++nr);

/** The clean formation: per function exactly its formation, clusters within 1 FTE of "ca.". */
export function cleanRows(): Row[] {
  const rows: Row[] = [];
  const add = (cluster: string, title: string, normfunctie: string, scale: number, people: [string, number, string?][]) => {
    for (const [employee, fte, cm] of people) rows.push({ cluster, title, normfunctie, scale, fte, hours: Math.round(fte * 36 * 100) / 100, employee, number: n(), cm: cm ?? "nee" });
  };
  add("", "Gemeentesecretaris", "Gemeentesecretaris / Algemeen directeur", 14, [["Marieke van den Berg", 1]]);
  add(BO, "Strategisch beleidsadviseur", "Medewerker Ontwikkeling I", 12, [["Jeroen Bosman", 1], ["Anouk Veldkamp", 1], ["Pieter Hulst", 1], ["Sanne Mulder", 1]]);
  add(BO, "Beleidsadviseur", "Medewerker ontwikkeling II", 11, [
    ["Eva Jansen", 1, "ja"], ["Thomas de Wit", 1], ["Lotte Smit", 0.8], ["Bas Kramer", 0.8], ["Iris Dijkstra", 1], ["Ruben Post", 0.6], ["Femke Visser", 0.8], ["Koen Brink", 1],
  ]);
  add(BO, "Senior beheerder", "Medewerker beleidsuitvoering II", 9, [["Henk Wolters", 1]]);
  add(BO, "Senior ondersteuner", "Medewerker administratief & secretarieel II", 7, [["Ingrid Kuipers", 1]]);
  add(BO, "Adviseur", "Adviseur IV", 10, [["Martijn Oosterhof", 1]]);
  add(RC, "Strategisch regisseur / adviseur", "Adviseur II", 12, [["Carla Nijhuis", 1]]);
  add(RC, "Regisseur/adviseur", "Adviseur III", 11, [
    ["Wouter Hendriks", 1, "ja"], ["Linda Schutte", 1], ["Gerrit Brouwer", 1], ["Esther Meijer", 0.8], ["Niels Vos", 1], ["Judith Koster", 0.6], ["Dennis Kok", 1], ["Marloes Boer", 1],
    ["Arjen Huisman", 1], ["Yvonne Scholten", 0.6], ["Stefan Willems", 1], ["Nicole Peters", 1],
  ]);
  add(RC, "Adviseur", "Adviseur IV", 10, [["Rik Jonker", 1], ["Sabine Mol", 1]]);
  add(RC, "Beheerder", "Medewerker beleidsuitvoering III", 8, [["Erik Lammers", 1]]);
  add(RC, "Senior ondersteuner", "Medewerker administratief & secretarieel II", 7, [["Monique Timmer", 1]]);
  add(CO, "Adviseur", "Adviseur IV", 10, [["Hanneke Bakker", 1, "ja"], ["Joost van Dam", 1], ["Petra Groen", 0.8], ["Frank Evers", 0.6], ["Wendy Lubbers", 0.6]]);
  add(CO, "Senior beheerder", "Medewerker beleidsuitvoering II", 9, [["Maarten Zwiers", 1], ["Karin Otten", 1]]);
  add(CO, "Beheerder", "Medewerker beleidsuitvoering III", 8, [["Johan Pol", 1], ["Anja Leusink", 1]]);
  add(CO, "Senior ondersteuner", "Medewerker administratief & secretarieel II", 7, [["Gerda Klein Haneveld", 1], ["Tineke Rouwenhorst", 1]]);
  add(CO, "Ondersteuner", "Medewerker administratief & secretarieel III", 6, [["Bianca Schuurman", 1], ["Rianne Slot", 1], ["Ellen Wiggers", 0.6], ["Debby Nijenhuis", 0.8], ["Lisa ter Horst", 0.6]]);
  return rows;
}

interface Mistake {
  employee: string;
  change: Partial<Row>;
  /** Column letter of the marked cell and the code expected there. */
  expect: { code: string; column: string }[];
  why: string;
}

/** Each deliberate mistake, applied to one row of the clean formation. */
export const MISTAKES: Mistake[] = [
  { employee: "Thomas de Wit", change: { scale: 10 }, expect: [{ code: "scale/mismatch", column: "D" }], why: "Beleidsadviseur in schaal 10; het functieboek geeft 11" },
  { employee: "Rik Jonker", change: { normfunctie: "Adviseur III" }, expect: [{ code: "normfunction/mismatch", column: "C" }], why: "Adviseur op normfunctie Adviseur III in plaats van IV" },
  { employee: "Sabine Mol", change: { scale: "10A" }, expect: [{ code: "scale/intermediate", column: "D" }], why: "tussenschaal 10A, terwijl het functieboek geen tussenschalen kent" },
  { employee: "Koen Brink", change: { title: "Beleidsmedewerker", normfunctie: "Medewerker ontwikkeling II" }, expect: [{ code: "function/unknown", column: "B" }], why: "functie die niet in het functieboek staat" },
  { employee: "Linda Schutte", change: { fte: 80, hours: undefined }, expect: [{ code: "fte/out-of-range", column: "E" }], why: "80 in de kolom FTE (bedoeld: 0,8)" },
  { employee: "Esther Meijer", change: { hours: 32 }, expect: [{ code: "fte/hours-mismatch", column: "E" }], why: "0,8 fte maar 32 uur per week (0,89 fte)" },
  { employee: "Marloes Boer", change: { cm: "ja" }, expect: [{ code: "coordination/too-many", column: "I" }], why: "tweede coördinatiemodule in cluster Regie en Coördinatie" },
  { employee: "Hanneke Bakker", change: { cm: "nee" }, expect: [], why: "(de coördinatiemodule van Concern en Ondersteuning verschuift, zodat het totaal 3 blijft)" },
  { employee: "Henk Wolters", change: { scale: { error: "#N/A", formula: "VLOOKUP(B14,Functies!A:C,3,FALSE)" } }, expect: [{ code: "cell/error-value", column: "D" }], why: "#N/A uit een verwijzing in de kolom Schaal" },
  { employee: "Monique Timmer", change: { fte: 0.6, hours: 21.6 }, expect: [], why: "(gaat naar 0,6 fte, zodat de extra rij van Erik Lammers de formatie niet overschrijdt)" },
  { employee: "Carla Nijhuis", change: { fte: "1.000", hours: undefined }, expect: [{ code: "fte/invalid", column: "E" }], why: "'1.000' als FTE is dubbelzinnig" },
];

/** One employee on two rows, together above 1,0 FTE (an extra row is added). */
export const EXTRA_ROW: Row & { expect: { code: string; column: string }; why: string } = {
  cluster: RC,
  title: "Senior ondersteuner",
  normfunctie: "Medewerker administratief & secretarieel II",
  scale: 7,
  fte: 0.4,
  hours: 14.4,
  employee: "Erik Lammers",
  number: "", // filled in with Erik Lammers' own personeelsnummer
  cm: "nee",
  expect: { code: "employee/over-allocated", column: "E" },
  why: "Erik Lammers staat ook voor 0,4 fte als senior ondersteuner: samen 1,4 fte",
};

const HEADER = ["Cluster", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Uren per week", "Medewerker", "Personeelsnummer", "Coördinatiemodule", "Toelichting"];

function writeSheet(workbook: ExcelJS.Workbook, rows: Row[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Formatie 2025", { views: [{ state: "frozen", ySplit: 4 }] });
  sheet.mergeCells("A1:J1");
  sheet.getCell("A1").value = "Formatie Gemeente Ommen 2025";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "Peildatum 1 januari 2025 — concept voor het organisatieoverleg (fictieve medewerkers)";
  sheet.getRow(4).values = HEADER;
  sheet.getRow(4).font = { bold: true };
  rows.forEach((row, i) => {
    const r = sheet.getRow(5 + i);
    r.getCell(1).value = row.cluster || null;
    r.getCell(2).value = row.title;
    r.getCell(3).value = row.normfunctie;
    r.getCell(4).value = typeof row.scale === "object" ? { formula: row.scale.formula, result: { error: row.scale.error as "#N/A" } } : row.scale;
    r.getCell(5).value = row.fte;
    r.getCell(5).numFmt = "0.00";
    r.getCell(6).value = row.hours ?? null;
    r.getCell(7).value = row.employee;
    r.getCell(8).value = row.number;
    r.getCell(9).value = row.cm ?? null;
    r.getCell(10).value = row.note ?? null;
  });
  const last = 4 + rows.length;
  const total = rows.reduce((s, row) => s + (typeof row.fte === "number" && row.fte <= 1 ? row.fte : 0), 0);
  const totals = sheet.getRow(last + 2);
  totals.getCell(2).value = "Totaal";
  totals.getCell(5).value = { formula: `SUM(E5:E${last})`, result: Math.round(total * 100) / 100 };
  totals.font = { bold: true };
  [30, 34, 40, 8, 8, 14, 24, 16, 18, 30].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return sheet;
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "examples");
  nr = 1000;
  const clean = cleanRows();
  const cleanBook = new ExcelJS.Workbook();
  writeSheet(cleanBook, clean);
  await cleanBook.xlsx.writeFile(path.join(dir, "formatie-ommen-schoon.xlsx"));

  nr = 1000;
  const rows = cleanRows();
  const expected: { code: string; cell: string; why: string }[] = [];
  for (const mistake of MISTAKES) {
    const index = rows.findIndex((r) => r.employee === mistake.employee);
    if (index < 0) throw new Error(`No row for ${mistake.employee}`);
    rows[index] = { ...(rows[index] as Row), ...mistake.change };
    for (const e of mistake.expect) expected.push({ code: e.code, cell: `${e.column}${5 + index}`, why: mistake.why });
  }
  const erik = rows.find((r) => r.employee === EXTRA_ROW.employee);
  if (!erik) throw new Error("No row for Erik Lammers");
  rows.push({ ...EXTRA_ROW, number: erik.number });
  expected.push({ code: EXTRA_ROW.expect.code, cell: `${EXTRA_ROW.expect.column}${4 + rows.length}`, why: EXTRA_ROW.why });
  const workbook = new ExcelJS.Workbook();
  writeSheet(workbook, rows);
  await workbook.xlsx.writeFile(path.join(dir, "formatie-ommen.xlsx"));
  writeFileSync(
    path.join(dir, "formatie-ommen.expected.json"),
    `${JSON.stringify({ description: "De bewuste fouten in formatie-ommen.xlsx: precies deze bevindingen op foutniveau.", errors: expected }, null, 2)}\n`,
  );
  process.stdout.write(`examples written: ${rows.length} rows, ${expected.length} deliberate errors\n`);
}

void main();
