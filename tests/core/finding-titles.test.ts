import { findingTitle, findingTitles } from "../../src/core/finding-titles";
import { BOOK_CHECKS } from "../../src/core/functieboek/self-check";
import { RULES, SHEET_CODES } from "../../src/core/rules";

describe("finding titles", () => {
  const codes = [...RULES.map((r) => r.id), ...SHEET_CODES, ...BOOK_CHECKS.map((c) => c.id)];

  it("has a title for every code the core emits: rules, unreadable sheets, functieboek self-checks", () => {
    for (const code of codes) expect({ code, title: findingTitles().get(code) }).toEqual({ code, title: { nl: expect.any(String), en: expect.any(String) } });
    expect([...findingTitles().keys()].sort()).toEqual([...codes].sort());
  });

  it("gives each code its own title, in plain words rather than an id", () => {
    const dutch = codes.map((code) => findingTitle(code).nl);
    expect(new Set(dutch).size).toBe(codes.length);
    for (const code of codes) {
      const { nl, en } = findingTitle(code);
      expect({ code, nl, en, ok: /^[A-ZÀ-Ý]/.test(nl) && /^[A-ZÀ-Ý]/.test(en) && !/[a-z]\/[a-z]/.test(nl + en) && nl !== en }).toEqual({ code, nl, en, ok: true });
    }
  });

  it.each([
    ["scale/mismatch", "Schaal past niet bij de functie", "Scale does not fit the function"],
    ["function/unknown", "Functie staat niet in het functieboek", "Function is not in the function book"],
    ["employee/over-allocated", "Medewerker boven 1,0 fte", "Employee above 1.0 FTE"],
    ["sheet/no-header", "Geen kopregel gevonden", "No header row found"],
    ["book/formation-total", "Formatie telt niet op tot het totaal", "Formation does not add up to the total"],
  ])("%s → %s / %s", (code, nl, en) => {
    expect(findingTitle(code)).toEqual({ nl, en });
  });

  it("never falls back to the code itself", () => {
    expect(findingTitle("made/up")).toEqual({ nl: "Overige bevinding", en: "Other finding" });
  });
});
