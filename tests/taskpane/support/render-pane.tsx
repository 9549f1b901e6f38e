/** Renders the whole pane on a workbook, with the check engine in the test's own thread. */
import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type AppProps, type TabId } from "../../../src/taskpane/app";
import type { Language } from "../../../src/taskpane/i18n";
import { createCheckHandler } from "../../../src/taskpane/services/check-handler";
import { inlineTransport, TransportCheckEngine } from "../../../src/taskpane/services/check-engine";
import type { WorkbookPort } from "../../../src/core/workbook-port";

// The machine running the tests may be busy: a Fluent dialog under jsdom can take seconds to
// mount on a loaded 2-core CI machine, so wait up to 20 s for the pane to show something.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

const immediately = () => Promise.resolve();

export interface PaneOptions {
  language?: Language;
  /** Wait until the tabs show (default: when there is a workbook). */
  waitForTabs?: boolean;
  tab?: TabId;
  dependencies?: AppProps["dependencies"];
}

export async function renderPane(port: WorkbookPort | undefined, options: PaneOptions = {}) {
  const user = userEvent.setup({ delay: null });
  const download = jest.fn();
  const engine = new TransportCheckEngine(inlineTransport(createCheckHandler(), immediately), { yieldToUi: immediately });
  const view = render(
    <App
      port={port}
      language={options.language ?? "nl"}
      engine={engine}
      initialTab={options.tab ?? "controle"}
      dependencies={{ download, today: () => "2026-01-15", liveDebounceMs: 10, ...options.dependencies }}
    />,
  );
  if (options.waitForTabs ?? port !== undefined) await screen.findByRole("tablist");
  return { user, download, ...view };
}

/** The findings region once the result is shown in full: a long list appears in steps (aria-busy meanwhile). */
export async function findFindings(): Promise<HTMLElement> {
  const region = await screen.findByRole("region", { name: "Bevindingen" });
  await waitFor(() => expect(region.querySelector('[aria-busy="true"]')).toBeNull());
  return region;
}
