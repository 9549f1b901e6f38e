import { detectHeader, fieldOfLabel } from "../../../src/core/formatie/header-detection";
import type { CellValue } from "../../../src/core/formatie/grid";

const grid = (rows: CellValue[][]) => ({ sheet: "Blad1", rows });

describe("fieldOfLabel", () => {
  it.each([
    ["Functie", "title"],
    ["Functienaam", "title"],
    ["Beschikbare functie", "title"],
    ["HR21-normfunctie", "normfunctie"],
    ["Normfunctie (HR21)", "normfunctie"],
    ["Salarisschaal", "scale"],
    ["Functieschaal", "scale"],
    ["Formatie (fte)", "fte"],
    ["Omvang", "fte"],
    ["Uren per week", "hours"],
    ["Aantal uren", "hours"],
    ["Naam medewerker", "employee"],
    ["Pers.nr.", "personnelNumber"],
    ["Registratienummer", "personnelNumber"],
    ["Organisatieonderdeel", "cluster"],
    ["CM", "coordination"],
    ["Coördinatiemodule", "coordination"],
    ["COORDINATIEMODULE", "coordination"],
    ["Reden", "explanation"],
    ["Huidige schaal", "currentScale"],
    ["Huidige functie", "currentFunction"],
    ["FTE\u00a0", "fte"],
  ])("%s → %s", (label, field) => {
    expect(fieldOfLabel(label)).toBe(field);
  });

  it.each([["Datum in dienst"], [""], ["Datum"]])("%s names no field", (label) => {
    expect(fieldOfLabel(label)).toBeUndefined();
  });
});

describe("detectHeader", () => {
  it("finds a header on row 4 under a title and a blank row", () => {
    const detected = detectHeader(
      grid([
        ["Formatie Gemeente Ommen 2025", "Formatie Gemeente Ommen 2025", "Formatie Gemeente Ommen 2025"],
        ["Peildatum 1 januari", null, null],
        [null, null, null],
        ["Cluster", "Functie", "Schaal", "FTE"],
        ["Cluster Beleid en Ontwikkeling", "Beleidsadviseur", 11, 1],
      ]),
    );
    expect(detected).toMatchObject({ headerRow: 4, columns: { cluster: 1, title: 2, scale: 3, fte: 4 } });
  });

  it("reports duplicate labels and uses the first column", () => {
    const detected = detectHeader(grid([["Functie", "FTE", "FTE"], ["Adviseur", 1, 1]]));
    expect(detected?.columns.fte).toBe(2);
    expect(detected?.duplicates).toEqual([{ field: "fte", columns: [2, 3] }]);
  });

  it("reads a two-row header with a merged group label", () => {
    const detected = detectHeader(
      grid([
        ["Functie", "Normfunctie", "Omvang", "Omvang"],
        [null, null, "fte", "uren"],
        ["Adviseur", "Adviseur IV", 1, 36],
      ]),
    );
    expect(detected).toMatchObject({ headerRow: 2, columns: { title: 1, normfunctie: 2, fte: 3, hours: 4 } });
  });

  it("finds nothing when no row names a function", () => {
    expect(detectHeader(grid([["Naam", "Datum"], ["Piet", "1-1-2024"]]))).toBeUndefined();
  });
});

describe("detectHeader: two-row and merged headers", () => {
  it("reads group labels over 'Nieuw'/'Huidig' when Cluster and FTE are only in the top row", () => {
    const rows: CellValue[][] = [
      ["Cluster", "Functie", null, "Schaal", null, "FTE"],
      [null, "Nieuw", "Huidig", "Nieuw", "Huidig", null],
      ["Cluster Alles", "Adviseur", "Beleidsmedewerker", 10, 10, 1],
    ];
    const merges = [
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ];
    expect(detectHeader({ sheet: "F", rows, merges })).toMatchObject({
      headerRow: 2,
      columns: { cluster: 1, title: 2, currentFunction: 3, scale: 4, currentScale: 5, fte: 6 },
      duplicates: [],
    });
  });

  it("reads a label merged down both header rows", () => {
    const rows: CellValue[][] = [
      ["Cluster", "Functie", null, "FTE"],
      [null, "Nieuw", "Huidig", null],
      ["Cluster Alles", "Adviseur", "Adviseur", 1],
    ];
    const merges = [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 2, right: 4 },
    ];
    expect(detectHeader({ sheet: "F", rows, merges })).toMatchObject({ headerRow: 2, columns: { cluster: 1, title: 2, currentFunction: 3, fte: 4 } });
  });

  it.each([
    ["a text-only data row", ["Adviseur", "Adviseur IV", "A. Jansen"]],
    ["a row of values that merely contain a label", ["Functie Adviseur", "Normfunctie Adviseur IV", "Naam Jansen"]],
  ])("never takes %s under the header for a second header row", (_name, dataRow) => {
    const detected = detectHeader(grid([["Functie", "Normfunctie", "Naam", "FTE"], [...dataRow, null], ["Adviseur", "Adviseur IV", "B. Bos", 1]]));
    expect(detected?.headerRow).toBe(1);
  });
});
