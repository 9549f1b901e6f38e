/**
 * The Functieboek tab's "Uit een .xlsx-bestand" as a service: the bytes of a workbook file above
 * file mode's limit are refused before the file layer loads, with the reason in both languages.
 */
import { defaultBookLoaders } from "../../src/taskpane/services/book-service";
import { createCheckHandler } from "../../src/taskpane/services/check-handler";
import { inlineTransport, TransportCheckEngine } from "../../src/taskpane/services/check-engine";
import { PaneController } from "../../src/taskpane/services/pane-controller";
import { MAX_WORKBOOK_FILE_BYTES } from "../../src/taskpane/services/read-file";
import { defaultSalaryLoaders } from "../../src/taskpane/services/salary-service";
import { MemoryWorkbook } from "./support/memory-workbook";
import { bookState, formatieRows } from "./support/fixtures";

const immediately = () => Promise.resolve();

async function startedPane(): Promise<PaneController> {
  const port = new MemoryWorkbook({ Formatie: formatieRows() }, { state: bookState() });
  const engine = new TransportCheckEngine(inlineTransport(createCheckHandler(), immediately), { yieldToUi: immediately });
  const pane = new PaneController({ port, engine, books: defaultBookLoaders, salaries: defaultSalaryLoaders, download: jest.fn(), today: () => "2026-01-15" }, "nl");
  await pane.start();
  return pane;
}

describe("BookActions.bookFromWorkbookFile", () => {
  test("bytes above the limit are refused with the file's name and both sizes; the book in use stays", async () => {
    const pane = await startedPane();
    const before = pane.store.getState().book;
    await pane.book.bookFromWorkbookFile("groot.xlsx", new Uint8Array(MAX_WORKBOOK_FILE_BYTES + 10 * 1024 * 1024));
    expect(pane.store.getState().error).toEqual({
      localized: { nl: "groot.xlsx is te groot (60 MB; de grens is 50 MB). Er is niets veranderd.", en: "groot.xlsx is too large (60 MB; the limit is 50 MB). Nothing was changed." },
    });
    expect(pane.store.getState().book).toBe(before);
  });
});
