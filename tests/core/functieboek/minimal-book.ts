import type { FunctieboekInput } from "../../../src/core/functieboek/schema";

/** A small, consistent book of a fictional municipality: the base for schema and self-check cases. */
export function minimalBook(): FunctieboekInput & { functions: NonNullable<FunctieboekInput["functions"]> } {
  return {
    schemaVersion: 1,
    name: "Functieboek Gemeente Voorbeeld",
    organisation: "Gemeente Voorbeeld",
    source: { title: "Testboek" },
    indicativeTotalFte: 3,
    formationTotalFte: 3,
    policies: { intermediateScales: false, extensionScales: false, fullTimeHours: 36, maxCoordinatorsPerCluster: 1, maxCoordinatorsTotal: 1 },
    clusters: [{ name: "Cluster Alles", indicativeFte: 3, description: "Alles" }],
    organisationCompetencies: ["samenwerken"],
    functions: [
      { title: "Adviseur", normfunctie: "Adviseur IV", scale: 10, formationFte: 2, characteristics: ["adviseert"] },
      { title: "Ondersteuner", normfunctie: "Medewerker administratief & secretarieel III", scale: 6, formationFte: 1, characteristics: [] },
    ],
    normfuncties: [
      {
        name: "Adviseur IV",
        functiereeks: "Beleid",
        functiegroep: "Advies",
        characteristics: ["adviseert"],
        competencies: [{ name: "Samenwerken", level: "C", label: "samenwerken" }],
        resultAreas: [{ title: "Advies", tasks: ["adviseert"] }],
        profile: {
          criticalSituations: [],
          competencies: [{ name: "Samenwerken", definition: "Werkt samen.", level: "C", label: "samenwerken", behaviours: ["Werkt samen."] }],
          knowledge: [],
          skills: [],
          minimumEducation: "HBO",
        },
      },
      {
        name: "Medewerker administratief & secretarieel III",
        functiereeks: "Ondersteuning",
        functiegroep: "Administratief & secretarieel",
        characteristics: [],
        competencies: [],
        resultAreas: [{ title: "Ondersteuning", tasks: ["ondersteunt"] }],
        profile: { criticalSituations: [], competencies: [], knowledge: [], skills: [], minimumEducation: "MBO" },
      },
    ],
    modules: [],
  };
}
