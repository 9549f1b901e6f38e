/**
 * The Functieboek tab's actions: a book from a JSON file, the bundled book, a book kept on this
 * workbook's sheets or another file's, the template sheets, and following the selection in the
 * workbook to show the function of the selected row. Holds the index of the book in use. No React.
 */
import { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import type { BookWorkbookResult } from "../../core/functieboek/workbook/read-book-workbook";
import { cellAddress, cellText } from "../../core/formatie/grid";
import type { Unsubscribe } from "../../core/workbook-port";
import { message, type UiText } from "../i18n";
import { bookFileName, bookJson, type LoadedBook } from "./book-service";
import type { PaneHost } from "./pane-host";
import { describeError } from "./port-errors";
import { FileTooLargeError, MAX_WORKBOOK_FILE_BYTES } from "./read-file";
import type { ValidationService } from "./validation-service";

export class BookActions {
  /** The book in use, for lookups (entry lists, the selected row's function). */
  index: FunctieboekIndex | undefined;
  private selectionUnsubscribe: Unsubscribe | undefined;
  private selectionGeneration = 0;
  private selectionRequest = 0;

  constructor(private readonly host: PaneHost) {}

  private get state() {
    return this.host.state();
  }

  importBook(fileName: string, text: string): Promise<void> {
    return this.host.run("book", async (_port, validation) => {
      const result = await this.host.deps.books.parse(text);
      if (!result.ok) {
        this.host.dispatch({ type: "book-problems", report: { intro: message("bookProblems", { file: fileName }), problems: result.problems } });
        return;
      }
      const loaded: LoadedBook = { book: result.book, source: "imported", json: text };
      await this.switchBook(validation, loaded);
      await this.host.save((s) => ({ ...s, functieboekJson: text }));
      this.host.dispatch({ type: "notice", notice: message("bookImported", { name: result.book.name }) });
    });
  }

  resetBook(): Promise<void> {
    return this.host.run("book", async (_port, validation) => {
      const book = await this.host.deps.books.bundled();
      await this.switchBook(validation, { book, source: "bundled" });
      await this.host.save((s) => {
        const { functieboekJson: _dropped, ...rest } = s;
        return rest;
      });
      this.host.dispatch({ type: "notice", notice: message("bookResetDone", { name: book.name }) });
    });
  }

  exportBook(): void {
    const loaded = this.state.book;
    if (!loaded) return;
    const file = bookFileName(loaded.book);
    try {
      this.host.deps.download(file, bookJson(loaded));
      this.host.dispatch({ type: "notice", notice: message("bookExported", { file }) });
    } catch (error) {
      this.host.dispatch({ type: "error", error: describeError(error) });
    }
  }

  /** Functieboek → Uit werkblad: the book kept on this workbook's own sheets (Functies, Normfuncties, Beleid, …). */
  bookFromSheets(): Promise<void> {
    return this.host.run("book", async (port, validation) => {
      const { readFunctieboekFromPort } = await import(/* webpackChunkName: "functieboek-werkblad" */ "../../core/functieboek/workbook/read-from-port");
      await this.useSheetBook(validation, await readFunctieboekFromPort(port), message("bookSheetProblems"));
    });
  }

  /**
   * Functieboek → Uit ander bestand: the book kept on the sheets of another workbook file. As file
   * mode opens a file: above the same size refused before anything loads, in the pane's language.
   */
  bookFromWorkbookFile(fileName: string, bytes: Uint8Array): Promise<void> {
    return this.host.run("book", async (_port, validation) => {
      if (bytes.byteLength > MAX_WORKBOOK_FILE_BYTES) throw new FileTooLargeError(fileName, bytes.byteLength, MAX_WORKBOOK_FILE_BYTES);
      const [{ FileWorkbook }, { readFunctieboekFromPort }] = await Promise.all([
        import(/* webpackChunkName: "file-workbook" */ "../../xlsx/file-workbook"),
        import(/* webpackChunkName: "functieboek-werkblad" */ "../../core/functieboek/workbook/read-from-port"),
      ]);
      const file = await FileWorkbook.fromBytes(bytes, { fileName, language: this.state.language });
      await this.useSheetBook(validation, await readFunctieboekFromPort(file, { sourceTitle: fileName }), message("bookProblems", { file: fileName }));
    });
  }

  /** Functieboek → Sjabloon invoegen: the template sheets, with the book in use as example, into this workbook. */
  insertBookTemplate(): Promise<void> {
    return this.host.run("book", async (port) => {
      const book = this.state.book?.book ?? (await this.host.deps.books.bundled());
      const { buildBookTemplate } = await import(/* webpackChunkName: "functieboek-werkblad" */ "../../core/functieboek/workbook/book-template");
      const language = this.state.language;
      const added = await port.insertSheets(buildBookTemplate(book, language), { functieboekName: book.name, language });
      await this.host.refreshSheetList(port);
      this.host.dispatch({ type: "notice", notice: message("templateInserted", { sheets: added.join(", ") }) });
    });
  }

  private async useSheetBook(validation: ValidationService, result: BookWorkbookResult, intro: UiText): Promise<void> {
    if (!result.ok) {
      // Each problem already says its sheet and cell; there is no JSON path to show.
      this.host.dispatch({ type: "book-problems", report: { intro, problems: result.problems.map((p) => ({ path: "", message: p.message })) } });
      return;
    }
    const json = `${JSON.stringify(result.book, null, 2)}\n`;
    await this.switchBook(validation, { book: result.book, source: "imported", json, placedFindings: result.findings });
    await this.host.save((s) => ({ ...s, functieboekJson: json }));
    this.host.dispatch({ type: "notice", notice: message("bookFromSheetsDone", { name: result.book.name, count: result.findings.length }) });
  }

  dismissBookProblems(): void {
    this.host.dispatch({ type: "book-problems" });
  }

  chooseFunction(functionIndex: number | undefined): void {
    this.host.dispatch({ type: "book-selection", selection: functionIndex === undefined ? {} : { functionIndex } });
  }

  /** Follows the user's selection in the workbook (while the Functieboek tab is open). */
  async watchSelection(): Promise<void> {
    const port = this.host.deps.port;
    if (!port?.onSelectionChanged || this.selectionUnsubscribe || this.host.disposed()) return;
    const generation = ++this.selectionGeneration;
    try {
      const unsubscribe = await port.onSelectionChanged((sheet, row) => void this.rowSelected(sheet, row));
      if (generation !== this.selectionGeneration) await unsubscribe();
      else this.selectionUnsubscribe = unsubscribe;
    } catch (error) {
      this.host.dispatch({ type: "error", error: describeError(error) });
    }
  }

  async unwatchSelection(): Promise<void> {
    this.selectionGeneration++;
    const unsubscribe = this.selectionUnsubscribe;
    this.selectionUnsubscribe = undefined;
    if (unsubscribe) await unsubscribe();
  }

  /** Shows the function of the row the user selected in the checked sheet. */
  private rowSelected(sheet: string, row: number): Promise<void> {
    const request = ++this.selectionRequest;
    return this.host.run("selection", async (port, validation) => {
      const index = this.index;
      // Only the latest selection counts; the checked sheet only.
      if (request !== this.selectionRequest || !index || sheet !== this.state.sheet) return;
      if (!this.host.headerOf(sheet)) await this.host.loadSheet(validation, sheet, () => undefined);
      const header = this.host.headerOf(sheet);
      const titleCol = header?.columns.title;
      const nfCol = header?.columns.normfunctie;
      if (!header || row <= header.headerRow || (titleCol === undefined && nfCol === undefined)) return;
      const first = Math.min(titleCol ?? Infinity, nfCol ?? Infinity);
      const last = Math.max(titleCol ?? -Infinity, nfCol ?? -Infinity);
      const part = await port.readRange(sheet, `${cellAddress(row, first)}:${cellAddress(row, last)}`);
      const valueAt = (col: number | undefined): string => {
        if (col === undefined) return "";
        return cellText(part.rows[row - (part.originRow ?? row)]?.[col - (part.originCol ?? first)]).trim();
      };
      const title = valueAt(titleCol);
      const normfunctie = valueAt(nfCol);
      const match = index.functionForRow(title, normfunctie);
      const functionIndex = match ? index.book.functions.indexOf(match) : -1;
      const shown = title || normfunctie;
      this.host.dispatch({
        type: "book-selection",
        selection: {
          ...(functionIndex >= 0 ? { functionIndex } : {}),
          fromSheet: { sheet, row, ...(shown ? { title: shown } : {}), found: functionIndex >= 0 },
        },
      });
    });
  }

  private async switchBook(validation: ValidationService, loaded: LoadedBook): Promise<void> {
    this.use(loaded);
    this.host.dispatch({ type: "book", book: loaded });
    this.host.dispatch({ type: "book-problems" });
    await validation.setBook(loaded.book);
    const sheet = this.state.sheet;
    // Findings shown were made with the old book: check again with the new one.
    if (sheet !== undefined && this.state.outcome?.sheet === sheet && validation.view?.sheet === sheet) await this.host.check(validation, sheet, this.host.progress("book"));
  }

  /** The book in use from now on (the controller calls it at start). */
  use(loaded: LoadedBook): void {
    this.index = new FunctieboekIndex(loaded.book);
  }
}
