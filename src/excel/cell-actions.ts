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
import { cellAddress } from "../core/formatie/grid";
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

  async setCellValue(sheet: string, address: string, value: string | number): Promise<void> {
    const cell = parseCell(address);
    if (!cell) throw badAddress(address);
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new WorkbookError("InvalidArgument", { nl: "Die waarde is geen getal.", en: "That value is not a number." });
    }
    const at = cellAddress(cell.row, cell.col);
    await this.session.change(
      async (context) => {
        const protection = context.workbook.worksheets.getItem(sheet).protection;
        protection.load("protected");
        const locked = context.workbook.worksheets.getItem(sheet).getRange(at).format.protection;
        locked.load("locked");
        await context.sync();
        if (protection.protected && locked.locked !== false) throw lockedCellError(sheet, at);
      },
      async (context) => {
        this.events.expectOwnWrite(sheet, at);
        context.workbook.worksheets.getItem(sheet).getRange(at).values = [[typeof value === "string" ? cellText(value) : value]];
        await context.sync();
      },
    );
  }
}
