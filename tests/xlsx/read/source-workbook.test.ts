/**
 * Opening workbook files (issue 19): the checks before reading, with small limits so each is cheap to
 * reach; any damage to a real workbook ends in a WorkbookInputError, never another exception; the
 * grid a worksheet becomes; and the shapes other producers write — a namespace prefix on every
 * element (.NET's Open XML SDK), parts with other names and places found through relationships,
 * backslashes in part names, inline strings, rich text, the 1904 date system.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_LIMITS, WorkbookInputError, type WorkbookLimits } from "../../../src/xlsx/read/input-errors";
import { SourceWorkbook } from "../../../src/xlsx/read/source-workbook";
import { zipBytes, type ZipEntry } from "../../fixtures/bad/zip-bytes";

async function formationBytes(build?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Formatie");
  sheet.addRow(["Functie", "Schaal", "FTE"]);
  for (let i = 0; i < 20; i++) sheet.addRow(["Adviseur", 10, 1]);
  build?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Opens and reads every worksheet: "read", or the Dutch message of the refusal. */
async function outcome(data: Uint8Array, limits?: Partial<WorkbookLimits>): Promise<string> {
  try {
    const source = await SourceWorkbook.open(data, { ...DEFAULT_LIMITS, ...limits });
    for (const sheet of source.sheets) await source.grid(sheet.name);
  } catch (error) {
    if (error instanceof WorkbookInputError) return error.userMessage.nl;
    throw error;
  }
  return "read";
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A hand-made package: the workbook at `workbookPath`, its one sheet at `sheetPath`, with a prefix on every element. */
function handMade(options: { prefix?: string; workbookPath?: string; sheetPath?: string; sheetData: string; sharedStrings?: string[]; date1904?: boolean; nameSeparator?: string; styles?: string }): Uint8Array {
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const workbookPath = options.workbookPath ?? "xl/workbook.xml";
  const sheetPath = options.sheetPath ?? "xl/worksheets/sheet1.xml";
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const relative = (to: string) => (to.startsWith(dir) ? to.slice(dir.length) : `/${to}`);
  const sep = (name: string) => (options.nameSeparator ? name.replace(/\//g, options.nameSeparator) : name);
  const entries: ZipEntry[] = [
    { name: "[Content_Types].xml", data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/${workbookPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${sheetPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>` },
    { name: sep("_rels/.rels"), data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/${workbookPath}"/></Relationships>` },
    {
      name: sep(workbookPath),
      data: `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}">${options.date1904 ? `<${p}workbookPr date1904="1"/>` : ""}<${p}sheets><${p}sheet name="Formatie" sheetId="1" r:id="R7"/></${p}sheets></${p}workbook>`,
    },
    {
      name: sep(relsPath),
      data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="R7" Type="${REL}/worksheet" Target="${relative(sheetPath)}"/>${options.sharedStrings ? `<Relationship Id="R8" Type="${REL}/sharedStrings" Target="${relative(`${dir}strings.xml`)}"/>` : ""}${options.styles ? `<Relationship Id="R9" Type="${REL}/styles" Target="${relative(`${dir}looks.xml`)}"/>` : ""}</Relationships>`,
    },
    { name: sep(sheetPath), data: `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${options.sheetData.replace(/<(\/?)(?!\/)/g, `<$1${p}`)}</${p}sheetData></${p}worksheet>` },
  ];
  if (options.sharedStrings) entries.push({ name: sep(`${dir}strings.xml`), data: `<?xml version="1.0"?><${p}sst ${ns}>${options.sharedStrings.join("")}</${p}sst>` });
  if (options.styles) entries.push({ name: sep(`${dir}looks.xml`), data: `<?xml version="1.0"?><${p}styleSheet ${ns}>${options.styles}</${p}styleSheet>` });
  return zipBytes(entries);
}

async function gridOfBytes(bytes: Uint8Array, sheet = "Formatie") {
  const source = await SourceWorkbook.open(bytes);
  return source.grid(sheet);
}

describe("checks before reading", () => {
  it("reads a plain workbook", async () => {
    expect(await outcome(await formationBytes())).toBe("read");
  });

  it.each<[string, Partial<WorkbookLimits>, string]>([
    ["the file size", { maxFileBytes: 1000 }, "Het bestand is te groot"],
    ["the total unpacked size", { maxUncompressedBytes: 5000 }, "De werkmap pakt uit tot"],
    ["the number of parts", { maxParts: 3 }, "onderdelen; de grens is 3"],
    ["the filled cells of one sheet", { maxCells: 62 }, "Werkblad 'Formatie' heeft meer dan 62 gevulde cellen"],
  ])("refuses a workbook above the limit on %s", async (_name, limits, message) => {
    expect(await outcome(await formationBytes(), limits)).toContain(message);
  });

  it("does not count cells that are only formatted: they cost nothing to read", async () => {
    const bytes = await formationBytes((sheet) => {
      for (let r = 30; r < 600; r++) sheet.getCell(r, 5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    expect(await outcome(bytes, { maxCells: 63 })).toBe("read");
  });

  it("stops unpacking a part as soon as it passes the size its directory gives", async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${" ".repeat(5_000_000)}</sheetData></worksheet>`;
    const bytes = zipBytes([{ name: "xl/workbook.xml", data: `<workbook xmlns="${MAIN}"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>` }, { name: "xl/worksheets/sheet1.xml", data: sheet, declaredSize: 100 }]);
    expect(await outcome(bytes)).toContain("groter dan de inhoudsopgave");
  });

  it.each([
    ["a zip with no workbook", zipBytes([{ name: "leesmij.txt", data: "hallo" }]), "zip-bestand zonder werkmap"],
    ["random bytes", new Uint8Array(300).fill(7), "geen rekenblad"],
    ["an encrypted zip entry", zipBytes([{ name: "xl/workbook.xml", data: "<workbook/>", encryptedFlag: true }]), "wachtwoord"],
  ])("refuses %s with a reason, not a library's error", async (_name, bytes, message) => {
    const text = await outcome(bytes);
    expect(text).toContain(message);
    expect(text.length).toBeLessThanOrEqual(200);
  });
});

describe("damaged workbooks (fast-check, fixed seeds)", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await formationBytes();
  });

  it("a workbook cut off anywhere is refused with a message, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), async (n) => {
        const cut = bytes.subarray(0, n % bytes.length);
        expect(await outcome(cut)).not.toBe("read");
      }),
      { seed: 17, numRuns: 80, examples: [[0], [1], [4], [22]] },
    );
  });

  it("a workbook with bytes overwritten anywhere is refused with a message or read, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (changes) => {
        const damaged = new Uint8Array(bytes);
        for (const [at, value] of changes) damaged[at % damaged.length] = value;
        await outcome(damaged); // throws (failing the property) on anything but a WorkbookInputError
      }),
      { seed: 23, numRuns: 150 },
    );
  });
});

describe("the grid of a worksheet", () => {
  async function gridOf(build: (sheet: ExcelJS.Worksheet) => void) {
    const workbook = new ExcelJS.Workbook();
    build(workbook.addWorksheet("Formatie"));
    return gridOfBytes(new Uint8Array(await workbook.xlsx.writeBuffer()));
  }

  it("lists rows hidden by hand and rows filtered out by an autofilter", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRows([["Functie", "FTE"], ["Adviseur", 1], ["Beheerder", 1], ["Ondersteuner", 1], ["Adviseur", 1]]);
      sheet.getRow(3).hidden = true;
      sheet.autoFilter = "A1:B5";
      sheet.getRow(4).hidden = true; // what Excel saves for a row its filter hides
    });
    expect([...(grid.hiddenRows ?? [])].sort()).toEqual([3, 4]);
  });

  it("lists merged ranges, clipped to the data", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRows([["Cluster", "Functie", "FTE"], ["Beleid", "Adviseur", 1], [null, "Beheerder", 1]]);
      sheet.mergeCells("A2:A3");
      sheet.mergeCells("E2:F900");
      sheet.mergeCells("A200:C400");
    });
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(grid.rows[1]?.[0]).toBe("Beleid");
  });

  it("ends at the last cell holding data, however far formatting reaches", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRows([["Functie", "FTE"], ["Adviseur", 1]]);
      sheet.getCell("Z1048576").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      sheet.getCell("B1048576").value = "";
    });
    expect({ rows: grid.rows.length, cols: grid.rows[0]?.length }).toEqual({ rows: 2, cols: 2 });
  });

  it("turns rich text, hyperlinks, formulas, error cells and dates into plain values", async () => {
    const grid = await gridOf((sheet) => {
      sheet.addRow([
        { richText: [{ text: "Advi", font: { bold: true } }, { text: "seur" }] },
        { text: "Beheerder", hyperlink: "https://example.org" },
        { formula: "1/2", result: 0.5 },
        { formula: "1/0" },
        { error: "#REF!" },
        true,
        new Date(Date.UTC(2026, 10, 30)),
      ]);
    });
    expect(grid.rows[0]).toEqual(["Adviseur", "Beheerder", 0.5, { error: "#UNCALCULATED" }, { error: "#REF!" }, true, new Date(Date.UTC(2026, 10, 30))]);
  });
});

describe("workbooks from other producers", () => {
  const CELLS = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>FTE</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><r><t>Advi</t></r><r><rPr><b/></rPr><t>seur</t></r><rPh sb="0" eb="1"><t>ア</t></rPh></is></c><c r="B2"><v>0.8</v></c></row>`;
  const STRINGS = ["<si><t>Functie</t></si>"];

  it.each([
    ["every element with the x: prefix (.NET Open XML SDK)", { prefix: "x" }],
    ["another prefix", { prefix: "ss" }],
    ["the workbook outside xl/, under another name", { workbookPath: "spreadsheet/Book.xml", sheetPath: "spreadsheet/tabs/first.xml" }],
    ["xl/WorkBook.xml in other letter case", { workbookPath: "xl/WorkBook.xml" }],
    ["backslashes in the part names", { nameSeparator: "\\" }],
    ["a sheet part not named sheetN.xml", { sheetPath: "xl/worksheets/Formatie.xml" }],
  ])("reads %s", async (_name, shape) => {
    const grid = await gridOfBytes(handMade({ ...shape, sheetData: CELLS, sharedStrings: STRINGS }));
    expect(grid.rows).toEqual([
      ["Functie", "FTE"],
      ["Adviseur", 0.8],
    ]);
  });

  it("places cells and rows without references one after the other", async () => {
    const grid = await gridOfBytes(handMade({ sheetData: `<row><c t="inlineStr"><is><t>Functie</t></is></c><c t="inlineStr"><is><t>FTE</t></is></c></row><row><c t="inlineStr"><is><t>Adviseur</t></is></c><c><v>1</v></c></row>` }));
    expect(grid.rows).toEqual([
      ["Functie", "FTE"],
      ["Adviseur", 1],
    ]);
  });

  it("reads dates in the 1904 date system, and ISO dates (t=\"d\")", async () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>`;
    const grid = await gridOfBytes(handMade({ date1904: true, styles, sheetData: `<row r="1"><c r="A1" s="1"><v>44561</v></c><c r="B1" t="d"><v>2026-11-30T00:00:00Z</v></c><c r="C1" s="0"><v>44560</v></c></row>` }));
    expect(grid.rows[0]).toEqual([new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 10, 30)), 44560]);
  });

  it("decodes entities and OOXML's _xHHHH_ escapes", async () => {
    const grid = await gridOfBytes(handMade({ sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>A &amp; B_x000D_</t></is></c><c r="B1" t="str"><f>A1</f><v>x&lt;y</v></c></row>` }));
    expect(grid.rows[0]).toEqual(["A & B\r", "x<y"]);
  });

  it("reads a sheet with a dropdown on whole columns without looking at its ranges", async () => {
    const bytes = await formationBytes((sheet) => {
      (sheet as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations.add("A2:J1048576", { type: "list", allowBlank: true, formulae: ['"a,b"'] });
    });
    const grid = await gridOfBytes(bytes);
    expect(grid.rows).toHaveLength(21);
  });
});
