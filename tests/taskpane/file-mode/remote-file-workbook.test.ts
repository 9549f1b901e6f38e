/**
 * File mode's workbook in the file worker: the pane's `RemoteFileWorkbook` against the worker's
 * handler, every message passed through `structuredClone` (with its transfer list) as
 * `postMessage` passes it. What the pane sees must be what a `FileWorkbook` on the pane's own
 * thread gives: the same sheets, grids, errors, selection, unsaved state and copy, byte for byte.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledFunctieboek } from "../../../src/core/functieboek/bundled";
import { validateGrid } from "../../../src/core/rules/engine";
import type { Finding } from "../../../src/core/findings";
import { FileWorkbook } from "../../../src/xlsx/file-workbook";
import { bundledSalaryTable } from "../../../src/core/budget/bundled-salary-table";
import { FunctieboekIndex } from "../../../src/core/functieboek/functieboek-index";
import { packTables } from "../../../src/taskpane/services/packed-tables";
import { buildTables } from "../../../src/taskpane/services/table-builder";
import { createFileHandler } from "../../../src/taskpane/file-mode/file-handler";
import type { FileEnvelope, FileReply, FileRequest } from "../../../src/taskpane/file-mode/file-protocol";
import { workerChannel, type FileWorkerLike } from "../../../src/taskpane/file-mode/open-file-workbook";
import { RemoteFileWorkbook, type FileChannel } from "../../../src/taskpane/file-mode/remote-file-workbook";
import { describeError } from "../../../src/taskpane/services/port-errors";
import { textOf } from "../../../src/taskpane/i18n";
import { partsOf } from "../../xlsx/support/package-parts";

const EXAMPLE = path.join(__dirname, "../../../examples/formatie-ommen.xlsx");
const SHEET = "Formatie 2025";
const TODAY = () => "2025-06-01";

const exampleBytes = () => new Uint8Array(readFileSync(EXAMPLE));
const local = () => FileWorkbook.fromBytes(exampleBytes(), { fileName: "formatie-ommen.xlsx", language: "nl", today: TODAY });

interface Traffic {
  channel: FileChannel;
  /** Every request sent, in order. */
  sent: FileRequest[];
}

/** The handler behind a channel that clones every message both ways, as a worker would. */
function inProcess(): Traffic {
  const handle = createFileHandler((bytes, options) => FileWorkbook.fromBytes(bytes, { ...options, today: TODAY }));
  const sent: FileRequest[] = [];
  const channel: FileChannel = async (request, transfer = []) => {
    const received = structuredClone(request, { transfer: transfer as Transferable[] });
    sent.push(received);
    const { reply, transfer: back } = await handle(received);
    return structuredClone(reply, { transfer: back });
  };
  return { channel, sent };
}

const openRemote = (traffic = inProcess(), blockRows = 7) => RemoteFileWorkbook.open(traffic.channel, exampleBytes(), "formatie-ommen.xlsx", "nl", { blockRows, yieldToUi: async () => undefined });

async function findingsOf(file: { readSheet(name: string): Promise<import("../../../src/core/formatie/grid").Grid> }): Promise<Finding[]> {
  return validateGrid(await file.readSheet(SHEET), bundledFunctieboek()).findings;
}

describe("RemoteFileWorkbook: the file in the worker, as the pane sees it", () => {
  test("opening hands the bytes over (transferred, not copied) and gives the file's name, format and copy name", async () => {
    const traffic = inProcess();
    const bytes = exampleBytes();
    const remote = await RemoteFileWorkbook.open(traffic.channel, bytes, "formatie-ommen.xlsx", "nl");
    expect(bytes.byteLength).toBe(0); // the buffer went to the worker
    expect(remote.fileName).toBe("formatie-ommen.xlsx");
    expect(remote.format).toBe("xlsx");
    expect(remote.checkedFileName()).toBe("formatie-ommen-gecontroleerd.xlsx");
    expect(remote.outputExtension()).toBe(".xlsx");
    expect(remote.hasUnsavedChanges()).toBe(false);
    expect(remote.stateProblem).toBeUndefined();
  });

  test("sheets, the chosen sheet and a whole grid (in blocks of rows) are those of the file read here", async () => {
    const traffic = inProcess();
    const [remote, here] = await Promise.all([openRemote(traffic), local()]);
    expect(await remote.listSheets()).toEqual(await here.listSheets());
    expect(await remote.activeSheet()).toBe(await here.activeSheet());
    expect(await remote.formationSheets()).toEqual(await here.formationSheets());
    expect(await remote.chooseSheet()).toEqual(await here.chooseSheet());
    const grid = await remote.readSheet(SHEET);
    expect(grid).toEqual(await here.readSheet(SHEET));
    // The rows came in blocks of seven.
    const blocks = traffic.sent.filter((r) => r.type === "sheet-rows");
    expect(blocks.length).toBe(Math.ceil(grid.rows.length / 7));
    expect(await remote.readRange(SHEET, "A5:E9")).toEqual(await here.readRange(SHEET, "A5:E9"));
  });

  test("marks, a fix, the tables and the state give the same copy, part by part byte for byte, as on the pane's thread", async () => {
    const [remote, here] = await Promise.all([openRemote(), local()]);
    const findings = await findingsOf(here);
    expect(findings.length).toBeGreaterThan(0);
    const book = bundledFunctieboek();
    const { tables } = buildTables(validateGrid(await here.readSheet(SHEET), book), new FunctieboekIndex(book), { salaryTable: bundledSalaryTable(), budget: {}, year: 2026, date: "2026-11-30", language: "nl" });
    const written = [];
    for (const file of [remote, here]) {
      await file.markFindings(findings);
      await file.setCellValue(SHEET, "D6", 8);
      // The tables as the pane hands them on: packed to the worker, as they are to a file here.
      written.push(file === remote ? await remote.writePackedTables(packTables(tables), { language: "nl", sourceSheet: SHEET }) : await here.writeTables(tables, { language: "nl", sourceSheet: SHEET }));
      await file.saveState({ schemaVersion: 1, settings: { werkgeverslasten: 31 } });
    }
    expect(written[0]).toEqual(written[1]);
    expect((await remote.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(tables.map((t) => t.name)));
    expect(remote.hasUnsavedChanges()).toBe(true);
    const [fromRemote, fromHere] = await Promise.all([remote.toBytes(), here.toBytes()]);
    expect(fromRemote.byteLength).toBeGreaterThan(0);
    // Part by part (the zip's own dates differ between two writes).
    const [remoteParts, hereParts] = await Promise.all([partsOf(fromRemote), partsOf(fromHere)]);
    expect([...remoteParts.keys()].sort()).toEqual([...hereParts.keys()].sort());
    // The state part's properties carry a new random item id each time it is first written.
    const randomId = (data: Uint8Array) => Buffer.from(data).toString("utf8").replace(/itemID="\{[0-9A-F-]+\}"/i, 'itemID="{…}"');
    for (const [name, data] of hereParts) {
      const theirs = remoteParts.get(name) as Uint8Array;
      if (/^customXml\/itemProps\d+\.xml$/.test(name)) expect(randomId(theirs)).toBe(randomId(data));
      else expect([name, Buffer.from(theirs).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    expect(await remote.clearMarks()).toBe(await here.clearMarks());
  });

  test("a download marks the copy saved on both sides; the next write makes it unsaved again", async () => {
    const traffic = inProcess();
    const remote = await openRemote(traffic);
    await remote.markFindings(await findingsOf(remote));
    expect(remote.hasUnsavedChanges()).toBe(true);
    await remote.toBytes();
    remote.markSaved();
    expect(remote.hasUnsavedChanges()).toBe(false);
    await remote.listSheets(); // after the "saved" message: the worker's own count agrees
    expect(remote.hasUnsavedChanges()).toBe(false);
    await remote.setCellValue(SHEET, "D6", 8);
    expect(remote.hasUnsavedChanges()).toBe(true);
  });

  test("a chosen cell reaches the listeners with its value; notices come along with the answer", async () => {
    const remote = await openRemote();
    const seen: unknown[] = [];
    const stop = remote.onSelect((selection) => seen.push(selection));
    await remote.selectCell(SHEET, "B5");
    const value = (await remote.readSheet(SHEET)).rows[4]?.[1];
    expect(seen).toEqual([{ sheet: SHEET, address: "B5", value }]);
    expect(remote.selection).toEqual({ sheet: SHEET, address: "B5", value });
    stop();
    await remote.selectCell(SHEET, "C5");
    expect(seen).toHaveLength(1);
    expect(remote.notices).toEqual([]);
  });

  test("a refused call gives the user's message and code, and the calls after it run as usual", async () => {
    const remote = await openRemote();
    const failure = await remote.readSheet("Bestaat niet").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as { code?: string }).code).toBe("no-such-sheet");
    expect(textOf("nl", describeError(failure))).toBe("Werkblad 'Bestaat niet' bestaat niet in dit bestand.");
    await expect(remote.setCellValue(SHEET, "nonsense", 1)).rejects.toMatchObject({ code: "bad-address" });
    expect((await remote.readRange(SHEET, "A1:A1")).rows).toHaveLength(1);
  });

  test("a file that is not a workbook is refused with the reader's reason", async () => {
    const traffic = inProcess();
    const failure = await RemoteFileWorkbook.open(traffic.channel, new TextEncoder().encode("geen werkmap"), "notities.xlsx", "nl").catch((e: unknown) => e);
    const here = await FileWorkbook.fromBytes(new TextEncoder().encode("geen werkmap"), { fileName: "notities.xlsx" }).catch((e: unknown) => e);
    expect(textOf("nl", describeError(failure))).toBe(textOf("nl", describeError(here)));
    expect((failure as { code?: string }).code).toBe((here as { code?: string }).code);
  });

  test("calls on one file run in the order they were sent, even when sent together", async () => {
    const remote = await openRemote();
    const [, range] = await Promise.all([remote.setCellValue(SHEET, "D6", 8), remote.readRange(SHEET, "D6:D6")]);
    expect(range.rows[0]?.[0]).toBe(8);
  });

  test("a closed file is let go: a later call is refused", async () => {
    const remote = await openRemote();
    remote.dispose();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(remote.listSheets()).rejects.toThrow(/No open file/);
  });
});

describe("workerChannel: requests and replies paired by id, a stopped worker fails what waits", () => {
  function fakeWorker() {
    const listeners: { message: ((event: { data: FileEnvelope<FileReply> }) => void)[]; error: ((event: { message?: string }) => void)[] } = { message: [], error: [] };
    const posted: { message: FileEnvelope<FileRequest>; transfer: Transferable[] }[] = [];
    let terminated = false;
    const worker: FileWorkerLike = {
      postMessage: (message, transfer) => posted.push({ message, transfer }),
      addEventListener: ((type: "message" | "error", listener: never) => listeners[type].push(listener)) as FileWorkerLike["addEventListener"],
      terminate: () => (terminated = true),
    };
    return { worker, posted, listeners, terminated: () => terminated };
  }

  test("replies out of order still reach their own request; transfer lists go with the message", async () => {
    const fake = fakeWorker();
    const channel = workerChannel(fake.worker);
    const buffer = new ArrayBuffer(4);
    const first = channel({ type: "close", workbook: 1 }, [buffer]);
    const second = channel({ type: "close", workbook: 2 });
    expect(fake.posted[0]?.transfer).toEqual([buffer]);
    const [a, b] = fake.posted.map((p) => p.message.id);
    for (const listener of fake.listeners.message) listener({ data: { id: b as number, body: { ok: true, value: "second" } } });
    for (const listener of fake.listeners.message) listener({ data: { id: a as number, body: { ok: true, value: "first" } } });
    await expect(first).resolves.toEqual({ ok: true, value: "first" });
    await expect(second).resolves.toEqual({ ok: true, value: "second" });
  });

  test("a worker error rejects what waits and every later request, stops the worker and says so once", async () => {
    const fake = fakeWorker();
    let stopped = 0;
    const channel = workerChannel(fake.worker, () => stopped++);
    const waiting = channel({ type: "close", workbook: 1 });
    for (const listener of fake.listeners.error) listener({ message: "script failed" });
    await expect(waiting).rejects.toThrow("File worker stopped: script failed");
    await expect(channel({ type: "close", workbook: 1 })).rejects.toThrow(/stopped/);
    expect(fake.terminated()).toBe(true);
    expect(stopped).toBe(1);
  });
});
