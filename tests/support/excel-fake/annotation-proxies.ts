/**
 * Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10) on cells. What Excel refuses here:
 * - notes below ExcelApi 1.18 (ApiNotFound), a note on a cell that has one (InvalidArgument), an
 *   address that is not one cell ("InvalidCellAddress", NoteCollection.add in the reference);
 * - a note on a protected sheet (AccessDenied, see protection.ts);
 * - a note on a cell of a merged area other than its top-left cell, and a note on a cell with a
 *   threaded comment: issue 12 reports `notes.add` failing on "merged or threaded-comment cells"
 *   (Excel keeps one annotation per cell, and a merged area's on its top-left cell). Microsoft's
 *   reference does not say which error; modelled as InvalidOperation. Not confirmed on a live Excel.
 */
import { ClientObject, ClientResult, jsonSize, OfficeError } from "./client-object";
import type { FakeContext } from "./context";
import { parseRect, rectAddress, type FakeSheet } from "./model";
import { assertUnprotected } from "./protection";
import { RangeProxy } from "./range-proxies";
import type { WorksheetProxy } from "./workbook-proxies";

function oneCell(address: string): { key: string; row: number; col: number } {
  const rect = parseRect(address);
  if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new OfficeError("InvalidArgument", `InvalidCellAddress: '${address}'`);
  return { key: rectAddress(rect), row: rect.top, col: rect.left };
}

export class NoteCollectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
  }
  private sheet(): FakeSheet {
    if (!this.context.host.supports("1.18")) throw new OfficeError("ApiNotFound", "Notes need ExcelApi 1.18.");
    const sheet = this.worksheet.resolvedSheet();
    if (!sheet) throw new OfficeError("InvalidObjectPath", "worksheet");
    return sheet;
  }
  add(address: string, content: string): NoteProxy {
    return new NoteProxy(this.context).resolveWith(jsonSize(address) + jsonSize(content), () => {
      const sheet = this.sheet();
      const cell = oneCell(address);
      assertUnprotected(sheet, "NoteCollection.add");
      if (sheet.notes.has(cell.key)) throw new OfficeError("InvalidArgument", `Cell ${cell.key} already has a note.`);
      const merge = sheet.merges.find((m) => cell.row >= m.top && cell.row <= m.bottom && cell.col >= m.left && cell.col <= m.right);
      if (merge && (merge.top !== cell.row || merge.left !== cell.col)) throw new OfficeError("InvalidOperation", `Cell ${cell.key} is inside the merged area ${rectAddress(merge)}.`, "NoteCollection.add");
      if (sheet.comments.has(cell.key)) throw new OfficeError("InvalidOperation", `Cell ${cell.key} has a threaded comment.`, "NoteCollection.add");
      sheet.notes.set(cell.key, String(content));
      return { sheet, cell: cell.key };
    });
  }
  getItem(address: string): NoteProxy {
    return new NoteProxy(this.context).resolveWith(jsonSize(address), () => {
      const sheet = this.sheet();
      const cell = oneCell(address).key;
      if (!sheet.notes.has(cell)) throw new OfficeError("ItemNotFound", `No note on ${cell}.`);
      return { sheet, cell };
    });
  }
  getItemOrNullObject(address: string): NoteProxy {
    return new NoteProxy(this.context).resolveWith(jsonSize(address), () => {
      const sheet = this.sheet();
      const cell = oneCell(address).key;
      return sheet.notes.has(cell) ? { sheet, cell } : null;
    });
  }
  protected read(): unknown {
    return undefined;
  }
}

interface NoteTarget {
  sheet: FakeSheet;
  cell: string;
}

class NoteProxy extends ClientObject<NoteTarget> {
  get content(): string {
    return this.prop("content");
  }
  set content(value: string) {
    this.context.queue(jsonSize(value), () => {
      const t = this.target("note");
      assertUnprotected(t.sheet, "Note.content");
      t.sheet.notes.set(t.cell, String(value));
    });
  }
  delete(): void {
    this.context.queue(10, () => {
      const t = this.target("note");
      assertUnprotected(t.sheet, "Note.delete");
      t.sheet.notes.delete(t.cell);
    });
  }
  protected read(name: string, t: NoteTarget): unknown {
    return name === "content" ? t.sheet.notes.get(t.cell) : undefined;
  }
}

/** A sheet's threaded comments: counted, taken by position, located (what the add-in reads). */
export class CommentCollectionProxy extends ClientObject<FakeSheet> {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
  }
  private sheet(): FakeSheet {
    if (!this.context.host.supports("1.10")) throw new OfficeError("ApiNotFound", "Comments need ExcelApi 1.10.");
    const sheet = this.worksheet.resolvedSheet();
    if (!sheet) throw new OfficeError("InvalidObjectPath", "worksheet");
    return sheet;
  }
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.queue(10, () => {
      result.set(this.sheet().comments.size);
      this.context.responseBytes += 8;
    });
    return result;
  }
  getItemAt(index: number): CommentProxy {
    return new CommentProxy(this.context).resolveWith(12, () => {
      const sheet = this.sheet();
      const entry = [...sheet.comments.entries()][index];
      if (!entry) throw new OfficeError("ItemNotFound", `No comment at ${index}.`);
      return { sheet, cell: entry[0] };
    });
  }
  protected read(): unknown {
    return undefined;
  }
}

class CommentProxy extends ClientObject<NoteTarget> {
  getLocation(): RangeProxy {
    return new RangeProxy(this.context).resolveWith(10, () => {
      const t = this.target("comment");
      return { sheet: t.sheet, rect: parseRect(t.cell) as NonNullable<ReturnType<typeof parseRect>> };
    });
  }
  protected read(name: string, t: NoteTarget): unknown {
    if (name === "content") return t.sheet.comments.get(t.cell)?.content;
    if (name === "id") return t.sheet.comments.get(t.cell)?.id;
    return undefined;
  }
}
