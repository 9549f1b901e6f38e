/**
 * Protection, checked before anything is written: a protected sheet refuses formats, notes,
 * dropdowns and values in locked cells; a workbook whose structure is protected refuses new,
 * deleted and hidden sheets (Excel answers AccessDenied half-way through a request otherwise).
 * `workbook.protection.protected` (ExcelApi 1.7) and `worksheet.protection.protected` (1.2) are
 * read in the request that reads the rest, so the check costs no extra round trip.
 */
import { WorkbookError } from "./office-errors";

export interface ProtectionRead {
  workbook?: Excel.WorkbookProtection;
  sheets: Map<string, Excel.WorksheetProtection>;
}

/** Queues reading the protection of these sheets (and of the workbook's structure, where asked). */
export function queueProtection(context: Excel.RequestContext, sheets: Iterable<string>, structure: boolean, read: ProtectionRead = { sheets: new Map() }): ProtectionRead {
  if (structure && !read.workbook) {
    read.workbook = context.workbook.protection;
    read.workbook.load("protected");
  }
  for (const sheet of sheets) {
    if (read.sheets.has(sheet)) continue;
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    read.sheets.set(sheet, protection);
  }
  return read;
}

export function sheetProtectedError(sheet: string): WorkbookError {
  return new WorkbookError("AccessDenied", {
    nl: `Het werkblad '${sheet}' is beveiligd; hef de beveiliging op via Controleren → Beveiliging opheffen en probeer het opnieuw. Er is niets gewijzigd.`,
    en: `The sheet '${sheet}' is protected; unprotect it under Review → Unprotect Sheet and try again. Nothing was changed.`,
  });
}

export function structureProtectedError(): WorkbookError {
  return new WorkbookError("AccessDenied", {
    nl: "De werkmap is beveiligd (structuur): Formatiecheck kan geen werkblad toevoegen of verwijderen. Hef de beveiliging op via Controleren → Werkmap beveiligen en probeer het opnieuw. Er is niets gewijzigd.",
    en: "The workbook's structure is protected: Formatiecheck cannot add or delete a sheet. Unprotect it under Review → Protect Workbook and try again. Nothing was changed.",
  });
}

export function lockedCellError(sheet: string, cell: string): WorkbookError {
  return new WorkbookError("AccessDenied", {
    nl: `Cel ${cell} op werkblad '${sheet}' is vergrendeld en het werkblad is beveiligd; hef de beveiliging op via Controleren → Beveiliging opheffen en probeer het opnieuw. Er is niets gewijzigd.`,
    en: `Cell ${cell} on sheet '${sheet}' is locked and the sheet is protected; unprotect it under Review → Unprotect Sheet and try again. Nothing was changed.`,
  });
}

/** After the read: throws the Dutch/English explanation when something to be written is protected. */
export function assertWritable(read: ProtectionRead, sheets: Iterable<string>, structure: boolean): void {
  if (structure && read.workbook?.protected === true) throw structureProtectedError();
  for (const sheet of sheets) if (read.sheets.get(sheet)?.protected === true) throw sheetProtectedError(sheet);
}
