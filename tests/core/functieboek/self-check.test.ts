import { loadFunctieboek } from "../../../src/core/functieboek/load-functieboek";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { BOOK_CHECKS, checkFunctieboek } from "../../../src/core/functieboek/self-check";
import type { Functieboek } from "../../../src/core/functieboek/schema";
import { minimalBook } from "./minimal-book";

function book(change: (b: ReturnType<typeof minimalBook>) => void = () => undefined): Functieboek {
  const input = minimalBook();
  change(input);
  const result = loadFunctieboek(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.book;
}

const codes = (b: Functieboek) => checkFunctieboek(b).map((f) => `${f.code} ${f.path}`);

describe("checkFunctieboek on a consistent book", () => {
  it("finds nothing", () => {
    expect(checkFunctieboek(book())).toEqual([]);
  });
});

describe("each self-check", () => {
  it.each<[string, (b: ReturnType<typeof minimalBook>) => void, string]>([
    ["unknown normfunctie", (b) => void ((b.functions[0] as { normfunctie: string }).normfunctie = "Adviseur IX"), "book/unknown-normfunctie $.functions[0].normfunctie"],
    ["another name for the normfunctie", (b) => void ((b.normfuncties![0]!.aliases = ["Beleidsadviseur IV"]), (b.functions[0]!.normfunctie = "Beleidsadviseur IV")), "book/normfunctie-name $.functions[0].normfunctie"],
    ["formation not adding up", (b) => void (b.formationTotalFte = 4), "book/formation-total $.formationTotalFte"],
    ["clusters not adding up", (b) => void (b.clusters![0]!.indicativeFte = 2.5), "book/cluster-total $.clusters"],
    ["text total differs from the table", (b) => void (b.indicativeTotalFte = 5), "book/indicative-total $.indicativeTotalFte"],
    ["scale outside 1-18", (b) => void (b.functions[1]!.scale = 19), "book/scale-range $.functions[1].scale"],
    ["duplicate title", (b) => void (b.functions[1]!.title = " adviseur"), "book/duplicate-title $.functions[1].title"],
    ["missing profile", (b) => void (b.normfuncties![1]!.profile = null), "book/missing-profile $.normfuncties[1].profile"],
    ["competency level differs from the profile", (b) => void (b.normfuncties![0]!.competencies![0]!.level = "B"), "book/competency-mismatch $.normfuncties[0].competencies"],
    ["characteristics differ from the description", (b) => void (b.functions[0]!.characteristics = ["adviseert en beslist"]), "book/characteristics-mismatch $.functions[0].characteristics"],
    ["function without formation", (b) => void ((b.functions[1]!.formationFte = null), (b.formationTotalFte = 2), (b.indicativeTotalFte = 2), (b.clusters![0]!.indicativeFte = 2)), "book/no-formation $.functions[1].formationFte"],
    ["normfunctie no function uses", (b) => void b.normfuncties!.push({ ...b.normfuncties![1]!, name: "Medewerker publiek V" }), "book/unused-normfunctie $.normfuncties[2]"],
    ["identical result areas", (b) => void (b.normfuncties![1]!.resultAreas = b.normfuncties![0]!.resultAreas), "book/identical-result-areas $.normfuncties[1].resultAreas"],
    ["coordinator limits that disagree", (b) => void (b.policies!.maxCoordinatorsTotal = 3), "book/coordinator-limits $.policies.maxCoordinatorsTotal"],
  ])("%s", (_name, change, expected) => {
    expect(codes(book(change))).toContain(expected);
  });

  it("covers every check in the list", () => {
    expect(BOOK_CHECKS.map((c) => c.id)).toEqual([...BOOK_CHECKS.map((c) => c.id)].sort());
    expect(BOOK_CHECKS).toHaveLength(18);
  });
});

describe("the Ommen book's own contradictions", () => {
  const findings = checkFunctieboek(bundledFunctieboek());
  const find = (code: string, text = "") => findings.filter((f) => f.code === code && f.message.nl.includes(text));

  it("the clusters' ca. 13 + 15,5 + 13 FTE do not add up to the formation of 45", () => {
    expect(find("book/cluster-total")).toHaveLength(1);
    expect(find("book/cluster-total")[0]?.message.nl).toContain("41,50");
  });
  it("Medewerker educatie III lists other competencies in its description than in its profile", () => {
    expect(find("book/competency-mismatch", "Medewerker educatie III")).toHaveLength(1);
    expect(find("book/competency-mismatch")).toHaveLength(1);
  });
  it("the function table and the descriptions word some characteristics differently", () => {
    expect(find("book/characteristics-mismatch", "Beheerder accommodaties")).toHaveLength(1);
    expect(find("book/characteristics-mismatch", "'Beheerder'")).toHaveLength(1);
  });
  it("Medewerker beleidsuitvoering II and III share their result areas word for word", () => {
    expect(find("book/identical-result-areas", "Medewerker beleidsuitvoering III")).toHaveLength(1);
  });
  it("six functions have no formation, and the gemeentesecretaris' normfunctie is named two ways", () => {
    expect(find("book/no-formation")).toHaveLength(6);
    expect(find("book/normfunctie-name", "Gemeentesecretaris")).toHaveLength(1);
  });
  it("has no errors: every function's normfunctie is described and the formation adds up to 45,00", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the self-checks on what a municipality adds to HR21", () => {
  const withScores = (b: ReturnType<typeof minimalBook>) => {
    b.conversionTable = [
      { scoreFrom: 100, scoreTo: 139, scale: 6 },
      { scoreFrom: 140, scoreTo: 169, scale: 9 },
      { scoreFrom: 170, scoreTo: 199, scale: 10 },
    ];
    b.normfuncties![0]!.score = 175;
    b.normfuncties![1]!.score = 120;
  };
  it.each<[string, (b: ReturnType<typeof minimalBook>) => void, string | undefined]>([
    ["scores that convert to the book's scales", withScores, undefined],
    ["a score band that covers a groeifunctie", (b) => void (withScores(b), (b.normfuncties![0]!.score = 150), (b.normfuncties![0]!.scoreMax = 180), (b.functions[0]!.scale = 9), (b.functions[0]!.scaleMax = 10)), undefined],
    ["a scale outside what the score converts to", (b) => void (withScores(b), (b.functions[0]!.scale = 11)), "book/scale-conversion $.functions[0].scale"],
    ["a range reaching past what the score converts to", (b) => void (withScores(b), (b.functions[0]!.scaleMax = 11)), "book/scale-conversion $.functions[0].scale"],
    ["two normfuncties with the same HR21 code", (b) => void ((b.normfuncties![0]!.code = "N03.01.04"), (b.normfuncties![1]!.code = "n03.01.04 ")), "book/duplicate-code $.normfuncties[1].code"],
    [
      "Adviseur III scoring above Adviseur II",
      (b) => void b.normfuncties!.push({ ...b.normfuncties![0]!, name: "Adviseur II", score: 150, resultAreas: [] }, { ...b.normfuncties![0]!, name: "Adviseur III", score: 160, resultAreas: [] }),
      "book/level-order $.normfuncties[2].score",
    ],
    ["a function in a cluster the book does not list", (b) => void (b.functions[0]!.cluster = "Team Wonen"), "book/cluster-unlisted $.functions[0].cluster"],
    ["a function in a listed cluster (short name)", (b) => void (b.functions[0]!.cluster = "Alles"), undefined],
  ])("%s", (_name, change, expected) => {
    const added = ["book/scale-conversion", "book/duplicate-code", "book/level-order", "book/cluster-unlisted"];
    const found = codes(book(change)).filter((c) => added.some((code) => c.startsWith(code)));
    expect(found).toEqual(expected === undefined ? [] : [expected]);
  });

  it("says which scale the score converts to, in both languages", () => {
    const [finding] = checkFunctieboek(book((b) => void (withScores(b), (b.functions[0]!.scale = 9), (b.functions[0]!.scaleMax = 10)))).filter((f) => f.code === "book/scale-conversion");
    expect(finding?.message.nl).toBe("Functie 'Adviseur' heeft schaal 9 t/m 10, maar de score van normfunctie 'Adviseur IV' (175) geeft volgens de conversietabel schaal 10.");
    expect(finding?.message.en).toBe("Function 'Adviseur' has scale 9 to 10, but the score of normfunctie 'Adviseur IV' (175) converts to scale 10 in the conversion table.");
  });
});
