import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { scaleIntermediate } from "../../../src/core/rules/scale-intermediate";
import { check, row, ruleCases } from "../../helpers/rule-cases";

ruleCases(scaleIntermediate, {
  valid: [row(), row({ schaal: "11U" })],
  invalid: [
    { rows: row({ schaal: "10A" }), expect: [{ code: "scale/intermediate", cell: "D2", suggestion: "10" }] },
    { rows: row({ functie: "Beleidsadviseur", normfunctie: "Medewerker ontwikkeling II", schaal: "10 a" }), expect: [{ code: "scale/intermediate", suggestion: "11" }] },
    // Without a function the book knows, 10A could mean 10 or 11: no suggestion.
    { rows: row({ functie: "Projectleider", normfunctie: null, schaal: "10A" }), expect: [{ code: "scale/intermediate", suggestion: undefined }] },
  ],
});

test("a book that allows tussenschalen gets no finding", () => {
  const book = bundledFunctieboek();
  const lenient = { ...book, policies: { ...book.policies, intermediateScales: true } };
  expect(check(scaleIntermediate, row({ schaal: "10A" }), lenient)).toEqual([]);
});
