/**
 * Controle: check the sheet against the book, see the summary and the findings (filter by
 * severity, click to select the cell, fill in a suggestion after confirming), mark the findings in
 * the sheet or clear the marks, and switch live checking on or off.
 */
import { Body1, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { SEVERITIES, type Finding, type Severity } from "../../core/findings";
import { translate } from "../i18n";
import { usePane, usePaneState, useText } from "../pane-context";
import type { MessageKey } from "../messages";
import { groupFindings, groupFindingsBy, searchFindings, visibleFindings, type FindingsOrder, type RowLabels } from "../state/findings-view";
import { cellText } from "../../core/formatie/grid";
import { AcceptDialog } from "./accept-dialog";
import { AcceptedFindings } from "./accepted-findings";
import { RowActionsContext } from "./row-context";
import { AppliedFixes } from "./applied-fixes";
import { ApplySuggestionDialog } from "./apply-suggestion-dialog";
import { CheckSummary } from "./check-summary";
import { FindingsList } from "./findings-list";
import { usePaneStyles } from "./pane-styles";
import { ProgressLine } from "./progress-line";

const useLayout = makeStyles({
  // One column in a narrow pane; from 700 px the findings sit next to the controls and summary.
  columns: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    "@media (min-width: 700px)": {
      display: "grid",
      gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
      columnGap: tokens.spacingHorizontalXXL,
      alignItems: "start",
    },
  },
});

const FILTER_LABEL: Record<Severity, MessageKey> = { error: "summaryErrors", warning: "summaryWarnings", info: "summaryInfos" };

export function ControleTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t, language } = useText();
  const styles = usePaneStyles();
  const layout = useLayout();
  const [pending, setPending] = useState<Finding | undefined>();
  // The button that opened the dialog gets focus back when it closes; after a fix, whose finding
  // (and button) goes away, the fix's own "Ongedaan maken" gets it.
  const opener = useRef<HTMLElement | null>(null);
  const [focusNewestFix, setFocusNewestFix] = useState(false);
  const askToApply = useCallback((finding: Finding) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(finding);
  }, []);
  const closeDialog = (applied: boolean) => {
    setPending(undefined);
    const element = opener.current;
    requestAnimationFrame(() => {
      if (element?.isConnected) element.focus();
    });
    if (applied) setFocusNewestFix(true);
  };
  const focusedFix = useCallback(() => setFocusNewestFix(false), []);
  // Focus goes where the user's next step is: the Controleer button when a file was just opened,
  // the summary when the check the user asked for is shown.
  const validateButton = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLElement>(null);
  const checkAsked = useRef(false);
  const fileMode = state.fileMode;
  useEffect(() => {
    if (fileMode && !state.outcome) validateButton.current?.focus();
    // Only when the tab first shows on a newly opened file (the pane is made anew for each file).
  }, []);
  const { filter, busy, live, progress } = state;
  // A new result is rendered in the background (a transition React interrupts to answer input), so
  // showing 50,000 rows' findings never blocks the pane; the list itself then grows in steps.
  // While the shown result is older than the latest, nothing acts on it.
  const latest = state.outcome;
  const outcome = useDeferredValue(latest);
  const stale = outcome !== latest;

  // The filter counts what the summary counts: accepted findings are left out (finding-actions.ts).
  const summaryCounts = outcome?.summary;
  const counts: Record<Severity, number> = { error: summaryCounts?.errors ?? 0, warning: summaryCounts?.warnings ?? 0, info: summaryCounts?.infos ?? 0 };
  const [query, setQuery] = useState("");
  const [order, setOrder] = useState<FindingsOrder>("rule");
  const deferredQuery = useDeferredValue(query);
  // What each finding's row says (medewerker, cluster, functie), for searching and grouping.
  const labelsOf = useMemo(() => {
    const cache = new Map<number, RowLabels | undefined>();
    return (finding: Finding): RowLabels | undefined => {
      if (finding.row === undefined || !outcome) return undefined;
      if (cache.has(finding.row)) return cache.get(finding.row);
      const facts = pane.rowFacts(outcome.sheet, finding.row);
      const text = (field: string) => {
        const value = facts?.find((f) => f.field === field)?.value;
        const shown = value === undefined ? "" : cellText(value).trim();
        return shown === "" ? undefined : shown;
      };
      const labels: RowLabels | undefined = facts ? { ...optional("employee", text("employee")), ...optional("cluster", text("cluster")), ...optional("title", text("title")) } : undefined;
      cache.set(finding.row, labels);
      return labels;
    };
  }, [pane, outcome]);
  // Accepted findings are listed apart, with their reasons, and not counted.
  const visible = useMemo(() => visibleFindings(outcome?.findings ?? [], filter).filter((f) => !f.accepted), [outcome, filter]);
  const accepted = useMemo(() => (outcome?.findings ?? []).filter((f) => f.accepted), [outcome]);
  const [accepting, setAccepting] = useState<Finding | undefined>();
  const found = useMemo(() => searchFindings(visible, deferredQuery, labelsOf, language), [visible, deferredQuery, labelsOf, language]);
  const groups = useMemo(
    () =>
      order === "rule"
        ? groupFindings(found)
        : groupFindingsBy(found, order, labelsOf, {
            all: { nl: translate("nl", "orderAllRows"), en: translate("en", "orderAllRows") },
            none: {
              nl: translate("nl", order === "cluster" ? "orderNoCluster" : "orderNoEmployee"),
              en: translate("en", order === "cluster" ? "orderNoCluster" : "orderNoEmployee"),
            },
          }),
    [found, order, labelsOf],
  );
  const rowActions = useMemo(
    () => ({
      allAbout(employee: string) {
        setQuery(employee);
        setOrder("employee");
      },
      accept: setAccepting,
    }),
    [],
  );
  const selectFinding = useCallback((finding: Finding) => void pane.selectFinding(finding), [pane]);
  const working = busy.validate || busy.live || busy.apply;
  useEffect(() => {
    if (!checkAsked.current || busy.validate || !outcome || stale) return;
    checkAsked.current = false;
    summary.current?.focus();
  }, [busy.validate, outcome, stale]);
  const showProgress = progress && (progress.operation === "validate" || progress.operation === "live" || progress.operation === "apply" || progress.operation === "columns");

  return (
    <div className={layout.columns}>
      <div className={styles.stack}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          ref={validateButton}
          disabled={busy.validate || state.sheet === undefined}
          onClick={() => {
            checkAsked.current = true;
            void pane.validate();
          }}
        >
          {latest ? t("validateAgain") : t("validate")}
        </Button>
      </div>
      {state.fileMode ? (
        <Caption1 block className={styles.muted}>
          {t("liveFileMode")}
        </Caption1>
      ) : (
        <div>
          <Switch
            label={t("liveLabel")}
            checked={live.enabled}
            disabled={!live.available}
            onChange={(_event, data) => void pane.setLive(data.checked)}
          />
          {!live.available && <Caption1 block>{t("liveUnavailable")}</Caption1>}
          {live.enabled && <Caption1 block>{t("liveOn")}</Caption1>}
        </div>
      )}
      {showProgress && <ProgressLine progress={progress.progress} />}

      <div className={styles.row}>
        <Button
          disabled={!outcome || stale || visible.length === 0 || busy.mark || working}
          aria-describedby={!outcome ? "mark-reason" : undefined}
          onClick={() => void pane.markFindings()}
        >
          {state.fileMode ? t("markFile") : t("mark")}
        </Button>
        <Button disabled={busy.clear || state.marksPresent === false} aria-describedby={state.marksPresent === false ? "clear-reason" : undefined} onClick={() => void pane.clearMarks()}>
          {t("clearMarks")}
        </Button>
      </div>
      {!outcome && latest === undefined && (
        <Caption1 id="mark-reason" className={styles.muted}>
          {t("markNothing")}
        </Caption1>
      )}
      {state.marksPresent === false && (
        <Caption1 id="clear-reason" className={styles.muted}>
          {t("clearNothing")}
        </Caption1>
      )}

      <AppliedFixes focusNewest={focusNewestFix} onFocused={focusedFix} />
      {!latest && !working && <Body1>{t("noOutcome")}</Body1>}
      {outcome && !outcome.usable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("unusableSheet")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.usable && <CheckSummary ref={summary} summary={outcome.summary} />}
      </div>
      {outcome && (
        <>
          <section aria-labelledby="findings-heading" className={styles.stack}>
            <h2 id="findings-heading" className={styles.heading}>
              {t("findingsHeading")}
            </h2>
            {outcome.findings.length === 0 ? (
              <Body1>{t("noFindings")}</Body1>
            ) : (
              <>
                <fieldset className={`${styles.row} ${styles.bareFieldset}`}>
                  <legend className={styles.visuallyHidden}>{t("filterLabel")}</legend>
                  {SEVERITIES.map((severity) => (
                    <Checkbox
                      key={severity}
                      label={t("filterOption", { label: t(FILTER_LABEL[severity]), count: counts[severity] })}
                      checked={filter[severity]}
                      onChange={(_event, data) => pane.setSeverityShown(severity, data.checked === true)}
                    />
                  ))}
                </fieldset>
                <div className={styles.row}>
                  <Field label={t("searchLabel")} className={styles.grow}>
                    <Input type="search" value={query} placeholder={t("searchPlaceholder")} onChange={(_event, data) => setQuery(data.value)} />
                  </Field>
                  <Field label={t("orderLabel")}>
                    <Select value={order} onChange={(_event, data) => setOrder(data.value as FindingsOrder)}>
                      <option value="rule">{t("orderRule")}</option>
                      <option value="row">{t("orderRow")}</option>
                      <option value="cluster">{t("orderCluster")}</option>
                      <option value="employee">{t("orderEmployee")}</option>
                    </Select>
                  </Field>
                </div>
                {groups.length === 0 ? (
                  <Body1>{visible.length > 0 && deferredQuery.trim() !== "" ? t("searchNone", { query: deferredQuery.trim() }) : t("filterHidesAll")}</Body1>
                ) : (
                  <RowActionsContext.Provider value={rowActions}>
                    <FindingsList
                      key={order}
                      groups={groups}
                      header={outcome.header}
                      onSelect={selectFinding}
                      onApply={askToApply}
                      applyDisabled={Boolean(working) || stale}
                    />
                  </RowActionsContext.Provider>
                )}
              </>
            )}
            <AcceptedFindings findings={accepted} />
          </section>
        </>
      )}
      {accepting && (
        <AcceptDialog
          finding={accepting}
          onCancel={() => setAccepting(undefined)}
          onAccept={(finding, reason) => {
            setAccepting(undefined);
            void pane.findings.acceptFinding(finding, reason);
          }}
        />
      )}
      {pending && (
        <ApplySuggestionDialog
          finding={pending}
          current={pane.currentValue(pending)}
          {...(outcome?.header ? { header: outcome.header } : {})}
          onCancel={() => closeDialog(false)}
          onConfirm={(finding) => {
            closeDialog(true);
            void pane.findings.applySuggestion(finding);
          }}
        />
      )}
    </div>
  );
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
