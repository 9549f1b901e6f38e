import { scaleMismatch } from "../../../src/core/rules/scale-mismatch";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import type { Functieboek } from "../../../src/core/functieboek/schema";
import { check, row, ruleCases } from "../../helpers/rule-cases";

ruleCases(scaleMismatch, {
  valid: [
    row(),
    row({ schaal: "schaal 10" }),
    row({ schaal: "10" }),
    row({ functie: null, normfunctie: "Adviseur IV", schaal: 10 }),
    row({ functie: "Wethouder", normfunctie: null, schaal: 3 }),
    row({ schaal: "10A" }),
    row({ schaal: 25 }),
  ],
  invalid: [
    { rows: row({ schaal: 11 }), expect: [{ code: "scale/mismatch", cell: "D2", severity: "error", suggestion: "10" }] },
    { rows: row({ functie: "Gemeentesecretaris", normfunctie: "Gemeentesecretaris / Algemeen directeur", schaal: "Schaal 15" }), expect: [{ code: "scale/mismatch", suggestion: "14" }] },
    { rows: row({ functie: null, normfunctie: "Medewerker publiek V", schaal: 5 }), expect: [{ code: "scale/mismatch", suggestion: "4" }] },
    { rows: row({ schaal: 11, toelichting: "Persoonlijke schaal na arbitrage" }), expect: [{ code: "scale/mismatch", severity: "warning" }] },
  ],
});

/** The Ommen book with Adviseur as a groeifunctie (schaal 9 t/m 10) and a conversietabel that allows 10A for its score. */
function bookWithRange(): Functieboek {
  const base = bundledFunctieboek();
  return {
    ...base,
    policies: { ...base.policies, intermediateScales: true },
    functions: base.functions.map((f) => (f.title === "Adviseur" ? { ...f, scale: 9, scaleMax: 10 } : f)),
    normfuncties: base.normfuncties.map((n) => (n.name === "Adviseur IV" ? { ...n, score: 150 } : n)),
    conversionTable: [{ scoreFrom: 140, scoreTo: 159, scale: 10, intermediateScale: "10A" }],
  };
}

describe("a scale range (groeifunctie) and a tussenschaal from the conversietabel", () => {
  ruleCases(scaleMismatch, {
    book: bookWithRange(),
    valid: [row({ schaal: 9 }), row({ schaal: 10 }), row({ schaal: "10A" })],
    invalid: [
      { rows: row({ schaal: 11 }), expect: [{ code: "scale/mismatch", cell: "D2", suggestion: "10" }] },
      { rows: row({ schaal: 8 }), expect: [{ code: "scale/mismatch", suggestion: "9" }] },
      { rows: row({ schaal: "9A" }), expect: [{ code: "scale/mismatch", suggestion: "9" }] },
    ],
  });

  it("says which scales are allowed", () => {
    const [finding] = check(scaleMismatch, row({ schaal: 11 }), bookWithRange());
    expect(finding?.message.nl).toBe("Schaal 11 past niet bij Adviseur: het functieboek geeft schaal 9 tot en met 10.");
    expect(finding?.message.en).toBe("Scale 11 does not fit Adviseur: the function book says scale 9 to 10.");
  });
});
