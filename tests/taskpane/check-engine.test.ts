import type { SalaryTable } from "../../src/core/budget/salary-table-schema";
import type { Functieboek } from "../../src/core/functieboek/schema";
import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import type { CellValue, Grid } from "../../src/core/formatie/grid";
import { createCheckHandler } from "../../src/taskpane/services/check-handler";
import { inlineTransport, TransportCheckEngine, workerTransport, type Transport, type WorkerLike } from "../../src/taskpane/services/check-engine";
import type { CheckReply, CheckRequest, Envelope } from "../../src/taskpane/services/check-protocol";
import { fallbackTransport } from "../../src/taskpane/services/fallback-transport";
import type { TablesOptions } from "../../src/taskpane/services/check-protocol";
import { formatieRows, HEADER, testBook } from "./support/fixtures";

const immediately = () => Promise.resolve();

function book(): Functieboek {
  const result = loadFunctieboek(testBook());
  if (!result.ok) throw new Error("test book does not load");
  return result.book;
}

function grid(rows: CellValue[][] = formatieRows()): Grid {
  return { sheet: "Formatie", rows };
}

/** A user's table whose scale 10 has the treden 0 and 1 only; the bundled table's runs to 11. */
const SHORT_TABLE: SalaryTable = {
  name: "Kort",
  validFrom: "2025-01-01",
  currency: "EUR",
  period: "month",
  source: "Test",
  scales: [{ scale: "10", steps: [3000, 3100] }],
};

/** Jan (row 2, schaal 10) on trede 5: a trede of the bundled table, not of SHORT_TABLE. */
function stepRows(): CellValue[][] {
  const rows = formatieRows().map((row) => [...row]);
  rows[0] = [...HEADER, "Trede"];
  (rows[1] as CellValue[]).push(5);
  return rows;
}

const stepFindings = (outcome: { findings: { code: string; cell?: string }[] }) => outcome.findings.filter((f) => f.code === "salary/step-invalid").map((f) => f.cell);

function tablesOptions(salaryTable: SalaryTable): TablesOptions {
  return { salaryTable, budget: {}, date: "2026-01-15", language: "nl" };
}

/** A worker that answers with the real handler, asynchronously, like postMessage does. */
class FakeWorker implements WorkerLike {
  readonly posted: Envelope<CheckRequest>[] = [];
  terminated = false;
  private readonly handle = createCheckHandler();
  private onMessage: ((event: { data: Envelope<CheckReply> }) => void) | undefined;
  private onError: ((event: { message?: string }) => void) | undefined;
  addEventListener(type: "message" | "error", listener: never): void {
    if (type === "message") this.onMessage = listener;
    else this.onError = listener;
  }
  postMessage(message: Envelope<CheckRequest>): void {
    this.posted.push(message);
    setTimeout(() => this.onMessage?.({ data: { id: message.id, body: this.handle(message.body) } }), 0);
  }
  crash(message: string): void {
    this.onError?.({ message });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("check engine", () => {
  test("hands the grid over in blocks, yielding between them, with progress", async () => {
    const rows: CellValue[][] = [formatieRows()[0] as CellValue[], ...Array.from({ length: 9 }, () => ["Cluster Alles", "Adviseur", "Adviseur IV", 10, 0.2, "X"])];
    let yields = 0;
    const progress: [number, number][] = [];
    const engine = new TransportCheckEngine(inlineTransport(createCheckHandler(), immediately), {
      blockRows: 4,
      yieldToUi: async () => {
        yields++;
      },
    });
    await engine.setBook(book());
    await engine.setGrid(grid(rows), (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
    expect(yields).toBe(3);
    const outcome = await engine.validate();
    expect(outcome.summary.positions).toBe(9);
    expect(outcome.header).toEqual({ headerRow: 1, columns: { cluster: 1, title: 2, normfunctie: 3, scale: 4, fte: 5, employee: 6 } });
  });

  test("patched rows replace the engine's rows (and may extend the sheet)", async () => {
    const engine = new TransportCheckEngine(inlineTransport(createCheckHandler(), immediately), { yieldToUi: immediately });
    await engine.setBook(book());
    await engine.setGrid(grid());
    expect((await engine.validate()).findings.map((f) => f.cell)).toEqual(["D3"]);
    await engine.patchRows(3, [["Cluster Alles", "Adviseur", "Adviseur IV", 10, 1, "Piet"]], [false]);
    expect((await engine.validate()).findings).toEqual([]);
    await engine.patchRows(6, [["Cluster Alles", "Adviseur", "Adviseur IV", 12, 1, "Nieuw"]], [true]);
    const findings = (await engine.validate()).findings;
    expect(findings.find((f) => f.code === "scale/mismatch")).toMatchObject({ cell: "D6", hidden: true });
  });

  test("each check holds the treden against its own table; a check without one against the bundled table", async () => {
    const engine = new TransportCheckEngine(inlineTransport(createCheckHandler(), immediately), { yieldToUi: immediately });
    await engine.setBook(book());
    await engine.setGrid(grid(stepRows()));
    expect(stepFindings(await engine.validate())).toEqual([]);
    expect(stepFindings(await engine.validate(undefined, SHORT_TABLE))).toEqual(["G2"]);
    // Not the table of the call before: the bundled one.
    expect(stepFindings(await engine.validate())).toEqual([]);
  });

  test("a table goes to the worker once while it stays the same; the tables reuse the check made with it", async () => {
    const worker = new FakeWorker();
    const { transport } = workerTransport(worker);
    const engine = new TransportCheckEngine(transport, { yieldToUi: immediately });
    await engine.setBook(book());
    await engine.setGrid(grid(stepRows()));
    await engine.validate(undefined, SHORT_TABLE);
    await engine.validate(undefined, SHORT_TABLE);
    await engine.buildTables(tablesOptions(SHORT_TABLE));
    await engine.validate();
    const sent = worker.posted.map((m) => m.body.type);
    expect(sent).toEqual(["set-book", "start-grid", "grid-rows", "set-salary-table", "validate", "validate", "build-tables", "set-salary-table", "validate"]);
    expect(worker.posted.filter((m) => m.body.type === "set-salary-table").map((m) => m.body)).toEqual([{ type: "set-salary-table", salaryTable: SHORT_TABLE }, { type: "set-salary-table" }]);
  });

  test("the tables and the comparison check the treden against the budget's table, reusing a check made with it", async () => {
    const checked: unknown[] = [];
    const handler = createCheckHandler((result) => {
      checked.push(result.findings);
      return { usable: false, tables: [], clusters: [] };
    });
    const engine = new TransportCheckEngine(inlineTransport(handler, immediately), { yieldToUi: immediately });
    await engine.setBook(book());
    await engine.setGrid(grid(stepRows()));
    const validated = await engine.validate(undefined, SHORT_TABLE);
    await engine.buildTables(tablesOptions(SHORT_TABLE));
    // The same validation object, not made again.
    expect(checked[0]).toBe(validated.findings);
    // Checked last against the bundled table, the tables of SHORT_TABLE check again with it.
    await engine.validate();
    await engine.buildTables(tablesOptions(SHORT_TABLE));
    expect(stepFindings({ findings: checked[1] as { code: string; cell?: string }[] })).toEqual(["G2"]);
  });

  test("a request before the book is set fails with a message, not an exception in the handler", () => {
    const handle = createCheckHandler();
    expect(handle({ type: "validate" })).toEqual({ type: "failed", message: "No functieboek set" });
  });

  test("the worker transport pairs replies with requests", async () => {
    const worker = new FakeWorker();
    const { transport, dispose } = workerTransport(worker);
    const engine = new TransportCheckEngine(transport, { yieldToUi: immediately, onDispose: dispose });
    await engine.setBook(book());
    await engine.setGrid(grid());
    const [outcome, again] = await Promise.all([engine.validate(), engine.validate()]);
    expect(outcome.findings.map((f) => f.code)).toEqual(["scale/mismatch"]);
    expect(again).toEqual(outcome);
    expect(worker.posted.map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
    engine.dispose();
    expect(worker.terminated).toBe(true);
  });

  test("a crashing worker fails the open requests", async () => {
    const worker = new FakeWorker();
    const { transport } = workerTransport(worker);
    const pending = transport({ type: "validate" });
    worker.crash("script error");
    await expect(pending).rejects.toThrow("Check engine stopped: script error");
  });

  test("the fallback transport continues in the pane's thread with the same book and grid", async () => {
    let calls = 0;
    const broken: Transport = async (request) => {
      calls++;
      if (request.type === "validate") throw new Error("worker blocked");
      return { type: "done" };
    };
    const fellBack: unknown[] = [];
    const engine = new TransportCheckEngine(
      fallbackTransport(broken, () => inlineTransport(createCheckHandler(), immediately), (error) => fellBack.push(error)),
      { yieldToUi: immediately, blockRows: 2 },
    );
    await engine.setBook(book());
    await engine.setGrid(grid());
    const outcome = await engine.validate();
    expect(outcome.findings.map((f) => f.cell)).toEqual(["D3"]);
    expect(fellBack).toHaveLength(1);
    expect(calls).toBe(5); // set-book, start-grid, 2 blocks, the failed validate
  });

  test("the fallback gets both grids: the other formation of a comparison does not replace the checked sheet", async () => {
    const broken: Transport = async (request) => {
      if (request.type === "validate") throw new Error("worker blocked");
      return { type: "done" };
    };
    const engine = new TransportCheckEngine(fallbackTransport(broken, () => inlineTransport(createCheckHandler(), immediately)), { yieldToUi: immediately, blockRows: 2 });
    await engine.setBook(book());
    await engine.setGrid(grid());
    await engine.setGrid({ sheet: "Formatie 2024", rows: formatieRows().slice(0, 2) }, undefined, "other");
    const outcome = await engine.validate();
    expect(outcome.sheet).toBe("Formatie");
    expect(outcome.findings.map((f) => f.cell)).toEqual(["D3"]);
  });

  test("the fallback gets the salary table too", async () => {
    const broken: Transport = async (request) => {
      if (request.type === "validate") throw new Error("worker blocked");
      return { type: "done" };
    };
    const engine = new TransportCheckEngine(fallbackTransport(broken, () => inlineTransport(createCheckHandler(), immediately)), { yieldToUi: immediately });
    await engine.setBook(book());
    await engine.setGrid(grid(stepRows()));
    // The worker takes the table, then refuses the check: the pane's thread gets book, table and grid.
    expect(stepFindings(await engine.validate(undefined, SHORT_TABLE))).toEqual(["G2"]);
  });
});
