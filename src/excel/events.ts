/**
 * Change and selection events of the workbook, for live checking and for following the user's
 * selection. A change event says how cells changed (`changeType`, ExcelApi 1.7): an inserted or
 * deleted row, column or cell moves everything after it, so anything but an edit in place
 * ("RangeEdited") is reported as structural and the sheet is read again as a whole.
 *
 * The add-in's own writes are not reported: writes run with events off, and where Excel says who
 * made a change (`triggerSource`, ExcelApi 1.14) that counts too; a suggestion applied to one cell
 * (written with events on, so the write is one command) is recognised by its address.
 */
import { parseAreas } from "../core/range-addresses";
import type { Unsubscribe } from "../core/workbook-port";
import { supports } from "./api-support";
import { excelRun, type ExcelSession } from "./excel-run";

/** How long an own one-cell write is expected back as a change event. */
const OWN_WRITE_MS = 5000;

export class WorkbookEvents {
  /** One-cell writes of the add-in whose change event is still to come: "sheet!A1" → when. */
  private readonly ownWrites = new Map<string, number>();

  constructor(private readonly session: ExcelSession) {}

  /** Called by the cell writer just before it writes one cell with events on. */
  expectOwnWrite(sheet: string, address: string): void {
    this.ownWrites.set(`${sheet.toLowerCase()}!${address}`, Date.now());
  }

  private isOwnWrite(sheet: string, address: string): boolean {
    const key = `${sheet.toLowerCase()}!${address.replace(/\$/g, "")}`;
    const at = this.ownWrites.get(key);
    if (at === undefined) return false;
    this.ownWrites.delete(key);
    return Date.now() - at < OWN_WRITE_MS;
  }

  async onSheetChanged(sheet: string, handler: (address: string, structural?: boolean) => void): Promise<Unsubscribe> {
    return excelRun(async (context) => {
      const subscription = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        const structural = event.changeType !== "RangeEdited";
        // (Both checks run: an expected own write is consumed even where Excel names the source.)
        const expected = !structural && this.isOwnWrite(sheet, event.address);
        const own = supports("eventSource") && event.triggerSource === "ThisLocalAddin";
        if (expected || own) return;
        handler(event.address, structural);
      });
      await context.sync();
      return () => removeHandler(subscription);
    });
  }

  async onSelectionChanged(handler: (sheet: string, row: number) => void): Promise<Unsubscribe> {
    return excelRun(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const names = new Map(sheets.items.map((sheet) => [sheet.id, sheet.name]));
      const subscription = context.workbook.worksheets.onSelectionChanged.add(async (event: Excel.WorksheetSelectionChangedEventArgs) => {
        const rect = parseAreas(event.address)[0];
        if (!rect) return;
        let name = names.get(event.worksheetId);
        if (name === undefined) {
          name = await this.sheetName(event.worksheetId);
          if (name === undefined) return;
          names.set(event.worksheetId, name);
        }
        handler(name, rect.top);
      });
      await context.sync();
      return () => removeHandler(subscription);
    });
  }

  private async sheetName(id: string): Promise<string | undefined> {
    try {
      return await this.session.read(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(id);
        sheet.load("name");
        await context.sync();
        return sheet.isNullObject ? undefined : sheet.name;
      });
    } catch {
      return undefined;
    }
  }
}

async function removeHandler(subscription: OfficeExtension.EventHandlerResult<unknown>): Promise<void> {
  await excelRun(
    async (context) => {
      subscription.remove();
      await context.sync();
    },
    { reuse: subscription.context },
  );
}
