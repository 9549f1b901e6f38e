import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import type { CellValue } from "../../src/core/formatie/grid";
import { createCheckHandler } from "../../src/taskpane/services/check-handler";
import { inlineTransport, TransportCheckEngine } from "../../src/taskpane/services/check-engine";
import { MAX_PATCH_RUNS, ValidationService } from "../../src/taskpane/services/validation-service";
import { MemoryWorkbook } from "./support/memory-workbook";
import { formatieRows, testBook } from "./support/fixtures";

const immediately = () => Promise.resolve();

async function setup(rows: CellValue[][] = formatieRows()) {
  const port = new MemoryWorkbook({ Formatie: rows });
  const service = new ValidationService(port, new TransportCheckEngine(inlineTransport(createCheckHandler(), immediately), { yieldToUi: immediately }));
  const result = loadFunctieboek(testBook());
  if (!result.ok) throw new Error("test book does not load");
  await service.setBook(result.book);
  const view = await service.load("Formatie");
  return { port, service, view };
}

describe("ValidationService", () => {
  test("reading a sheet gives its extent and detected header", async () => {
    const { view } = await setup();
    expect(view).toMatchObject({ sheet: "Formatie", originRow: 1, originCol: 1, lastRow: 4, lastCol: 6, detected: { headerRow: 1 } });
  });

  test.each([
    ["one changed row", "D3", "rows", [["Formatie", "A3:F3"]]],
    ["two runs of rows", "D3, D7:D8", "rows", [["Formatie", "A3:F3"], ["Formatie", "A7:F8"]]],
    ["the header row", "D1", "sheet", []],
    ["a whole column", "D:D", "sheet", []],
  ] as const)("a change of %s (%s) is read as: %s", async (_name, address, how, ranges) => {
    const { port, service } = await setup();
    const { rowsOfAddress } = await import("../../src/taskpane/services/changed-rows");
    expect(await service.refresh("Formatie", rowsOfAddress(address), 1)).toBe(how);
    expect(port.callsOf("readRange")).toEqual(ranges);
    expect(port.callsOf("readSheet")).toHaveLength(how === "sheet" ? 2 : 1);
  });

  test("many scattered changes read the whole sheet once instead", async () => {
    const { port, service } = await setup();
    const spans = Array.from({ length: MAX_PATCH_RUNS + 1 }, (_, i) => ({ first: 3 + 2 * i, last: 3 + 2 * i }));
    expect(await service.refresh("Formatie", { kind: "rows", spans }, 1)).toBe("sheet");
    expect(port.callsOf("readRange")).toEqual([]);
  });

  test("rows added below the data are read and checked", async () => {
    const { port, service } = await setup();
    port.userEdits("Formatie", "A6", "Cluster Alles");
    port.userEdits("Formatie", "B6", "Adviseur");
    port.userEdits("Formatie", "D6", 9);
    port.userEdits("Formatie", "E6", 1);
    await service.refresh("Formatie", { kind: "rows", spans: [{ first: 6, last: 6 }] }, 1);
    const outcome = await service.validate(undefined);
    expect(outcome.findings.filter((f) => f.code === "scale/mismatch").map((f) => f.cell)).toEqual(["D3", "D6"]);
    expect(service.view?.lastRow).toBe(6);
    expect(service.cellValue("D6")).toBe(9);
  });
});
