/**
 * Writes the Mutaties example (fictional employees): two years of the Ommen formation with every
 * kind of change at least once, and the changes a comparison must find.
 *   examples/formatie-ommen-2025.xlsx            sheet "Formatie 2025"
 *   examples/formatie-ommen-2026.xlsx            sheet "Formatie 2026"
 *   examples/formatie-ommen-2025-2026.xlsx       both sheets in one workbook (years side by side)
 *   examples/formatie-ommen-mutaties.expected.json  every change, written from the changes made
 *                                                here (never from running the comparison), with
 *                                                its yearly cost worked out by hand below as the
 *                                                Formatiebudget of 2026 prices it (the tests
 *                                                compare on peildatum 15 January 2026)
 * Run: node bin/run-ts.cjs scripts/make-mutaties-examples.ts
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import salaryTable from "../src/data/cao-gemeenten-salaristabel-2020-07-01.json";

type Cell = string | number | null | { error: string; formula: string };

interface Row {
  cluster: string;
  title: string;
  normfunctie: string;
  scale: number;
  fte: number | string;
  employee: Cell;
  number: Cell;
  cm?: string;
  note?: string;
}

const BO = "Cluster Beleid en Ontwikkeling";
const RC = "Cluster Regie en Coördinatie";
const CO = "Cluster Concern en Ondersteuning";
/** Clusters the functieboek does not know: one that goes, one that comes. */
const PROJECT = "Projectbureau";
const ACCOMMODATIES = "Team Accommodaties";

/** The book's functions used here: title → [normfunctie, scale]. */
const FUNCTIONS: Record<string, [string, number]> = {
  Gemeentesecretaris: ["Gemeentesecretaris / Algemeen directeur", 14],
  "Strategisch beleidsadviseur": ["Medewerker Ontwikkeling I", 12],
  Beleidsadviseur: ["Medewerker ontwikkeling II", 11],
  "Strategisch regisseur / adviseur": ["Adviseur II", 12],
  "Regisseur/adviseur": ["Adviseur III", 11],
  Adviseur: ["Adviseur IV", 10],
  "Senior beheerder": ["Medewerker beleidsuitvoering II", 9],
  Beheerder: ["Medewerker beleidsuitvoering III", 8],
  "Senior ondersteuner": ["Medewerker administratief & secretarieel II", 7],
  Ondersteuner: ["Medewerker administratief & secretarieel III", 6],
  "Beheerder accommodaties": ["Medewerker locatie II", 8],
};

function row(cluster: string, title: string, employee: Cell, number: Cell, fte: number | string = 1, extra: Partial<Row> = {}): Row {
  const [normfunctie, scale] = FUNCTIONS[title] as [string, number];
  return { cluster, title, normfunctie, scale, fte, employee, number, cm: "nee", ...extra };
}

const VACANCY = "Vacature";

/** 2025: the Ommen formation of 45 fte, with two vacancies and a small project office. */
function formation2025(): Row[] {
  const rows: Row[] = [row("", "Gemeentesecretaris", "Marieke van den Berg", "1001")];
  const add = (cluster: string, title: string, people: [string, string, number?, Partial<Row>?][]) => {
    for (const [name, nr, fte, extra] of people) rows.push(row(cluster, title, name, nr, fte ?? 1, extra));
  };
  add(BO, "Strategisch beleidsadviseur", [["Jeroen Bosman", "1002"], ["Anouk Veldkamp", "1003"], ["Pieter Hulst", "1004"], ["Sanne Mulder", "1005"]]);
  add(BO, "Beleidsadviseur", [
    ["Eva Jansen", "1006", 1, { cm: "ja" }],
    ["Thomas de Wit", "1007", 1, { scale: 10, note: "Tot 1-1-2026 in schaal 10 (ervaringsjaar)" }],
    ["Lotte Smit", "1008", 0.8], ["Bas Kramer", "1009", 0.8], ["Iris Dijkstra", "1010"], ["Ruben Post", "1011", 0.6], ["Femke Visser", "1012", 0.8], ["Koen Brink", "1013"],
  ]);
  add(BO, "Senior beheerder", [["Henk Wolters", "1014"]]);
  add(BO, "Senior ondersteuner", [["Ingrid Kuipers", "1015"]]);
  add(PROJECT, "Adviseur", [["Martijn Oosterhof", "1016"]]);
  add(RC, "Strategisch regisseur / adviseur", [["Carla Nijhuis", "1017"]]);
  add(RC, "Regisseur/adviseur", [
    ["Wouter Hendriks", "1018", 1, { cm: "ja" }], ["Linda Schutte", "1019"], ["Gerrit Brouwer", "1020"], ["Esther Meijer", "1021", 0.8], ["Niels Vos", "1022"], ["Judith Koster", "1023", 0.6],
    ["Dennis Kok", "1024"], ["Marloes Boer", "1025"], ["Arjen Huisman", "1026"], ["Yvonne Scholten", "1027", 0.6], ["Stefan Willems", "1028"], ["Nicole Peters", "1029"],
    [VACANCY, "", 0.4],
  ]);
  add(RC, "Adviseur", [["Rik Jonker", "1030"], ["Sabine Mol", "1031"]]);
  add(RC, "Beheerder", [["Erik Lammers", "1032"]]);
  add(RC, "Senior ondersteuner", [["Monique Timmer", "1033"]]);
  add(CO, "Adviseur", [["Hanneke Bakker", "1034", 1, { cm: "ja" }], ["Joost van Dam", "1035"], ["Petra Groen", "1036", 0.8], ["Frank Evers", "1037", 0.6], ["Wendy Lubbers", "1038", 0.6]]);
  add(CO, "Senior beheerder", [["Maarten Zwiers", "1039"], ["Karin Otten", "1040"]]);
  add(CO, "Beheerder", [["Johan Pol", "1041"], ["Anja Leusink", "1042"]]);
  add(CO, "Senior ondersteuner", [["Gerda Klein Haneveld", "1043"], ["Tineke Rouwenhorst", "1044"]]);
  // Rianne Slot has no personeelsnummer in 2025 yet: she is matched on her name.
  add(CO, "Ondersteuner", [["Bianca Schuurman", "1045"], ["Rianne Slot", ""], ["Ellen Wiggers", "1047", 0.6], ["Debby Nijenhuis", "1048", 0.8], ["Lisa ter Horst", "1049", 0.6], [VACANCY, "", 0.6]]);
  return rows;
}

// ---- the yearly cost in 2026, by hand, as the Formatiebudget of 2026 prices it: the bundled table's
// scale maximum with the Cao Gemeenten measures since 1 July 2020 (src/data/cao-gemeenten-loonontwikkeling.json),
// January–June at the amount of 1 January 2026, July–December at that of 1 July 2026, each rounded
// to whole euros; the salary over the year × (1 + IKB 17,05 %) × (1 + werkgeverslasten 30 %).
// The scales here start above every wage floor (2.496 at most), so the floors change nothing.

const cents = (value: number) => Math.round(value * 100) / 100;
const whole = (value: number) => Math.floor(value + 0.5);
/** +1 %, +1,5 %, +2,4 %, +240 then +2 %, +4,75 %, +1,25 %, +2 %, +1,85 %, +35: up to and including 1 January 2026. */
const to2026 = (amount: number) => (amount * 1.01 * 1.015 * 1.024 + 240) * 1.02 * 1.0475 * 1.0125 * 1.02 * 1.0185 + 35;
/** +1,25 % on 1 July 2026. */
const toJuly2026 = (amount: number) => to2026(amount) * 1.0125;
function yearly(scale: number): number {
  const steps = salaryTable.scales.find((s) => s.scale === String(scale))?.steps;
  if (!steps) throw new Error(`scale ${scale} not in the salary table`);
  const max = Math.max(...steps);
  if (max < 2496) throw new Error(`scale ${scale}: a wage floor may reach its maximum; not worked out by hand here`);
  return cents((6 * whole(to2026(max)) + 6 * whole(toJuly2026(max))) * 1.1705 * 1.3);
}
/** A row's cost, rounded to cents as each row is. */
const rowCost = (fte: number, scale: number) => cents(fte * yearly(scale));

// ---- the changes 2025 → 2026 -----------------------------------------------------------------------

interface ExpectedEmployee {
  name: string;
  personnelNumber: string | null;
  status: "in" | "out" | "changed" | "unchanged" | "unmatched" | "unread";
  changes: ("function" | "scale" | "fte" | "cluster")[];
  scaleDirection?: "higher" | "lower";
  placementType?: "functievolger" | "passend" | "niet-passend" | "hoger";
  matchedOn?: "personnelNumber" | "name";
  fteDifference: number | null;
  costDifference: number | null;
  why: string;
}

interface ExpectedVacancy {
  function: string;
  status: "in" | "out" | "changed" | "unchanged";
  oldFte: number | null;
  newFte: number | null;
  costDifference: number;
  why: string;
}

const employees: ExpectedEmployee[] = [];
const vacancies: ExpectedVacancy[] = [];

function formation2026(base: readonly Row[]): Row[] {
  const rows = base.map((r) => ({ ...r }));
  const find = (name: string) => {
    const found = rows.find((r) => r.employee === name);
    if (!found) throw new Error(`no row for ${name}`);
    return found;
  };
  const remove = (name: string) => rows.splice(rows.indexOf(find(name)), 1)[0] as Row;
  const insertAfter = (name: string, added: Row) => rows.splice(rows.indexOf(find(name)) + 1, 0, added);

  // nieuw (in)
  insertAfter("Koen Brink", row(BO, "Beleidsadviseur", "Sophie Brinkman", "1050"));
  employees.push({ name: "Sophie Brinkman", personnelNumber: "1050", status: "in", changes: [], fteDifference: 1, costDifference: rowCost(1, 11), why: "nieuwe beleidsadviseur" });

  // vertrokken (uit); the function has nobody left: it disappears from the formation
  const carla = remove("Carla Nijhuis");
  employees.push({ name: "Carla Nijhuis", personnelNumber: "1017", status: "out", changes: [], fteDifference: -1, costDifference: -rowCost(1, carla.scale), why: "vertrokken; de functie Strategisch regisseur / adviseur vervalt" });

  // vertrokken, and her hours go to the vacancy of the function (matched per function: 0,4 → 1,0)
  const judith = remove("Judith Koster");
  employees.push({ name: "Judith Koster", personnelNumber: "1023", status: "out", changes: [], fteDifference: -0.6, costDifference: -rowCost(0.6, judith.scale), why: "vertrokken" });
  const rcVacancy = rows.find((r) => r.employee === VACANCY && r.title === "Regisseur/adviseur") as Row;
  rcVacancy.fte = 1;
  vacancies.push({ function: "Regisseur/adviseur", status: "changed", oldFte: 0.4, newFte: 1, costDifference: cents(rowCost(1, 11) - rowCost(0.4, 11)), why: "de vacature groeit van 0,4 naar 1,0 fte" });

  // the Ondersteuner vacancy is filled by someone new
  const ondersteunerVacancy = rows.findIndex((r) => r.employee === VACANCY && r.title === "Ondersteuner");
  rows[ondersteunerVacancy] = row(CO, "Ondersteuner", "Noor Hofman", "1051", 0.6);
  employees.push({ name: "Noor Hofman", personnelNumber: "1051", status: "in", changes: [], fteDifference: 0.6, costDifference: rowCost(0.6, 6), why: "nieuw, op de vacature ondersteuner" });
  vacancies.push({ function: "Ondersteuner", status: "out", oldFte: 0.6, newFte: null, costDifference: -rowCost(0.6, 6), why: "vacature vervuld" });

  // a new vacancy
  insertAfter("Sophie Brinkman", row(BO, "Beleidsadviseur", VACANCY, "", 0.8));
  vacancies.push({ function: "Beleidsadviseur", status: "in", oldFte: null, newFte: 0.8, costDifference: rowCost(0.8, 11), why: "nieuwe vacature" });

  // andere functie, andere schaal (hoger): plaatsingstype hoger
  Object.assign(find("Johan Pol"), row(CO, "Senior beheerder", "Johan Pol", "1041"));
  employees.push({ name: "Johan Pol", personnelNumber: "1041", status: "changed", changes: ["function", "scale"], scaleDirection: "higher", placementType: "hoger", matchedOn: "personnelNumber", fteDifference: 0, costDifference: cents(rowCost(1, 9) - rowCost(1, 8)), why: "beheerder wordt senior beheerder" });

  // andere functie, andere schaal (lager): one scale lower is passend
  Object.assign(find("Karin Otten"), row(CO, "Beheerder", "Karin Otten", "1040"));
  employees.push({ name: "Karin Otten", personnelNumber: "1040", status: "changed", changes: ["function", "scale"], scaleDirection: "lower", placementType: "passend", matchedOn: "personnelNumber", fteDifference: 0, costDifference: cents(rowCost(1, 8) - rowCost(1, 9)), why: "senior beheerder wordt beheerder (één schaal lager)" });

  // three scales lower: niet passend
  Object.assign(find("Petra Groen"), row(CO, "Senior ondersteuner", "Petra Groen", "1036", 0.8));
  employees.push({ name: "Petra Groen", personnelNumber: "1036", status: "changed", changes: ["function", "scale"], scaleDirection: "lower", placementType: "niet-passend", matchedOn: "personnelNumber", fteDifference: 0, costDifference: cents(rowCost(0.8, 7) - rowCost(0.8, 10)), why: "adviseur (10) wordt senior ondersteuner (7)" });

  // andere schaal, same function (functievolger): hoger …
  Object.assign(find("Thomas de Wit"), { scale: 11, note: undefined });
  employees.push({ name: "Thomas de Wit", personnelNumber: "1007", status: "changed", changes: ["scale"], scaleDirection: "higher", placementType: "functievolger", matchedOn: "personnelNumber", fteDifference: 0, costDifference: cents(rowCost(1, 11) - rowCost(1, 10)), why: "van schaal 10 naar de schaal van de functie, 11" });

  // … and lager
  Object.assign(find("Sabine Mol"), { scale: 9, note: "Op eigen verzoek een schaal lager" });
  employees.push({ name: "Sabine Mol", personnelNumber: "1031", status: "changed", changes: ["scale"], scaleDirection: "lower", placementType: "functievolger", matchedOn: "personnelNumber", fteDifference: 0, costDifference: cents(rowCost(1, 9) - rowCost(1, 10)), why: "op eigen verzoek schaal 9 in plaats van 10" });

  // andere fte
  find("Lotte Smit").fte = 1;
  employees.push({ name: "Lotte Smit", personnelNumber: "1008", status: "changed", changes: ["fte"], matchedOn: "personnelNumber", fteDifference: 0.2, costDifference: cents(rowCost(1, 11) - rowCost(0.8, 11)), why: "van 0,8 naar 1,0 fte" });

  // ander cluster: the project office closes (a cluster that disappears)
  find("Martijn Oosterhof").cluster = CO;
  employees.push({ name: "Martijn Oosterhof", personnelNumber: "1016", status: "changed", changes: ["cluster"], matchedOn: "personnelNumber", fteDifference: 0, costDifference: 0, why: "van het Projectbureau naar Concern en Ondersteuning" });

  // a new team (a cluster that appears) with a function the 2025 formation did not have
  rows.push(row(ACCOMMODATIES, "Beheerder accommodaties", "Ahmet Yilmaz", "1052"));
  employees.push({ name: "Ahmet Yilmaz", personnelNumber: "1052", status: "in", changes: [], fteDifference: 1, costDifference: rowCost(1, 8), why: "nieuw team en nieuwe functie beheerder accommodaties" });

  // matched on name: Rianne Slot has her personeelsnummer now
  find("Rianne Slot").number = "1046";
  employees.push({ name: "Rianne Slot", personnelNumber: "1046", status: "unchanged", changes: [], matchedOn: "name", fteDifference: 0, costDifference: 0, why: "in 2025 zonder personeelsnummer: gekoppeld op naam" });

  // a row that names nobody: name and number come from a lookup that fails
  Object.assign(find("Ellen Wiggers"), {
    employee: { error: "#N/A", formula: "VLOOKUP(H40,Personeel!A:B,2,FALSE)" },
    number: { error: "#N/A", formula: "VLOOKUP(G40,Personeel!B:C,2,FALSE)" },
  });
  employees.push({ name: "#N/A", personnelNumber: null, status: "unmatched", changes: [], fteDifference: 0.6, costDifference: rowCost(0.6, 6), why: "naam en personeelsnummer zijn #N/A: de rij is aan niemand te koppelen" });
  employees.push({ name: "Ellen Wiggers", personnelNumber: "1047", status: "out", changes: [], fteDifference: -0.6, costDifference: -rowCost(0.6, 6), why: "niet meer te vinden: haar rij in 2026 noemt #N/A" });

  // a FTE that cannot be read
  Object.assign(find("Koen Brink"), { fte: "1.000" });
  employees.push({ name: "Koen Brink", personnelNumber: "1013", status: "unread", changes: [], matchedOn: "personnelNumber", fteDifference: null, costDifference: null, why: "FTE '1.000' is dubbelzinnig: niet te lezen" });
  return rows;
}

// ---- writing --------------------------------------------------------------------------------------

const HEADER = ["Cluster", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Uren per week", "Medewerker", "Personeelsnummer", "Coördinatiemodule", "Toelichting"];

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object") return { formula: cell.formula, result: { error: cell.error as "#N/A" } };
  return cell === "" ? null : cell;
}

function writeSheet(workbook: ExcelJS.Workbook, year: number, rows: readonly Row[]): void {
  const sheet = workbook.addWorksheet(`Formatie ${year}`, { views: [{ state: "frozen", ySplit: 4 }] });
  sheet.mergeCells("A1:J1");
  sheet.getCell("A1").value = `Formatie Gemeente Ommen ${year}`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = `Peildatum 1 januari ${year} (fictieve medewerkers)`;
  sheet.getRow(4).values = HEADER;
  sheet.getRow(4).font = { bold: true };
  rows.forEach((r, i) => {
    const line = sheet.getRow(5 + i);
    const fte = typeof r.fte === "number" ? r.fte : null;
    line.values = [r.cluster || null, r.title, r.normfunctie, r.scale, r.fte, fte === null ? null : Math.round(fte * 36 * 100) / 100, cellValue(r.employee), cellValue(r.number), r.cm ?? null, r.note ?? null] as ExcelJS.CellValue[];
    line.getCell(5).numFmt = "0.00";
  });
  const last = 4 + rows.length;
  const total = rows.reduce((sum, r) => sum + (typeof r.fte === "number" ? r.fte : 0), 0);
  const totals = sheet.getRow(last + 2);
  totals.getCell(2).value = "Totaal";
  totals.getCell(5).value = { formula: `SUM(E5:E${last})`, result: Math.round(total * 100) / 100 };
  totals.font = { bold: true };
  [30, 34, 40, 8, 8, 14, 24, 16, 18, 36].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

async function save(file: string, sheets: [number, readonly Row[]][], activeTab = 0): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [year, rows] of sheets) writeSheet(workbook, year, rows);
  workbook.views = [{ activeTab, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" }];
  await workbook.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "examples");
  const old = formation2025();
  const next = formation2026(old);
  await save(path.join(dir, "formatie-ommen-2025.xlsx"), [[2025, old]]);
  await save(path.join(dir, "formatie-ommen-2026.xlsx"), [[2026, next]]);
  await save(path.join(dir, "formatie-ommen-2025-2026.xlsx"), [[2025, old], [2026, next]], 1);
  const count = (status: ExpectedEmployee["status"]) => employees.filter((e) => e.status === status).length;
  // Everyone of 2025 who left, changed or cannot be read is listed; the other people of 2025 are unchanged.
  const people2025 = old.filter((r) => r.employee !== VACANCY).length;
  const unchanged = people2025 - count("out") - count("changed") - count("unread");
  const expected = {
    description:
      "De mutaties van formatie-ommen-2025.xlsx (oud) naar formatie-ommen-2026.xlsx (nieuw): elke medewerker die niet ongewijzigd is (en wie op naam is gekoppeld), de vacatures per functie, de functies en clusters die verschijnen of verdwijnen. Kosten per jaar zoals het Formatiebudget van begrotingsjaar 2026 (peildatum 15-01-2026): de meegeleverde salaristabel met de cao-verhogingen tot en met 1 juli 2026, het maximum van de schaal, IKB 17,05 % en 30 % werkgeverslasten over salaris en IKB, met de hand berekend in scripts/make-mutaties-examples.ts.",
    old: { file: "formatie-ommen-2025.xlsx", sheet: "Formatie 2025" },
    new: { file: "formatie-ommen-2026.xlsx", sheet: "Formatie 2026" },
    employees,
    vacancies,
    functions: [
      { function: "Strategisch regisseur / adviseur", status: "out" },
      { function: "Beheerder accommodaties", status: "in" },
    ],
    clusters: [
      { cluster: PROJECT, status: "out" },
      { cluster: ACCOMMODATIES, status: "in" },
    ],
    totals: {
      employees: { in: count("in"), out: count("out"), changed: count("changed"), unchanged, unmatched: count("unmatched"), unread: count("unread") },
      vacancies: { in: 1, out: 1, changed: 1, unchanged: 0, unread: 0 },
    },
  };
  writeFileSync(path.join(dir, "formatie-ommen-mutaties.expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`examples written: ${old.length} rows in 2025, ${next.length} in 2026, ${employees.length} employee changes, ${vacancies.length} vacancy changes\n`);
}

void main();
