/**
 * Sjabloon invoegen and Uit werkblad on the Excel fake (issue 15): the template sheets go into the
 * live workbook through the Office.js adapter, text stays text ("10-11" is no date), the dropdowns
 * are there, the book reads back from them through the same port, a sheet name already taken stops
 * everything, and a failure at any command leaves the user's own sheets as they were.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledFunctieboek } from "../../src/core/functieboek/bundled";
import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import type { Functieboek } from "../../src/core/functieboek/schema";
import { buildBookTemplate, workbookPart } from "../../src/core/functieboek/workbook/book-template";
import { readFunctieboekFromPort } from "../../src/core/functieboek/workbook/read-from-port";
import type { FakeWorkbook } from "../support/excel-fake";
import { officeFixture, type OfficeFixture } from "../support/office-fixture";

let fixture: OfficeFixture;
afterEach(() => fixture?.uninstall());

function heerdenveld(): Functieboek {
  const result = loadFunctieboek(JSON.parse(readFileSync(path.join(__dirname, "../../examples/functieboek-heerdenveld.json"), "utf8")));
  if (!result.ok) throw new Error("the example book does not load");
  return result.book;
}

function prepared(): OfficeFixture {
  const f = officeFixture();
  f.fake.seed("Formatie", "A1", [
    ["Functie", "Schaal", "FTE"],
    ["Adviseur", 10, 1],
  ]);
  f.fake.user.setFill("Formatie", "A1:C1", { color: "#D9E1F2", pattern: "Solid" });
  return f;
}

/** The user's own sheet, cell by cell. */
function formatie(workbook: FakeWorkbook): unknown {
  const sheet = workbook.sheet("Formatie");
  return [...(sheet?.cells.entries() ?? [])].map(([k, c]) => [k, c.value ?? null, c.formula ?? null, c.fill ?? null]);
}

const TEMPLATE = ["Uitleg", "Functies", "Normfuncties", "Conversietabel", "Clusters", "Beleid"];

describe("the functieboek template in the live workbook", () => {
  test("inserts the sheets with dropdowns, and Uit werkblad reads the same book back", async () => {
    fixture = prepared();
    const book = heerdenveld();
    const added = await fixture.workbook.insertSheets(buildBookTemplate(book), { functieboekName: book.name });
    expect(added).toEqual(TEMPLATE);
    expect(fixture.fake.workbook.sheets.map((s) => s.name)).toEqual(["Blad1", "Formatie", ...TEMPLATE]);
    const beleid = fixture.fake.workbook.sheet("Beleid");
    const lists = (beleid?.validations ?? []).map((v) => ({ source: (v.rule as { list: { source: string } }).list.source, style: (v.errorAlert as { style: string }).style }));
    expect(lists).toContainEqual({ source: "ja,nee", style: "Stop" });
    const levels = (fixture.fake.workbook.sheet("Normfuncties")?.validations ?? []).map((v) => (v.rule as { list: { source: string } }).list.source);
    expect(levels).toContain("A,B,C,D");
    const result = await readFunctieboekFromPort(fixture.workbook);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.nl).join("\n"));
    expect(result.book).toEqual(workbookPart(book));
  });

  test("names the workbook's own book in the title block and page header, else the bundled book, as the file adapter does", async () => {
    // The title block's second line is "book · date"; the page header's right part the book ("&" doubled).
    const headerOf = (name: string) => ({ book: name, rightHeader: name.replaceAll("&", "&&") });
    const written = (f: OfficeFixture) => {
      const sheet = f.fake.workbook.sheet("Functies");
      return { book: String(sheet?.valueAt(2, 1)).split(" · ")[0], rightHeader: sheet?.pageLayout.headersFooters.rightHeader };
    };
    fixture = prepared();
    await fixture.workbook.insertSheets(buildBookTemplate(heerdenveld()));
    expect(written(fixture)).toEqual(headerOf(bundledFunctieboek().name));
    fixture.uninstall();

    fixture = prepared();
    const own = { ...heerdenveld(), name: "Functieboek Eigen & Co" };
    await fixture.workbook.saveState({ schemaVersion: 1, functieboekJson: JSON.stringify(own) });
    await fixture.workbook.insertSheets(buildBookTemplate(heerdenveld()));
    expect(written(fixture)).toEqual(headerOf(own.name));
  });

  test("a sheet of the same name stops the insert: nothing is added, the user's sheet stays", async () => {
    fixture = prepared();
    fixture.fake.seed("Functies", "A1", [["Mijn eigen functielijst"]]);
    const before = fixture.fake.workbook.sheets.map((s) => s.name);
    await expect(fixture.workbook.insertSheets(buildBookTemplate(heerdenveld()))).rejects.toMatchObject({
      userMessage: { nl: expect.stringContaining("De werkmap heeft al een werkblad 'Functies'; het sjabloon is niet ingevoegd en er is niets veranderd.") as string },
    });
    expect(fixture.fake.workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(fixture.fake.workbook.sheet("Functies")?.valueAt(1, 1)).toBe("Mijn eigen functielijst");
  });

  test("a failure at every command leaves the user's sheet as it was, and a retry refuses rather than overwrites", async () => {
    fixture = prepared();
    const original = formatie(fixture.fake.workbook);
    fixture.fake.resetStats();
    await fixture.workbook.insertSheets(buildBookTemplate(heerdenveld()));
    const commands = fixture.fake.stats.commands;
    fixture.uninstall();
    expect(commands).toBeGreaterThan(20);
    for (let k = 1; k <= commands; k += 1) {
      fixture = prepared();
      try {
        fixture.fake.resetStats();
        fixture.fake.failCommand(k);
        const ok = await fixture.workbook.insertSheets(buildBookTemplate(heerdenveld())).then(() => true, () => false);
        expect({ k, armed: fixture.fake.failureArmed }).toEqual({ k, armed: false });
        expect({ k, formatie: formatie(fixture.fake.workbook) }).toEqual({ k, formatie: original });
        if (!ok && fixture.fake.workbook.sheets.some((s) => TEMPLATE.includes(s.name))) {
          // Sheets added before the failure stay (Excel keeps them); inserting again names them, never replaces them.
          await expect(fixture.workbook.insertSheets(buildBookTemplate(heerdenveld()))).rejects.toMatchObject({ code: "sheet-exists" });
        }
      } finally {
        fixture.uninstall();
      }
    }
  });
});
