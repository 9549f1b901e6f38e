/**
 * Controle: check the sheet against the book, see the summary and the findings (filter by
 * severity, click to select the cell, fill in a suggestion after confirming), mark the findings in
 * the sheet or clear the marks, and switch live checking on or off.
 */
import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, Switch } from "@fluentui/react-components";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { SEVERITIES, type Finding, type Severity } from "../../core/findings";
import { usePane, usePaneState, useText } from "../pane-context";
import type { MessageKey } from "../messages";
import { groupFindings, visibleFindings } from "../state/findings-view";
import { ApplySuggestionDialog } from "./apply-suggestion-dialog";
import { CheckSummary } from "./check-summary";
import { FindingsList } from "./findings-list";
import { usePaneStyles } from "./pane-styles";
import { ProgressLine } from "./progress-line";

const FILTER_LABEL: Record<Severity, MessageKey> = { error: "summaryErrors", warning: "summaryWarnings", info: "summaryInfos" };

export function ControleTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t } = useText();
  const styles = usePaneStyles();
  const [pending, setPending] = useState<Finding | undefined>();
  const { filter, busy, live, progress } = state;
  // A new result is rendered in the background (a transition React interrupts to answer input), so
  // showing 50,000 rows' findings never blocks the pane; the list itself then grows in steps.
  // While the shown result is older than the latest, nothing acts on it.
  const latest = state.outcome;
  const outcome = useDeferredValue(latest);
  const stale = outcome !== latest;

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of outcome?.findings ?? []) c[f.severity]++;
    return c;
  }, [outcome]);
  const visible = useMemo(() => visibleFindings(outcome?.findings ?? [], filter), [outcome, filter]);
  const groups = useMemo(() => groupFindings(visible), [visible]);
  const selectFinding = useCallback((finding: Finding) => void pane.selectFinding(finding), [pane]);
  const working = busy.validate || busy.live || busy.apply;
  const showProgress = progress && (progress.operation === "validate" || progress.operation === "live" || progress.operation === "apply" || progress.operation === "columns");

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy.validate || state.sheet === undefined} onClick={() => void pane.validate()}>
          {latest ? t("validateAgain") : t("validate")}
        </Button>
      </div>
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
      {showProgress && <ProgressLine progress={progress.progress} />}

      <div className={styles.row}>
        <Button disabled={!outcome || stale || visible.length === 0 || busy.mark || working} onClick={() => void pane.markFindings()}>
          {t("mark")}
        </Button>
        <Button disabled={busy.clear} onClick={() => void pane.clearMarks()}>
          {t("clearMarks")}
        </Button>
      </div>

      {!latest && !working && <Body1>{t("noOutcome")}</Body1>}
      {outcome && (
        <>
          {!outcome.usable && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("unusableSheet")}</MessageBarBody>
            </MessageBar>
          )}
          {outcome.usable && <CheckSummary summary={outcome.summary} />}
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
                {groups.length === 0 ? (
                  <Body1>{t("filterHidesAll")}</Body1>
                ) : (
                  <FindingsList
                    groups={groups}
                    header={outcome.header}
                    onSelect={selectFinding}
                    onApply={setPending}
                    applyDisabled={Boolean(working) || stale}
                  />
                )}
              </>
            )}
          </section>
        </>
      )}
      {pending && (
        <ApplySuggestionDialog
          finding={pending}
          current={pane.currentValue(pending)}
          {...(outcome?.header ? { header: outcome.header } : {})}
          onCancel={() => setPending(undefined)}
          onConfirm={(finding) => {
            setPending(undefined);
            void pane.applySuggestion(finding);
          }}
        />
      )}
    </div>
  );
}
