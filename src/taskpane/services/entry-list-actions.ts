/**
 * The Invoerlijsten tab's actions: dropdowns from the book (functions, normfuncties, scales) on the
 * sheet's columns, planned by entry-lists.ts from the header and the sheet's extent, installed
 * through the port and removed again. No React here.
 */
import { message } from "../i18n";
import type { BookActions } from "./book-actions";
import { planEntryLists } from "./entry-lists";
import type { PaneHost } from "./pane-host";

export class EntryListActions {
  constructor(
    private readonly host: PaneHost,
    private readonly book: BookActions,
  ) {}

  install(): Promise<void> {
    return this.host.run("entryLists", async (port, validation) => {
      const sheet = this.host.state().sheet;
      const index = this.book.index;
      if (sheet === undefined || !index) return;
      if (validation.view?.sheet !== sheet)
        await this.host.loadSheet(
          validation,
          sheet,
          this.host.progress("entryLists"),
        );
      const header = this.host.headerOf(sheet);
      const view = validation.view;
      if (!header || !view) {
        this.host.dispatch({ type: "error", error: message("entryListsNone") });
        return;
      }
      const plan = planEntryLists(index, header, view.lastRow);
      if (plan.lists.length === 0) {
        this.host.dispatch({ type: "error", error: message("entryListsNone") });
        return;
      }
      await port.installEntryLists(
        sheet,
        plan.lists.map(({ field: _field, ...list }) => list),
      );
      this.host.dispatch({
        type: "entry-lists",
        installed: {
          sheet,
          firstRow: plan.firstRow,
          lastRow: plan.lastRow,
          lists: plan.lists.map((l) => ({
            field: l.field,
            column: l.column,
            count: l.values.length,
          })),
          skipped: plan.skipped,
        },
      });
    });
  }

  remove(): Promise<void> {
    return this.host.run("entryLists", async (port) => {
      const sheet = this.host.state().sheet;
      if (sheet === undefined) return;
      await port.removeEntryLists(sheet);
      this.host.dispatch({ type: "entry-lists" });
      this.host.dispatch({
        type: "notice",
        notice: message("entryListsRemoved", { sheet }),
      });
    });
  }
}
