import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { scaleExtension } from "../../../src/core/rules/scale-extension";
import { check, row, ruleCases } from "../../helpers/rule-cases";

ruleCases(scaleExtension, {
  valid: [row(), row({ schaal: "10A" })],
  invalid: [
    { rows: row({ schaal: "10U" }), expect: [{ code: "scale/extension", cell: "D2", suggestion: "10" }] },
    { rows: row({ schaal: "uitloop 10" }), expect: [{ code: "scale/extension" }] },
    { rows: row({ schaal: "10+" }), expect: [{ code: "scale/extension" }] },
    { rows: row({ functie: "Beleidsadviseur", normfunctie: null, schaal: "10U" }), expect: [{ code: "scale/extension", suggestion: "11" }] },
    // Without a function the book knows: the uitloopschaal's own scale, if the book has it.
    { rows: row({ functie: "Projectleider", normfunctie: null, schaal: "11U" }), expect: [{ code: "scale/extension", suggestion: "11" }] },
    { rows: row({ functie: "Projectleider", normfunctie: null, schaal: "13U" }), expect: [{ code: "scale/extension", suggestion: undefined }] },
  ],
});

test("a book that allows uitloopschalen gets no finding", () => {
  const book = bundledFunctieboek();
  expect(check(scaleExtension, row({ schaal: "10U" }), { ...book, policies: { ...book.policies, extensionScales: true } })).toEqual([]);
});
