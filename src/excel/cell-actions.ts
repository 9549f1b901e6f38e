/**
 * The two things the pane does to a user's sheet on the user's click: select a cell (a finding
 * clicked) and write one value (a suggestion applied, after the user confirmed it).
 *
 * Writing a value is one command: it is done or not done, never half. It runs with calculation on
 * — formulas that depend on the cell (FTE from hours, SUBTOTAL rows) are calculated at once, so
 * the row read back right after is current — and with events on (turning them off and on again
 * would be two more commands that can fail around the write); the change event it causes is
 * recognised as the add-in's own (events.ts). A locked cell on a protected sheet is refused with a
 * Dutch explanation before anything is written.
 */
import { cellAddress, type CellValue } from "../core/formatie/grid";
import type { CellBefore } from "../core/workbook-port";
import { parseCell, parseRect, rectAddress } from "../core/range-addresses";
import { cellText } from "./cell-text";
import { excelRun, type ExcelSession } from "./excel-run";
import type { WorkbookEvents } from "./events";
import { WorkbookError } from "./office-errors";
import { lockedCellError } from "./protection";
import { badAddress } from "./sheet-reader";

export class CellActions {
  constructor(
    private readonly session: ExcelSession,
    private readonly events: WorkbookEvents,
  ) {}

  async selectCell(sheet: string, address: string): Promise<void> {
    const rect = parseRect(address);
    if (!rect) throw badAddress(address);
    await excelRun(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(rectAddress(rect)).select();
      await context.sync();
    });
  }

  async setCellValue(sheet: string, address: string, value: string | number): Promise<CellBefore> {
    const cell = parseCell(address);
    if (!cell) throw badAddress(address);
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new WorkbookError("InvalidArgument", { nl: "Die waarde is geen getal.", en: "That value is not a number." });
    }
    const at = cellAddress(cell.row, cell.col);
    return this.session.change(
      async (context) => {
        const before = await this.readUnlocked(context, sheet, at);
        return { sheet, address, ...before };
      },
      async (context, before) => {
        this.events.expectOwnWrite(sheet, at);
        context.workbook.worksheets.getItem(sheet).getRange(at).values = [[typeof value === "string" ? cellText(value) : value]];
        await context.sync();
        return before;
      },
    );
  }

  /**
   * Undoing a suggestion: the cell gets its formula or value back, in one command, and only while
   * it still holds what the tool wrote (a later edit by the user is never overwritten).
   */
  async restoreCell(before: CellBefore, written: string | number): Promise<boolean> {
    const cell = parseCell(before.address);
    if (!cell) throw badAddress(before.address);
    const at = cellAddress(cell.row, cell.col);
    return this.session.change(
      async (context) => {
        const now = await this.readUnlocked(context, before.sheet, at);
        return now.formula === undefined && now.value === written;
      },
      async (context, unchanged) => {
        if (!unchanged) return false;
        this.events.expectOwnWrite(before.sheet, at);
        const range = context.workbook.worksheets.getItem(before.sheet).getRange(at);
        // One command each way: a formula goes back as a formula, a value as that value (text as
        // text, through the apostrophe guard), an empty cell is emptied again.
        if (before.formula !== undefined) range.formulas = [[before.formula]];
        else if (before.value === null) range.clear("Contents" as Excel.ClearApplyTo);
        else range.values = [[restorableValue(before.value)]];
        await context.sync();
        return true;
      },
    );
  }

  /** A cell's value and formula; refused with a Dutch explanation when it is locked on a protected sheet. */
  private async readUnlocked(context: Excel.RequestContext, sheet: string, at: string): Promise<{ value: CellValue; formula?: string }> {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    const locked = context.workbook.worksheets.getItem(sheet).getRange(at).format.protection;
    locked.load("locked");
    const range = context.workbook.worksheets.getItem(sheet).getRange(at);
    range.load(["values", "formulas", "valueTypes"]);
    await context.sync();
    if (protection.protected && locked.locked !== false) throw lockedCellError(sheet, at);
    const value = range.values[0]?.[0] as unknown;
    const formula = range.formulas[0]?.[0] as unknown;
    const type = range.valueTypes[0]?.[0];
    const shown: CellValue = type === "Empty" || value === "" || value === undefined ? null : type === "Error" ? { error: String(value) } : (value as string | number | boolean);
    // Excel gives a constant's value as its "formula": only text starting with "=" that differs from the value is one.
    const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
    return { value: shown, ...(isFormula ? { formula } : {}) };
  }
}

/** A value read back from Excel as `range.values` takes it: text guarded as text, an error constant as typed ("#N/A"). */
function restorableValue(value: Exclude<CellValue, null>): string | number | boolean {
  if (typeof value === "string") return cellText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value.error;
}
