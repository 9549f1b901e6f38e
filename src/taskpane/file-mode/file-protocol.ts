/**
 * The messages between the pane and the worker that holds the opened workbook files (file mode).
 * Reading a 20,000-row file, writing its marks and tables and zipping the copy each take hundreds
 * of milliseconds: in a Web Worker the pane's thread never waits on them (issue 14, "no task over
 * 50 ms"). The worker keeps each file as a `FileWorkbook` (src/xlsx/file-workbook.ts) and runs
 * the port's methods on it one after another; the pane holds a `RemoteFileWorkbook` that sends
 * them. Everything here is plain data that survives `postMessage` (structured clone); file bytes
 * are transferred, not copied.
 *
 * A sheet's grid comes over in blocks of rows (`sheet-rows`), so even 50,000 rows never arrive
 * in one message the pane must take apart in one task.
 */
import type { Grid } from "../../core/formatie/grid";
import type { Language, Localized } from "../../core/localized";
import type { WriteTablesOptions } from "../../core/workbook-port";
import type { FileSelection } from "../../xlsx/file-workbook";
import type { WorkbookFormat } from "../../xlsx/read/source-workbook";
import type { PackedTables } from "../services/packed-tables";

/** The port's methods the pane calls on a file (the asynchronous ones). */
export const REMOTE_METHODS = [
  "listSheets",
  "ownSheets",
  "chooseSheet",
  "formationSheets",
  "activeSheet",
  "readRange",
  "markFindings",
  "clearMarks",
  "writeTables",
  "selectCell",
  "setCellValue",
  "restoreCell",
  "loadState",
  "saveState",
  "installEntryLists",
  "removeEntryLists",
  "insertSheets",
  "toBytes",
] as const;

export type RemoteMethod = (typeof REMOTE_METHODS)[number];

export type FileRequest =
  /** Opens a file from its bytes (transferred); replies with `OpenedFile`. */
  | { type: "open"; bytes: Uint8Array; fileName: string; language: Language }
  | { type: "call"; workbook: number; method: RemoteMethod; args: unknown[] }
  /** Reads a whole sheet: replies with its `SheetHead`; the rows follow with `sheet-rows`. */
  | { type: "read-sheet"; workbook: number; sheet: string }
  /** Rows of the sheet last read (0-based offset into its rows). */
  | { type: "sheet-rows"; workbook: number; offset: number; count: number }
  /** Writes generated tables packed by the check engine (unpacked in the worker). */
  | { type: "write-packed-tables"; workbook: number; packed: PackedTables; options?: WriteTablesOptions }
  /** The bytes of the last `toBytes` were saved (downloaded). */
  | { type: "saved"; workbook: number }
  | { type: "close"; workbook: number };

/** What the pane shows of a file without asking: it changes only with a call, so each reply brings it. */
export interface FileSnapshot {
  unsaved: boolean;
  notices: Localized[];
  selection?: FileSelection;
}

/** What the pane keeps of a file once it is open. */
export interface OpenedFile {
  workbook: number;
  fileName: string;
  language: Language;
  format: WorkbookFormat;
  stateProblem?: Localized;
  checkedFileName: string;
  outputExtension: ".xlsx" | ".xlsm";
}

/** A grid without its rows (they follow in blocks). */
export interface SheetHead extends Omit<Grid, "rows"> {
  rowCount: number;
}

/** An error as it crosses: enough for the pane's `describeError` (its user message and code). */
export interface RemoteError {
  name: string;
  message: string;
  code?: string;
  userMessage?: Localized;
}

/** A reply; a failed write may still have changed the file, so a failure brings the snapshot too. */
export type FileReply = { ok: true; value: unknown; snapshot?: FileSnapshot } | { ok: false; error: RemoteError; snapshot?: FileSnapshot };

export type { Envelope as FileEnvelope } from "../services/worker-channel";

/** The error again, on the pane's side: a plain Error with the same name, code and user message. */
export function errorFromRemote(remote: RemoteError): Error {
  const error = new Error(remote.message) as Error & { code?: string; userMessage?: Localized };
  error.name = remote.name;
  if (remote.code !== undefined) error.code = remote.code;
  if (remote.userMessage !== undefined) error.userMessage = remote.userMessage;
  return error;
}

export function errorToRemote(error: unknown): RemoteError {
  if (typeof error === "object" && error !== null) {
    const { name, message, code, userMessage } = error as { name?: unknown; message?: unknown; code?: unknown; userMessage?: Localized };
    return {
      name: typeof name === "string" ? name : "Error",
      message: typeof message === "string" ? message : String(error),
      ...(typeof code === "string" ? { code } : {}),
      ...(userMessage && typeof userMessage.nl === "string" && typeof userMessage.en === "string" ? { userMessage: { nl: userMessage.nl, en: userMessage.en } } : {}),
    };
  }
  return { name: "Error", message: String(error) };
}
