/** The Controle tab's summary: counts per severity, positions, and FTE in the sheet against the book's formation. */
import { Body1, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { ValidationSummary } from "../../core/rules/engine";
import { DEFAULT_SETTINGS } from "../../core/rules/rule";
import { useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";

/** A difference within the check's own tolerance is none: the summary says "gelijk" exactly where the rule fte/total is silent. */
const FTE_TOLERANCE = DEFAULT_SETTINGS.fteTolerance;

const useStyles = makeStyles({
  count: { display: "flex", gap: tokens.spacingHorizontalXS },
  term: { margin: 0 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** The summary; focusable (not in the tab order), so a finished check can move focus to it. */
export const CheckSummary = forwardRef<HTMLElement, { summary: ValidationSummary }>(function CheckSummary({ summary }, ref) {
  const { t } = useText();
  const styles = usePaneStyles();
  const difference = summary.formationTotal === null ? 0 : summary.fteTotal - summary.formationTotal;
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="summary-heading" className={styles.stack}>
      <h2 id="summary-heading" className={styles.heading}>
        {t("summaryHeading")}
      </h2>
      {summary.errors === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("successTitle")}</MessageBarTitle>
            {summary.warnings + summary.infos === 0
              ? t("successClean", { positions: summary.positions })
              : t("successDetail", { positions: summary.positions, warnings: summary.warnings, infos: summary.infos })}
          </MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.row} aria-label={t("summaryHeading")}>
        <SummaryCount label={t("summaryErrors")} value={t("summaryCount", { count: summary.errors })} />
        <SummaryCount label={t("summaryWarnings")} value={t("summaryCount", { count: summary.warnings })} />
        <SummaryCount label={t("summaryInfos")} value={t("summaryCount", { count: summary.infos })} />
      </dl>
      <Body1>{t("summaryRows", { positions: summary.positions, rows: summary.rows })}</Body1>
      <Body1>{t("summaryFte", { fte: summary.fteTotal })}</Body1>
      {summary.formationTotal === null ? (
        <Caption1>{t("summaryNoFormation")}</Caption1>
      ) : (
        <>
          <Body1>{t("summaryFormation", { fte: summary.formationTotal })}</Body1>
          <Body1>
            {Math.abs(difference) <= FTE_TOLERANCE
              ? t("fteEqual")
              : t(difference < 0 ? "fteLess" : "fteMore", { fte: Math.abs(difference) })}
          </Body1>
        </>
      )}
    </section>
  );
});

function SummaryCount({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <div className={styles.count}>
      <dt className={styles.term}>{label}:</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );
}
