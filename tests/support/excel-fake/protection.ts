/**
 * Protection, as Excel enforces it: with the workbook's structure protected
 * (`workbook.protection.protected`, ExcelApi 1.7) no sheet can be added, deleted, renamed or
 * hidden; on a protected sheet (`worksheet.protection.protected`, ExcelApi 1.2) locked cells
 * (every cell unless `format.protection.locked` is false) cannot be changed, and neither can
 * formats, notes, dropdowns, tables or charts. Excel refuses with AccessDenied ("You cannot
 * perform the requested operation", the code office-js issue #6784 shows for protection).
 */
import { ClientObject, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import type { FakeRect, FakeSheet, FakeWorkbook } from "./model";

export function assertStructureUnprotected(model: FakeWorkbook, location: string): void {
  if (model.structureProtected) throw new OfficeError("AccessDenied", "You cannot perform the requested operation. The workbook's structure is protected.", location);
}

export function assertUnprotected(sheet: FakeSheet, location: string): void {
  if (sheet.isProtected) throw new OfficeError("AccessDenied", `You cannot perform the requested operation. The sheet '${sheet.name}' is protected.`, location);
}

/** Values may still go into unlocked cells of a protected sheet. */
export function assertCellsWritable(sheet: FakeSheet, rect: FakeRect, location: string): void {
  if (!sheet.isProtected) return;
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      if (sheet.cell(row, col)?.locked !== false) assertUnprotected(sheet, location);
    }
  }
}

export class WorkbookProtectionProxy extends ClientObject<FakeWorkbook> {
  constructor(context: FakeContext) {
    super(context);
    this.setTarget(context.host.model);
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  /** (ExcelApi 1.7, below the manifest's 1.9: not refused on older versions here, so tests of those can run.) */
  protected read(name: string, model: FakeWorkbook): unknown {
    return name === "protected" ? model.structureProtected : undefined;
  }
}

export class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet | null | undefined,
  ) {
    super(context);
  }
  protected override current(): FakeSheet | null | undefined {
    return this.sheet();
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  protected read(name: string, sheet: FakeSheet): unknown {
    return name === "protected" ? sheet.isProtected : undefined;
  }
}
