/**
 * The workbook port on a file held by the file worker (file-protocol.ts): every method is a
 * message, answered when the worker has done it on its `FileWorkbook`. What the file bar shows
 * without asking — unsaved changes, notices, the chosen cell — comes along with each answer.
 * A sheet's rows arrive in blocks with a turn for the browser between them.
 */
import type { Finding } from "../../core/findings";
import type { CellValue, Grid } from "../../core/formatie/grid";
import type { SheetChoice } from "../../core/formatie/sheet-choice";
import type { TemplateSheet } from "../../core/functieboek/workbook/book-template";
import type { Language, Localized } from "../../core/localized";
import type { DataTable } from "../../core/plaatsing/data-table";
import type { CellBefore, EntryList, InsertSheetsOptions, MarkOptions, SheetInfo, StoredState, WorkbookPort, WriteTablesOptions, WriteTablesResult } from "../../core/workbook-port";
import type { FileSelection } from "../../xlsx/file-workbook";
import type { WorkbookFormat } from "../../xlsx/read/source-workbook";
import { packedTransfer, type PackedTables, type PackedTablesWriter } from "../services/packed-tables";
import { wholeBuffer } from "../services/worker-channel";
import { yieldToUi as defaultYield, type YieldToUi } from "../services/yield-to-ui";
import { errorFromRemote, type FileReply, type FileRequest, type FileSnapshot, type OpenedFile, type RemoteMethod, type SheetHead } from "./file-protocol";

/** Sends a request to the worker (transferring `transfer`) and gives its reply. */
export type FileChannel = (request: FileRequest, transfer?: Transferable[]) => Promise<FileReply>;

/** Rows per block of a sheet read: a block's structured clone takes a few milliseconds. */
export const SHEET_BLOCK_ROWS = 2000;

export interface RemoteOptions {
  blockRows?: number;
  yieldToUi?: YieldToUi;
}

export class RemoteFileWorkbook implements WorkbookPort, PackedTablesWriter {
  readonly fileName: string;
  readonly language: Language;
  readonly format: WorkbookFormat;
  readonly stateProblem: Localized | undefined;
  selection: FileSelection | undefined;
  notices: Localized[] = [];

  private unsaved = false;
  private closed = false;
  private readonly listeners = new Set<(selection: FileSelection) => void>();

  private constructor(
    private readonly channel: FileChannel,
    private readonly opened: OpenedFile,
    private readonly options: RemoteOptions,
  ) {
    this.fileName = opened.fileName;
    this.language = opened.language;
    this.format = opened.format;
    this.stateProblem = opened.stateProblem;
  }

  /** Opens a file in the worker; its bytes are transferred (the caller's copy becomes empty). */
  static async open(channel: FileChannel, bytes: Uint8Array, fileName: string, language: Language, options: RemoteOptions = {}): Promise<RemoteFileWorkbook> {
    const buffer = wholeBuffer(bytes);
    const transfer = buffer ? [buffer] : [];
    const reply = await channel({ type: "open", bytes, fileName, language }, transfer);
    if (!reply.ok) throw errorFromRemote(reply.error);
    const workbook = new RemoteFileWorkbook(channel, reply.value as OpenedFile, options);
    if (reply.snapshot) workbook.apply(reply.snapshot);
    return workbook;
  }

  // ---- the port ----

  listSheets(): Promise<SheetInfo[]> {
    return this.call("listSheets");
  }
  ownSheets(): Promise<Set<string>> {
    return this.call("ownSheets");
  }
  chooseSheet(requested?: string): Promise<SheetChoice> {
    return this.call("chooseSheet", requested);
  }
  formationSheets(): Promise<string[]> {
    return this.call("formationSheets");
  }
  activeSheet(): Promise<string | undefined> {
    return this.call("activeSheet");
  }

  async readSheet(name: string): Promise<Grid> {
    const head = this.take<SheetHead>(await this.channel({ type: "read-sheet", workbook: this.opened.workbook, sheet: name }));
    const { rowCount, ...grid } = head;
    const rows: CellValue[][] = [];
    const block = this.options.blockRows ?? SHEET_BLOCK_ROWS;
    const pause = this.options.yieldToUi ?? defaultYield;
    for (let offset = 0; offset < rowCount; offset += block) {
      await pause();
      const part = this.take<CellValue[][]>(await this.channel({ type: "sheet-rows", workbook: this.opened.workbook, offset, count: block }));
      for (const row of part) rows.push(row);
    }
    return { ...grid, rows };
  }

  readRange(sheet: string, address: string): Promise<Grid> {
    return this.call("readRange", sheet, address);
  }
  markFindings(findings: readonly Finding[], options?: MarkOptions): Promise<void> {
    return this.call("markFindings", findings, options);
  }
  clearMarks(): Promise<number> {
    return this.call("clearMarks");
  }
  writeTables(tables: readonly DataTable[], options?: WriteTablesOptions): Promise<WriteTablesResult> {
    return this.call("writeTables", tables, options);
  }

  /** Tables packed by the check engine go on to the worker as they are (their buffer handed over). */
  writePackedTables(packed: PackedTables, options?: WriteTablesOptions): Promise<WriteTablesResult> {
    return this.send({ type: "write-packed-tables", workbook: this.opened.workbook, packed, ...(options ? { options } : {}) }, packedTransfer(packed));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.call("selectCell", sheet, address);
    const selection = this.selection;
    if (selection) for (const listener of this.listeners) listener(selection);
  }

  /** Calls the listener with each cell selected through the port; returns the unsubscriber. */
  onSelect(listener: (selection: FileSelection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setCellValue(sheet: string, address: string, value: string | number): Promise<CellBefore> {
    return this.call("setCellValue", sheet, address, value);
  }
  restoreCell(before: CellBefore, written: string | number): Promise<boolean> {
    return this.call("restoreCell", before, written);
  }
  loadState(): Promise<StoredState | undefined> {
    return this.call("loadState");
  }
  saveState(state: StoredState): Promise<void> {
    return this.call("saveState", state);
  }
  installEntryLists(sheet: string, lists: readonly EntryList[]): Promise<void> {
    return this.call("installEntryLists", sheet, lists);
  }
  removeEntryLists(sheet: string): Promise<void> {
    return this.call("removeEntryLists", sheet);
  }
  insertSheets(sheets: readonly TemplateSheet[], options?: InsertSheetsOptions): Promise<string[]> {
    return this.call("insertSheets", sheets, options);
  }

  // ---- the file ----

  /** The checked copy's bytes, made in the worker. */
  toBytes(): Promise<Uint8Array> {
    return this.call("toBytes");
  }

  hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  /** The bytes of `toBytes` were saved (downloaded); the worker hears it after the calls before. */
  markSaved(): void {
    this.unsaved = false;
    void this.channel({ type: "saved", workbook: this.opened.workbook }).then((reply) => {
      if (reply.ok && reply.snapshot) this.apply(reply.snapshot);
    });
  }

  checkedFileName(): string {
    return this.opened.checkedFileName;
  }

  outputExtension(): ".xlsx" | ".xlsm" {
    return this.opened.outputExtension;
  }

  /** The file is no longer shown: the worker lets it go. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    void this.channel({ type: "close", workbook: this.opened.workbook }).catch(() => undefined);
  }

  private call<T>(method: RemoteMethod, ...args: unknown[]): Promise<T> {
    // Trailing undefined arguments are left out, as a direct call would see them.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    return this.send<T>({ type: "call", workbook: this.opened.workbook, method, args });
  }

  private async send<T>(request: FileRequest, transfer?: Transferable[]): Promise<T> {
    return this.take<T>(await this.channel(request, transfer));
  }

  private take<T>(reply: FileReply): T {
    if (reply.snapshot) this.apply(reply.snapshot);
    if (!reply.ok) throw errorFromRemote(reply.error);
    return reply.value as T;
  }

  private apply(snapshot: FileSnapshot): void {
    this.unsaved = snapshot.unsaved;
    this.notices = snapshot.notices;
    this.selection = snapshot.selection;
  }
}
