/**
 * The second example municipality (fictional Gemeente Heerdenveld, issue 15): its functieboek kept
 * in Excel checks its formation with exactly the listed mistakes — given with --functieboek, made
 * from the template and edited, or carried in the formation workbook's own sheets.
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import { buildBookTemplate, workbookPart } from "../../src/core/functieboek/workbook/book-template";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { ROOT, runCli } from "./run-cli";

const EXAMPLES = path.join(ROOT, "examples");
const BOOK = path.join(EXAMPLES, "functieboek-heerdenveld.xlsx");
const BOOK_JSON = path.join(EXAMPLES, "functieboek-heerdenveld.json");
const FORMATION = path.join(EXAMPLES, "formatie-heerdenveld.xlsx");
const expected = (JSON.parse(readFileSync(path.join(EXAMPLES, "formatie-heerdenveld.expected.json"), "utf8")) as { errors: { code: string; cell: string }[] }).errors.map((e) => `${e.code} ${e.cell}`).sort();
const dir = mkdtempSync(path.join(os.tmpdir(), "fc-heerdenveld-"));

interface Output {
  functieboek: { name: string; origin?: string };
  findings: { code: string; cell: string; severity: string }[];
}
const errorsOf = (stdout: string) => (JSON.parse(stdout) as Output).findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`).sort();

describe("Gemeente Heerdenveld (fictional), its functieboek kept in Excel", () => {
  it("is a realistic book: 40 functions, shared normfuncties at different scales, ranges, teams, HR21 codes and scores", () => {
    const run = runCli(["functieboek", BOOK, "--format", "json"]);
    expect(run.status).toBe(0);
    const { functieboek: book, findings } = JSON.parse(run.stdout) as { functieboek: ReturnType<typeof workbookPart>; findings: unknown[] };
    expect(book.functions.length).toBeGreaterThanOrEqual(35);
    expect(book.functions.filter((f) => f.scaleMax !== undefined).length).toBeGreaterThanOrEqual(3);
    const adviseurIII = new Set(book.functions.filter((f) => f.normfunctie === "Adviseur III").map((f) => f.scale));
    expect([...adviseurIII].sort()).toEqual([10, 11]);
    expect(book.clusters.map((c) => c.name)).toContain("Team Ruimte");
    expect(book.normfuncties.every((n) => n.code !== null && n.score !== undefined)).toBe(true);
    expect(book.conversionTable?.some((r) => r.intermediateScale === "10A")).toBe(true);
    expect(book.policies.intermediateScales).toBe(true);
    expect(findings).toEqual([]);
  });

  it("reads from the workbook as the same book its JSON holds (scales left empty come from the conversietabel)", () => {
    const json = loadFunctieboek(JSON.parse(readFileSync(BOOK_JSON, "utf8")));
    if (!json.ok) throw new Error("the JSON book does not load");
    const run = runCli(["functieboek", BOOK, "--format", "json"]);
    expect((JSON.parse(run.stdout) as { functieboek: unknown }).functieboek).toEqual(JSON.parse(JSON.stringify(workbookPart(json.book))));
  });

  it("checks the formation with exactly its listed mistakes (--functieboek boek.xlsx)", () => {
    const run = runCli(["validate", FORMATION, "--functieboek", BOOK, "--format", "json"]);
    expect(run.status).toBe(1);
    expect(errorsOf(run.stdout)).toEqual(expected);
    expect(expected).toHaveLength(6);
  });

  it("template → edit → validate: the template of the book, edited as a user would, checks the formation", async () => {
    const template = path.join(dir, "functieboek.xlsx");
    expect(runCli(["functieboek", "template", "--functieboek", BOOK_JSON, "--out", template]).status).toBe(0);
    // The edit: Beleidsadviseur wonen becomes a groeifunctie up to schaal 12 (Functies row 11), and
    // the version changes (Beleid). The mistake in D11 is no mistake any more; the others stay.
    const workbook = await FileWorkbook.fromBytes(readFileSync(template));
    const functies = await workbook.readSheet("Functies");
    expect(functies.rows[10]?.[0]).toBe("Beleidsadviseur wonen");
    await workbook.setCellValue("Functies", "C11", "10-12");
    await workbook.setCellValue("Functies", "F11", "groeifunctie tot schaal 12 (besluit 2025)");
    const edited = path.join(dir, "functieboek-bewerkt.xlsx");
    writeFileSync(edited, await workbook.toBytes());
    // The book's self-check now says the range reaches past what Adviseur III's score converts to:
    const refused = runCli(["validate", FORMATION, "--functieboek", edited]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("Functies!C11: Functie 'Beleidsadviseur wonen' heeft schaal 10 t/m 12, maar de score van normfunctie 'Adviseur III' (205-235) geeft volgens de conversietabel schaal 10 t/m 11.");
    // … so the adviser also raises the normfunctie's score band (Normfuncties, Adviseur III: row 11, score in E).
    const fixed = await FileWorkbook.fromBytes(readFileSync(edited));
    const normfuncties = await fixed.readSheet("Normfuncties");
    const row = normfuncties.rows.findIndex((r) => r[0] === "Adviseur III") + 1;
    await fixed.setCellValue("Normfuncties", `E${row}`, "205-245");
    const final = path.join(dir, "functieboek-definitief.xlsx");
    writeFileSync(final, await fixed.toBytes());
    const run = runCli(["validate", FORMATION, "--functieboek", final, "--format", "json"]);
    expect(run.status).toBe(1);
    expect(errorsOf(run.stdout)).toEqual(expected.filter((e) => e !== "scale/mismatch D11"));
  });

  it("uses the functieboek sheets inside a formation workbook by itself, and says so", async () => {
    const workbook = await FileWorkbook.fromBytes(readFileSync(FORMATION));
    const json = loadFunctieboek(JSON.parse(readFileSync(BOOK_JSON, "utf8")));
    if (!json.ok) throw new Error("the JSON book does not load");
    await workbook.insertSheets(buildBookTemplate(json.book), { functieboekName: json.book.name });
    const combined = path.join(dir, "formatie-met-functieboek.xlsx");
    writeFileSync(combined, await workbook.toBytes());
    const text = runCli(["validate", combined]);
    expect(text.status).toBe(1);
    expect(text.stdout.split("\n")[0]).toBe("Functieboek uit de werkbladen van deze werkmap (Functies, Normfuncties, Beleid): Functieboek Gemeente Heerdenveld");
    const run = runCli(["validate", combined, "--format", "json"]);
    expect((JSON.parse(run.stdout) as Output).functieboek).toMatchObject({ name: "Functieboek Gemeente Heerdenveld", origin: "own-sheets" });
    expect(errorsOf(run.stdout)).toEqual(expected);
    // --functieboek says otherwise: the Ommen book's JSON is used instead, and the sheets are not.
    const other = runCli(["validate", combined, "--functieboek", path.join(ROOT, "src", "data", "functieboek-ommen.json"), "--format", "json"]);
    expect(other.status).toBe(1);
    expect((JSON.parse(other.stdout) as Output).functieboek).toMatchObject({ name: "Functieboek Gemeente Ommen", origin: "json" });
    expect(errorsOf(other.stdout)).not.toEqual(expected);
  });
});
