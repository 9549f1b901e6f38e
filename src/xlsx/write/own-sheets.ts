/**
 * The tool's own sheets in a file: which they are (recorded in the state sheet), replacing one
 * when it is made again, and the state sheet itself. A user's sheet with the same name as one of
 * the tool's is never touched: the tool's sheet gets another name ("Controle (2)").
 */
import { claimSheetName } from "../../core/plaatsing/table-output";
import type { EditableWorkbook } from "./editable-workbook";
import { ownSheetXml } from "./own-sheet-xml";
import { parseStatus, STATE_SHEET, statusSheetModel, type StatusContent } from "./status-sheet";

export async function readStatus(workbook: EditableWorkbook): Promise<StatusContent> {
  return parseStatus(await workbook.grid(STATE_SHEET));
}

/** Writes the state sheet anew (very hidden, at the end), or removes it when there is nothing to keep. */
export async function writeStatus(workbook: EditableWorkbook, content: StatusContent): Promise<void> {
  const empty = content.cells.length === 0 && content.createdSheets.length === 0;
  const build = async () => ownSheetXml(statusSheetModel(content));
  if (workbook.sheet(STATE_SHEET)) {
    if (empty) await workbook.removeSheet(STATE_SHEET);
    else await workbook.rewriteSheet(STATE_SHEET, build);
    return;
  }
  if (!empty) await workbook.addSheet(STATE_SHEET, "veryHidden", build);
}

export interface ClaimedSheet {
  name: string;
  /** The sheet the tool made earlier under that name: written anew in its place. */
  replaces?: string;
  /** A user's own sheet that had the wanted name (left untouched). */
  userSheet?: string;
}

/**
 * The name for one of the tool's sheets: the sheet the tool made earlier under that name is written
 * anew; a user's sheet of that name stays and the new sheet takes the next free name.
 */
export function claimOwnSheet(workbook: EditableWorkbook, base: string, own: ReadonlySet<string>, taken: ReadonlySet<string> = new Set()): ClaimedSheet {
  const claim = claimSheetName(base, workbook.structure.sheets.map((s) => s.name), own, taken);
  return { name: claim.replaces ?? claim.name, ...(claim.replaces !== undefined ? { replaces: claim.replaces } : {}), ...(claim.userSheet !== undefined ? { userSheet: claim.userSheet } : {}) };
}
