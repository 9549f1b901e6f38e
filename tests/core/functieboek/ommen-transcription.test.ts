/**
 * Spot checks of the transcription against the source text (the PDF text of "Inkleuring organisatie
 * Ommen", Deel II Functie(plaatsings)boek, which is not part of this repository):
 * titles, scales, formation, competency levels, profiles and policies, as the book prints them.
 */
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { FunctieboekIndex } from "../../../src/core/functieboek/functieboek-index";

const book = bundledFunctieboek();
const index = new FunctieboekIndex(book);
const normfunctie = (name: string) => {
  const nf = index.findNormfunctie(name)?.entry;
  if (!nf) throw new Error(`no normfunctie ${name}`);
  return nf;
};

describe("the Ommen functieboek as data", () => {
  it("has the 16 available functions with their scale and formation, in the book's order", () => {
    expect(book.functions.map((f) => [f.title, f.scale, f.formationFte])).toEqual([
      ["Gemeentesecretaris", 14, 1],
      ["Strategisch beleidsadviseur", 12, 4],
      ["Beleidsadviseur", 11, 7],
      ["Strategisch regisseur / adviseur", 12, 1],
      ["Regisseur/adviseur", 11, 11],
      ["Adviseur", 10, 7],
      ["Senior beheerder", 9, 3],
      ["Beheerder", 8, 3],
      ["Senior ondersteuner", 7, 4],
      ["Ondersteuner", 6, 4],
      ["Senior beheerder accommodaties", 9, null],
      ["Beheerder accommodaties", 8, null],
      ["Zweminstructeur", 6, null],
      ["Medewerker reserveringen", 6, null],
      ["Senior administratief medewerker", 5, null],
      ["Administratief medewerker", 4, null],
    ]);
  });

  it("totals 45,00 FTE as the table states", () => {
    expect(book.formationTotalFte).toBe(45);
    expect(book.functions.reduce((s, f) => s + (f.formationFte ?? 0), 0)).toBeCloseTo(45, 10);
  });

  it("describes 16 normfuncties, each with a competency profile, and every function's normfunctie resolves", () => {
    expect(book.normfuncties).toHaveLength(16);
    expect(book.normfuncties.every((nf) => nf.profile !== null)).toBe(true);
    for (const fn of book.functions) expect(index.normfunctieOf(fn)).toBeDefined();
    expect(index.normfunctieOf(book.functions[0]!)?.name).toBe("Algemeen directeur/(gemeente)secretaris");
  });

  it("keeps functiereeks, functiegroep and competency levels as printed", () => {
    const secretaris = normfunctie("Algemeen directeur/(gemeente)secretaris");
    expect([secretaris.functiereeks, secretaris.functiegroep]).toEqual(["Management", "Strategisch I"]);
    expect(secretaris.competencies.map((c) => `${c.name} ${c.level}`)).toEqual([
      "Ondernemingszin A",
      "Visie A",
      "Netwerken A",
      "Omgevingsbewustzijn A",
      "Besluitvaardigheid A",
    ]);
    expect(secretaris.resultAreas.map((r) => r.title)).toEqual(["Advisering dagelijks bestuur", "Concernsturing", "Bedrijfsvoering", "Integraal management", "Netwerken"]);
    const educatie = normfunctie("Medewerker educatie III");
    expect(educatie.competencies.map((c) => c.level)).toEqual(["D", "D", "D", "D", "D"]);
    expect(educatie.profile?.competencies.map((c) => c.level)).toEqual(["C", "C", "C", "C", "C"]);
  });

  it("holds the profiles' behaviours, knowledge and minimum education", () => {
    const secretaris = normfunctie("Gemeentesecretaris / Algemeen directeur");
    const ondernemingszin = secretaris.profile?.competencies[0];
    expect(ondernemingszin).toMatchObject({ name: "Ondernemingszin", level: "A", label: "riskeren" });
    expect(ondernemingszin?.behaviours[0]).toBe("Ontwikkelt nieuwe werkterreinen.");
    expect(secretaris.profile?.criticalSituations[0]?.title).toBe("Politieke krachtenveld");
    expect(secretaris.profile?.knowledge[0]?.topic).toBe("Openbaar bestuur");
    expect(secretaris.profile?.minimumEducation).toMatch(/^Minimaal WO/);
    expect(normfunctie("Medewerker educatie III").profile?.minimumEducation).toBe("Minimaal MBO niveau 2.");
  });

  it("has the coördinatiemodule: not valued, with plannen en organiseren and coaching at level B", () => {
    expect(book.modules).toHaveLength(1);
    const module = book.modules[0]!;
    expect(module.valued).toBe(false);
    expect(module.competencies.map((c) => `${c.name} ${c.level}`)).toEqual(["plannen en organiseren B", "coaching B"]);
    expect(module.tasks).toHaveLength(5);
    expect(module.profile?.competencies.map((c) => c.name)).toEqual(["Plannen en organiseren", "Coaching"]);
  });

  it("has the three clusters with their indicative FTE and the organisation-wide competencies", () => {
    expect(book.clusters.map((c) => [c.name, c.indicativeFte])).toEqual([
      ["Cluster Beleid en Ontwikkeling", 13],
      ["Cluster Regie en Coördinatie", 15.5],
      ["Cluster Concern en Ondersteuning", 13],
    ]);
    expect(book.organisationCompetencies).toEqual(["resultaatgerichtheid", "zelfreflectie", "ondernemingszin"]);
  });

  it("states the policies of sections 1.4–1.6", () => {
    expect(book.policies).toMatchObject({
      intermediateScales: false,
      extensionScales: false,
      fullTimeHours: 36,
      maxCoordinatorsPerCluster: 1,
      maxCoordinatorsTotal: 3,
      coordinationExcludedFunctiereeksen: ["Management"],
    });
    expect(book.policies.notes.map((n) => n.section)).toEqual(expect.arrayContaining(["1.4", "1.5", "1.6"]));
  });

  it("has no leftover layout: no bullet glyphs, no line-end hyphens, no double spaces", () => {
    const texts: string[] = [];
    JSON.stringify(book, (_key, value: unknown) => {
      if (typeof value === "string") texts.push(value);
      return value;
    });
    for (const text of texts) {
      expect(text).not.toMatch(/[\uF0B7\u2022]/);
      expect(text).not.toMatch(/ {2}/);
      // A hyphen before a space is only right before a conjunction ("wet- en regelgeving").
      for (const match of text.matchAll(/\p{L}- (\p{L}+)/gu)) expect(["en", "of", "als", "tot"]).toContain(match[1]);
    }
  });
});
