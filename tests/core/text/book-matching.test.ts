/**
 * Text normalisation against a functieboek (issue 7, class 6): what differs only in what cannot be
 * seen — no-break and zero-width spaces, soft hyphens, double spaces, line breaks, en/em dashes for
 * a hyphen, decomposed accents, curly for straight quotes — matches the book exactly (no finding);
 * visible differences (case, "Il" for II, "3" for III) match with a spelling note.
 */
import { FunctieboekIndex } from "../../../src/core/functieboek/functieboek-index";
import { loadFunctieboek } from "../../../src/core/functieboek/load-functieboek";
import type { Functieboek } from "../../../src/core/functieboek/schema";
import { bookFunction } from "../../../src/core/rules/resolution";
import { minimalBook } from "../functieboek/minimal-book";

function book(): Functieboek {
  const input = minimalBook();
  input.functions.push(
    { title: "Adviseur ruimte-ontwikkeling", normfunctie: "Adviseur IV", scale: 10, formationFte: null, characteristics: [] },
    { title: "Coördinator \u2019s-Gravenhage", normfunctie: "Adviseur IV", scale: 10, formationFte: null, characteristics: [] },
  );
  const result = loadFunctieboek(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("; "));
  return result.book;
}

const index = new FunctieboekIndex(book());

describe("function titles", () => {
  it.each([
    ["an en dash for the hyphen", "Adviseur ruimte\u2013ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["an em dash for the hyphen", "Adviseur ruimte\u2014ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a non-breaking hyphen", "Adviseur ruimte\u2011ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a no-break space", "Adviseur\u00a0ruimte-ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a narrow no-break space", "Adviseur\u202fruimte-ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a double space", "Adviseur  ruimte-ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a line break (Alt+Enter)", "Adviseur\nruimte-ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a zero-width space", "Adviseur\u200b ruimte-ontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["a soft hyphen", "Adviseur ruimte-\u00adontwikkeling", "Adviseur ruimte-ontwikkeling"],
    ["outer spaces and a BOM", "\ufeff Adviseur ruimte-ontwikkeling\u00a0", "Adviseur ruimte-ontwikkeling"],
    ["a decomposed ö and a straight apostrophe", "Coo\u0308rdinator 's-Gravenhage", "Coördinator \u2019s-Gravenhage"],
    ["a left single quote", "Coördinator \u2018s-Gravenhage", "Coördinator \u2019s-Gravenhage"],
    ["a backtick", "Coördinator `s-Gravenhage", "Coördinator \u2019s-Gravenhage"],
  ])("match exactly with %s", (_name, typed, title) => {
    expect(index.findFunction(typed)).toMatchObject({ entry: { title }, exact: true });
  });

  it.each([
    ["other case", "adviseur ruimte-ontwikkeling"],
    ["a slash for the hyphen", "Adviseur ruimte/ontwikkeling"],
    ["no apostrophe", "Coördinator s-Gravenhage"],
  ])("match with a spelling note with %s", (_name, typed) => {
    expect(index.findFunction(typed)).toMatchObject({ exact: false });
  });
});

describe("normfunctie levels", () => {
  it.each([
    ["Medewerker administratief &\u00a0secretarieel III", true],
    ["Medewerker administratief & secretarieel\nIII", true],
    ["Medewerker administratief & secretarieel lll", false],
    ["Medewerker administratief & secretarieel Ill", false],
    ["Medewerker administratief en secretarieel 3", false],
    ["Adviseur lV", false],
    ["Adviseur 4", false],
  ])("%j is recognised (exact: %s)", (typed, exact) => {
    expect(index.findNormfunctie(typed)).toMatchObject({ exact });
  });
});

describe("the function a row stands for (functionForRow)", () => {
  // In this book Adviseur IV holds three functions (Adviseur, Adviseur ruimte-ontwikkeling,
  // Coördinator 's-Gravenhage); Medewerker administratief & secretarieel III only Ondersteuner.
  it.each([
    ["its title", "adviseur ruimte-ontwikkeling", "", "Adviseur ruimte-ontwikkeling"],
    ["its title, whatever the normfunctie says", "Ondersteuner", "Adviseur IV", "Ondersteuner"],
    ["the only function of its normfunctie when the title is unknown", "Beleidsmedewerker", "Medewerker administratief & secretarieel 3", "Ondersteuner"],
    ["the only function of its normfunctie when there is no title", "", "Medewerker administratief & secretarieel III", "Ondersteuner"],
  ])("by %s", (_name, title, normfunctie, expected) => {
    expect(index.functionForRow(title, normfunctie)?.title).toBe(expected);
  });

  it("is undefined when neither is in the book", () => {
    expect(index.functionForRow("Beleidsmedewerker", "Onbekend II")).toBeUndefined();
    expect(index.functionForRow("", "")).toBeUndefined();
  });

  it("is undefined when the normfunctie holds several functions and the title names none of them, as the rules resolve it", () => {
    const adviseurIV = index.findNormfunctie("Adviseur IV");
    if (!adviseurIV) throw new Error("Adviseur IV is in the book");
    expect(index.functionsOf(adviseurIV.entry)).toHaveLength(3);
    expect(index.functionForRow("", "Adviseur IV")).toBeUndefined();
    expect(index.functionForRow("Beleidsmedewerker", "Adviseur 4")).toBeUndefined();
    expect(bookFunction({ nf: adviseurIV }, index)).toBeUndefined();
  });
});
