import { dropdownValidations, type TemplateSheet } from "../../../../src/core/functieboek/workbook/book-template";

/** A template sheet with only its dropdowns (the table does not matter to them). */
function sheetWith(dropdowns: TemplateSheet["dropdowns"]): TemplateSheet {
  return { table: { name: "Clusters", title: "Clusters", titleEn: "Clusters", columns: [], rows: [] }, dropdowns };
}

describe("the template's dropdowns as both adapters write them", () => {
  it("puts a strict list on its cells, counted from the first data row", () => {
    const sheet = sheetWith([{ column: 2, firstRow: 0, lastRow: 302, values: ["ja", "nee"], strict: true }]);
    expect(dropdownValidations(sheet, 5)).toEqual([{ range: "C5:C307", list: "ja,nee", strict: true, title: "Formatiecheck", message: "Kies een waarde uit de lijst. / Choose a value from the list." }]);
  });

  it("lets a loose list warn and allow another value", () => {
    const sheet = sheetWith([{ column: 27, firstRow: 3, lastRow: 3, values: ["Team Wonen", "Team Bedrijf"], strict: false }]);
    expect(dropdownValidations(sheet, 4)).toEqual([
      { range: "AB7:AB7", list: "Team Wonen,Team Bedrijf", strict: false, title: "Formatiecheck", message: "Deze waarde staat niet in de lijst; toch gebruiken? / This value is not in the list; use it anyway?" },
    ]);
  });

  it("leaves out a list that cannot be inline: over 255 characters, or a value with a comma", () => {
    const long = Array.from({ length: 30 }, (_, i) => `Cluster nummer ${i}`);
    const sheet = sheetWith([
      { column: 0, firstRow: 0, lastRow: 10, values: long, strict: false },
      { column: 1, firstRow: 0, lastRow: 10, values: ["Wonen, werken", "Zorg"], strict: false },
      { column: 2, firstRow: 0, lastRow: 10, values: ["A", "B", "C", "D"], strict: true },
    ]);
    expect(dropdownValidations(sheet, 2).map((d) => d.range)).toEqual(["C2:C12"]);
  });
});
