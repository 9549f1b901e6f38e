/**
 * Writes the second example municipality (fictional: Gemeente Heerdenveld, every name made up):
 *   examples/functieboek-heerdenveld.xlsx    its functieboek kept in Excel: 40 functions, teams
 *                                            instead of clusters, HR21 codes and scores, a
 *                                            conversietabel with tussenschalen, scale ranges, and
 *                                            scales left empty where the conversietabel gives them
 *   examples/functieboek-heerdenveld.json    the same book as JSON (input for the template)
 *   examples/formatie-heerdenveld.xlsx       a formation with deliberate mistakes
 *   examples/formatie-heerdenveld.expected.json  those mistakes: the error-level findings expected
 * Run: node bin/run-ts.cjs scripts/make-heerdenveld.ts
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadFunctieboek } from "../src/core/functieboek/load-functieboek";
import type { FunctieboekInput } from "../src/core/functieboek/schema";
import { buildBookTemplate } from "../src/core/functieboek/workbook/book-template";
import { FileWorkbook } from "../src/xlsx/file-workbook";

const D = "Directie";
const R = "Team Ruimte";
const S = "Team Samenleving";
const DV = "Team Dienstverlening";
const B = "Team Bedrijfsvoering";

/** [name, code, reeks, groep, score, scoreMax?] */
const NORMFUNCTIES: [string, string, string, string, number, number?][] = [
  ["Gemeentesecretaris / Algemeen directeur", "N01.01.01", "Management", "Strategisch", 300],
  ["Teammanager II", "N01.02.02", "Management", "Tactisch", 270],
  ["Teammanager III", "N01.02.03", "Management", "Tactisch", 255],
  ["Adviseur I", "N03.01.01", "Beleid", "Advies", 262],
  ["Adviseur II", "N03.01.02", "Beleid", "Advies", 245],
  ["Adviseur III", "N03.01.03", "Beleid", "Advies", 205, 235],
  ["Adviseur IV", "N03.01.04", "Beleid", "Advies", 190, 205],
  ["Medewerker beleidsuitvoering I", "N03.03.01", "Beleid", "Uitvoering", 215],
  ["Medewerker beleidsuitvoering II", "N03.03.02", "Beleid", "Uitvoering", 190, 205],
  ["Medewerker handhaving II", "N04.02.02", "Handhaving", "Toezicht", 185],
  ["Medewerker handhaving III", "N04.02.03", "Handhaving", "Toezicht", 165],
  ["Medewerker uitvoering I", "N05.01.01", "Beheer", "Buitendienst", 150],
  ["Medewerker uitvoering II", "N05.01.02", "Beheer", "Buitendienst", 130],
  ["Medewerker uitvoering III", "N05.01.03", "Beheer", "Buitendienst", 105],
  ["Medewerker uitvoering IV", "N05.01.04", "Beheer", "Buitendienst", 90, 105],
  ["Medewerker dienstverlening I", "N06.01.01", "Dienstverlening", "Klantcontact", 160],
  ["Medewerker dienstverlening II", "N06.01.02", "Dienstverlening", "Klantcontact", 145],
  ["Medewerker dienstverlening III", "N06.01.03", "Dienstverlening", "Klantcontact", 125],
  ["Medewerker administratief II", "N07.01.02", "Ondersteuning", "Administratie", 150],
  ["Medewerker administratief III", "N07.01.03", "Ondersteuning", "Administratie", 130],
  ["Medewerker administratief IV", "N07.01.04", "Ondersteuning", "Administratie", 110],
  ["Specialist II", "N08.01.02", "Ondersteuning", "Specialisme", 232],
  ["Specialist III", "N08.01.03", "Ondersteuning", "Specialisme", 205],
];

/** [team, title, normfunctie, scale (a number, a range, or null: from the conversietabel), formation] */
const FUNCTIONS: [string, string, string, number | string | null, number][] = [
  [D, "Gemeentesecretaris", "Gemeentesecretaris / Algemeen directeur", 15, 1],
  [D, "Concerncontroller", "Adviseur I", 13, 1],
  [R, "Teammanager Ruimte", "Teammanager II", 13, 1],
  [R, "Strategisch adviseur ruimtelijke ontwikkeling", "Adviseur I", null, 1],
  [R, "Beleidsadviseur ruimtelijke ordening", "Adviseur II", 12, 3],
  [R, "Beleidsadviseur wonen", "Adviseur III", "10-11", 2],
  [R, "Adviseur omgevingsvergunningen", "Adviseur III", 11, 3],
  [R, "Medewerker omgevingsvergunningen", "Medewerker beleidsuitvoering II", 9, 3],
  [R, "Projectleider civiele techniek", "Adviseur II", 12, 1],
  [R, "Toezichthouder bouwen", "Medewerker handhaving II", 9, 2],
  [R, "Boa", "Medewerker handhaving III", 8, 2],
  [R, "Medewerker buitendienst", "Medewerker uitvoering II", 6, 4],
  [R, "Voorman buitendienst", "Medewerker uitvoering I", 7, 1],
  [R, "Medewerker begraafplaats", "Medewerker uitvoering III", null, 1],
  [R, "Medewerker groenonderhoud", "Medewerker uitvoering IV", "schaal 4 t/m 5", 3],
  [S, "Teammanager Samenleving", "Teammanager II", 13, 1],
  [S, "Beleidsadviseur sociaal domein", "Adviseur II", 12, 4],
  [S, "Beleidsadviseur onderwijs en jeugd", "Adviseur III", 11, 2],
  [S, "Consulent Wmo", "Medewerker beleidsuitvoering I", 10, 4],
  [S, "Consulent participatie", "Medewerker beleidsuitvoering I", 10, 3],
  [S, "Klantmanager schuldhulp", "Medewerker beleidsuitvoering II", 9, 2],
  [S, "Leerplichtambtenaar", "Medewerker beleidsuitvoering II", "9-10", 1],
  [S, "Adviseur subsidies", "Adviseur IV", 10, 1],
  [S, "Junior beleidsmedewerker", "Adviseur IV", 9, 1],
  [DV, "Teammanager Dienstverlening", "Teammanager III", 12, 1],
  [DV, "Medewerker burgerzaken", "Medewerker dienstverlening I", 8, 4],
  [DV, "Medewerker KCC", "Medewerker dienstverlening II", 7, 4],
  [DV, "Medewerker receptie", "Medewerker dienstverlening III", 6, 2],
  [DV, "Medewerker basisregistraties", "Medewerker administratief II", 7, 2],
  [DV, "Medewerker belastingen", "Medewerker administratief II", null, 2],
  [B, "Teammanager Bedrijfsvoering", "Teammanager III", 12, 1],
  [B, "Adviseur financiën", "Adviseur III", 11, 2],
  [B, "HR-adviseur", "Adviseur III", 10, 2],
  [B, "Communicatieadviseur", "Adviseur III", 11, 2],
  [B, "Informatiebeveiligingsspecialist", "Specialist II", 11, 1],
  [B, "Functioneel applicatiebeheerder", "Specialist III", 10, 2],
  [B, "Medewerker ICT-beheer", "Specialist III", 10, 2],
  [B, "Medewerker financiële administratie", "Medewerker administratief III", 6, 3],
  [B, "Medewerker secretariaat", "Medewerker administratief III", 6, 2],
  [B, "Medewerker facilitaire zaken", "Medewerker administratief IV", 5, 2],
];

const CONVERSION: [number, number, number, string?][] = [
  [80, 99, 4], [100, 119, 5], [120, 139, 6], [140, 159, 7], [160, 179, 8], [180, 199, 9],
  [200, 211, 10], [212, 219, 10, "10A"], [220, 231, 11], [232, 239, 11, "11A"], [240, 259, 12], [260, 279, 13], [280, 299, 14], [300, 329, 15],
];

/** The conversietabel's scale for a score. */
function convert(score: number): number {
  const row = CONVERSION.find(([from, to]) => score >= from && score <= to);
  if (!row) throw new Error(`No scale for score ${score}`);
  return row[2];
}

function book(): FunctieboekInput {
  const total = FUNCTIONS.reduce((sum, f) => sum + f[4], 0);
  const teamFte = (team: string) => FUNCTIONS.filter((f) => f[0] === team).reduce((sum, f) => sum + f[4], 0);
  return {
    schemaVersion: 1,
    name: "Functieboek Gemeente Heerdenveld",
    organisation: "Gemeente Heerdenveld",
    version: "2025-1 (fictief voorbeeld)",
    date: "2025-01-01",
    source: { title: "Functieboek Gemeente Heerdenveld (fictief voorbeeld bij Formatiecheck)" },
    indicativeTotalFte: total,
    formationTotalFte: total,
    policies: {
      intermediateScales: true,
      extensionScales: false,
      fullTimeHours: 36,
      maxCoordinatorsPerCluster: 1,
      maxCoordinatorsTotal: null,
      coordinationExcludedFunctiereeksen: ["Management"],
      scaleRange: { min: 1, max: 18 },
      clusterToleranceFte: 1,
    },
    clusters: [D, R, S, DV, B].map((name) => ({ name, indicativeFte: teamFte(name), description: "", coordinationAllowed: name !== D })),
    organisationCompetencies: ["Samenwerken", "Klantgerichtheid", "Resultaatgerichtheid"],
    functions: FUNCTIONS.map(([cluster, title, normfunctie, scale, fte]) => {
      const nf = NORMFUNCTIES.find((n) => n[0] === normfunctie);
      if (!nf) throw new Error(`No normfunctie ${normfunctie}`);
      // The JSON book holds every scale; the workbook leaves those the conversietabel gives empty.
      const span = typeof scale === "number" ? [scale, scale] : typeof scale === "string" ? (scale.match(/\d+/g) ?? []).map(Number) : [convert(nf[4]), convert(nf[5] ?? nf[4])];
      return { title, normfunctie, scale: span[0] as number, ...(span[1] !== span[0] ? { scaleMax: span[1] as number } : {}), formationFte: fte, characteristics: [], cluster };
    }),
    normfuncties: NORMFUNCTIES.map(([name, code, functiereeks, functiegroep, score, scoreMax]) => ({
      name, code, functiereeks, functiegroep, score, ...(scoreMax !== undefined ? { scoreMax } : {}),
      characteristics: [], competencies: [], resultAreas: [], profile: null,
    })),
    modules: [],
    conversionTable: CONVERSION.map(([scoreFrom, scoreTo, scale, intermediateScale]) => ({ scoreFrom, scoreTo, scale, ...(intermediateScale ? { intermediateScale } : {}) })),
  };
}

interface Position {
  team: string;
  title: string;
  normfunctie: string;
  scale: number | string;
  fte: number | string;
  employee: string;
}

const FIRST = ["Anna", "Bram", "Chantal", "Daan", "Els", "Floor", "Gijs", "Hester", "Ivo", "Joke", "Kees", "Lies", "Mark", "Nina", "Otto", "Pien", "Quinten", "Roos", "Sem", "Tineke"];
const LAST = ["Achterberg", "Bleeker", "Claassen", "Dekker", "Eilers", "Fokkema", "Geurts", "Holtkamp", "IJzerman", "Jager", "Klein", "Lenters", "Mensink", "Nijboer", "Oude Luttikhuis"];

/** One position per whole FTE of the book, the rest as a part-time position: exactly the formation. */
function cleanPositions(): Position[] {
  const positions: Position[] = [];
  let n = 0;
  const name = () => `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n++ / FIRST.length) % LAST.length]}`;
  for (const [team, title, normfunctie, scale, fte] of FUNCTIONS) {
    const nf = NORMFUNCTIES.find((x) => x[0] === normfunctie) as (typeof NORMFUNCTIES)[number];
    const own = typeof scale === "number" ? scale : typeof scale === "string" ? Number((scale.match(/\d+/g) ?? [])[0]) : convert(nf[4]);
    for (let left = fte; left > 0; left = Math.round((left - 1) * 100) / 100) positions.push({ team, title, normfunctie, scale: own, fte: Math.min(1, left), employee: name() });
  }
  return positions;
}

/** The deliberate mistakes: what changes on which employee's row, and the error it must give. */
const MISTAKES: { employee: (p: Position[]) => number; change: Partial<Position>; expect: { code: string; column: string }[]; why: string }[] = [
  { employee: (p) => p.findIndex((x) => x.title === "Beleidsadviseur wonen"), change: { scale: 12 }, expect: [{ code: "scale/mismatch", column: "D" }], why: "Beleidsadviseur wonen in schaal 12; het functieboek geeft 10 t/m 11 (groeifunctie)" },
  { employee: (p) => p.findIndex((x) => x.title === "Adviseur omgevingsvergunningen"), change: { scale: "12A" }, expect: [{ code: "scale/mismatch", column: "D" }], why: "tussenschaal 12A: de conversietabel geeft Adviseur III alleen 10A of 11A" },
  { employee: (p) => p.findIndex((x) => x.title === "Medewerker KCC"), change: { normfunctie: "Medewerker dienstverlening I" }, expect: [{ code: "normfunction/mismatch", column: "C" }], why: "Medewerker KCC op normfunctie Medewerker dienstverlening I in plaats van II" },
  { employee: (p) => p.findIndex((x) => x.title === "Boa"), change: { title: "Handhaver openbare ruimte" }, expect: [{ code: "function/unknown", column: "B" }], why: "functie die niet in het functieboek staat" },
  { employee: (p) => p.findIndex((x) => x.title === "Medewerker receptie"), change: { fte: 80 }, expect: [{ code: "fte/out-of-range", column: "E" }], why: "80 in de kolom FTE (bedoeld: 0,8)" },
  { employee: (p) => p.findIndex((x) => x.title === "Medewerker belastingen"), change: { scale: 8 }, expect: [{ code: "scale/mismatch", column: "D" }], why: "Medewerker belastingen in schaal 8; de conversietabel geeft 7" },
];

const HEADER = ["Team", "Functie", "HR21-normfunctie", "Schaal", "FTE", "Medewerker"];

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "examples");
  const input = book();
  const loaded = loadFunctieboek(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  writeFileSync(path.join(dir, "functieboek-heerdenveld.json"), `${JSON.stringify(input, null, 2)}\n`);

  // The book as a workbook: the template's layout, with the teams on a sheet "Teams", and the
  // scales the conversietabel gives left empty, as an HR adviser would keep them.
  const sheets = buildBookTemplate(loaded.book);
  for (const sheet of sheets) {
    if (sheet.table.name === "Clusters") {
      sheet.table = { ...sheet.table, name: "Teams", title: "Teams", titleEn: "Teams", columns: sheet.table.columns.map((c, i) => (i === 0 ? { ...c, label: "Team" } : c)) };
    }
    if (sheet.table.name === "Functies") {
      sheet.table.rows.forEach((row, i) => {
        if (FUNCTIONS[i]?.[3] === null) row[2] = null;
        else if (typeof FUNCTIONS[i]?.[3] === "string") row[2] = FUNCTIONS[i]?.[3] as string;
      });
    }
  }
  const workbook = await FileWorkbook.blank({ today: () => "2025-01-01" });
  await workbook.insertSheets(sheets, { functieboekName: loaded.book.name });
  writeFileSync(path.join(dir, "functieboek-heerdenveld.xlsx"), await workbook.toBytes());

  const positions = cleanPositions();
  const expected: { code: string; cell: string; why: string }[] = [];
  for (const mistake of MISTAKES) {
    const index = mistake.employee(positions);
    if (index < 0) throw new Error(`No row for ${mistake.why}`);
    positions[index] = { ...(positions[index] as Position), ...mistake.change };
    for (const e of mistake.expect) expected.push({ code: e.code, cell: `${e.column}${4 + index}`, why: mistake.why });
  }
  const formation = new ExcelJS.Workbook();
  const sheet = formation.addWorksheet("Formatie 2025");
  sheet.getCell("A1").value = "Formatie Gemeente Heerdenveld 2025 (fictieve medewerkers)";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getRow(3).values = HEADER;
  sheet.getRow(3).font = { bold: true };
  positions.forEach((p, i) => (sheet.getRow(4 + i).values = [p.team, p.title, p.normfunctie, p.scale, p.fte, p.employee]));
  [24, 44, 40, 8, 8, 26].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  await formation.xlsx.writeFile(path.join(dir, "formatie-heerdenveld.xlsx"));
  writeFileSync(
    path.join(dir, "formatie-heerdenveld.expected.json"),
    `${JSON.stringify({ description: "De bewuste fouten in formatie-heerdenveld.xlsx, gecontroleerd met functieboek-heerdenveld.xlsx: precies deze bevindingen op foutniveau.", errors: expected }, null, 2)}\n`,
  );
  process.stdout.write(`Heerdenveld: ${FUNCTIONS.length} functions, ${NORMFUNCTIES.length} normfuncties, ${positions.length} positions, ${expected.length} deliberate errors\n`);
}

void main();
