/**
 * How the pane learns whether it runs in Excel. `Office.onReady()` has no time limit of its own:
 * outside Office (or when office.js does not load) it may never answer, so the pane goes on in
 * file mode after a time-out. Excel itself may answer later than that (a cold start of Excel on
 * the web): the pane keeps listening, and a late answer from Excel switches it to the add-in.
 */
export interface OfficeStart {
  inExcel: boolean;
  displayLanguage?: string;
}

/** The part of the `Office` namespace this needs. */
export interface OfficeReady {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  HostType: { Excel: unknown };
  context?: { displayLanguage?: string };
}

export interface StartTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: StartTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The first answer: Office's, or "not in Excel" after `timeoutMs`. When the time-out came first
 * and Excel answers afterwards, `onLateExcel` is called with that answer.
 */
export function waitForOffice(office: OfficeReady | undefined, timeoutMs: number, onLateExcel: (start: OfficeStart) => void, timers: StartTimers = browserTimers): Promise<OfficeStart> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ inExcel: false });
  return new Promise<OfficeStart>((resolve) => {
    let timedOut = false;
    const timer = timers.set(() => {
      timedOut = true;
      resolve({ inExcel: false });
    }, timeoutMs);
    office.onReady().then(
      (info) => {
        const start: OfficeStart = {
          inExcel: info.host === office.HostType.Excel,
          ...(office.context?.displayLanguage ? { displayLanguage: office.context.displayLanguage } : {}),
        };
        if (!timedOut) {
          timers.clear(timer);
          resolve(start);
        } else if (start.inExcel) onLateExcel(start);
      },
      () => {
        if (timedOut) return;
        timers.clear(timer);
        resolve({ inExcel: false });
      },
    );
  });
}
