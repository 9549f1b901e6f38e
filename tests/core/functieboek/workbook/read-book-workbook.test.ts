import { layoutTable } from "../../../../src/core/print/table-layout";
import { MIN_PRINT_SCALE } from "../../../../src/core/print/print-page";
import { bundledFunctieboek } from "../../../../src/core/functieboek/bundled";
import { buildBookTemplate, workbookPart } from "../../../../src/core/functieboek/workbook/book-template";
import { readFunctieboekWorkbook } from "../../../../src/core/functieboek/workbook/read-book-workbook";
import type { CellValue, Grid } from "../../../../src/core/formatie/grid";
import { grid, templateGrids } from "./template-grids";

/** A small, valid book as a workbook: teams, a range, a scale from the conversietabel. */
function goodBook(): Grid[] {
  return [
    grid("Functies", [
      ["Functieboek Gemeente Voorbeeld"],
      [],
      ["Functie", "Normfunctie (HR21)", "Schaal", "Formatie (fte)", "Team", "Opmerking"],
      ["Adviseur", "Adviseur III", "9-10", 2, "Team Wonen", "groeifunctie"],
      ["Senior adviseur", "Adviseur II", null, "1,5", "Team Wonen", null],
      ["Ondersteuner", "Medewerker ondersteuning III", "schaal 6", 1, "Team Bedrijf", null],
    ]),
    grid("Normfuncties", [
      ["Naam", "HR21-code", "Functiereeks", "Functiegroep", "Waarderingsscore", "Competentie 1", "Niveau 1"],
      ["Adviseur II", "N03.01.02", "Beleid", "Advies", 190, "Visie", "B"],
      ["Adviseur III", "N03.01.03", "Beleid", "Advies", "150-180", "Samenwerken", "C"],
      ["Medewerker ondersteuning III", "N07.02.03", "Ondersteuning", "Ondersteuning", 110, null, null],
    ]),
    grid("Conversietabel", [
      ["Score van", "Score tot en met", "Schaal", "Tussenschaal"],
      [100, 139, 6, null],
      [140, 169, 9, null],
      [170, 185, 10, "10A"],
      [186, 210, 11, null],
    ]),
    grid("Teams", [
      ["Naam", "Indicatieve fte", "Coördinatiemodules toegestaan"],
      ["Team Wonen", 3.5, "ja"],
      ["Team Bedrijf", 1, "nee"],
    ]),
    grid("Beleid", [
      ["Beleid"],
      ["Instelling", "Waarde"],
      ["Naam van de gemeente", "Gemeente Voorbeeld"],
      ["Tussenschalen", "ja"],
      ["Uitloopschalen", "nee"],
      ["Uren voltijd", 36],
      ["Datum", "1-1-2025"],
    ]),
  ];
}

/** The good book with one sheet's cells changed: [sheet, row (1-based), col (1-based), value]. */
function changed(...changes: [string, number, number, CellValue][]): Grid[] {
  const grids = goodBook();
  for (const [sheet, row, col, value] of changes) {
    const g = grids.find((x) => x.sheet === sheet) as Grid;
    while (g.rows.length < row) g.rows.push([]);
    const cells = g.rows[row - 1] as CellValue[];
    cells[col - 1] = value;
  }
  return grids;
}

const without = (sheet: string) => goodBook().filter((g) => g.sheet !== sheet);

describe("readFunctieboekWorkbook on a good book", () => {
  const result = readFunctieboekWorkbook(goodBook(), { sourceTitle: "voorbeeld.xlsx" });
  it("reads every part", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { book } = result;
    expect(book.organisation).toBe("Gemeente Voorbeeld");
    expect(book.name).toBe("Functieboek Gemeente Voorbeeld");
    expect(book.date).toBe("2025-01-01");
    expect(book.source.title).toBe("voorbeeld.xlsx");
    expect(book.policies).toMatchObject({ intermediateScales: true, extensionScales: false, fullTimeHours: 36, maxCoordinatorsPerCluster: null, scaleRange: { min: 1, max: 18 } });
    expect(book.functions.map((f) => [f.title, f.scale, f.scaleMax, f.formationFte, f.cluster])).toEqual([
      ["Adviseur", 9, 10, 2, "Team Wonen"],
      ["Senior adviseur", 11, undefined, 1.5, "Team Wonen"],
      ["Ondersteuner", 6, undefined, 1, "Team Bedrijf"],
    ]);
    expect(book.normfuncties[1]).toMatchObject({ name: "Adviseur III", code: "N03.01.03", score: 150, scoreMax: 180, competencies: [{ name: "Samenwerken", level: "C", label: null }] });
    expect(book.conversionTable?.[2]).toEqual({ scoreFrom: 170, scoreTo: 185, scale: 10, intermediateScale: "10A" });
    expect(book.clusters).toEqual([
      { name: "Team Wonen", indicativeFte: 3.5, description: "", aliases: [], coordinationAllowed: true },
      { name: "Team Bedrijf", indicativeFte: 1, description: "", aliases: [], coordinationAllowed: false },
    ]);
  });
  it("gives the self-check's remarks with their cells, never a JSON path", () => {
    if (!result.ok) throw new Error("not ok");
    for (const f of result.findings) expect(f.message.nl).not.toMatch(/\$\./);
  });
  it("takes the teams from the Functies sheet when there is no Clusters sheet", () => {
    const read = readFunctieboekWorkbook(without("Teams"));
    expect(read.ok && read.book.clusters.map((c) => [c.name, c.indicativeFte])).toEqual([["Team Wonen", null], ["Team Bedrijf", null]]);
  });
  it("finds headers in English and anywhere near the top", () => {
    const grids = changed(["Functies", 3, 1, "Function"], ["Functies", 3, 3, "Scale"], ["Functies", 3, 4, "Formation (FTE)"]);
    expect(readFunctieboekWorkbook(grids).ok).toBe(true);
  });
});

/** Every problem of a bad book, as "place: Dutch message". */
function problems(grids: Grid[]): string[] {
  const result = readFunctieboekWorkbook(grids);
  if (result.ok) return [];
  for (const p of result.problems) {
    expect(p.message.en).not.toBe(p.message.nl);
    expect(p.message.nl).not.toMatch(/\$\.|\{|\bat\s+\w+\s+\(/);
  }
  return result.problems.map((p) => p.message.nl);
}

describe("bad functieboek workbooks are refused with every problem and its cell", () => {
  it.each<[string, () => Grid[], string[]]>([
    ["a missing sheet", () => without("Normfuncties"), ["Werkblad 'Normfuncties' ontbreekt; een functieboek in Excel heeft de werkbladen Functies, Normfuncties en Beleid."]],
    ["a missing column", () => changed(["Functies", 3, 3, "Salaris"]), ["Functies, rij 3: kolom 'Schaal' ontbreekt in de kopregel."]],
    ["a scale 'elf'", () => changed(["Functies", 6, 3, "elf"]), ["Functies!C6: schaal 'elf' is geen getal en geen bereik zoals 9-10."]],
    ["a range 10-9", () => changed(["Functies", 4, 3, "10-9"]), ["Functies!C4: schaal '10-9' loopt van hoog naar laag; schrijf '9-10'."]],
    ["a duplicate function", () => changed(["Functies", 5, 1, "adviseur "]), ["Functies!A5: 'adviseur' staat meer dan eens in het functieboek (functies)."]],
    ["an unknown normfunctie in Functies", () => changed(["Functies", 6, 2, "Medewerker ondersteuning IX"]), [
      "Functies!C6: de schaal ontbreekt, en normfunctie 'Medewerker ondersteuning IX' staat niet op het werkblad Normfuncties.",
    ].filter(() => false).concat(["Functies!B6: Functie 'Ondersteuner' verwijst naar normfunctie 'Medewerker ondersteuning IX', maar het functieboek beschrijft die normfunctie niet."])],
    ["an empty book", () => [grid("Functies", [["Functie", "Normfunctie", "Schaal"]]), grid("Normfuncties", [["Naam", "Functiereeks", "Functiegroep"]]), grid("Beleid", [])], [
      "Functies: er staat geen enkele functie op dit werkblad.",
      "Normfuncties: er staat geen enkele normfunctie op dit werkblad.",
      "Beleid: de instelling 'Naam van de gemeente' ontbreekt (een rij met 'Naam van de gemeente' en de waarde ernaast).",
      "Beleid: de instelling 'Tussenschalen' ontbreekt (een rij met 'Tussenschalen' en de waarde ernaast).",
      "Beleid: de instelling 'Uitloopschalen' ontbreekt (een rij met 'Uitloopschalen' en de waarde ernaast).",
    ]],
    ["several problems at once, all listed", () => changed(["Functies", 4, 4, "veel"], ["Normfuncties", 3, 7, "E"], ["Beleid", 4, 2, "misschien"], ["Teams", 3, 2, -1]), [
      "Normfuncties!G3: niveau 'E' moet A, B, C of D zijn.",
      "Functies!D4: formatie 'veel' is geen getal.",
      "Teams!B3: indicatieve fte mag niet negatief zijn (-1).",
      "Beleid!B4: 'misschien' is geen ja of nee.",
    ]],
    ["a required cell left empty", () => changed(["Normfuncties", 4, 3, null]), ["Normfuncties!C4: De functiereeks ontbreekt."]],
    ["no scale and no score to derive it from", () => changed(["Normfuncties", 2, 5, null]), ["Functies!C5: de schaal ontbreekt, en normfunctie 'Adviseur II' heeft geen waarderingsscore om hem uit af te leiden."]],
    ["no scale, and a score beyond the conversietabel", () => changed(["Normfuncties", 2, 5, 220]), ["Functies!C5: de schaal ontbreekt, en score 220 van normfunctie 'Adviseur II' valt buiten de conversietabel."]],
    ["no scale, and a score band whose top lies beyond the conversietabel", () => changed(["Normfuncties", 2, 5, "190-230"]), ["Functies!C5: de schaal ontbreekt, en score 230 van normfunctie 'Adviseur II' valt buiten de conversietabel."]],
    ["no scale, and a score band that starts below the conversietabel", () => changed(["Normfuncties", 2, 5, "90-120"]), ["Functies!C5: de schaal ontbreekt, en score 90 van normfunctie 'Adviseur II' valt buiten de conversietabel."]],
    ["overlapping bands in the conversietabel", () => changed(["Conversietabel", 3, 1, 130]), ["Conversietabel!A3: scores 130 tot en met 169 overlappen met rij 2."]],
    ["an unknown setting", () => changed(["Beleid", 8, 1, "Tusenschalen toegestaan"], ["Beleid", 8, 2, "ja"]), ["Beleid!A8: onbekende instelling 'Tusenschalen toegestaan'. Bedoelt u 'Tussenschalen toegestaan'?"]],
    ["an error value in a cell", () => changed(["Functies", 4, 4, { error: "#REF!" }]), ["Functies!D4: bevat de foutwaarde #REF!."]],
    ["a scale outside what the score converts to", () => changed(["Functies", 6, 3, 8]), ["Functies!C6: Functie 'Ondersteuner' heeft schaal 8, maar de score van normfunctie 'Medewerker ondersteuning III' (110) geeft volgens de conversietabel schaal 6."]],
    ["two normfuncties with one HR21 code", () => changed(["Normfuncties", 3, 2, "N03.01.02"]), ["Normfuncties!B3: Normfuncties 'Adviseur II' en 'Adviseur III' hebben dezelfde HR21-code N03.01.02."]],
    ["a higher level scoring lower", () => changed(["Normfuncties", 2, 5, 140], ["Functies", 5, 3, 9]), ["Normfuncties!E2: Normfunctie 'Adviseur II' (score 140) staat hoger dan 'Adviseur III' (score 150) in functiereeks Beleid, maar scoort lager."]],
    ["a team the Teams sheet does not list", () => changed(["Functies", 6, 5, "Team Buiten"]), ["Functies!E6: Functie 'Ondersteuner' hoort bij 'Team Buiten', maar dat cluster of team staat niet bij de clusters van het functieboek."]],
  ])("%s", (_name, grids, expected) => {
    expect(problems(grids())).toEqual(expected);
  });

  it("says it in English too", () => {
    const result = readFunctieboekWorkbook(changed(["Functies", 6, 3, "elf"]));
    expect(!result.ok && result.problems[0]).toEqual({ code: "cell/not-a-number", sheet: "Functies", cell: "C6", row: 6, message: { nl: "Functies!C6: schaal 'elf' is geen getal en geen bereik zoals 9-10.", en: "Functies!C6: scale 'elf' is not a number nor a range like 9-10." } });
  });
});

describe("the template of the Ommen book", () => {
  it("reads back as the Ommen book (what a workbook holds of it)", () => {
    const ommen = bundledFunctieboek();
    const result = readFunctieboekWorkbook(templateGrids(buildBookTemplate(ommen)));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.nl).join("\n"));
    expect(result.book).toEqual(workbookPart(ommen));
  });
});

describe("the template prints readably on A4", () => {
  it.each(buildBookTemplate(bundledFunctieboek()).map((s) => [s.table.name, s] as const))("%s fits one page wide at 70 %% or more", (_name, sheet) => {
    const layout = layoutTable(sheet.table, { functieboekName: "Functieboek Gemeente Ommen", date: "2026-11-30", language: "nl" });
    expect(layout.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });
});
