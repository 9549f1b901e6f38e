/**
 * The task pane: one FluentProvider, a header, messages, and six tabs (Controle, Plaatsing,
 * Vergelijk, Functieboek, Invoerlijsten, Kolommen). It gets its workbook as a port (Office.js in Excel, a
 * test double in tests, a file-backed port later) and never calls Excel itself.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { memo, useEffect, useState, type ReactNode } from "react";
import { localIsoDate } from "../core/format";
import type { Language } from "../core/localized";
import type { WorkbookPort } from "../core/workbook-port";
import { ControleTab } from "./components/controle-tab";
import { FunctieboekTab } from "./components/functieboek-tab";
import { InvoerlijstenTab } from "./components/invoerlijsten-tab";
import { KolommenTab } from "./components/kolommen-tab";
import { MessageArea } from "./components/message-area";
import { PaneHeader } from "./components/pane-header";
import { usePaneStyles } from "./components/pane-styles";
import { PlaatsingTab } from "./components/plaatsing-tab";
import { VergelijkTab } from "./components/vergelijk-tab";
import type { MessageKey } from "./messages";
import { PaneProvider, usePaneState, useText } from "./pane-context";
import { defaultBookLoaders } from "./services/book-service";
import { lazyInlineTransport, TransportCheckEngine, type CheckEngine } from "./services/check-engine";
import { browserDownload } from "./services/download";
import { PaneController, type PaneDependencies } from "./services/pane-controller";
import { defaultSalaryLoaders } from "./services/salary-service";

export const TABS = ["controle", "plaatsing", "vergelijk", "functieboek", "invoerlijsten", "kolommen"] as const;
export type TabId = (typeof TABS)[number];

const TAB_LABEL: Record<TabId, MessageKey> = {
  controle: "tabControle",
  plaatsing: "tabPlaatsing",
  vergelijk: "tabVergelijk",
  functieboek: "tabFunctieboek",
  invoerlijsten: "tabInvoerlijsten",
  kolommen: "tabKolommen",
};

const TAB_CONTENT: Record<TabId, () => React.JSX.Element | null> = {
  controle: ControleTab,
  plaatsing: PlaatsingTab,
  vergelijk: VergelijkTab,
  functieboek: FunctieboekTab,
  invoerlijsten: InvoerlijstenTab,
  kolommen: KolommenTab,
};

const useStyles = makeStyles({
  pane: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  /** The workbook; undefined outside Excel. */
  port?: WorkbookPort;
  /** The starting language (from Office.context.displayLanguage); a choice kept in the workbook wins. */
  language: Language;
  /** The check engine (a Web Worker in Excel); default: the engine in the pane's own thread. */
  engine?: CheckEngine;
  /** Replacements for tests: loaders, download, clock, live debounce. */
  dependencies?: Partial<Omit<PaneDependencies, "port" | "engine">>;
  initialTab?: TabId;
  /** Shown under the header, inside the pane (file mode: the file, its download, the selected cell). */
  toolbar?: ReactNode;
}

export function App({ port, language, engine, dependencies, initialTab = "controle", toolbar }: AppProps) {
  const [controller] = useState(
    () =>
      new PaneController(
        {
          port,
          engine: engine ?? new TransportCheckEngine(lazyInlineTransport(async () => (await import(/* webpackChunkName: "check-engine" */ "./services/check-handler")).createCheckHandler())),
          books: defaultBookLoaders,
          salaries: defaultSalaryLoaders,
          download: browserDownload,
          today: () => localIsoDate(new Date()),
          ...dependencies,
        },
        language,
      ),
  );
  useEffect(() => {
    void controller.start();
    return () => {
      void controller.dispose();
    };
  }, [controller]);
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneProvider controller={controller}>
        <Pane initialTab={initialTab} toolbar={toolbar} />
      </PaneProvider>
    </FluentProvider>
  );
}

function Pane({ initialTab, toolbar }: { initialTab: TabId; toolbar?: ReactNode }) {
  const state = usePaneState();
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const Content = TAB_CONTENT[tab];
  return (
    <main className={styles.pane} lang={language}>
      <PaneHeader />
      {toolbar}
      {state.phase === "starting" && !state.error && <Spinner size="small" label={t("starting")} />}
      {state.phase === "no-workbook" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("openInExcel")}</MessageBarTitle>
            <div>{t("openInExcelDetail")}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageArea />
      {state.phase === "ready" && (
        <>
          <PaneTabs tab={tab} onSelect={setTab} />
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={shared.stack}>
            <Content />
          </div>
        </>
      )}
    </main>
  );
}

/** The tabs; memoised, so the pane's state changes (progress, results) do not render them again. */
const PaneTabs = memo(function PaneTabs({ tab, onSelect }: { tab: TabId; onSelect(tab: TabId): void }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <TabList className={styles.tabs} size="small" aria-label={t("tabsLabel")} selectedValue={tab} onTabSelect={(_event, data) => onSelect(data.value as TabId)}>
      {TABS.map((id) => (
        <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
          {t(TAB_LABEL[id])}
        </Tab>
      ))}
    </TabList>
  );
});
