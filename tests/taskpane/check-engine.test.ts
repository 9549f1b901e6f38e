import type { Functieboek } from "../../src/core/functieboek/schema";
import { loadFunctieboek } from "../../src/core/functieboek/load-functieboek";
import type { CellValue, Grid } from "../../src/core/formatie/grid";
import { createCheckHandler } from "../../src/taskpane/services/check-handler";
import { inlineTransport, TransportCheckEngine, workerTransport, type Transport, type WorkerLike } from "../../src/taskpane/services/check-engine";
import type { CheckReply, CheckRequest, Envelope } from "../../src/taskpane/services/check-protocol";
import { fallbackTransport } from "../../src/taskpane/services/fallback-transport";
import { formatieRows, testBook } from "./support/fixtures";

const immediately = () => Promise.resolve();

function book(): Functieboek {
  const result = loadFunctieboek(testBook());
  if (!result.ok) throw new Error("test book does not load");
  return result.book;
}

function grid(rows: CellValue[][] = formatieRows()): Grid {
  return { sheet: "Formatie", rows };
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
});
