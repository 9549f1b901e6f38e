/**
 * A transport that falls back when its first choice stops: if the Web Worker cannot start or
 * dies (a host that blocks workers, a script that fails to load), the engine continues in the
 * pane's own thread. The requests that set the engine's state (book, salary table, grid, patches)
 * are kept, so the fallback gets the same state before the failed request is sent again.
 */
import type { CheckReply, CheckRequest, GridSlot } from "./check-protocol";
import type { Transport } from "./check-engine";

export function fallbackTransport(primary: Transport, fallback: () => Transport, onFallback?: (error: unknown) => void): Transport {
  let current = primary;
  let fellBack = false;
  let book: CheckRequest | undefined;
  let salaryTable: CheckRequest | undefined;
  /** Per grid (the checked sheet, the other formation of a comparison): how it was handed over. */
  const grids = new Map<GridSlot, CheckRequest[]>();

  const remember = (request: CheckRequest) => {
    if (request.type === "set-book") book = request;
    else if (request.type === "set-salary-table") salaryTable = request;
    else if (request.type === "start-grid") grids.set(request.slot ?? "sheet", [request]);
    else if (request.type === "grid-rows") grids.get(request.slot ?? "sheet")?.push(request);
    else if (request.type === "patch-rows") grids.get("sheet")?.push(request);
  };

  return async (request: CheckRequest): Promise<CheckReply> => {
    try {
      const reply = await current(request);
      remember(request);
      return reply;
    } catch (error) {
      if (fellBack) throw error;
      fellBack = true;
      onFallback?.(error);
      current = fallback();
      for (const earlier of [...(book ? [book] : []), ...(salaryTable ? [salaryTable] : []), ...[...grids.values()].flat()]) {
        const reply = await current(earlier);
        if (reply.type === "failed") throw new Error(`Check engine: ${reply.message}`);
      }
      const reply = await current(request);
      remember(request);
      return reply;
    }
  };
}
