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
