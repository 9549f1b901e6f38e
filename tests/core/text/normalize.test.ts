import { cleanText, compactKey, nearest, normalizeKey, normfunctieKey } from "../../../src/core/text/normalize";

describe("cleanText", () => {
  it("removes invisible characters and folds white space", () => {
    expect(cleanText("  Beleids\u200Badviseur\u00a0 ")).toBe("Beleidsadviseur");
    expect(cleanText("Regisseur\n/adviseur")).toBe("Regisseur /adviseur");
    expect(cleanText("a \u2013 b \u2014 c")).toBe("a - b - c");
    expect(cleanText("\u2018x\u2019")).toBe("'x'");
  });
});

describe("normalizeKey / compactKey", () => {
  it.each([
    ["Coördinatiemodule", "coordinatiemodule"],
    ["Coo\u0308rdinatiemodule", "coordinatiemodule"],
    ["Pers. nr.", "pers nr"],
    ["Medewerker administratief & secretarieel II", "medewerker administratief en secretarieel ii"],
  ])("%s → %s", (input, key) => {
    expect(normalizeKey(input)).toBe(key);
  });

  it("ignores spacing and punctuation in compact keys", () => {
    expect(compactKey("Regisseur/adviseur")).toBe(compactKey("Regisseur / adviseur"));
    expect(compactKey("Strategisch regisseur / adviseur")).toBe(compactKey("strategisch  regisseur/adviseur"));
  });
});

describe("normfunctieKey", () => {
  it.each([
    ["Adviseur III", "adviseur iii"],
    ["Adviseur 3", "adviseur iii"],
    ["adviseur  iii", "adviseur iii"],
    ["Adviseur Il", "adviseur ii"],
    ["Adviseur ll", "adviseur ii"],
    ["Adviseur IV", "adviseur iv"],
    ["Medewerker publiek V", "medewerker publiek v"],
    ["Adviseur", "adviseur"],
  ])("%s → %s", (input, key) => {
    expect(normfunctieKey(input)).toBe(key);
  });
});

describe("nearest", () => {
  const titles = ["Beleidsadviseur", "Strategisch beleidsadviseur", "Adviseur", "Beheerder"];
  it("suggests close titles, best first", () => {
    expect(nearest("Beleidsadvsieur", titles)[0]).toBe("Beleidsadviseur");
    expect(nearest("Beheerdr", titles)[0]).toBe("Beheerder");
  });
  it("suggests nothing for unrelated text", () => {
    expect(nearest("Zweminstructeur", ["Beleidsadviseur", "Beheerder"])).toEqual([]);
  });
});
