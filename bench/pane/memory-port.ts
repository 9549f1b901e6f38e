/**
 * A workbook port over one in-memory sheet, for the pane benchmark: reading costs nothing, so what
 * the benchmark sees on the pane's thread is the pane's own work (handing the grid to the check
 * engine, receiving findings, rendering), not an adapter's.
 */
import type { Grid } from "../../src/core/formatie/grid";
import type { WorkbookPort } from "../../src/core/workbook-port";

export function memoryPort(grid: Grid): WorkbookPort & { marked: number } {
  const port = {
    marked: 0,
    listSheets: async () => [{ name: grid.sheet, visibility: "visible" as const }],
    activeSheet: async () => grid.sheet,
    // The pane keeps its own copy of the row list (ValidationService.load); rows themselves are never changed.
    readSheet: async () => ({ ...grid }),
    readRange: async () => ({ sheet: grid.sheet, rows: [] }),
    markFindings: async (findings: readonly unknown[]) => {
      port.marked = findings.length;
    },
    clearMarks: async () => 0,
    writeTables: async () => ({ sheets: [] }),
    selectCell: async () => undefined,
    setCellValue: async (sheet: string, address: string) => ({ sheet, address, value: null }),
    restoreCell: async () => true,
    loadState: async () => undefined,
    saveState: async () => undefined,
    installEntryLists: async () => undefined,
    removeEntryLists: async () => undefined,
    insertSheets: async () => [],
  };
  return port;
}
