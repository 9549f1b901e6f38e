/** The recording fake refuses what Excel refuses, so the adapter's tests can fail. */
import { createExcelFake, MB } from "../support/excel-fake";

type AnyContext = {
  workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown; load(p: string): void; readonly address: string }; getRanges(a: string): { format: { fill: { color: string } } } } } };
  sync(): Promise<void>;
};

function run<T>(fake: ReturnType<typeof createExcelFake>, batch: (context: AnyContext) => Promise<T>): Promise<T> {
  return (fake.Excel.run as (b: (c: AnyContext) => Promise<T>) => Promise<T>)(batch);
}

test("an address over 8,192 characters is refused", async () => {
  const fake = createExcelFake();
  const address = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
  expect(address.length).toBeGreaterThan(8192);
  await expect(run(fake, async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRanges(address).format.fill.color = "#FF0000";
    await context.sync();
  })).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("a request over 5 MB is refused and nothing of it happens", async () => {
  const fake = createExcelFake();
  await expect(run(fake, async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1:A6000").values = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    await context.sync();
  })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(fake.workbook.sheet("Blad1")?.cells.size).toBe(0);
  expect(fake.stats.requests[0]?.requestBytes).toBeGreaterThan(5 * MB);
});

test("a response over 5 MB is refused", async () => {
  const fake = createExcelFake();
  fake.seed("Blad1", "A1", Array.from({ length: 6000 }, () => ["y".repeat(1000)]));
  await expect(run(fake, async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1:A6000").load("values");
    await context.sync();
  })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
});

test("reading a property that was not loaded fails, as in Office.js", async () => {
  const fake = createExcelFake();
  await expect(run(fake, async (context) => {
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    await context.sync();
    return range.address;
  })).rejects.toMatchObject({ code: "PropertyNotLoaded" });
});

test("values that do not match the range's size are refused; input is parsed like typing", async () => {
  const fake = createExcelFake();
  await expect(run(fake, async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [["x"]];
    await context.sync();
  })).rejects.toMatchObject({ code: "InvalidArgument" });
  await run(fake, async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1:C1").values = [["=1+1", "00123", "'00123"]];
    await context.sync();
  });
  const sheet = fake.workbook.sheet("Blad1");
  expect([sheet?.cell(1, 1)?.formula, sheet?.valueAt(1, 2), sheet?.valueAt(1, 3)]).toEqual(["=1+1", 123, "00123"]);
});

test("an unknown sheet is ItemNotFound; syncs are counted", async () => {
  const fake = createExcelFake();
  await expect(run(fake, async (context) => {
    context.workbook.worksheets.getItem("Nergens").getRange("A1").load("values");
    await context.sync();
  })).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(fake.stats.syncs).toBe(1);
});

type ChartContext = {
  workbook: {
    worksheets: {
      getItem(n: string): {
        getRange(a: string): unknown;
        charts: {
          add(type: string, source: unknown, seriesBy?: string): {
            title: { text: string };
            axes: { categoryAxis: { setCategoryNames(r: unknown): void } };
            setPosition(start: string, end?: string): void;
          };
        };
      };
    };
  };
  sync(): Promise<void>;
};

function runCharts(fake: ReturnType<typeof createExcelFake>, batch: (context: ChartContext) => Promise<void>): Promise<void> {
  return (fake.Excel.run as (b: (c: ChartContext) => Promise<void>) => Promise<void>)(batch);
}

test("charts.add records the chart as Excel makes it: series names from a header row, categories from a text column", async () => {
  const fake = createExcelFake();
  fake.seed("Blad1", "A1", [["Cluster", "Formatie", "Bezet"], ["Noord", 3, 2], ["Zuid", 1, 1.5]]);
  await runCharts(fake, async (context) => {
    const sheet = context.workbook.worksheets.getItem("Blad1");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
    chart.title.text = "Per cluster";
    chart.setPosition("E2", "J15");
    // Numbers only: no names, no categories.
    sheet.charts.add("ColumnClustered", sheet.getRange("B2:C3"), "Columns");
    await context.sync();
  });
  expect(fake.workbook.sheet("Blad1")?.charts).toEqual([
    expect.objectContaining({
      type: "ColumnClustered",
      source: "Blad1!A1:C3",
      seriesBy: "Columns",
      series: [
        { name: "Formatie", values: "Blad1!B2:B3" },
        { name: "Bezet", values: "Blad1!C2:C3" },
      ],
      categories: "Blad1!A2:A3",
      title: "Per cluster",
      position: { start: "E2", end: "J15" },
    }),
    expect.objectContaining({ source: "Blad1!B2:C3", series: [{ name: "Series1", values: "Blad1!B2:B3" }, { name: "Series2", values: "Blad1!C2:C3" }] }),
  ]);
  expect(fake.workbook.sheet("Blad1")?.charts[1]?.categories).toBeUndefined();
});

test("setCategoryNames needs ExcelApi 1.7; a bad chart type is refused", async () => {
  const old = createExcelFake({ apiVersion: "1.6" });
  await expect(runCharts(old, async (context) => {
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns").axes.categoryAxis.setCategoryNames(sheet.getRange("A2:A3"));
    await context.sync();
  })).rejects.toMatchObject({ code: "ApiNotFound" });
  const fake = createExcelFake();
  await expect(runCharts(fake, async (context) => {
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.charts.add("Invalid", sheet.getRange("A1:B3"));
    await context.sync();
  })).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(fake.workbook.sheet("Blad1")?.charts).toEqual([]);
});

/** The fake's Excel.run, typed as Office.js's. */
function excel(fake: ReturnType<typeof createExcelFake>): typeof Excel.run {
  return fake.Excel.run as typeof Excel.run;
}

describe("as strict as Excel: what the host does, each with its source in the fake", () => {
  test("a failing command ends its request; the commands before it stay done (no rollback), those after it never run", async () => {
    const fake = createExcelFake();
    await expect(
      excel(fake)(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Blad1");
        sheet.getRange("A1").values = [["eerst"]];
        sheet.getRange("A1:B1").values = [["te weinig"]];
        sheet.getRange("C1").values = [["daarna"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect([1, 2, 3].map((c) => fake.workbook.sheet("Blad1")?.valueAt(1, c))).toEqual(["eerst", "", ""]);
  });

  test("failCommand(k): the k-th command from now fails once, with the code given; commands are counted", async () => {
    const fake = createExcelFake();
    const write = () =>
      excel(fake)(async (context) => {
        const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:A3");
        range.values = [[1], [2], [3]];
        range.format.fill.color = "#FF0000";
        await context.sync();
      });
    fake.resetStats();
    await write();
    expect(fake.stats.commands).toBe(4);
    fake.failCommand(4, "GeneralException");
    await expect(write()).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.failureArmed).toBe(false);
    await write();
  });

  test("protection: no sheet added under a protected structure; nothing changed on a protected sheet but unlocked cells' values", async () => {
    const fake = createExcelFake();
    fake.user.protectStructure();
    await expect(
      excel(fake)(async (context) => {
        context.workbook.worksheets.add("Nieuw");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    fake.user.protectStructure(false);
    fake.user.protectSheet("Blad1");
    (fake.workbook.sheet("Blad1")?.ensure(2, 1) as { locked?: boolean }).locked = false;
    const change = (address: string, what: (range: Excel.Range) => void) =>
      excel(fake)(async (context) => {
        what(context.workbook.worksheets.getItem("Blad1").getRange(address));
        await context.sync();
      });
    await expect(change("A1", (r) => (r.values = [[1]]))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(change("A2", (r) => (r.format.fill.color = "#FF0000"))).rejects.toMatchObject({ code: "AccessDenied" });
    await change("A2", (r) => (r.values = [[2]]));
    expect(fake.workbook.sheet("Blad1")?.valueAt(2, 1)).toBe(2);
    const seen = await excel(fake)(async (context) => {
      const protection = context.workbook.worksheets.getItem("Blad1").protection;
      protection.load("protected");
      const structure = context.workbook.protection;
      structure.load("protected");
      await context.sync();
      return [protection.protected, structure.protected];
    });
    expect(seen).toEqual([true, false]);
  });

  test("cell-edit mode: a request fails while the user types in a cell, unless it asked to wait (delayForCellEdit)", async () => {
    const fake = createExcelFake();
    const read = async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
      range.load("values");
      await context.sync();
      return range.values;
    };
    fake.user.startEditing("Blad1", "B2");
    await expect(excel(fake)(read)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const waiting = excel(fake)({ delayForCellEdit: true }, read).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    fake.user.stopEditing();
    await waiting;
    expect(done).toBe(true);
  });

  test("inserting rows moves cells, notes and merged areas down and fires RowInserted; deleting cells shifts up", async () => {
    const fake = createExcelFake();
    fake.seed("Blad1", "A1", [["kop"], ["a"], ["b"]]);
    const sheet = fake.workbook.sheet("Blad1");
    sheet?.notes.set("A3", "notitie");
    sheet?.merges.push({ top: 2, left: 1, bottom: 3, right: 1 });
    const events: { address: string; changeType: string }[] = [];
    await excel(fake)(async (context) => {
      context.workbook.worksheets.getItem("Blad1").onChanged.add(async (event) => void events.push({ address: event.address, changeType: event.changeType }));
      await context.sync();
    });
    fake.user.insertRows("Blad1", 2, 2);
    fake.user.deleteCells("Blad1", "A1", "Up");
    await fake.settle();
    expect(events).toEqual([
      { address: "2:3", changeType: "RowInserted" },
      { address: "A1", changeType: "CellDeleted" },
    ]);
    expect([1, 2, 3, 4, 5].map((r) => sheet?.valueAt(r, 1))).toEqual(["", "", "a", "b", ""]);
    // A3 went to A5 with the two rows, then up one with the deleted cell.
    expect(sheet?.notes.get("A4")).toBe("notitie");
    expect(sheet?.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
  });

  test("calculation suspended for a request leaves dependent formulas stale until Excel calculates again", async () => {
    const fake = createExcelFake();
    fake.seed("Blad1", "A1", [[18]]);
    fake.user.setFormula("Blad1", "B1", "=A1/36");
    const write = (value: number, suspend: boolean) =>
      excel(fake)(async (context) => {
        if (suspend) context.application.suspendApiCalculationUntilNextSync();
        context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[value]];
        await context.sync();
      });
    await write(36, true);
    expect(fake.workbook.sheet("Blad1")?.valueAt(1, 2)).toBe(0.5);
    await excel(fake)(async (context) => {
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(fake.workbook.sheet("Blad1")?.valueAt(1, 2)).toBe(1);
    await write(72, false);
    expect(fake.workbook.sheet("Blad1")?.valueAt(1, 2)).toBe(2);
  });

  test.each([
    ["nl-NL", "#N/B"],
    ["en-US", "#N/A"],
  ])("error values read in Excel's language (%s: %s); valueTypes and special cells say Error", async (displayLanguage, text) => {
    const fake = createExcelFake({ displayLanguage });
    fake.seed("Blad1", "A1", [[{ error: "#N/A" }, "#N/A"]]);
    const read = await excel(fake)(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
      range.load("values,valueTypes");
      const errors = range.getSpecialCellsOrNullObject("Constants", "Errors");
      errors.load("address");
      await context.sync();
      return { values: range.values, types: range.valueTypes, errors: errors.address };
    });
    expect(read).toEqual({ values: [[text, "#N/A"]], types: [["Error", "String"]], errors: "Blad1!A1" });
  });

  test("a theme colour's tint is read with the fill; setting a colour drops it", async () => {
    const fake = createExcelFake();
    fake.user.setFill("Blad1", "A1:A2", { color: "#4472C4", pattern: "Solid", tintAndShade: 0.4 });
    const read = await excel(fake)(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:A2");
      range.load("format/fill/tintAndShade");
      const cells = range.getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      context.workbook.worksheets.getItem("Blad1").getRange("A2").format.fill.color = "#FFC7CE";
      await context.sync();
      return { tint: range.format.fill.tintAndShade, cells: cells.value.map((row) => row[0]?.format?.fill) };
    });
    expect(read).toEqual({ tint: 0.4, cells: [{ color: "#4472C4", tintAndShade: 0.4 }, { color: "#4472C4", tintAndShade: 0.4 }] });
    expect(fake.workbook.sheet("Blad1")?.fillAt(2, 1)).toEqual({ color: "#FFC7CE", pattern: "Solid" });
  });

  test("a note is refused on a merged area's other cells and on a cell with a threaded comment", async () => {
    const fake = createExcelFake();
    fake.workbook.sheet("Blad1")?.merges.push({ top: 1, left: 1, bottom: 2, right: 1 });
    fake.user.addComment("Blad1", "C1", "vraag");
    const add = (address: string) =>
      excel(fake)(async (context) => {
        context.workbook.worksheets.getItem("Blad1").notes.add(address, "x");
        await context.sync();
      });
    await expect(add("A2")).rejects.toMatchObject({ code: "InvalidOperation", debugInfo: { errorLocation: "NoteCollection.add" } });
    await expect(add("C1")).rejects.toMatchObject({ code: "InvalidOperation", debugInfo: { errorLocation: "NoteCollection.add" } });
    await add("A1");
    expect(fake.workbook.sheet("Blad1")?.notes.get("A1")).toBe("x");
  });

  test("merge(true) merges each row on its own and keeps only the upper-left value; rowHeight sets every row; both refused on a protected sheet", async () => {
    const fake = createExcelFake();
    fake.seed("Blad1", "A1", [["een", "weg"], ["twee", null]]);
    await excel(fake)(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:C2") as unknown as { merge(across?: boolean): void; format: { rowHeight: number } };
      range.merge(true);
      range.format.rowHeight = 45;
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Blad1");
    expect(sheet?.merges).toEqual([
      { top: 1, bottom: 1, left: 1, right: 3 },
      { top: 2, bottom: 2, left: 1, right: 3 },
    ]);
    expect([sheet?.valueAt(1, 1), sheet?.valueAt(1, 2), sheet?.valueAt(2, 1)]).toEqual(["een", "", "twee"]);
    expect([sheet?.rowHeights.get(1), sheet?.rowHeights.get(2), sheet?.rowHeights.get(3)]).toEqual([45, 45, undefined]);
    if (sheet) sheet.isProtected = true;
    await expect(
      excel(fake)(async (context) => {
        (context.workbook.worksheets.getItem("Blad1").getRange("A5:B5") as unknown as { merge(): void }).merge();
        await context.sync();
      }),
    ).rejects.toMatchObject({ debugInfo: { errorLocation: "Range.merge" } });
  });
});
