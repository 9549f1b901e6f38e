/**
 * "Plaatsing per functie": every function of the book (also those with nobody placed), then the
 * functions of the sheet that are not in the book; formatie, bezet, vacant, boven formatie and
 * who is placed.
 */
import { localize, type Language, type Localized } from "../localized";
import { columnSum, roundFte, type DataTable, type TableColumn } from "./data-table";
import { joinParts, listedNames } from "./table-text";
import type { FunctionPlacement, Plaatsing } from "./placement-analysis";

export const PER_FUNCTION_TABLE = "Plaatsing per functie";

const COLUMNS: TableColumn[] = [
  { key: "function", label: "Functie", labelEn: "Function", type: "text" },
  { key: "normfunctie", label: "HR21-normfunctie", labelEn: "HR21 normfunctie", type: "text" },
  { key: "scale", label: "Schaal", labelEn: "Scale", type: "integer", plain: true },
  { key: "formationFte", label: "Formatie (fte)", labelEn: "Formation (FTE)", type: "fte" },
  { key: "filledFte", label: "Bezet (fte)", labelEn: "Filled (FTE)", type: "fte" },
  { key: "vacantFte", label: "Vacant (fte)", labelEn: "Vacant (FTE)", type: "fte" },
  { key: "surplusFte", label: "Boven formatie (fte)", labelEn: "Above formation (FTE)", type: "fte" },
  { key: "employeeCount", label: "Aantal medewerkers", labelEn: "Employees", type: "integer" },
  { key: "employees", label: "Medewerkers", labelEn: "Employee names", type: "text" },
  { key: "remark", label: "Opmerking", labelEn: "Remark", type: "text" },
];

const REMARKS = {
  notInBook: { nl: "niet in het functieboek", en: "not in the function book" },
  noFormation: { nl: "het functieboek geeft geen formatie", en: "the function book gives no formation" },
  openRows: { nl: "werkblad noemt {fte:fte} fte vacature", en: "the sheet lists {fte:fte} FTE vacancy" },
  viaNormfunctie: { nl: "incl. {titles} (via de normfunctie)", en: "incl. {titles} (through the normfunctie)" },
  manyEmployees: { nl: "zie de Plaatsingslijst", en: "see the Placement list" },
} satisfies Record<string, Localized>;

const NOTES = {
  definitions: {
    nl: "Bezet: fte van rijen met een medewerker. Vacant: formatie min bezet. Boven formatie: bezet boven de formatie; een functie zonder formatie of buiten het functieboek telt helemaal als boven formatie.",
    en: "Filled: FTE of rows with an employee. Vacant: formation minus filled. Above formation: filled above the formation; a function without formation or outside the function book counts wholly as above formation.",
  },
  noPersons: {
    nl: "Het werkblad noemt geen medewerkers: elke rij telt als bezet.",
    en: "The sheet names no employees: every row counts as filled.",
  },
} satisfies Record<string, Localized>;

export function buildPerFunctionTable(plaatsing: Plaatsing, language: Language = "nl"): DataTable {
  const rows = plaatsing.functions.map((group) => [
    group.title || (language === "nl" ? "(geen functie)" : "(no function)"),
    group.normfunctie || null,
    group.scale,
    group.formationFte,
    group.placedFte,
    group.vacantFte,
    group.surplusFte,
    group.employees.length,
    listedNames(
      group.employees.map((e) => e.name),
      REMARKS.manyEmployees,
      language,
    ),
    remark(group, language) || null,
  ]);
  const sum = (i: number) => roundFte(columnSum(rows, i));
  const notes = [NOTES.definitions];
  if (!plaatsing.hasPersons) notes.push(NOTES.noPersons);
  return {
    name: PER_FUNCTION_TABLE,
    title: "Plaatsing per functie",
    titleEn: "Placement per function",
    columns: COLUMNS,
    rows,
    totals: [language === "nl" ? "Totaal" : "Total", null, null, sum(3), sum(4), sum(5), sum(6), plaatsing.employees.size, null, null],
    notes,
  };
}

function remark(group: FunctionPlacement, language: Language): string {
  const parts: Localized[] = [];
  if (!group.fn) parts.push(REMARKS.notInBook);
  else if (group.formationFte === null) parts.push(REMARKS.noFormation);
  if (group.openFte > 0) parts.push(localize(REMARKS.openRows, { fte: group.openFte }));
  const viaNormfunctie = group.fn ? [...new Set(group.positions.flatMap((p) => (p.titleUnknown && p.position.title.kind === "ok" ? [`'${p.position.title.value}'`] : [])))] : [];
  if (viaNormfunctie.length > 0) parts.push(localize(REMARKS.viaNormfunctie, { titles: viaNormfunctie.join(", ") }));
  return joinParts(parts, language);
}
